/**
 * The locale split of the mini program build (build/mp-locales.ts): on the app's real locale modules, the
 * namespaces cut out plus what stays are the module's texts, nothing lost or doubled; a namespace that is
 * not there fails the build.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { cutNamespaces } from '@/build/mp-locales';
import { en } from '@/src/locales/en';
import { SUBPACKAGE_NAMESPACES } from '@/src/locales/namespaces';

const file = resolve(__dirname, '../../../src/locales/en.ts');
const source = readFileSync(file, 'utf8');
const moved = new Set(Object.values(SUBPACKAGE_NAMESPACES).flatMap((list) => list ?? []));

test('the moved namespaces come out whole, and the rest of the module keeps every other namespace', () => {
  const { rest, parts, imports } = cutNamespaces(source, moved, file);
  for (const ns of moved) {
    const fromModule = imports.get(ns);
    // The cut text is the namespace's object literal (evaluating it gives en.ts's own texts), or the binding
    // en.ts imports it as, from the module named.
    const value = fromModule
      ? ((jest.requireActual(resolve(dirname(file), fromModule.from)) as Record<string, unknown>)[fromModule.binding] as unknown)
      : (new Function(`return (${parts.get(ns)});`)() as unknown);
    expect(value).toEqual(en[ns as keyof typeof en]);
    expect(rest).not.toMatch(new RegExp(`^  ${ns}: `, 'm'));
  }
  // The chat page's texts are a module of their own (chat-en.ts): the chat subpackage imports it.
  expect(imports.get('chat')).toEqual({ binding: 'chatEn', from: './chat-en' });
  for (const ns of Object.keys(en).filter((key) => !moved.has(key))) expect(rest).toMatch(new RegExp(`^  ${ns}: `, 'm'));
});

test('a namespace given as a binding that is not imported alone from a module fails the build', () => {
  const broken = source.replace(/^import \{ chatEn \} from '\.\/chat-en';$/m, '');
  expect(() => cutNamespaces(broken, new Set(['chat']), file)).toThrow(/the namespace chat is chatEn, which is not imported alone from a module/);
});

test('a namespace the module does not have fails the build, naming it', () => {
  expect(() => cutNamespaces(source, new Set(['noSuchNamespace']), file)).toThrow(/has no top-level namespace noSuchNamespace/);
});
