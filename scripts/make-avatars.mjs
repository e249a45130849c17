#!/usr/bin/env node
/**
 * Writes the demo avatars to static/avatars/: a 128×128 identicon per demo user (a mirrored 5×5 pattern
 * in a colour derived from the name, on a light tint of it) and a neutral default.png.
 * Deterministic, so re-running leaves git clean. Node only: PNG encoding by hand (scripts/png.mjs).
 *
 *   node scripts/make-avatars.mjs
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { encodePalettePng } from './png.mjs';

const NAMES = [
  'alice', 'bob', 'carol', 'dave', 'erin', 'frank', 'grace', 'heidi', 'ivan', 'judy',
  'mallory', 'niaj', 'olivia', 'peggy', 'rupert', 'sybil', 'trent', 'victor', 'walter', 'yvonne',
  'lilei', 'hanmeimei', 'zhangwei', 'wangfang', 'liuyang', 'chenjing', 'oscar', 'wendy', 'xavier', 'quinn',
];
const SIZE = 128;
const GRID = 5;
const CELL = 20;
/** Centres the 100 px pattern with a 14 px margin, which also keeps it clear of a circular crop's corners. */
const MARGIN = (SIZE - GRID * CELL) / 2;
const OUT_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'static', 'avatars');

// --- Identicons -----------------------------------------------------------------------------------

/** FNV-1a, 32 bits: enough spread for the demo names, with no dependency. */
function hash(text) {
  let h = 0x811c9dc5;
  for (const char of text) h = Math.imul(h ^ char.codePointAt(0), 0x01000193);
  return h >>> 0;
}

function hslToRgb(h, s, l) {
  const a = s * Math.min(l, 1 - l);
  const f = (n) => {
    const k = (n + h / 30) % 12;
    return Math.round(255 * (l - a * Math.max(-1, Math.min(k - 3, 9 - k, 1))));
  };
  return [f(0), f(8), f(4)];
}

/** Which cells are filled: 15 bits for the left three columns, mirrored onto the right two. */
function pattern(name) {
  let bits = hash(`${name}#cells`);
  // A pattern with almost nothing (or everything) filled reads as a blank tile; re-hash until it doesn't.
  for (let salt = 0; ; salt += 1) {
    const filled = popcount(bits & 0x7fff);
    if (filled >= 5 && filled <= 11) break;
    bits = hash(`${name}#cells#${salt}`);
  }
  const cells = [];
  for (let row = 0; row < GRID; row += 1) {
    const line = [];
    for (let col = 0; col < GRID; col += 1) {
      const source = col < 3 ? col : GRID - 1 - col;
      line.push(((bits >>> (row * 3 + source)) & 1) === 1);
    }
    cells.push(line);
  }
  return cells;
}

function popcount(n) {
  let count = 0;
  for (let v = n; v; v &= v - 1) count += 1;
  return count;
}

function identicon(name) {
  const h = hash(name);
  const hue = h % 360;
  const saturation = 0.5 + ((h >>> 9) % 20) / 100;
  // Yellows, greens and cyans look far brighter than blues at equal HSL lightness; darken them for contrast.
  const lightness = 0.42 + ((h >>> 17) % 10) / 100 - (hue >= 45 && hue <= 200 ? 0.1 : 0);
  const foreground = hslToRgb(hue, saturation, lightness);
  const background = hslToRgb(hue, 0.35, 0.94);
  const cells = pattern(name);
  return encodePalettePng(SIZE, SIZE, [background, foreground], (x, y) => {
    const col = Math.floor((x - MARGIN) / CELL);
    const row = Math.floor((y - MARGIN) / CELL);
    if (x < MARGIN || y < MARGIN || col >= GRID || row >= GRID) return 0;
    return cells[row][col] ? 1 : 0;
  });
}

// --- Default avatar -------------------------------------------------------------------------------

/**
 * A head-and-shoulders silhouette. Each pixel is supersampled 4×4 and the coverage picks one of 17 blended
 * palette entries, which gives anti-aliased edges while staying a palette PNG.
 */
function silhouette() {
  const background = [229, 231, 235];
  const figure = [156, 163, 175];
  const levels = 16;
  const palette = [];
  for (let i = 0; i <= levels; i += 1) {
    palette.push(background.map((b, c) => Math.round(b + ((figure[c] - b) * i) / levels)));
  }
  const inside = (x, y) => {
    const head = (x - 64) ** 2 + (y - 50) ** 2 <= 22 ** 2;
    // Shoulders: the top half of an ellipse, cut by the bottom edge.
    const body = y >= 84 && ((x - 64) / 44) ** 2 + ((y - 128) / 44) ** 2 <= 1;
    return head || body;
  };
  return encodePalettePng(SIZE, SIZE, palette, (x, y) => {
    let covered = 0;
    for (let sy = 0; sy < 4; sy += 1) {
      for (let sx = 0; sx < 4; sx += 1) if (inside(x + (sx + 0.5) / 4, y + (sy + 0.5) / 4)) covered += 1;
    }
    return covered;
  });
}

mkdirSync(OUT_DIR, { recursive: true });
for (const name of NAMES) {
  const png = identicon(name);
  writeFileSync(join(OUT_DIR, `${name}.png`), png);
  console.log(`${name}.png  ${png.length} bytes`);
}
const fallback = silhouette();
writeFileSync(join(OUT_DIR, 'default.png'), fallback);
console.log(`default.png  ${fallback.length} bytes`);
