/**
 * WeChat's package rules, checked on a built mini program (dist/build/mp-weixin): what the developer tools
 * and the upload would refuse, or what would break only on a device where a subpackage has not been
 * downloaded yet. Sources: WeChat's "subpackages" guide (basic.html: packing and reference principles; the
 * 2 MB per package and 20 MB limits), "asynchronous subpackages" (async.html: require.async,
 * componentPlaceholder) and the app.json reference (subPackages, preloadRule, tabBar).
 *
 * checkPackages(dir) answers every violation as a sentence (none: []). test/mp/packages.test.ts runs it on
 * the build; test/unit/app/package-rules.test.ts shows each rule failing on a small broken build.
 */
import fs from 'fs';
import path from 'path';

export const PACKAGE_LIMIT_BYTES = 2 * 1024 * 1024;
export const TOTAL_LIMIT_BYTES = 20 * 1024 * 1024;

interface SubPackage {
  root: string;
  name?: string;
  pages: string[];
  independent?: boolean;
}
export interface AppJson {
  pages: string[];
  subPackages?: SubPackage[];
  subpackages?: SubPackage[];
  preloadRule?: Record<string, { network?: string; packages?: string[] }>;
  tabBar?: { list: Array<{ pagePath: string }> };
}

export interface PackageReport {
  /** '' for the main package, else the subpackage's root. */
  root: string;
  bytes: number;
}

function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? files(full) : [full];
  });
}

const posix = (file: string): string => file.split(path.sep).join('/');
const trimRoot = (root: string): string => root.replace(/^\/+|\/+$/g, '');

export function readAppJson(dir: string): AppJson {
  return JSON.parse(fs.readFileSync(path.join(dir, 'app.json'), 'utf8')) as AppJson;
}

export function subPackagesOf(app: AppJson): SubPackage[] {
  return app.subPackages ?? app.subpackages ?? [];
}

/** The size of each package (main first) of the build in `dir`. */
export function packageSizes(dir: string): PackageReport[] {
  const roots = subPackagesOf(readAppJson(dir)).map((sub) => trimRoot(sub.root));
  const sizes = new Map<string, number>([['', 0], ...roots.map((root): [string, number] => [root, 0])]);
  for (const file of files(dir)) {
    const relative = posix(path.relative(dir, file));
    const root = roots.find((candidate) => relative.startsWith(`${candidate}/`)) ?? '';
    sizes.set(root, (sizes.get(root) ?? 0) + fs.statSync(file).size);
  }
  return [...sizes].map(([root, bytes]) => ({ root, bytes }));
}

const SYNC_REQUIRE = /(?<![.\w$])require\(\s*(["'])([^"']+)\1\s*\)/g;
const ASYNC_REQUIRE = /require\.async\(\s*(["'])([^"']+)\1\s*\)/g;
const WXML_SOURCES = /<(import|include|wxs)\b[^>]*\bsrc\s*=\s*"([^"{}]+)"/g;
const WXSS_IMPORT = /@import\s+["']([^"']+)["']/g;

export function checkPackages(dir: string): string[] {
  const problems: string[] = [];
  const app = readAppJson(dir);
  const subs = subPackagesOf(app);
  const roots = subs.map((sub) => trimRoot(sub.root));
  const packageOf = (relative: string): string => roots.find((root) => relative.startsWith(`${root}/`)) ?? '';
  const label = (root: string): string => (root === '' ? 'the main package' : `the subpackage ${root}`);
  const exists = (relative: string): boolean => fs.existsSync(path.join(dir, relative));
  const pageFilesExist = (page: string): boolean => ['.js', '.json', '.wxml'].every((ext) => exists(`${page}${ext}`));

  // ---- app.json ----------------------------------------------------------------------------------------
  if (app.pages.length === 0) problems.push('app.json: the main package declares no page');
  const subPages = subs.flatMap((sub) => sub.pages.map((page) => `${trimRoot(sub.root)}/${page}`));
  for (const [a, rootA] of roots.entries()) {
    for (const rootB of roots.slice(a + 1)) {
      if (rootA === rootB || rootA.startsWith(`${rootB}/`) || rootB.startsWith(`${rootA}/`)) {
        problems.push(`app.json: the subpackage roots ${rootA} and ${rootB} overlap (a root may not lie inside another)`);
      }
    }
  }
  const names = new Map<string, string>();
  for (const sub of subs) {
    if (sub.name) {
      if (names.has(sub.name)) problems.push(`app.json: two subpackages are named ${sub.name}`);
      names.set(sub.name, trimRoot(sub.root));
    }
    if (sub.independent) problems.push(`app.json: ${sub.root} is independent, which may not use the main package's code`);
  }
  for (const page of app.pages) {
    if (packageOf(page) !== '') problems.push(`app.json: the main package's page ${page} lies under the subpackage root ${packageOf(page)}`);
    if (!pageFilesExist(page)) problems.push(`app.json: the page ${page} has no .js/.json/.wxml in the build`);
  }
  for (const page of subPages) if (!pageFilesExist(page)) problems.push(`app.json: the page ${page} has no .js/.json/.wxml in the build`);
  for (const item of app.tabBar?.list ?? []) {
    if (!app.pages.includes(item.pagePath)) problems.push(`app.json: the tab page ${item.pagePath} is not a page of the main package`);
  }
  for (const [page, rule] of Object.entries(app.preloadRule ?? {})) {
    if (!app.pages.includes(page) && !subPages.includes(page)) problems.push(`app.json: preloadRule names ${page}, which is not a page`);
    if (rule.network !== undefined && rule.network !== 'all' && rule.network !== 'wifi') {
      problems.push(`app.json: preloadRule of ${page} has network "${rule.network}" (all or wifi)`);
    }
    for (const target of rule.packages ?? []) {
      if (target !== '__APP__' && !names.has(target) && !roots.includes(trimRoot(target))) {
        problems.push(`app.json: preloadRule of ${page} preloads ${target}, which is no subpackage's name or root`);
      }
    }
  }

  // ---- sizes ---------------------------------------------------------------------------------------------
  const sizes = packageSizes(dir);
  for (const { root, bytes } of sizes) {
    if (bytes > PACKAGE_LIMIT_BYTES) problems.push(`${label(root)} weighs ${(bytes / 1024).toFixed(1)} KB, over WeChat's 2 MB`);
  }
  const total = sizes.reduce((sum, { bytes }) => sum + bytes, 0);
  if (total > TOTAL_LIMIT_BYTES) problems.push(`the packages weigh ${(total / 1024).toFixed(1)} KB together, over WeChat's 20 MB`);

  // ---- references across packages ----------------------------------------------------------------------
  /** A reference from `from` to `request` (relative to `from`, or absolute from the build's root). */
  const target = (from: string, request: string): string =>
    request.startsWith('/') ? trimRoot(request) : posix(path.normalize(path.join(path.dirname(from), request)));
  const crossing = (from: string, to: string): boolean => packageOf(to) !== '' && packageOf(to) !== packageOf(from);

  for (const file of files(dir)) {
    const from = posix(path.relative(dir, file));
    const text = (): string => fs.readFileSync(file, 'utf8');
    if (from.endsWith('.js')) {
      const code = text();
      for (const [, , request] of code.matchAll(SYNC_REQUIRE)) {
        if (!request.startsWith('.') && !request.startsWith('/')) continue;
        const to = target(from, request.endsWith('.js') ? request : `${request}.js`);
        if (!exists(to)) problems.push(`${from}: require("${request}") names a file the build does not have`);
        else if (crossing(from, to)) problems.push(`${from}: require("${request}") reaches into ${label(packageOf(to))} synchronously (use require.async)`);
      }
      for (const [, , request] of code.matchAll(ASYNC_REQUIRE)) {
        const to = target(from, request.endsWith('.js') ? request : `${request}.js`);
        if (!exists(to)) problems.push(`${from}: require.async("${request}") names a file the build does not have`);
      }
    } else if (from.endsWith('.json') && from !== 'app.json' && !from.endsWith('project.config.json')) {
      const json = JSON.parse(text()) as { usingComponents?: Record<string, string>; componentPlaceholder?: Record<string, string> };
      for (const [tag, request] of Object.entries(json.usingComponents ?? {})) {
        if (request.startsWith('plugin://')) continue;
        const to = target(from, request);
        if (!exists(`${to}.json`)) problems.push(`${from}: the component <${tag}> (${request}) is not in the build`);
        else if (crossing(from, to) && !json.componentPlaceholder?.[tag]) {
          problems.push(`${from}: the component <${tag}> comes from ${label(packageOf(to))} without a componentPlaceholder`);
        }
      }
    } else if (from.endsWith('.wxml')) {
      for (const [, tag, request] of text().matchAll(WXML_SOURCES)) {
        const to = target(from, request);
        if (!exists(to)) problems.push(`${from}: <${tag} src="${request}"> is not in the build`);
        else if (crossing(from, to)) problems.push(`${from}: <${tag} src="${request}"> comes from ${label(packageOf(to))}`);
      }
    } else if (from.endsWith('.wxss')) {
      for (const [, request] of text().matchAll(WXSS_IMPORT)) {
        const to = target(from, request);
        if (!exists(to)) problems.push(`${from}: @import "${request}" is not in the build`);
        else if (crossing(from, to)) problems.push(`${from}: @import "${request}" comes from ${label(packageOf(to))}`);
      }
    }
  }
  return problems;
}
