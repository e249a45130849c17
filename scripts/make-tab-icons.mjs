#!/usr/bin/env node
/**
 * Writes the tab bar icons to static/tabbar/: for every glyph, an outline for the unselected tab in the light
 * and the dark theme, and a filled one in the selected colour of each theme — 81 × 81 px PNGs, the size
 * WeChat asks for (a mini program tab bar takes image files only, no icon fonts or SVG). theme.json points
 * the tab bar at the right file per theme. Deterministic, so re-running leaves git clean.
 *
 *   node scripts/make-tab-icons.mjs
 *
 * A new tab: add its glyph here (a signed distance function on a 24 × 24 grid, helpers in sdf.mjs), run the
 * script, add the entry to src/app/tabs.ts and mirror it in pages.json and theme.json
 * (test/unit/app/tabs.test.ts checks they agree).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { box, circle, cut, intersect, renderGlyph, union } from './sdf.mjs';

const SIZE = 81;
const OUT_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'static', 'tabbar');

/** Colours of the tokens in src/styles/tokens.scss and theme.json: text colour, and the selected green. */
const VARIANTS = {
  light: { colour: [25, 25, 25], filled: false },
  dark: { colour: [209, 209, 209], filled: false },
  'active-light': { colour: [6, 122, 60], filled: true },
  'active-dark': { colour: [7, 193, 96], filled: true },
};

/** A head and shoulders centred on x: the shoulders are the top of a circle, cut flat at the bottom. */
function person(x, y, cx, scale = 1) {
  const head = circle(x, y, cx, 8 * scale + (1 - scale) * 10, 4.2 * scale);
  const shoulders = intersect(circle(x, y, cx, 22 + (1 - scale) * 2, 8.5 * scale), y - (20.5 - (1 - scale) * 0.5));
  return union(head, shoulders);
}

const GLYPHS = {
  me: (x, y) => person(x, y, 12),
  chats: (x, y) => {
    const bubble = box(x, y, 12, 11, 9.5, 7.5, 4.5);
    const tail = intersect(intersect(x - 10.5, -(x - 6)), intersect(y - 21 + (x - 6) * 0.9, -(y - 16)));
    return union(bubble, tail);
  },
  contacts: (x, y) => {
    const card = box(x, y, 12, 12, 8.5, 10, 2.5);
    // A small person inside the card: the glyph above, scaled about the card's centre.
    const inner = person((x - 12) / 0.6 + 12, (y - 12.5) / 0.6 + 13, 12) * 0.6;
    return cut(card, inner - 0.6);
  },
};

mkdirSync(OUT_DIR, { recursive: true });
for (const [name, glyph] of Object.entries(GLYPHS)) {
  for (const [variant, style] of Object.entries(VARIANTS)) {
    const png = renderGlyph(glyph, SIZE, style);
    const file = `${name}-${variant}.png`;
    writeFileSync(join(OUT_DIR, file), png);
    console.log(`${file}  ${png.length} bytes`);
  }
}
