import { createI18n } from 'vue-i18n';
import { en } from './en';
import { zhHans } from './zh-Hans';

export type AppLocale = 'zh-Hans' | 'en';
export const APP_LOCALES: AppLocale[] = ['zh-Hans', 'en'];

export function toAppLocale(systemLocale: string): AppLocale {
  return systemLocale.toLowerCase().startsWith('zh') ? 'zh-Hans' : 'en';
}

export const i18n = createI18n({
  legacy: false,
  locale: 'en',
  fallbackLocale: 'en',
  messages: { en, 'zh-Hans': zhHans },
});
