#!/usr/bin/env node
/**
 * Writes the small icons inside lists to static/icons/ (PNG: mini programs show no SVG from a data URL, and an
 * icon font would have to be downloaded): the bell with a slash of a muted conversation, in each theme's muted
 * grey (3× the 16 px it is shown at), and the white bell of the Group notices entry (3× its 28 px), which sits
 * on a coloured square. Deterministic, so re-running leaves git clean.
 *
 *   node scripts/make-list-icons.mjs
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { box, circle, cut, intersect, renderGlyph, segment, union } from './sdf.mjs';

const OUT_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'static', 'icons');

/** A bell: a dome, straight sides, a rim and the clapper below it. */
function bell(x, y) {
  const dome = intersect(circle(x, y, 12, 10.5, 6.5), y - 10.5);
  const body = box(x, y, 12, 13.75, 6.5, 3.25, 0);
  const rim = box(x, y, 12, 17.5, 8.5, 1.1, 1.1);
  const knob = circle(x, y, 12, 3.6, 1.4);
  const clapper = circle(x, y, 12, 20.3, 2);
  return union(dome, body, rim, knob, clapper);
}

/** The bell struck through from top left to bottom right, with a gap on each side of the stroke. */
function bellOff(x, y) {
  const slash = segment(x, y, 4, 3.5, 20.5, 20, 1.1);
  return union(cut(bell(x, y), slash - 1.2), slash);
}

/** The muted grey of the tokens (`--ui-icon-muted` over the cell colour) in each theme, and white. */
const ICONS = [
  { file: 'bell-off-light.png', glyph: bellOff, size: 48, colour: [178, 178, 178] },
  { file: 'bell-off-dark.png', glyph: bellOff, size: 48, colour: [94, 94, 94] },
  { file: 'notices.png', glyph: bell, size: 84, colour: [255, 255, 255] },
];

mkdirSync(OUT_DIR, { recursive: true });
for (const { file, glyph, size, colour } of ICONS) {
  const png = renderGlyph(glyph, size, { colour, filled: true });
  writeFileSync(join(OUT_DIR, file), png);
  console.log(`${file}  ${png.length} bytes`);
}
