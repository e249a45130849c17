import { indexLetter, sectionsByName, setPinyinReader, sortByName, sortKey } from '@/src/utils/contact-index';
import { readPinyin } from '@/src/utils/pinyin-reader';
import { friendName } from '@/src/utils/names';

// Runs first: the dictionary is loaded by the next block.
describe('contact order before the pinyin dictionary has loaded', () => {
  it('sorts Chinese names by their characters under #, then by pinyin once it has loaded', () => {
    expect(sectionsByName(['王芳', 'bob'], (name) => name).map((section) => section.letter)).toEqual(['B', '#']);
    setPinyinReader(readPinyin);
    expect(sectionsByName(['王芳', 'bob'], (name) => name).map((section) => section.letter)).toEqual(['B', 'W']);
  });
});

describe('contact order', () => {
  beforeAll(() => setPinyinReader(readPinyin));

  it('reads Chinese names as pinyin, surnames as surnames, and folds case and accents', () => {
    expect(sortKey('张伟')).toBe('zhang wei');
    expect(sortKey('曾小贤')).toBe('zeng xiao xian');
    expect(sortKey('单雄信')).toBe('shan xiong xin');
    expect(sortKey('Carol 陈')).toBe('carol chen');
    expect(sortKey('  Émile ')).toBe('emile');
    expect(indexLetter(sortKey('欧阳娜娜'))).toBe('O');
    expect(indexLetter(sortKey('123'))).toBe('#');
    expect(indexLetter(sortKey('😀 smile'))).toBe('#');
    expect(indexLetter('')).toBe('#');
  });

  it('sorts mixed names A–Z with # last, in sections', () => {
    const names = ['王芳', 'bob', 'Alice', '李雷', '#1 fan', 'Émile', '阿强', 'Zoe', '韩梅梅', 'alice'];
    const sections = sectionsByName(names, (name) => name);
    expect(sections.map((section) => [section.letter, section.items])).toEqual([
      // 阿强 is "a qiang", before "alice".
      ['A', ['阿强', 'Alice', 'alice']],
      ['B', ['bob']],
      ['E', ['Émile']],
      ['H', ['韩梅梅']],
      ['L', ['李雷']],
      ['W', ['王芳']],
      ['Z', ['Zoe']],
      ['#', ['#1 fan']],
    ]);
    expect(sortByName(names, (name) => name)).toEqual(sections.flatMap((section) => section.items));
  });

  it('keeps the given order for equal names and names friends by remark, nick, then userID', () => {
    const friends = [
      { userID: 'u3', remark: '', profile: { nick: '' } },
      { userID: 'u1', remark: 'Same', profile: { nick: 'x' } },
      { userID: 'u2', remark: '', profile: { nick: 'Same' } },
    ];
    expect(friends.map(friendName)).toEqual(['u3', 'Same', 'Same']);
    expect(sortByName(friends, friendName).map((friend) => friend.userID)).toEqual(['u1', 'u2', 'u3']);
  });
});
