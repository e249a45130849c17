/**
 * Writes src/utils/pinyin-table.ts, the data src/utils/pinyin-reader.ts reads names with: the toneless reading
 * pinyin-pro (MIT, https://github.com/zh-lx/pinyin-pro; a devDependency only) gives each CJK Unified Ideograph
 * U+4E00–U+9FFF on its own (its most common reading), and the characters and compound surnames it reads
 * differently at the start of a name (`surname: 'head'`: 曾 zeng, 单 shan, 尉迟 yu chi). The table is committed;
 * run this only after changing pinyin-pro's version (test/unit/utils/pinyin-reader.test.ts compares the two):
 *
 *   node scripts/make-pinyin-table.mjs
 *
 * Why the whole block and not GB2312's 6763 characters: names often use characters outside GB2312 (喆, 堃, 玥,
 * 赟, 镕) and traditional ones (陳, 張, 劉, 黃), which would otherwise sort under '#'. Stored one string per
 * syllable ("a" → "啊阿吖…"), its 20,856 readable characters take 3 bytes each in UTF-8, about 63 KB; coded
 * instead as one syllable per code point in code point order with a canonical Huffman code (8.2 bits per
 * character: "yi" takes 5 bits, a syllable only one character has takes 17), written 13 bits to 2 printable
 * ASCII characters, the data is 26 KB (the minified table module 28.8 KB, with the reader 29.1 KB: the mini
 * program's pinyin subpackage, measured). Adding the 277 characters outside the block pinyin-pro reads (〇,
 * Extension A and B) would take it past 30 KB, so they stay out. pinyin-reader.ts decodes the table once, on
 * its first read.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createRequire } from 'node:module';
import { pinyin } from 'pinyin-pro';

const require = createRequire(import.meta.url);
const { version } = require('pinyin-pro/package.json');

const FIRST = 0x4e00;
const LAST = 0x9fff;
const plain = (text) => pinyin(text, { toneType: 'none', type: 'array', nonZh: 'consecutive' });
const asName = (text) => pinyin(text, { toneType: 'none', type: 'array', nonZh: 'consecutive', surname: 'head' });

// The reading of each code point ('' where pinyin-pro has none: it then keeps the character as it is).
const readings = [];
for (let code = FIRST; code <= LAST; code++) {
  const char = String.fromCodePoint(code);
  const read = plain(char);
  readings.push(read.length === 1 && read[0] !== char ? read[0] : '');
}
while (readings[readings.length - 1] === '') readings.pop();
const known = readings.filter(Boolean).length;

// Canonical Huffman code over the syllables (and '' for "no reading"), by how many characters read each.
const counts = new Map();
for (const reading of readings) counts.set(reading, (counts.get(reading) ?? 0) + 1);
const lengths = huffmanLengths(counts);
const symbols = [...counts.keys()].sort((a, b) => lengths.get(a) - lengths.get(b) || (a < b ? -1 : a > b ? 1 : 0));
const maxLength = Math.max(...lengths.values());
const lengthCounts = Array.from({ length: maxLength + 1 }, (_, length) => symbols.filter((symbol) => lengths.get(symbol) === length).length);
const codes = new Map();
let code = 0;
let previous = 0;
for (const symbol of symbols) {
  const length = lengths.get(symbol);
  code <<= length - previous;
  previous = length;
  codes.set(symbol, code);
  code += 1;
}

// The bits, 13 to a pair of characters from 91 printable ASCII ones (no quote, backtick or backslash, so that
// no minifier has to escape any): 91 × 91 = 8281 ≥ 2^13.
const ALPHABET = [...Array(95)].map((_, n) => String.fromCharCode(0x20 + n)).filter((char) => !`"'\`\\`.includes(char)).join('');
if (ALPHABET.length !== 91) throw new Error('alphabet');
const bits = [];
for (const reading of readings) {
  const length = lengths.get(reading);
  const value = codes.get(reading);
  for (let bit = length - 1; bit >= 0; bit--) bits.push((value >> bit) & 1);
}
while (bits.length % 13 !== 0) bits.push(0);
let data = '';
for (let at = 0; at < bits.length; at += 13) {
  let value = 0;
  for (let bit = 0; bit < 13; bit++) value = value * 2 + bits[at + bit];
  data += ALPHABET[Math.floor(value / 91)] + ALPHABET[value % 91];
}

// Surnames: each character whose reading at the start of a name differs from its own, and the compound
// surnames of the Hundred Family Surnames (百家姓) whose reading differs from that of their two characters read
// that way (pinyin-pro's own list is not exported, so these are the candidates asked for).
const COMPOUND_SURNAMES =
  '万俟 司马 上官 欧阳 夏侯 诸葛 闻人 东方 赫连 皇甫 尉迟 公羊 澹台 公冶 宗政 濮阳 淳于 单于 太叔 申屠 公孙 仲孙 轩辕 令狐 钟离 宇文 长孙 慕容 鲜于 ' +
  '闾丘 司徒 司空 亓官 司寇 仉督 子车 颛孙 端木 巫马 公西 漆雕 乐正 壤驷 公良 拓跋 夹谷 宰父 榖梁 段干 百里 东郭 南门 呼延 羊舌 梁丘 左丘 ' +
  '东门 西门 句龙 毌丘 南宫 第五';
const surnames = {};
for (let at = 0; at < readings.length; at++) {
  const char = String.fromCodePoint(FIRST + at);
  if (!readings[at]) continue;
  const read = asName(char);
  if (read.length === 1 && read[0] !== readings[at]) surnames[char] = read[0];
}
const readAsName = (text) => [...text].map((char, at) => (at === 0 && surnames[char]) || readings[char.codePointAt(0) - FIRST]);
for (const compound of COMPOUND_SURNAMES.split(' ')) {
  const read = asName(compound);
  if (read.join(' ') !== readAsName(compound).join(' ')) surnames[compound] = read.join(' ');
}

const syllables = symbols.map((symbol) => symbol || '-').join(' ');
const quote = (text) => `'${text}'`;
const source = `/**
 * Generated by scripts/make-pinyin-table.mjs from pinyin-pro ${version} (MIT, https://github.com/zh-lx/pinyin-pro):
 * do not edit; run \`node scripts/make-pinyin-table.mjs\` to regenerate. The toneless reading of each character
 * U+${FIRST.toString(16).toUpperCase()}–U+${(FIRST + readings.length - 1).toString(16).toUpperCase()} (${known} of them have one), as src/utils/pinyin-reader.ts decodes it:
 * one canonical Huffman code per code point, in code point order, 13 bits to each pair of ALPHABET characters.
 */

/** The first code point coded, and how many follow it. */
export const FIRST_CODE_POINT = 0x${FIRST.toString(16)};
export const CODE_POINTS = ${readings.length};

/** The syllables in canonical code order ('-': no reading); LENGTH_COUNTS[n], how many have an n-bit code. */
export const SYLLABLES = ${quote(syllables)};
export const LENGTH_COUNTS = [${lengthCounts.join(', ')}];

/** The printable ASCII characters the bits are written with (no quote, backtick or backslash). */
export const ALPHABET = ${quote(ALPHABET)};

export const CODES = ${quote(data)};

/** How a name's first character, or its first two (compound surnames), read when they are a surname. */
export const SURNAMES: Readonly<Record<string, string>> = {
${Object.entries(surnames)
  .map(([name, read]) => `  ${name}: '${read}',`)
  .join('\n')}
};
`;
writeFileSync(resolve('src/utils/pinyin-table.ts'), source);
console.log(
  `src/utils/pinyin-table.ts: ${known} characters, ${symbols.length} codes (up to ${maxLength} bits), ${data.length} characters of data, ` +
    `${Object.keys(surnames).length} surnames, ${Buffer.byteLength(source)} bytes`,
);

/** Huffman code lengths for the symbols' counts (ties broken by symbol, so that the output is stable). */
function huffmanLengths(weights) {
  let nodes = [...weights].map(([symbol, weight]) => ({ weight, symbols: [symbol], key: symbol }));
  const depth = new Map([...weights.keys()].map((symbol) => [symbol, 0]));
  const order = (a, b) => a.weight - b.weight || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
  while (nodes.length > 1) {
    nodes.sort(order);
    const [a, b] = nodes.splice(0, 2);
    for (const symbol of [...a.symbols, ...b.symbols]) depth.set(symbol, depth.get(symbol) + 1);
    nodes.push({ weight: a.weight + b.weight, symbols: [...a.symbols, ...b.symbols], key: a.key < b.key ? a.key : b.key });
  }
  return depth;
}
