import { ref, type Ref } from 'vue';

/**
 * The part of vue-i18n this app uses, for the mini program build only (vite.config.ts aliases 'vue-i18n'
 * here for mp-weixin; H5 and the tests use vue-i18n itself). The app hands vue-i18n its messages already
 * compiled to functions of named placeholders (compileMessages in ./index.ts, because uni's own vue-i18n copy
 * would print `{name}` as written), so all vue-i18n does at run time is pick the locale's function, with a
 * fallback locale, and call it: ≈ 27 KB of the main package (vue-i18n 9.1 and @intlify) for that. Supported:
 * createI18n({ legacy: false, locale, fallbackLocale, messages }), useI18n() → { t, te, locale },
 * i18n.global.{ t, te, locale, mergeLocaleMessage }; messages that are functions of `named` or plain strings.
 */
export interface MessageContext {
  named(key: string): unknown;
}
type Message = string | ((context: MessageContext) => string);
type Messages = { [key: string]: Message | Messages };

export interface I18nOptions {
  legacy: false;
  locale: string;
  fallbackLocale: string;
  messages: Record<string, Messages>;
}

export interface Composer {
  locale: Ref<string>;
  t(key: string, named?: Record<string, unknown>): string;
  te(key: string): boolean;
  /** Adds messages to a locale (merged into the existing ones at every depth, as vue-i18n does). */
  mergeLocaleMessage(locale: string, messages: Messages): void;
}

export interface I18n {
  global: Composer;
  install(): void;
}

let installed: Composer | null = null;

function lookup(messages: Messages | undefined, key: string): Message | undefined {
  let node: Message | Messages | undefined = messages;
  for (const part of key.split('.')) {
    if (!node || typeof node !== 'object') return undefined;
    node = node[part];
  }
  return typeof node === 'string' || typeof node === 'function' ? node : undefined;
}

/** `added` laid over `existing`, namespace by namespace at every depth, as vue-i18n's mergeLocaleMessage does. */
function merged(existing: Messages, added: Messages): Messages {
  const result: Messages = { ...existing };
  for (const [key, value] of Object.entries(added)) {
    const before = result[key];
    result[key] = typeof value === 'object' && typeof before === 'object' ? merged(before, value) : value;
  }
  return result;
}

export function createI18n(options: I18nOptions): I18n {
  const locale = ref(options.locale);
  const find = (key: string): Message | undefined =>
    lookup(options.messages[locale.value], key) ?? lookup(options.messages[options.fallbackLocale], key);
  const global: Composer = {
    locale,
    t(key, named = {}) {
      const message = find(key);
      if (message === undefined) return key;
      return typeof message === 'function' ? message({ named: (name) => named[name] }) : message;
    },
    te: (key) => lookup(options.messages[locale.value], key) !== undefined,
    mergeLocaleMessage(target, messages) {
      options.messages[target] = merged(options.messages[target] ?? {}, messages);
    },
  };
  return {
    global,
    install() {
      installed = global;
    },
  };
}

export function useI18n(): Composer {
  if (!installed) throw new Error('useI18n: the i18n plugin is not installed (app.use(i18n))');
  return installed;
}
