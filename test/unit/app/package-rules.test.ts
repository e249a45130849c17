/**
 * The package validator (test/mp/package-rules.ts) on small builds written here: a correct one passes, and
 * each broken rule is named. test/mp/packages.test.ts runs it on the real build.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { checkPackages, packageSizes } from '../../mp/package-rules';

let dir: string;

function write(files: Record<string, string>): void {
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
}
const page = (name: string, json: object = {}) => ({ [`${name}.js`]: '"use strict";', [`${name}.json`]: JSON.stringify(json), [`${name}.wxml`]: '<view/>' });
const appJson = (extra: object = {}) =>
  JSON.stringify({
    pages: ['pages/login/login', 'pages/me/me'],
    subPackages: [
      { root: 'sub/a', name: 'a', pages: ['p/p'] },
      { root: 'sub/b', name: 'b', pages: ['q/q'] },
    ],
    preloadRule: { 'pages/me/me': { network: 'all', packages: ['a'] } },
    tabBar: { list: [{ pagePath: 'pages/me/me' }] },
    ...extra,
  });

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'packages-'));
  write({
    'app.json': appJson(),
    'common/vendor.js': 'exports.x = 1;',
    ...page('pages/login/login'),
    ...page('pages/me/me'),
    ...page('sub/a/p/p', { usingComponents: { row: '../common/Row', shell: '../../../components/Shell' } }),
    ...page('sub/a/common/Row', { component: true }),
    ...page('components/Shell', { component: true }),
    ...page('sub/b/q/q'),
    'sub/a/common/util.js': 'exports.y = 2;',
  });
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

test('a build that keeps the rules passes, and its packages are measured', () => {
  write({
    'sub/a/p/p.js': 'require("../../../common/vendor.js"); require("../common/util.js");',
    'pages/login/login.js': 'require.async("../../sub/b/q/q.js").then(() => 0);',
  });
  expect(checkPackages(dir)).toEqual([]);
  expect(packageSizes(dir).map((size) => size.root)).toEqual(['', 'sub/a', 'sub/b']);
});

test('a synchronous require into another package is refused; require.async of a missing file too', () => {
  write({
    'pages/login/login.js': 'const u = require("../../sub/a/common/util.js"); require.async("../../sub/b/missing.js");',
    'sub/b/q/q.js': 'require("../../a/common/util.js");',
  });
  expect(checkPackages(dir)).toEqual([
    'pages/login/login.js: require("../../sub/a/common/util.js") reaches into the subpackage sub/a synchronously (use require.async)',
    'pages/login/login.js: require.async("../../sub/b/missing.js") names a file the build does not have',
    'sub/b/q/q.js: require("../../a/common/util.js") reaches into the subpackage sub/a synchronously (use require.async)',
  ]);
});

test('a component from another package needs a placeholder; a missing one is named', () => {
  write(page('pages/me/me', { usingComponents: { row: '../../sub/a/common/Row', gone: '/components/Gone' } }));
  expect(checkPackages(dir)).toEqual([
    'pages/me/me.json: the component <row> comes from the subpackage sub/a without a componentPlaceholder',
    'pages/me/me.json: the component <gone> (/components/Gone) is not in the build',
  ]);
  write(page('pages/me/me', { usingComponents: { row: '../../sub/a/common/Row' }, componentPlaceholder: { row: 'view' } }));
  expect(checkPackages(dir)).toEqual([]);
});

test('templates and styles may not import from another subpackage', () => {
  write({
    'sub/b/q/q.wxml': '<import src="../../a/common/Row.wxml"/><view/>',
    'sub/b/q/q.wxss': '@import "../../a/common/Row.wxss";',
    'sub/a/common/Row.wxss': '.row{}',
  });
  expect(checkPackages(dir)).toEqual([
    'sub/b/q/q.wxml: <import src="../../a/common/Row.wxml"> comes from the subpackage sub/a',
    'sub/b/q/q.wxss: @import "../../a/common/Row.wxss" comes from the subpackage sub/a',
  ]);
});

test('app.json: tab pages in the main package, roots apart, preload rules that name pages and packages', () => {
  write({
    'app.json': appJson({
      pages: ['pages/login/login', 'sub/a/p/p'],
      subPackages: [
        { root: 'sub/a', name: 'a', pages: ['p/p'] },
        { root: 'sub/a/inner', name: 'inner', pages: [] },
      ],
      preloadRule: { 'pages/nowhere': { network: '4g', packages: ['zzz'] } },
    }),
  });
  expect(checkPackages(dir)).toEqual([
    'app.json: the subpackage roots sub/a and sub/a/inner overlap (a root may not lie inside another)',
    "app.json: the main package's page sub/a/p/p lies under the subpackage root sub/a",
    'app.json: the tab page pages/me/me is not a page of the main package',
    'app.json: preloadRule names pages/nowhere, which is not a page',
    'app.json: preloadRule of pages/nowhere has network "4g" (all or wifi)',
    'app.json: preloadRule of pages/nowhere preloads zzz, which is no subpackage\'s name or root',
  ]);
});

test('a package over 2 MB is named', () => {
  write({ 'sub/b/big.js': 'x'.repeat(2 * 1024 * 1024 + 1) });
  expect(checkPackages(dir)).toEqual([expect.stringMatching(/^the subpackage sub\/b weighs 2048\.\d KB, over WeChat's 2 MB$/)]);
});
