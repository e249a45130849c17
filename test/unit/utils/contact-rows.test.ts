import { CONTACT_ROW_HEIGHT, LETTER_ROW_HEIGHT, contactLayout, rowWindow } from '@/src/utils/contact-rows';
import { matchesQuery, setPinyinReader } from '@/src/utils/contact-index';
import { readPinyin } from '@/src/utils/pinyin-reader';

function names(count: number, letter: string): string[] {
  return Array.from({ length: count }, (_, n) => `${letter}${n}`);
}

describe('contact rows', () => {
  const layout = contactLayout(
    [
      { letter: 'A', items: names(3, 'a') },
      { letter: 'B', items: [] },
      { letter: 'C', items: names(2, 'c') },
    ],
    (name) => name,
  );

  it('lays out a letter row before each non-empty section, at known offsets', () => {
    expect(layout.rows.map((row) => (row.kind === 'letter' ? row.letter : row.item))).toEqual(['A', 'a0', 'a1', 'a2', 'C', 'c0', 'c1']);
    expect(layout.letters).toEqual([
      { letter: 'A', top: 0 },
      { letter: 'C', top: LETTER_ROW_HEIGHT + 3 * CONTACT_ROW_HEIGHT },
    ]);
    expect(layout.height).toBe(2 * LETTER_ROW_HEIGHT + 5 * CONTACT_ROW_HEIGHT);
    expect(contactLayout([{ letter: '', items: ['x', 'y'] }], (name) => name, false).rows.map((row) => row.kind)).toEqual(['item', 'item']);
  });

  it('windows the rows on screen with spacers that keep the total height', () => {
    const whole = rowWindow(layout, 0, 10_000, 0);
    expect([whole.start, whole.end, whole.padTop, whole.padBottom]).toEqual([0, 7, 0, 0]);
    const middle = rowWindow(layout, 100, 150, 0);
    expect(layout.rows.slice(middle.start, middle.end).map((row) => row.key)).toEqual(['a1', 'a2']);
    expect(middle.padTop + layout.rows.slice(middle.start, middle.end).reduce((sum, row) => sum + row.height, 0) + middle.padBottom).toBe(layout.height);
    const past = rowWindow(layout, 5_000, 5_500, 0);
    expect([past.start, past.end, past.padTop, past.padBottom]).toEqual([7, 7, layout.height, 0]);
    expect(rowWindow(contactLayout([], (name: string) => name), 0, 100)).toEqual({ start: 0, end: 0, padTop: 0, padBottom: 0 });
  });

  it('keeps a 3000-friend list to a few dozen rows wherever it is scrolled', () => {
    const big = contactLayout(
      'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split('').map((letter) => ({ letter, items: names(115, letter) })),
      (name) => name,
    );
    for (const scroll of [0, 50_000, big.height - 700]) {
      const shown = rowWindow(big, scroll, scroll + 700);
      expect(shown.end - shown.start).toBeLessThan(40);
      expect(shown.padTop).toBeLessThanOrEqual(Math.max(0, scroll));
    }
  });
});

describe('contact search', () => {
  beforeAll(() => setPinyinReader(readPinyin));

  it('matches remark, nickname or userID, case and accents ignored, and Chinese names by pinyin or initials', () => {
    expect(matchesQuery(['Carol (design)', 'Carol 陈', 'carol'], 'DESIGN')).toBe(true);
    expect(matchesQuery(['', '张伟', 'zhangwei'], 'zw')).toBe(true);
    expect(matchesQuery(['', '张伟', 'u1'], 'zhang wei')).toBe(true);
    expect(matchesQuery(['', '张伟', 'u1'], '张')).toBe(true);
    expect(matchesQuery(['', 'Émile', 'u2'], 'emi')).toBe(true);
    expect(matchesQuery(['', 'Bob', 'bob'], 'carol')).toBe(false);
    expect(matchesQuery(['', '李雷', 'lilei'], 'hmm')).toBe(false);
    expect(matchesQuery(['anything'], '  ')).toBe(true);
  });
});
