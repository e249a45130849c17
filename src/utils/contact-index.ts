/**
 * The A–Z order of a contact list, as WeChat's Contacts shows it: Chinese names by their pinyin (surnames read
 * as surnames: 曾 zeng, 单 shan), other names by their letters without accents, case ignored; names that do not
 * start with a letter go to '#' at the end. Pure: the Contacts screen and the benchmark use the same code.
 *
 * The pinyin reader's table weighs about 29 KB minified, so this module does not import it: the screens that sort
 * contacts (Contacts, a friend group's picker) load pinyin-reader.ts when they open and hand it over with
 * `setPinyinReader` (src/composables/usePinyin.ts). Until then Chinese names sort by their characters under '#'.
 */

export const INDEX_LETTERS = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ', '#'] as const;
export type IndexLetter = (typeof INDEX_LETTERS)[number];

export interface ContactSection<T> {
  letter: IndexLetter;
  items: T[];
}

const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;
const MARKS = /[\u0300-\u036f]/g;

/** Lower case without accents (é → e); where the runtime cannot decompose, accents stay. */
function fold(text: string): string {
  let plain = text;
  try {
    plain = text.normalize('NFD').replace(MARKS, '');
  } catch {
    // Kept as it is.
  }
  return plain.toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * Keys already worked out: a list is sorted again on every FRIEND_LIST_UPDATED, and reading a Chinese name as
 * pinyin costs tens of microseconds, so only names not seen before cost that. Bounded: cleared when full.
 */
const keyCache = new Map<string, string>();
const KEY_CACHE_LIMIT = 10_000;

/** Forgets the keys worked out so far (benchmarks measure a first sort with it). */
export function clearSortKeys(): void {
  keyCache.clear();
}

export type PinyinReader = (name: string) => string[];
let readPinyin: PinyinReader | null = null;

/**
 * Chinese names are read as pinyin from now on (pinyin-reader.ts, which the screens that sort contacts load
 * through src/platform/load-pinyin.ts); keys worked out without it put Chinese names under '#' and are
 * forgotten.
 */
export function setPinyinReader(reader: PinyinReader): void {
  readPinyin = reader;
  keyCache.clear();
}

/** What a name sorts by: its pinyin when it has Chinese characters (`张伟` → `zhang wei`), else itself, folded. */
export function sortKey(name: string): string {
  const cached = keyCache.get(name);
  if (cached !== undefined) return cached;
  const trimmed = name.trim();
  const key = readPinyin && HAN.test(trimmed) ? fold(readPinyin(trimmed).join(' ')) : fold(trimmed);
  if (keyCache.size >= KEY_CACHE_LIMIT) keyCache.clear();
  keyCache.set(name, key);
  return key;
}

export function indexLetter(key: string): IndexLetter {
  const first = key.charAt(0);
  return first >= 'a' && first <= 'z' ? (first.toUpperCase() as IndexLetter) : '#';
}

/**
 * The items in sections A…Z then '#', each sorted by name key (ties by name, then by the order given); empty
 * sections are left out. Each name's key is computed once.
 */
export function sectionsByName<T>(items: readonly T[], nameOf: (item: T) => string): Array<ContactSection<T>> {
  const keyed = items.map((item, index) => {
    const name = nameOf(item);
    const key = sortKey(name);
    const letter = indexLetter(key);
    return { item, index, name, key, letter, rank: INDEX_LETTERS.indexOf(letter) };
  });
  keyed.sort(
    (a, b) =>
      a.rank - b.rank ||
      (a.key < b.key ? -1 : a.key > b.key ? 1 : 0) ||
      (a.name < b.name ? -1 : a.name > b.name ? 1 : 0) ||
      a.index - b.index,
  );
  const sections: Array<ContactSection<T>> = [];
  for (const entry of keyed) {
    const last = sections[sections.length - 1];
    if (last && last.letter === entry.letter) last.items.push(entry.item);
    else sections.push({ letter: entry.letter, items: [entry.item] });
  }
  return sections;
}

/** The same order as one list (for search results and the first screen). */
export function sortByName<T>(items: readonly T[], nameOf: (item: T) => string): T[] {
  return sectionsByName(items, nameOf).flatMap((section) => section.items);
}

/** What typed text is compared as: folded like names, without spaces. */
function compact(text: string): string {
  return fold(text).replace(/ /g, '');
}

/**
 * Whether a contact matches what was typed in the Contacts search: one of its names (remark, nickname,
 * userID) contains it, case, accents and spaces ignored; a Chinese name also by its pinyin, whole
 * ("zhangwei", "zhang wei") or by initials ("zw"), as WeChat's search finds 张伟.
 */
export function matchesQuery(names: readonly string[], query: string): boolean {
  const wanted = compact(query);
  if (wanted === '') return true;
  for (const name of names) {
    if (!name) continue;
    if (compact(name).includes(wanted)) return true;
    if (!HAN.test(name)) continue;
    const key = sortKey(name);
    if (key.replace(/ /g, '').includes(wanted)) return true;
    const initials = key
      .split(' ')
      .map((syllable) => syllable.charAt(0))
      .join('');
    if (initials.includes(wanted)) return true;
  }
  return false;
}
