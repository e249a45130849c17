// Icons drawn as signed distance functions (negative inside) on a 24 × 24 grid and rendered to PNG by
// supersampling: flat, crisp at any size, deterministic, no icon font to download. Used by
// make-tab-icons.mjs (the tab bar) and make-list-icons.mjs (icons inside lists).
import { encodePalettePng } from './png.mjs';

export const GRID = 24;
const STROKE = 1.7;
const SAMPLES = 4;

// --- signed distance functions, in grid units ----------------------------------------------------------

export const length = (x, y) => Math.hypot(x, y);
export const circle = (x, y, cx, cy, r) => length(x - cx, y - cy) - r;
export function box(x, y, cx, cy, hw, hh, r) {
  const qx = Math.abs(x - cx) - hw + r;
  const qy = Math.abs(y - cy) - hh + r;
  return length(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r;
}
/** A line from (ax, ay) to (bx, by) with round ends, `r` thick on each side. */
export function segment(x, y, ax, ay, bx, by, r) {
  const px = x - ax;
  const py = y - ay;
  const dx = bx - ax;
  const dy = by - ay;
  const h = Math.max(0, Math.min(1, (px * dx + py * dy) / (dx * dx + dy * dy)));
  return length(px - dx * h, py - dy * h) - r;
}
export const union = (...ds) => Math.min(...ds);
export const cut = (d, by) => Math.max(d, -by);
export const intersect = (a, b) => Math.max(a, b);

// --- rendering -------------------------------------------------------------------------------------------

/** Coverage 0…1 of one pixel of a `size`-pixel square by the shape (filled) or by its outline, supersampled. */
function coverage(glyph, size, px, py, filled) {
  let inside = 0;
  for (let sy = 0; sy < SAMPLES; sy += 1) {
    for (let sx = 0; sx < SAMPLES; sx += 1) {
      const x = ((px + (sx + 0.5) / SAMPLES) / size) * GRID;
      const y = ((py + (sy + 0.5) / SAMPLES) / size) * GRID;
      const d = glyph(x, y);
      if (filled ? d <= 0 : Math.abs(d + STROKE / 2) <= STROKE / 2) inside += 1;
    }
  }
  return inside / (SAMPLES * SAMPLES);
}

/** A `size` × `size` PNG of the glyph in one colour ([r, g, b]), filled or outlined, on transparency. */
export function renderGlyph(glyph, size, { colour, filled }) {
  const levels = SAMPLES * SAMPLES;
  const palette = Array.from({ length: levels + 1 }, () => colour);
  const alphas = Array.from({ length: levels + 1 }, (_, i) => Math.round((255 * i) / levels));
  return encodePalettePng(size, size, palette, (x, y) => Math.round(coverage(glyph, size, x, y, filled) * levels), alphas);
}
