/**
 * The sentences of the error codes load after start (src/locales/load-error-texts.ts; in the mini program from
 * the backend subpackage): before they have, an error with a code reads as the generic sentence of the current
 * language, with its code, never a key; once they have, as its own sentence, in both languages.
 */
import { ChatError, ERROR_CODE } from '@/src/chat/errors';
import { errorLine, errorText } from '@/src/composables/error-text';
import type { Translate } from '@/src/composables/error-text';
import { i18n } from '@/src/locales';
import { en } from '@/src/locales/en';
import { errorCodeTexts } from '@/src/locales/error-texts';
import type { ErrorTextsModule } from '@/src/locales/load-error-texts';
import { loadErrorTexts } from '@/src/locales/load-error-texts';
import { zhHans } from '@/src/locales/zh-Hans';

const translate: Translate = {
  t: (key, named) => (named ? i18n.global.t(key, named) : i18n.global.t(key)),
  te: (key) => i18n.global.te(key),
};
const timeout = new ChatError(ERROR_CODE.NETWORK_TIMEOUT, 'Request timed out');

afterEach(() => {
  i18n.global.locale.value = 'en';
});

test('before the texts arrive: the generic sentence of the current language with the code; a failed download is tried again', async () => {
  expect(errorText(timeout, translate)).toEqual({ text: en.errors.unknown, code: 2801 });
  i18n.global.locale.value = 'zh-Hans';
  expect(errorText(timeout, translate)).toEqual({ text: zhHans.errors.unknown, code: 2801 });
  expect(errorLine(timeout, translate)).toBe(`${zhHans.errors.unknown} (${zhHans.common.errorCode.replace('{code}', '2801')})`);

  const failing = jest.fn(() => Promise.reject(new Error('subpackage download failed')));
  await expect(loadErrorTexts(failing)).rejects.toThrow('subpackage download failed');
  expect(errorText(timeout, translate)).toEqual({ text: zhHans.errors.unknown, code: 2801 });

  // The next call downloads again, and this time the texts arrive.
  const module: ErrorTextsModule = await import('@/src/locales/error-texts');
  const working = jest.fn(() => Promise.resolve(module));
  await loadErrorTexts(working);
  expect(failing).toHaveBeenCalledTimes(1);
  expect(working).toHaveBeenCalledTimes(1);

  expect(errorText(timeout, translate)).toEqual({ text: errorCodeTexts['zh-Hans'].e2801, code: 2801 });
  i18n.global.locale.value = 'en';
  expect(errorText(timeout, translate)).toEqual({ text: errorCodeTexts.en.e2801, code: 2801 });
  // The locale module's own error texts are still there beside them.
  expect(errorText(new ChatError(123456, 'Some server text'), translate)).toEqual({ text: en.errors.unknown, code: 123456 });
  expect(i18n.global.t('errors.backendLoad')).toBe(en.errors.backendLoad);

  // Loaded once: later calls do not download again.
  await loadErrorTexts(working);
  expect(working).toHaveBeenCalledTimes(1);
});
