import { computed } from 'vue';
import { useI18n } from 'vue-i18n';
import { usePreferencesStore, type LocaleChoice } from '@/src/stores/preferences';

/** Language choices as people read them: "Follow system", "简体中文", "English"; and the current one. */
export function useLanguageName() {
  const { t } = useI18n();
  const preferences = usePreferencesStore();
  function nameOf(choice: LocaleChoice): string {
    if (choice === 'zh-Hans') return t('preferences.zh');
    if (choice === 'en') return t('preferences.en');
    return t('preferences.system');
  }
  const current = computed(() => nameOf(preferences.localeChoice));
  return { nameOf, current };
}
