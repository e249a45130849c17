import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import { appContext } from '@/src/app/context';
import { APP_LOCALES, toAppLocale, type AppLocale } from '@/src/locales';

const LOCALE_KEY = 'prefs:locale';

export type LocaleChoice = 'system' | AppLocale;

/** Language and theme: follow the system unless the user picked a language in the app. */
export const usePreferencesStore = defineStore('preferences', () => {
  const localeChoice = ref<LocaleChoice>('system');
  const systemLocale = ref<AppLocale>('en');
  const theme = ref<'light' | 'dark'>('light');
  let stopTheme: (() => void) | null = null;

  const locale = computed<AppLocale>(() => (localeChoice.value === 'system' ? systemLocale.value : localeChoice.value));

  function start(): void {
    const { platform } = appContext();
    systemLocale.value = toAppLocale(platform.systemLocale());
    const saved = platform.storage.getItem(LOCALE_KEY);
    localeChoice.value = APP_LOCALES.includes(saved as AppLocale) ? (saved as AppLocale) : 'system';
    theme.value = platform.systemTheme();
    stopTheme?.();
    stopTheme = platform.onThemeChange((next) => {
      theme.value = next;
    });
  }

  function chooseLocale(choice: LocaleChoice): void {
    const { storage } = appContext().platform;
    localeChoice.value = choice;
    if (choice === 'system') storage.removeItem(LOCALE_KEY);
    else storage.setItem(LOCALE_KEY, choice);
  }

  return { localeChoice, locale, theme, start, chooseLocale };
});
