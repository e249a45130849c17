import { TABS } from '@/src/app/tabs';
import { i18n } from '@/src/locales';
import { setTabTexts } from '@/src/platform/navigation';

/** Names the tab bar's items in the current language (pages.json can only hold one). */
export function showTabTexts(): void {
  setTabTexts(TABS.map((tab) => i18n.global.t(tab.text)));
}
