import { en } from '@/src/locales/en';
import { zhHans } from '@/src/locales/zh-Hans';
import type { Translate } from '@/src/utils/translate';

/**
 * A strict `t` over the app's locale files for the pure text helpers: a key that is missing, or that names a
 * group rather than a text, throws (vue-i18n would print the key and carry on); `{name}` placeholders are
 * filled as the app's compiled messages fill them.
 */
export function translator(locale: 'en' | 'zh-Hans'): Translate {
  const messages: object = locale === 'en' ? en : zhHans;
  return (key, named = {}) => {
    const text = key.split('.').reduce<unknown>((node, part) => (node && typeof node === 'object' ? Reflect.get(node, part) : undefined), messages);
    if (typeof text !== 'string') throw new Error(`no text ${key} in ${locale}`);
    return text.replace(/\{\s*([A-Za-z_$][\w$]*)\s*\}/g, (_, name: string) => String(named[name] ?? ''));
  };
}
