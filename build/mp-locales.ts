import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Plugin } from 'vite';

/**
 * Moves the texts that only a subpackage's pages show out of the mini program's main package: WeChat
 * downloads every string of src/locales/*.ts before the first screen otherwise, most of them for pages in
 * subpackages. For each subpackage of `namespaces`, the listed top-level namespaces are cut out of the
 * locale modules (the main package keeps the rest), written into `<root>/__locales__.js` in that
 * subpackage, and every page under the root imports it first, so the texts are registered (`register`,
 * vue-i18n's mergeLocaleMessage) before the page renders. Mini program builds only: H5 and the tests load
 * the locale modules whole. The source files stay as they are; test/mp/packages.test.ts checks in the build
 * that no package uses a namespace it does not carry.
 *
 * The locale modules must keep their shape: `export const <name> = {`, one top-level namespace per
 * `  <namespace>: {` … `  },` block (as the formatter writes them), or per `  <namespace>: <name>,` line
 * naming a binding imported from a module of its own (`import { <name> } from './<file>';`, as chat-en.ts):
 * that module then ships in the subpackage, imported by its `__locales__.js`. The build fails on a listed
 * namespace it cannot find.
 */
export interface MpLocalesOptions {
  inputDir: string;
  /** Locale → the module (relative to inputDir) that exports its messages. */
  locales: Readonly<Record<string, string>>;
  /** Subpackage name → the top-level namespaces only its pages use. */
  namespaces: Readonly<Record<string, readonly string[]>>;
  /** Subpackage name → root (src/app/routes.ts SUBPACKAGES). */
  subpackages: Readonly<Record<string, string>>;
  /** The module exporting `addMessages(locale, messages)` (relative to inputDir). */
  register: string;
}

const PART_FILE = '__locales__.js';

interface Cut {
  /** The module without the moved namespaces. */
  rest: string;
  /** Namespace → its object literal text, or the name of the binding that holds it (see `imports`). */
  parts: Map<string, string>;
  /** Namespace given as an imported binding → the binding and the module specifier it is imported from. */
  imports: Map<string, { binding: string; from: string }>;
}

/** Cuts the top-level `  name: { … },` blocks of `names` out of a locale module's source. */
export function cutNamespaces(source: string, names: ReadonlySet<string>, file: string): Cut {
  const lines = source.split('\n');
  const parts = new Map<string, string>();
  const imports = new Map<string, { binding: string; from: string }>();
  const kept: string[] = [];
  for (let i = 0; i < lines.length; i += 1) {
    const named = /^ {2}([A-Za-z_$][\w$]*): ([A-Za-z_$][\w$]*),?$/.exec(lines[i]);
    if (named && names.has(named[1])) {
      const from = new RegExp(`^import \\{ ${named[2]} \\} from '([^']+)';$`, 'm').exec(source);
      if (!from) throw new Error(`mp-locales: ${file}: the namespace ${named[1]} is ${named[2]}, which is not imported alone from a module`);
      parts.set(named[1], named[2]);
      imports.set(named[1], { binding: named[2], from: from[1] });
      continue;
    }
    const start = /^ {2}([A-Za-z_$][\w$]*): \{$/.exec(lines[i]);
    if (!start || !names.has(start[1])) {
      kept.push(lines[i]);
      continue;
    }
    const end = lines.findIndex((line, at) => at > i && /^ {2}\},?$/.test(line));
    if (end < 0) throw new Error(`mp-locales: ${file}: the namespace ${start[1]} does not end with a line "  },"`);
    parts.set(start[1], ['{', ...lines.slice(i + 1, end), '  }'].join('\n'));
    i = end;
  }
  const missing = [...names].filter((name) => !parts.has(name));
  if (missing.length > 0) throw new Error(`mp-locales: ${file} has no top-level namespace ${missing.join(', ')}`);
  return { rest: kept.join('\n'), parts, imports };
}

export function mpLocales(options: MpLocalesOptions): Plugin {
  const localeFiles = new Map(Object.entries(options.locales).map(([locale, file]) => [resolve(options.inputDir, file), locale]));
  const moved = new Set(Object.values(options.namespaces).flat());
  const partOf = new Map(
    Object.entries(options.namespaces).map(([name, list]) => [resolve(options.inputDir, options.subpackages[name], PART_FILE), { name, list }]),
  );
  const rootFor = (id: string): string | null => {
    const entry = Object.entries(options.namespaces).find(([name]) => id.startsWith(`${resolve(options.inputDir, options.subpackages[name])}/`));
    return entry ? resolve(options.inputDir, options.subpackages[entry[0]], PART_FILE) : null;
  };

  return {
    name: 'mp-locales',
    enforce: 'pre',
    apply: () => process.env.UNI_PLATFORM === 'mp-weixin',
    resolveId(id) {
      return partOf.has(id) ? id : null;
    },
    load(id) {
      const part = partOf.get(id);
      if (!part) return null;
      const register = resolve(options.inputDir, options.register);
      const imported: string[] = [];
      const calls = [...localeFiles].map(([file, locale]) => {
        const { parts, imports } = cutNamespaces(readFileSync(file, 'utf8'), new Set(part.list), file);
        // A namespace kept in a module of its own comes with it (the main package's locale module no longer uses it).
        for (const { binding, from } of imports.values()) imported.push(`import { ${binding} } from ${JSON.stringify(resolve(dirname(file), from))};`);
        const body = part.list.map((name) => `  ${name}: ${parts.get(name)},`).join('\n');
        return `addMessages(${JSON.stringify(locale)}, {\n${body}\n});`;
      });
      return [`import { addMessages } from ${JSON.stringify(register)};`, ...imported, ...calls, ''].join('\n');
    },
    transform(code, id) {
      const file = id.split('?')[0];
      if (localeFiles.has(file) && !id.includes('?')) return { code: cutNamespaces(code, moved, file).rest, map: null };
      // A page of a subpackage registers its package's texts before anything else runs.
      const part = file.endsWith('.vue') && !id.includes('?') ? rootFor(file) : null;
      if (part && /<script setup[^>]*>/.test(code)) return { code: code.replace(/<script setup[^>]*>\n?/, (tag) => `${tag.trimEnd()}\nimport ${JSON.stringify(part)};\n`), map: null };
      return null;
    },
  };
}
