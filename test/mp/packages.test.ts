/**
 * The built mini program (dist/build/mp-weixin) against WeChat's package rules (test/mp/package-rules.ts),
 * and the split this app makes: the chat backend in its own subpackage, fetched with require.async.
 */
import fs from 'fs';
import path from 'path';
import { SUBPACKAGES } from '@/src/app/routes';
import { SUBPACKAGE_NAMESPACES } from '@/src/locales/namespaces';
import { CODES } from '@/src/utils/pinyin-table';
import { MP_ROOT } from './harness';
import { checkPackages, packageSizes, readAppJson, subPackagesOf } from './package-rules';

function filesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(full) : [full];
  });
}

test('the build breaks none of WeChat’s package rules', () => {
  expect(checkPackages(MP_ROOT)).toEqual([]);
});

test('app.json declares the subpackages of src/app/routes.ts, by name', () => {
  const declared = subPackagesOf(readAppJson(MP_ROOT)).map((sub) => [sub.name, sub.root]);
  expect(declared).toEqual(Object.entries(SUBPACKAGES));
});

test('the chat backend is in its own subpackage, and the main package fetches it with require.async', () => {
  const backendFiles = filesUnder(path.join(MP_ROOT, SUBPACKAGES.backend)).filter((file) => file.endsWith('.js'));
  expect(backendFiles.length).toBeGreaterThan(0);
  // Nothing of the embedded service or the SDK is left in the main package.
  const mainJs = filesUnder(MP_ROOT).filter((file) => file.endsWith('.js') && !path.relative(MP_ROOT, file).startsWith('src/subpackages/'));
  expect(mainJs.filter((file) => file.includes(`${path.sep}chat${path.sep}local${path.sep}`))).toEqual([]);
  const mainCode = mainJs.map((file) => fs.readFileSync(file, 'utf8')).join('\n');
  expect(mainCode).not.toContain('TencentCloudChat');
  const asyncRequests = [...mainCode.matchAll(/require\.async\("([^"]+)"\)/g)].map((match) => match[1]);
  const intoBackend = asyncRequests.filter((request) => request.includes(`${SUBPACKAGES.backend.replace('src/', '')}/`));
  // The backend once, beside it the error sentences (src/locales/load-error-texts.ts) and the platform's media and
  // network code (src/platform/lazy-media.ts, lazy-transfer.ts).
  expect(intoBackend.filter((request) => /\/src\/chat\/backends\/(local|cloud)\.js$/.test(request))).toHaveLength(1);
  expect(intoBackend.filter((request) => request.endsWith('/src/locales/error-texts.js'))).toHaveLength(1);
  expect(intoBackend.filter((request) => request.endsWith('/src/platform/uni-media.js'))).toHaveLength(1);
  expect(intoBackend.filter((request) => request.endsWith('/src/platform/uni-transfer.js'))).toHaveLength(1);
  expect(intoBackend).toHaveLength(4);
});

test('the error sentences, the media and the network code are not in the main package', () => {
  const mainJs = filesUnder(MP_ROOT)
    .filter((file) => file.endsWith('.js') && !path.relative(MP_ROOT, file).startsWith('src/subpackages/'))
    .map((file) => path.relative(MP_ROOT, file));
  expect(mainJs.filter((file) => /\/(errors-(en|zh-Hans)|error-texts|uni-media|media-file|uni-transfer)\.js$/.test(file))).toEqual([]);
  const backend = filesUnder(path.join(MP_ROOT, SUBPACKAGES.backend)).map((file) => path.relative(MP_ROOT, file));
  for (const name of ['errors-en.js', 'errors-zh-Hans.js', 'uni-media.js', 'media-file.js', 'uni-transfer.js']) {
    expect({ name, inBackend: backend.some((file) => file.endsWith(`/${name}`)) }).toEqual({ name, inBackend: true });
  }
  // A sentence of the code tables, in the backend subpackage only.
  const sentence = 'The chat service did not answer in time';
  const mainCode = mainJs.map((file) => fs.readFileSync(path.join(MP_ROOT, file), 'utf8')).join('\n');
  const backendCode = backend.filter((file) => file.endsWith('.js')).map((file) => fs.readFileSync(path.join(MP_ROOT, file), 'utf8')).join('\n');
  expect(backendCode).toContain(sentence);
  expect(mainCode).not.toContain(sentence);
});

test('the pinyin table is in the pinyin subpackage alone, fetched with require.async by the contacts loader', () => {
  // The table's coded readings (src/utils/pinyin-table.ts, printable ASCII the minifier keeps as it is).
  const hasTable = (file: string) => fs.readFileSync(file, 'utf8').includes(CODES.slice(0, 200));
  // pinyin-pro's dictionary, readings with tone marks ("zhōng"): a devDependency now, in no package.
  const hasPinyinPro = (file: string) => fs.readFileSync(file, 'utf8').includes('zhōng');
  const js = filesUnder(MP_ROOT).filter((file) => file.endsWith('.js'));
  const inPinyin = (file: string) => path.relative(MP_ROOT, file).startsWith(`${SUBPACKAGES.pinyin}/`);
  expect(js.filter(inPinyin).some(hasTable)).toBe(true);
  expect(js.filter((file) => !inPinyin(file) && hasTable(file)).map((file) => path.relative(MP_ROOT, file))).toEqual([]);
  expect(js.filter(hasPinyinPro).map((file) => path.relative(MP_ROOT, file))).toEqual([]);
  const loader = fs.readFileSync(path.join(MP_ROOT, 'src/platform/load-pinyin.js'), 'utf8');
  expect(loader).toMatch(new RegExp(`require\\.async\\("[^"]*${SUBPACKAGES.pinyin.replace('src/', '')}/`));
});

test('every package has content, and the subpackages hold more than their pages', () => {
  for (const { root, bytes } of packageSizes(MP_ROOT)) expect({ root, empty: bytes === 0 }).toEqual({ root, empty: false });
  // Modules only one subpackage uses moved into it (build/mp-packages.ts).
  for (const root of [SUBPACKAGES.people, SUBPACKAGES.groups]) {
    expect(filesUnder(path.join(MP_ROOT, root, 'common')).length).toBeGreaterThan(0);
  }
});

test('every package carries the texts its code reads: no code reads a namespace moved into another subpackage', () => {
  const roots = subPackagesOf(readAppJson(MP_ROOT)).map((sub) => sub.root);
  const packageOf = (file: string) => roots.find((root) => path.relative(MP_ROOT, file).startsWith(`${root}/`)) ?? '';
  const carriedBy = new Map<string, string>();
  for (const [name, list] of Object.entries(SUBPACKAGE_NAMESPACES)) for (const ns of list ?? []) carriedBy.set(ns, SUBPACKAGES[name as keyof typeof SUBPACKAGES]);
  const misplaced: string[] = [];
  for (const file of filesUnder(MP_ROOT).filter((candidate) => candidate.endsWith('.js') && !candidate.endsWith('__locales__.js'))) {
    const code = fs.readFileSync(file, 'utf8');
    for (const [ns, root] of carriedBy) {
      if (packageOf(file) !== root && new RegExp(`["'\`]${ns}\\.[A-Za-z]`).test(code)) misplaced.push(`${path.relative(MP_ROOT, file)} reads ${ns}.*, carried by ${root}`);
    }
  }
  expect(misplaced).toEqual([]);
  // …and the texts are there: each subpackage registers its namespaces.
  for (const [name, list] of Object.entries(SUBPACKAGE_NAMESPACES)) {
    const registered = fs.readFileSync(path.join(MP_ROOT, SUBPACKAGES[name as keyof typeof SUBPACKAGES], '__locales__.js'), 'utf8');
    for (const ns of list ?? []) expect(registered).toContain(`${ns}:`);
  }
});
