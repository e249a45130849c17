// pinyin-pro is the oracle here (a devDependency): the app reads names with the table generated from it.
import { pinyin } from 'pinyin-pro';
import { readPinyin } from '@/src/utils/pinyin-reader';
import { CODE_POINTS, FIRST_CODE_POINT, SURNAMES } from '@/src/utils/pinyin-table';

const AS_NAME = { toneType: 'none', type: 'array', nonZh: 'consecutive', surname: 'head' } as const;
const pinyinPro = (name: string) => pinyin(name, AS_NAME);

const tableChars = Array.from({ length: CODE_POINTS }, (_, offset) => String.fromCodePoint(FIRST_CODE_POINT + offset));

describe('the pinyin table', () => {
  it('reads every character of U+4E00–U+9FFF as pinyin-pro does, first in a name (a surname) and after it', () => {
    const differ: string[] = [];
    for (const char of tableChars) {
      for (const name of [char, `a${char}`]) {
        const expected = pinyinPro(name);
        const actual = readPinyin(name);
        if (actual.join('|') !== expected.join('|')) differ.push(`${name}: ${actual.join(' ')} ≠ ${expected.join(' ')}`);
      }
    }
    expect(differ).toEqual([]);
    // Past the table's end pinyin-pro knows none of U+4E00–U+9FFF either.
    for (let code = FIRST_CODE_POINT + CODE_POINTS; code <= 0x9fff; code++) {
      const char = String.fromCodePoint(code);
      expect(pinyinPro(char)).toEqual([char]);
    }
  });

  it('has a reading for each of GB2312’s 6763 hanzi and about 20,000 characters in all', () => {
    // GB2312 rows 16–87 (bytes 0xB0–0xF7, then 0xA1–0xFE) hold its hanzi; row 55 has 89, the others 94.
    const gb = new TextDecoder('gb2312');
    const hanzi: string[] = [];
    for (let row = 0xb0; row <= 0xf7; row++) {
      for (let cell = 0xa1; cell <= 0xfe; cell++) {
        if (row === 0xd7 && cell > 0xf9) continue;
        hanzi.push(gb.decode(new Uint8Array([row, cell])));
      }
    }
    expect(hanzi).toHaveLength(6763);
    expect(hanzi.filter((char) => !/^[a-zü]+$/.test(readPinyin(`a${char}`)[1] ?? ''))).toEqual([]);
    expect(tableChars.filter((char) => readPinyin(char)[0] !== char).length).toBeGreaterThan(20_000);
  });

  it('reads surnames at the start of a name as pinyin-pro does, and the same characters elsewhere as usual', () => {
    const surnames = [...Object.keys(SURNAMES), '曾', '单', '解', '仇', '区', '朴', '查', '盖', '乐', '缪', '尉迟', '万俟', '长孙', '欧阳', '诸葛'];
    for (const surname of surnames) {
      for (const name of [surname, `${surname}小明`, `${surname}`.repeat(2), `王${surname}`]) expect({ name, read: readPinyin(name) }).toEqual({ name, read: pinyinPro(name) });
    }
    expect(readPinyin('曾曾')).toEqual(['zeng', 'ceng']);
    expect(readPinyin('尉迟恭')).toEqual(['yu', 'chi', 'gong']);
    expect(readPinyin('尉缭')).toEqual(['wei', 'liao']);
  });

  it('reads real names, keeping what is not Chinese together as pinyin-pro does', () => {
    const names: Array<[string, string[]]> = [
      ['张伟', ['zhang', 'wei']],
      ['曾小贤', ['zeng', 'xiao', 'xian']],
      ['单田芳', ['shan', 'tian', 'fang']],
      ['李雷', ['li', 'lei']],
      ['韩梅梅', ['han', 'mei', 'mei']],
      ['Alice王', ['Alice', 'wang']],
      ['王 小明 123', ['wang', ' ', 'xiao', 'ming', ' 123']],
      ['Carol 陈', ['Carol ', 'chen']],
      ['陳奕迅', ['chen', 'yi', 'xun']],
      ['朱镕基', ['zhu', 'rong', 'ji']],
      ['😀 smile 张', ['😀 smile ', 'zhang']],
      // A character pinyin-pro has no reading for stays with the text around it.
      ['乥a张', ['乥a', 'zhang']],
      // The surname reading belongs to the name's first character only.
      [' 曾小贤', [' ', 'ceng', 'xiao', 'xian']],
      ['Alice曾', ['Alice', 'ceng']],
      ['', []],
    ];
    for (const [name, read] of names) {
      expect({ name, read: readPinyin(name) }).toEqual({ name, read });
      expect({ name, read: pinyinPro(name) }).toEqual({ name, read });
    }
  });

  it('reads each character on its own: polyphones that pinyin-pro reads by the word around them differ', () => {
    // pinyin-pro segments words (重庆 chong qing, 朝朝 zhao zhao); the table has one reading per character, the one
    // pinyin-pro gives it alone. Names are rarely dictionary words: measured over 107 common surnames (曾 单 解 长
    // among them) followed by one or two of 81 given-name characters (polyphones 长 重 行 朝 调 乐 和 among them),
    // 857,070 names, the two differ for 164, all with the rare surname 长 before 子 or 调 (pinyin-pro reads the
    // words 长子 "eldest son" zhang zi and 长调 chang diao). Such a name sorts by each character's own reading
    // and is found by it.
    expect(readPinyin('重庆')).toEqual(['zhong', 'qing']);
    expect(pinyinPro('重庆')).toEqual(['chong', 'qing']);
    expect(readPinyin('朝朝')).toEqual(['chao', 'chao']);
    expect(pinyinPro('朝朝')).toEqual(['zhao', 'zhao']);
    expect(readPinyin('长子伟')).toEqual(['chang', 'zi', 'wei']);
    expect(pinyinPro('长子伟')).toEqual(['zhang', 'zi', 'wei']);
  });
});
