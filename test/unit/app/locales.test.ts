import { createI18n } from 'vue-i18n';
import { errorCodeKey } from '@/src/composables/error-text';
import { compileMessages } from '@/src/locales';
import { en } from '@/src/locales/en';
import { errorCodeTexts } from '@/src/locales/error-texts';
import { zhHans } from '@/src/locales/zh-Hans';

describe('locale messages', () => {
  it('fill named placeholders and keep @ and | as text', () => {
    const i18n = createI18n({
      legacy: false,
      locale: 'en',
      messages: { en: compileMessages({ a: 'At most {max} bytes ({bytes} now).', b: 'Group ID, e.g. @TGS#… | other' }) },
    });
    expect(i18n.global.t('a', { max: 32, bytes: 33 })).toBe('At most 32 bytes (33 now).');
    expect(i18n.global.t('b')).toBe('Group ID, e.g. @TGS#… | other');
  });

  it('has the same keys in zh-Hans and English', () => {
    const keys = (tree: object, prefix = ''): string[] =>
      Object.entries(tree).flatMap(([key, value]) =>
        typeof value === 'string' ? [`${prefix}${key}`] : keys(value as object, `${prefix}${key}.`),
      );
    expect(keys(zhHans).sort()).toEqual(keys(en).sort());
    expect(keys(errorCodeTexts['zh-Hans']).sort()).toEqual(keys(errorCodeTexts.en).sort());
  });
});

describe('group texts', () => {
  const i18n = createI18n({
    legacy: false,
    locale: 'zh-Hans',
    // With the sentences of the error codes, as the app has them once they loaded (src/locales/load-error-texts.ts).
    messages: {
      en: compileMessages({ ...en, errors: { ...en.errors, code: errorCodeTexts.en } }),
      'zh-Hans': compileMessages({ ...zhHans, errors: { ...zhHans.errors, code: errorCodeTexts['zh-Hans'] } }),
    },
  });
  const { t, te } = i18n.global;

  it('words a mute time left in each language (the issue: "23h 54m" inside the Chinese UI)', () => {
    expect(t('members.duration.hm', { d: 0, h: 23, m: 54 }, { locale: 'zh-Hans' })).toBe('23小时54分');
    expect(t('members.duration.hm', { d: 0, h: 23, m: 54 }, { locale: 'en' })).toBe('23h 54m');
    expect(t('members.duration.dh', { d: 6, h: 23, m: 0 }, { locale: 'zh-Hans' })).toBe('6天23小时');
    expect(t('members.duration.m', { d: 0, h: 0, m: 10 }, { locale: 'zh-Hans' })).toBe('10分钟');
  });

  it('has a sentence in both languages for every code of the group service', async () => {
    const { GROUP_CODE } = await import('@/src/chat/local/groups/codes');
    const codes = Object.values(GROUP_CODE).filter((code) => (code >= 2600 && code < 2700) || code >= 10000);
    for (const code of codes) {
      for (const locale of ['zh-Hans', 'en'] as const) {
        expect([code, locale, te(errorCodeKey(code), locale)]).toEqual([code, locale, true]);
      }
    }
  });
});
