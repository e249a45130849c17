import { deleteLast, EMOJI, EMOJI_FOLDER, emojiKey, splitEmoji } from '@/src/utils/emoji';
import { durationText, fileSizeText, needsSeparator, separatorText } from '@/src/utils/chat-time';

describe('emoji keys', () => {
  it('are written in the sender’s language and read in either', () => {
    const smile = EMOJI.find((emoji) => emoji.en === 'Smile');
    if (!smile) throw new Error('no Smile');
    expect(emojiKey(smile, 'zh-Hans')).toBe('[微笑]');
    expect(emojiKey(smile, 'en')).toBe('[Smile]');
    expect(splitEmoji('Hi[Smile] and [微笑]!')).toEqual([
      { kind: 'text', text: 'Hi' },
      { kind: 'emoji', emoji: smile, key: '[Smile]' },
      { kind: 'text', text: ' and ' },
      { kind: 'emoji', emoji: smile, key: '[微笑]' },
      { kind: 'text', text: '!' },
    ]);
  });

  it('leave unknown brackets as text', () => {
    expect(splitEmoji('[not an emoji] [Smile')).toEqual([{ kind: 'text', text: '[not an emoji] [Smile' }]);
  });

  it('every name is unique, and every file exists', () => {
    const names = EMOJI.flatMap((emoji) => [emoji.zh, emoji.en]);
    // "OK" is the same word in both languages.
    expect(new Set(names).size).toBe(names.length - 1);
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const fs = require('node:fs') as typeof import('node:fs');
    for (const emoji of EMOJI) expect(fs.existsSync(`${EMOJI_FOLDER}/${emoji.file}.png`)).toBe(true);
  });

  it('the delete key removes a whole emoji key, else one character', () => {
    expect(deleteLast('Hi[Smile]')).toBe('Hi');
    expect(deleteLast('Hi[Nope]')).toBe('Hi[Nope');
    expect(deleteLast('咖啡☕')).toBe('咖啡');
    expect(deleteLast('')).toBe('');
  });
});

describe('chat times', () => {
  const words = { yesterday: 'Yesterday', weekdays: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'], date: (y: number, m: number, d: number) => `${m}/${d}/${y}` };
  const now = new Date(2026, 5, 10, 15, 0).getTime();
  const at = (days: number, hour: number, minute: number) => new Date(2026, 5, 10 - days, hour, minute).getTime() / 1000;

  it('a separator after more than five minutes of silence, and above the first message', () => {
    expect(needsSeparator(1000, undefined)).toBe(true);
    expect(needsSeparator(1300, 1000)).toBe(false);
    expect(needsSeparator(1301, 1000)).toBe(true);
  });

  it('reads the time today, "Yesterday", the weekday within a week, else the date', () => {
    expect(separatorText(at(0, 9, 5), now, words)).toBe('09:05');
    expect(separatorText(at(1, 23, 59), now, words)).toBe('Yesterday 23:59');
    expect(separatorText(at(3, 8, 0), now, words)).toBe(`${words.weekdays[new Date(2026, 5, 7).getDay()]} 08:00`);
    expect(separatorText(at(8, 8, 0), now, words)).toBe('6/2/2026 08:00');
  });

  it('durations and file sizes', () => {
    expect(durationText(7)).toBe('0:07');
    expect(durationText(65)).toBe('1:05');
    expect(fileSizeText(374)).toBe('374 B');
    expect(fileSizeText(1536)).toBe('1.5 KB');
    expect(fileSizeText(2.5 * 1024 * 1024)).toBe('2.5 MB');
  });
});
