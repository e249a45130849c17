/**
 * The mini program's stand-in for vue-i18n (src/locales/mini-i18n.ts) with the app's own messages, compiled
 * as the app compiles them: the same sentences vue-i18n gives on H5, in both languages, with fallback.
 */
import { compileMessages } from '@/src/locales';
import { en } from '@/src/locales/en';
import { zhHans } from '@/src/locales/zh-Hans';
import { createI18n, useI18n } from '@/src/locales/mini-i18n';

const i18n = createI18n({
  legacy: false,
  locale: 'en',
  fallbackLocale: 'en',
  messages: { en: compileMessages(en), 'zh-Hans': compileMessages(zhHans), partial: compileMessages({ login: { submit: 'Go' } }) },
});

test('translates plain and named messages in the current locale, and follows a locale change', () => {
  i18n.global.locale.value = 'en';
  expect(i18n.global.t('login.submit')).toBe(en.login.submit);
  expect(i18n.global.t('login.errors.tooLong', { bytes: 33 })).toBe(en.login.errors.tooLong.replace('{bytes}', '33'));
  i18n.global.locale.value = 'zh-Hans';
  expect(i18n.global.t('login.submit')).toBe(zhHans.login.submit);
  expect(i18n.global.t('login.errors.tooLong', { bytes: 40 })).toBe(zhHans.login.errors.tooLong.replace('{bytes}', '40'));
});

test('falls back to English for a missing message, and answers the key for an unknown one; te sees the current locale only', () => {
  i18n.global.locale.value = 'partial';
  expect(i18n.global.t('login.submit')).toBe('Go');
  expect(i18n.global.t('login.title')).toBe(en.login.title);
  expect(i18n.global.te('login.submit')).toBe(true);
  expect(i18n.global.te('login.title')).toBe(false);
  expect(i18n.global.t('no.such.key')).toBe('no.such.key');
  // A group ID in a placeholder's value stays as written (vue-i18n's compiler would read '@' as syntax).
  i18n.global.locale.value = 'en';
  expect(i18n.global.t('login.reasons.failed', { message: '@TGS#1 | x' })).toBe(en.login.reasons.failed.replace('{message}', '@TGS#1 | x'));
});

test('useI18n gives the installed instance', () => {
  expect(() => useI18n()).toThrow(/not installed/);
  i18n.install();
  expect(useI18n()).toBe(i18n.global);
});

test('mergeLocaleMessage adds texts inside an existing namespace and keeps its others, as vue-i18n does', () => {
  const merging = createI18n({ legacy: false, locale: 'en', fallbackLocale: 'en', messages: { en: compileMessages({ errors: { unknown: 'Oops.' } }) } });
  merging.global.mergeLocaleMessage('en', compileMessages({ errors: { code: { e1: 'One.' } }, extra: { hello: 'Hi' } }));
  expect(merging.global.t('errors.unknown')).toBe('Oops.');
  expect(merging.global.t('errors.code.e1')).toBe('One.');
  expect(merging.global.t('extra.hello')).toBe('Hi');
  merging.global.mergeLocaleMessage('en', compileMessages({ errors: { unknown: 'Something else.' } }));
  expect(merging.global.t('errors.unknown')).toBe('Something else.');
  expect(merging.global.te('errors.code.e1')).toBe(true);
});
