import { utf8Bytes } from '@/src/utils/utf8';
import { baseName, clampPercent, keptFileId, keptFileUrl, settleOnce, shortHash, toAppLocale } from '@/src/platform/shared';

describe('platform helpers', () => {
  test('toAppLocale: every zh variant is zh-Hans, the rest en', () => {
    expect(['zh', 'zh_CN', 'ZH-cn', 'zh-Hant', ' zh_HK'].map(toAppLocale)).toEqual(Array(5).fill('zh-Hans'));
    expect(['en', 'en_US', 'fr', '', undefined, null].map(toAppLocale)).toEqual(Array(6).fill('en'));
  });

  test('utf8Bytes matches Buffer.byteLength, surrogate pairs included', () => {
    for (const text of ['', 'abc', 'é', '字', '😀', 'a字😀é', '\ud800']) {
      expect(utf8Bytes(text)).toBe(Buffer.byteLength(text, 'utf8'));
    }
  });

  test('kept-file URLs round-trip and reject anything else', () => {
    expect(keptFileId(keptFileUrl('abc123'))).toBe('abc123');
    expect(keptFileId('https://x.example/a.png')).toBeNull();
    expect(keptFileId('kept-file://')).toBeNull();
    expect(keptFileId('kept-file://../../etc')).toBeNull();
  });

  test('shortHash is stable, short and tells different content apart', () => {
    const a = shortHash('data:image/jpeg;base64,AAAA');
    expect(shortHash('data:image/jpeg;base64,AAAA')).toBe(a);
    expect(shortHash('data:image/jpeg;base64,AAAB')).not.toBe(a);
    expect(a).toMatch(/^[0-9a-z]{2,14}$/);
    const many = new Set(Array.from({ length: 2000 }, (_, i) => shortHash(`image-${i}`)));
    expect(many.size).toBe(2000);
  });

  test('clampPercent keeps 0–100 and turns NaN into 0', () => {
    expect([Number.NaN, -5, 49.6, 150].map(clampPercent)).toEqual([0, 0, 50, 100]);
  });

  test('baseName takes the last path segment without query', () => {
    expect(baseName('wxfile://tmp/abc.jpg')).toBe('abc.jpg');
    expect(baseName('http://tmp/abc.jpg?x=1')).toBe('abc.jpg');
    expect(baseName('')).toBe('image');
  });

  test('settleOnce: the first resolve or reject wins, later ones are ignored', async () => {
    const first = settleOnce<string>();
    expect(first.settled).toBe(false);
    first.reject(new Error('aborted'));
    first.resolve('late');
    expect(first.settled).toBe(true);
    await expect(first.promise).rejects.toThrow('aborted');

    const second = settleOnce<string>();
    second.resolve('body');
    second.reject(new Error('late'));
    await expect(second.promise).resolves.toBe('body');
  });
});
