import { createI18n } from 'vue-i18n';
import { compileMessages } from '@/src/locales';
import { en } from '@/src/locales/en';
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
  });
});
