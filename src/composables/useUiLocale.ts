import { watch } from 'vue';
// #ifndef MP-WEIXIN
import Locale from 'wot-design-uni/locale';
import enUS from 'wot-design-uni/locale/lang/en-US';
import zhCN from 'wot-design-uni/locale/lang/zh-CN';
// #endif
import { i18n } from '@/src/locales';
import { setPageLanguage } from '@/src/platform/navigation';
import { usePreferencesStore } from '@/src/stores/preferences';
import { showTabTexts } from './useTabBar';

/**
 * Applies the chosen language at once: our texts, wot-design-uni's built-in ones, the tab bar's labels
 * and the page's `lang`. (The navigation title follows through usePageData.)
 */
export function useUiLocale(): void {
  const preferences = usePreferencesStore();
  watch(
    () => preferences.locale,
    (locale) => {
      i18n.global.locale.value = locale;
      // #ifndef MP-WEIXIN
      // The mini program renders no wot component with a built-in text (UiSheet draws its own there).
      if (locale === 'en') Locale.use('en-US', enUS);
      else Locale.use('zh-CN', zhCN);
      // #endif
      setPageLanguage(locale);
      showTabTexts();
    },
    { immediate: true },
  );
}
