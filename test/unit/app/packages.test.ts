/**
 * The package split as declared: pages.json, src/app/routes.ts and src/app/tabs.ts agree, and no page sits
 * in the main package without a reason (tab page, or listed in MAIN_PAGE_REASONS). The built packages are
 * checked against WeChat's rules by test/mp/packages.test.ts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { MAIN_PAGE_REASONS, ROUTES, SUBPACKAGES, subpackageOf } from '@/src/app/routes';
import { TABS, isTabRoute } from '@/src/app/tabs';

interface PageEntry {
  path: string;
}
interface PagesJson {
  pages: PageEntry[];
  subPackages?: Array<{ root: string; name?: string; pages: PageEntry[] }>;
  preloadRule?: Record<string, { network?: string; packages: string[] }>;
}

const root = resolve(__dirname, '../../..');
const pagesJson = JSON.parse(readFileSync(resolve(root, 'pages.json'), 'utf8')) as PagesJson;
const mainPages = pagesJson.pages.map((page) => page.path);
const subPages = (pagesJson.subPackages ?? []).flatMap((sub) => sub.pages.map((page) => `${sub.root}/${page.path}`));
const routes: string[] = Object.values(ROUTES);

test('pages.json declares every page of the routes once, and nothing else', () => {
  // A route may name a page still to come (no .vue yet, e.g. while another branch brings it); every page
  // that exists is declared.
  const existing = routes.filter((route) => existsSync(resolve(root, `${route}.vue`)));
  expect([...mainPages, ...subPages].sort()).toEqual([...existing].sort());
});

test('the main package holds the tab pages and the pages with a reason, nothing else', () => {
  for (const page of mainPages) {
    expect({ page, justified: isTabRoute(page) || page in MAIN_PAGE_REASONS }).toEqual({ page, justified: true });
  }
  for (const tab of TABS) expect(mainPages).toContain(tab.route);
  // The first screen: WeChat opens the first page of `pages`.
  expect(mainPages[0]).toBe(ROUTES.login);
  for (const page of Object.keys(MAIN_PAGE_REASONS)) expect(mainPages).toContain(page);
});

test('the subpackages of pages.json are those of src/app/routes.ts, named after them', () => {
  expect((pagesJson.subPackages ?? []).map((sub) => [sub.name, sub.root])).toEqual(Object.entries(SUBPACKAGES));
});

test('every page lives where its route says: main pages under src/pages/, the others under their root', () => {
  for (const route of routes) {
    const pkg = subpackageOf(route);
    if (pkg === null) expect(route).toMatch(/^src\/pages\/([^/]+)\/\1$/);
    else expect(route.slice(SUBPACKAGES[pkg].length + 1)).toMatch(/^([^/]+)\/\1$/);
  }
});

test('preloadRule fetches subpackages ahead of use from pages that lead to them', () => {
  const rules = Object.entries(pagesJson.preloadRule ?? {});
  expect(rules.length).toBeGreaterThan(0);
  const names = Object.keys(SUBPACKAGES);
  const preloaded = new Set(rules.flatMap(([, rule]) => rule.packages));
  for (const [page, rule] of rules) {
    expect(routes).toContain(page);
    for (const name of rule.packages) expect(names).toContain(name);
  }
  // Every subpackage with pages is preloaded from somewhere; the backend is fetched at launch (src/app/install.ts).
  for (const sub of pagesJson.subPackages ?? []) if (sub.pages.length > 0) expect(preloaded).toContain(sub.name);
});
