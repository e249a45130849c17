import { ALPHABET, CODES, CODE_POINTS, FIRST_CODE_POINT, LENGTH_COUNTS, SURNAMES, SYLLABLES } from '@/src/utils/pinyin-table';

/**
 * Reads a name as toneless pinyin syllables, surnames as surnames (曾 zeng, 单 shan, 尉迟 yu chi), other characters
 * kept together: contact-index.ts's reader once loaded (src/platform/load-pinyin.ts). Only that loader, tests and
 * benchmarks import it, so its table stays out of the H5 app's first load and the mini program's main package.
 *
 * The table (src/utils/pinyin-table.ts, generated from pinyin-pro) gives each character one reading, the one
 * pinyin-pro gives it alone, and does not segment words as pinyin-pro does: 重庆 reads "zhong qing" here,
 * "chong qing" in pinyin-pro, and a name 长子伟 "chang zi wei" (pinyin-pro: "zhang zi wei", 长子 "eldest son").
 * Names are rarely dictionary words, so for an A–Z index and a search by the pinyin typed for each character
 * this is the reading wanted (test/unit/utils/pinyin-reader.test.ts compares the two).
 */
export function readPinyin(name: string): string[] {
  const { codes, syllables, surnames } = decoded();
  const chars = [...name];
  const read: string[] = [];
  const compound = surnames.get(chars.slice(0, 2).join(''));
  const start = chars.length >= 2 && compound !== undefined ? 2 : 0;
  if (start === 2) read.push(...compound!.split(' '));
  // Characters without a reading (letters, digits, spaces, emoji, hanzi pinyin-pro does not know) stay together.
  let other = '';
  for (let at = start; at < chars.length; at++) {
    const offset = chars[at].codePointAt(0)! - FIRST_CODE_POINT;
    const index = offset >= 0 && offset < CODE_POINTS ? codes[offset] : 0;
    if (index === 0) {
      other += chars[at];
      continue;
    }
    if (other) read.push(other);
    other = '';
    read.push((at === 0 && surnames.get(chars[0])) || syllables[index]);
  }
  if (other) read.push(other);
  return read;
}

interface Table {
  /** Per code point from FIRST_CODE_POINT: its syllable's index in `syllables`, 0 when it has no reading. */
  codes: Uint16Array;
  syllables: string[];
  surnames: Map<string, string>;
}

let table: Table | null = null;

/** Decodes the table on the first read (7–23 ms in Node on a shared 2-core machine: bench/local-friends.ts) and keeps it. */
function decoded(): Table {
  if (table) return table;
  // Index 0 stands for "no reading" ('-' in SYLLABLES), so every syllable moves up by one.
  const names = SYLLABLES.split(' ');
  const syllables = ['', ...names.filter((syllable) => syllable !== '-')];
  const symbol = names.map((syllable) => (syllable === '-' ? 0 : syllables.indexOf(syllable)));
  const digit = new Map([...ALPHABET].map((char, value) => [char, value]));
  const codes = new Uint16Array(CODE_POINTS);
  let pair = 0;
  let word = 0;
  let left = 0;
  for (let at = 0; at < CODE_POINTS; at++) {
    // Canonical Huffman: `code` is read a bit at a time until it falls in the range of one length's codes.
    let code = 0;
    let first = 0;
    let index = 0;
    for (let length = 1; ; length++) {
      if (left === 0) {
        word = digit.get(CODES[pair])! * 91 + digit.get(CODES[pair + 1])!;
        pair += 2;
        left = 13;
      }
      left -= 1;
      code |= (word >> left) & 1;
      const count = LENGTH_COUNTS[length];
      if (code - first < count) {
        codes[at] = symbol[index + code - first];
        break;
      }
      index += count;
      first = (first + count) << 1;
      code <<= 1;
    }
  }
  table = { codes, syllables, surnames: new Map(Object.entries(SURNAMES)) };
  return table;
}
