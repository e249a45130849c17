import { watch } from 'vue';
import Locale from 'wot-design-uni/locale';
import enUS from 'wot-design-uni/locale/lang/en-US';
import zhCN from 'wot-design-uni/locale/lang/zh-CN';
import { i18n } from '@/src/locales';
import { usePreferencesStore } from '@/src/stores/preferences';

/** Applies the chosen language to our texts and to wot-design-uni's built-in ones. */
export function useUiLocale(): void {
  const preferences = usePreferencesStore();
  watch(
    () => preferences.locale,
    (locale) => {
      i18n.global.locale.value = locale;
      if (locale === 'en') Locale.use('en-US', enUS);
      else Locale.use('zh-CN', zhCN);
    },
    { immediate: true },
  );
}
