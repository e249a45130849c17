import type { AppLocale } from './index';
import { errorCodesEn } from './errors-en';
import type { ErrorCodeMessages } from './errors-en';
import { errorCodesZhHans } from './errors-zh-Hans';

/**
 * The sentence of every error code, per locale (`errors.code.*`). Loaded with import() by
 * ./load-error-texts.ts: the mini program build emits it into the backend subpackage (vite.config.ts
 * asyncModules), H5 as a chunk of its own.
 */
export const errorCodeTexts: Readonly<Record<AppLocale, ErrorCodeMessages>> = {
  en: errorCodesEn,
  'zh-Hans': errorCodesZhHans,
};
