import { createI18n, type MessageContext } from 'vue-i18n';
import { en } from './en';
import { zhHans } from './zh-Hans';

export type AppLocale = 'zh-Hans' | 'en';
export const APP_LOCALES: AppLocale[] = ['zh-Hans', 'en'];

export function toAppLocale(systemLocale: string): AppLocale {
  return systemLocale.toLowerCase().startsWith('zh') ? 'zh-Hans' : 'en';
}

type MessageTree = { [key: string]: string | MessageTree };

/**
 * Turns every message with `{name}` placeholders into a message function (the form precompiled messages
 * take). uni-app's mini program build replaces vue-i18n with its own runtime-only 9.1 copy, whose
 * "compiler" returns each message as written, so `{bytes}` would reach the screen; every vue-i18n build
 * runs message functions. Our texts use named placeholders only (no plurals, linked or literal syntax).
 */
export function compileMessages<T extends MessageTree>(tree: T): T {
  const compiled: Record<string, unknown> = {};
  for (const [key, message] of Object.entries(tree)) {
    if (typeof message !== 'string') compiled[key] = compileMessages(message);
    else {
      // Every text becomes a function, plain ones too: vue-i18n's own compiler would read '@' (as in
      // group IDs like @TGS#…) and '|' as its linked-message and plural syntax.
      // split with a capture group: even indexes are text, odd indexes are placeholder names.
      const parts = message.split(/\{\s*([A-Za-z_$][\w$]*)\s*\}/);
      compiled[key] = (ctx: MessageContext): string =>
        parts.map((part, index) => (index % 2 === 1 ? String(ctx.named(part) ?? '') : part)).join('');
    }
  }
  return compiled as T;
}

export const i18n = createI18n({
  legacy: false,
  locale: 'en',
  fallbackLocale: 'en',
  messages: { en: compileMessages(en), 'zh-Hans': compileMessages(zhHans) },
});

/**
 * Adds texts to a locale at run time: the mini program registers the namespaces that only a subpackage's
 * pages show when that subpackage loads (build/mp-locales.ts); elsewhere every text is there from the start.
 */
export function addMessages(locale: AppLocale, messages: MessageTree): void {
  i18n.global.mergeLocaleMessage(locale, compileMessages(messages));
}
