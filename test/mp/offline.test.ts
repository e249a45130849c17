/**
 * Offline means offline in the mini program too: the local-mode build loads nothing from any host. Every
 * address in the compiled files is listed here with why it is harmless, so a new one (a font, a script, a
 * collector) fails until someone looks at it. wot-design-uni's icon font from at.alicdn.com was one (the
 * mini program no longer ships any wot component, see the last test).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { MP_ROOT } from './harness';

/** Strings that are addresses but never fetched. */
const HARMLESS: Record<string, string> = {
  'http://www.w3.org/2000/svg': 'an SVG namespace inside inline SVG markup',
  'https://uniapp.dcloud.net.cn/tutorial/run/mp-log.html': "a link in uni's console warning text",
  'https://vuejs.org/error-reference/#runtime-$': "a link in Vue's error text",
};

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? files(full) : [full];
  });
}

test('the compiled mini program names no host it would load anything from', () => {
  const found = new Map<string, string>();
  for (const file of files(MP_ROOT)) {
    if (!/\.(js|json|wxml|wxss|wxs)$/.test(file)) continue;
    for (const match of readFileSync(file, 'utf8').matchAll(/https?:\/\/[A-Za-z0-9._~:/?#@!$&'*+,;=%-]+/g)) {
      if (!(match[0] in HARMLESS)) found.set(match[0], path.relative(MP_ROOT, file));
    }
  }
  expect(Object.fromEntries(found)).toEqual({});
});

test('the mini program ships no wot-design-uni component (uni-app would put it in the main package)', () => {
  // Its icon stylesheet also loaded a font from at.alicdn.com. The app's own UiPopup, UiSheet, UiButton and
  // UiSpinner stand in for wot's popup, action sheet, button and loading there; H5 keeps wot where it uses it.
  const wot = files(MP_ROOT).filter((file) => file.includes(`${path.sep}wot-design-uni${path.sep}`));
  expect(wot.map((file) => path.relative(MP_ROOT, file))).toEqual([]);
});
