import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { TABS, isTabRoute } from '@/src/app/tabs';
import { ROUTES } from '@/src/app/routes';
import { en } from '@/src/locales/en';
import { zhHans } from '@/src/locales/zh-Hans';

const root = resolve(__dirname, '../../..');
const pages = JSON.parse(readFileSync(resolve(root, 'pages.json'), 'utf8')) as {
  tabBar: { list: Array<{ pagePath: string; text: string; iconPath: string; selectedIconPath: string }> } & Record<string, unknown>;
};
const theme = JSON.parse(readFileSync(resolve(root, 'theme.json'), 'utf8')) as Record<'light' | 'dark', Record<string, string>>;
const capitalised = (name: string) => name[0].toUpperCase() + name.slice(1);
const lookup = (tree: object, key: string): unknown => key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)?.[part], tree);

describe('the tab bar', () => {
  it('lists in pages.json exactly the tabs of src/app/tabs.ts, in order, with themed icons', () => {
    expect(pages.tabBar.list.map((item) => item.pagePath)).toEqual(TABS.map((tab) => tab.route));
    for (const [index, tab] of TABS.entries()) {
      expect(pages.tabBar.list[index].iconPath).toBe(`@tab${capitalised(tab.icon)}Icon`);
      expect(pages.tabBar.list[index].selectedIconPath).toBe(`@tab${capitalised(tab.icon)}SelectedIcon`);
    }
  });

  it('has an icon file per tab, state and theme, and its colours per theme', () => {
    for (const mode of ['light', 'dark'] as const) {
      for (const name of ['tabColor', 'tabSelectedColor', 'tabBg', 'tabBorder']) expect(theme[mode][name]).toBeTruthy();
      for (const tab of TABS) {
        const plain = theme[mode][`tab${capitalised(tab.icon)}Icon`];
        const selected = theme[mode][`tab${capitalised(tab.icon)}SelectedIcon`];
        expect(plain).toBe(`static/tabbar/${tab.icon}-${mode}.png`);
        expect(selected).toBe(`static/tabbar/${tab.icon}-active-${mode}.png`);
        expect(existsSync(resolve(root, plain))).toBe(true);
        expect(existsSync(resolve(root, selected))).toBe(true);
      }
    }
  });

  it('names every tab in both languages', () => {
    for (const tab of TABS) {
      expect(typeof lookup(en, tab.text)).toBe('string');
      expect(typeof lookup(zhHans, tab.text)).toBe('string');
      expect(lookup(zhHans, tab.text)).not.toBe(lookup(en, tab.text));
    }
  });

  it('tells tab pages from the others', () => {
    expect(TABS.map((tab) => tab.route)).toEqual([ROUTES.conversations, ROUTES.contacts, ROUTES.profile]);
    expect(isTabRoute(ROUTES.profile)).toBe(true);
    expect(isTabRoute(ROUTES.contacts)).toBe(true);
    expect(isTabRoute(ROUTES.groups)).toBe(false);
    expect(isTabRoute(ROUTES.user)).toBe(false);
  });
});
