import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, posix, relative, resolve } from 'node:path';
import type { Plugin, Rollup } from 'vite';

/**
 * Moves code into the mini program's subpackages, which uni-app (3.0.0-5010420260703001, pinned) does not:
 * it emits every project module at its source path and every node_modules module into `common/vendor.js`,
 * all in the main package, however few pages use them. This plugin wraps uni's own `manualChunks` (from
 * @dcloudio/uni-mp-vite, plugin/build.js) so that a module reached only from one subpackage is written under
 * that subpackage's root instead (components too, with their template, style and json), and emits a
 * dynamic `import()` of code as WeChat's `require.async` when it crosses into another package, as a
 * deferred `require` otherwise (uni emits it as the bare path string, a TypeError at `.then`). It runs only
 * in mp-weixin builds; H5 keeps Vite's normal code splitting.
 *
 * Which package a module belongs to: an entry outside every subpackage root (app, main-package pages),
 * or any file under a subpackage root, starts that package (main, or the subpackage); a module listed in
 * `asyncModules` starts the subpackage named there (the target of a cross-package `import()`). Every other
 * module, component or not, belongs to the packages whose starting points reach it through imports; it
 * moves only when that is exactly one subpackage. What stays in the main package is what the main package
 * or two subpackages need.
 *
 * test/mp/packages.test.ts checks the result against WeChat's package rules (no synchronous require or
 * component across packages, require.async targets that exist, sizes).
 */
export interface MpPackagesOptions {
  /** The uni input directory (the repository root): module paths are taken relative to it. */
  inputDir: string;
  /** Subpackage name → root, as in pages.json (`src/subpackages/people`). */
  subpackages: Readonly<Record<string, string>>;
  /** Absolute path of a module loaded with `import()` → the subpackage it starts. */
  asyncModules: Readonly<Record<string, string>>;
}

const MAIN = '';
const VIRTUAL = /^(uniPage|uniComponent):\/\/(.*)$/;

/** A module id as a path relative to the input directory (uni's virtual page/component ids decoded). */
function modulePath(id: string, inputDir: string): string {
  const bare = id.replace(/^\0/, '').split('?')[0];
  const virtual = VIRTUAL.exec(bare);
  const file = virtual ? Buffer.from(virtual[2], 'base64url').toString('utf8') : bare;
  return relative(inputDir, resolve(inputDir, file)).split('\\').join('/');
}

export function mpPackages(options: MpPackagesOptions): Plugin {
  const roots = Object.entries(options.subpackages).map(([name, root]) => ({ name, prefix: `${root.replace(/\/$/, '')}/` }));
  const rootOf = (name: string): string => roots.find((root) => root.name === name)?.prefix ?? '';
  const packageOfPath = (path: string): string | null => roots.find((root) => path.startsWith(root.prefix))?.name ?? null;
  const asyncModules = new Map(Object.entries(options.asyncModules).map(([file, name]) => [resolve(file), name]));

  /** Module id → the packages that reach it; computed once per output from the finished module graph. */
  let owners: Map<string, Set<string>> | null = null;

  function start(id: string, info: Rollup.ModuleInfo): string | null {
    const path = modulePath(id, options.inputDir);
    const asyncPackage = asyncModules.get(resolve(options.inputDir, path));
    if (asyncPackage) return asyncPackage;
    const inRoot = packageOfPath(path);
    if (inRoot) return inRoot;
    return info.isEntry ? MAIN : null;
  }

  function computeOwners(api: Rollup.ManualChunkMeta): Map<string, Set<string>> {
    const result = new Map<string, Set<string>>();
    const starts = new Map<string, string>();
    for (const id of api.getModuleIds()) {
      const info = api.getModuleInfo(id);
      const name = info ? start(id, info) : null;
      if (name !== null) starts.set(id, name);
    }
    for (const [first, name] of starts) {
      const stack = [first];
      while (stack.length > 0) {
        const id = stack.pop() as string;
        const reached = result.get(id) ?? new Set<string>();
        if (reached.has(name)) continue;
        reached.add(name);
        result.set(id, reached);
        const info = api.getModuleInfo(id);
        if (!info) continue;
        for (const next of [...info.importedIds, ...info.dynamicallyImportedIds]) {
          // Another starting point owns its own subtree (a page of another package, an async module).
          const other = starts.get(next);
          if (other === undefined || other === name) stack.push(next);
        }
      }
    }
    return result;
  }

  function componentTarget(id: string): string | null {
    const reached = owners?.get(id);
    if (!reached || reached.size !== 1) return null;
    const [only] = reached;
    return only === MAIN ? null : only;
  }

  /** The subpackage a module moves into, or null when it stays where uni puts it. */
  function movesTo(id: string, api: Rollup.ManualChunkMeta): string | null {
    owners ??= computeOwners(api);
    const reached = owners.get(id);
    if (!reached || reached.size !== 1) return null;
    const [only] = reached;
    return only === MAIN ? null : only;
  }

  const packageOfFile = (fileName: string): string => packageOfPath(fileName) ?? MAIN;

  /**
   * Components (uni's `uniComponent://` chunks) moved into a subpackage: old path → new path, without
   * extension. uni writes their .json, .wxml and .wxss at the old path, so closeBundle moves those too
   * and points every `usingComponents` at the new place.
   */
  const movedComponents = new Map<string, string>();
  let outDir = '';

  return {
    name: 'mp-packages',
    apply: () => process.env.UNI_PLATFORM === 'mp-weixin',
    enforce: 'pre',
    outputOptions(output) {
      const uniManualChunks = output.manualChunks;
      if (typeof uniManualChunks !== 'function') {
        throw new Error('mp-packages: uni-app no longer sets output.manualChunks as a function; check the pinned @dcloudio version');
      }
      const uniChunkFileNames = output.chunkFileNames;
      owners = null;
      return {
        ...output,
        // uni names a dynamic import's chunk after its source path, not after the name given above.
        chunkFileNames(chunk) {
          if (packageOfPath(chunk.name)) return '[name].js';
          const named = typeof uniChunkFileNames === 'function' ? uniChunkFileNames(chunk) : (uniChunkFileNames ?? '[name].js');
          // A component only one subpackage uses goes there, with its template, style and json.
          const facade = chunk.facadeModuleId ?? '';
          const target = facade.startsWith('uniComponent://') ? componentTarget(facade) : null;
          if (target === null || packageOfPath(named)) return named;
          const moved = `${rootOf(target)}common/${named}`;
          movedComponents.set(named.replace(/\.js$/, ''), moved.replace(/\.js$/, ''));
          return moved;
        },
        manualChunks(id, api) {
          const name = uniManualChunks(id, api);
          if (typeof name !== 'string') return name;
          const target = movesTo(id, api);
          if (target === null) return name;
          const root = rootOf(target);
          return name.startsWith(root) ? name : `${root}common/${name.replace(/^common\//, '')}`;
        },
      };
    },
    writeBundle(options) {
      outDir = options.dir ?? '';
    },
    // uni writes component styles after the bundle (writeBundle): move the files once everything is written.
    closeBundle() {
      if (movedComponents.size > 0 && outDir) relocateComponents(outDir, movedComponents);
    },
    renderDynamicImport({ chunk, targetChunk, targetModuleId }) {
      // uni renders its component references as import() too (into a path string, which it needs): only
      // imports of code are ours. uni renders those as the bare path string too (a TypeError at `.then`).
      if (!targetChunk || !targetModuleId || VIRTUAL.test(targetModuleId) || !/\.(ts|js|mjs)$/.test(targetModuleId.split('?')[0])) return null;
      // Across packages, WeChat's asynchronous require (base library ≥ 2.11.2) resolves with the exports.
      if (packageOfFile(targetChunk.fileName) !== packageOfFile(chunk.fileName)) return { left: 'require.async(', right: ')' };
      return { left: 'Promise.resolve().then(() => require(', right: '))' };
    },
  };
}

function jsonFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return jsonFiles(full);
    return full.endsWith('.json') ? [full] : [];
  });
}

/**
 * Moves each component's .json/.wxml/.wxss from `old` to `moved` (paths without extension, relative to the
 * output directory; its .js is already there) and rewrites every `usingComponents` path that pointed at a
 * moved component, or that a moved component's json wrote relative to its old place.
 */
function relocateComponents(out: string, moved: ReadonlyMap<string, string>): void {
  const newPlaceOf = new Map<string, string>();
  for (const [old, next] of moved) {
    for (const ext of ['.json', '.wxml', '.wxss']) {
      const from = join(out, old + ext);
      if (!existsSync(from)) continue;
      mkdirSync(dirname(join(out, next + ext)), { recursive: true });
      renameSync(from, join(out, next + ext));
    }
    newPlaceOf.set(next, old);
    removeEmptyFolders(out, dirname(old));
  }
  for (const file of jsonFiles(out)) {
    const here = posix.normalize(relative(out, file).split('\\').join('/')).replace(/\.json$/, '');
    const json = JSON.parse(readFileSync(file, 'utf8')) as { usingComponents?: Record<string, string> };
    if (!json.usingComponents) continue;
    // A moved component's paths were written from its old place.
    const writtenFrom = newPlaceOf.get(here) ?? here;
    let changed = false;
    for (const [tag, request] of Object.entries(json.usingComponents)) {
      if (request.startsWith('plugin://')) continue;
      const absolute = request.startsWith('/');
      const target = absolute ? request.slice(1) : posix.normalize(posix.join(posix.dirname(writtenFrom), request));
      const finalTarget = moved.get(target) ?? target;
      const rewritten = absolute ? `/${finalTarget}` : posix.relative(posix.dirname(here), finalTarget);
      if (rewritten !== request) {
        json.usingComponents[tag] = rewritten.startsWith('.') || absolute ? rewritten : `./${rewritten}`;
        changed = true;
      }
    }
    if (changed) writeFileSync(file, `${JSON.stringify(json, null, 2)}`);
  }
}

/** Removes `folder` (relative to `out`) and its parents while they are empty, as a moved component leaves them. */
function removeEmptyFolders(out: string, folder: string): void {
  for (let current = folder; current && current !== '.'; current = dirname(current)) {
    const full = join(out, current);
    if (!existsSync(full) || readdirSync(full).length > 0) return;
    rmdirSync(full);
  }
}
