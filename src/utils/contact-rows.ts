/**
 * The rows of the Contacts list laid out for rendering only what is on screen: a section's letter row, then
 * its people, each at a known offset (letters 32 px, people 56 px), so a list of 3000 friends keeps a few
 * dozen rows in the page however far it is scrolled, and the index bar can jump to a letter without the
 * letter's row being rendered.
 */

export const LETTER_ROW_HEIGHT = 32;
export const CONTACT_ROW_HEIGHT = 56;

export interface ContactSectionInput<T> {
  letter: string;
  items: readonly T[];
}

export type ContactRow<T> =
  | { kind: 'letter'; key: string; letter: string; top: number; height: number }
  | { kind: 'item'; key: string; item: T; letter: string; top: number; height: number };

export interface ContactLayout<T> {
  rows: Array<ContactRow<T>>;
  /** Height of all rows together. */
  height: number;
  /** The letters in order, with the offset of each letter's row. */
  letters: Array<{ letter: string; top: number }>;
}

/** Letter rows are left out for a flat list (search results: `sections` of one, `withLetters` false). */
export function contactLayout<T>(sections: ReadonlyArray<ContactSectionInput<T>>, keyOf: (item: T) => string, withLetters = true): ContactLayout<T> {
  const rows: Array<ContactRow<T>> = [];
  const letters: Array<{ letter: string; top: number }> = [];
  let top = 0;
  for (const section of sections) {
    if (section.items.length === 0) continue;
    if (withLetters) {
      letters.push({ letter: section.letter, top });
      rows.push({ kind: 'letter', key: `letter-${section.letter}`, letter: section.letter, top, height: LETTER_ROW_HEIGHT });
      top += LETTER_ROW_HEIGHT;
    }
    for (const item of section.items) {
      rows.push({ kind: 'item', key: keyOf(item), item, letter: section.letter, top, height: CONTACT_ROW_HEIGHT });
      top += CONTACT_ROW_HEIGHT;
    }
  }
  return { rows, height: top, letters };
}

export interface RowWindow {
  start: number;
  end: number;
  padTop: number;
  padBottom: number;
}

/**
 * The rows that overlap [from, to] (offsets in the list's own coordinates: the page's scroll minus where the
 * list starts), widened by `overscan` px on each side.
 */
export function rowWindow<T>(layout: ContactLayout<T>, from: number, to: number, overscan = 400): RowWindow {
  const { rows, height } = layout;
  if (rows.length === 0) return { start: 0, end: 0, padTop: 0, padBottom: 0 };
  const low = Math.max(0, from - overscan);
  const high = Math.max(low, to + overscan);
  // The first row whose bottom is below `low`: a binary search over the tops.
  let lo = 0;
  let hi = rows.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (rows[mid].top + rows[mid].height <= low) lo = mid + 1;
    else hi = mid;
  }
  const start = Math.min(lo, rows.length);
  let end = start;
  while (end < rows.length && rows[end].top < high) end += 1;
  const padTop = start < rows.length ? rows[start].top : height;
  const last = rows[end - 1];
  const padBottom = end > start && last ? height - (last.top + last.height) : Math.max(0, height - padTop);
  return { start, end, padTop, padBottom };
}
