import { isRuleViolation } from '@/src/chat/rules/violation';

/** vue-i18n's t/te, passed in so that this stays a plain function (tests call it with the app's messages). */
export interface Translate {
  t(key: string, named?: Record<string, unknown>): string;
  te(key: string): boolean;
}

/** A sentence for a person, and the code to show after it in small print (null: none to show). */
export interface ErrorText {
  text: string;
  code: number | null;
}

/** The SDK's parameter check throws this code-less Error; both backends report it as -1 (rules/codes.ts). */
const PARAMS_VALIDATE_FAILED_MESSAGE = 'Params validate failed.';

/** The locale key of a code's sentence: errors.code.e2801, errors.code.n1 for -1. */
export function errorCodeKey(code: number): string {
  return `errors.code.${code < 0 ? `n${-code}` : `e${code}`}`;
}

function ownCode(error: unknown): number | null {
  const code: unknown = error && typeof error === 'object' ? Reflect.get(error, 'code') : undefined;
  if (typeof code === 'number') return code;
  return error instanceof Error && error.message === PARAMS_VALIDATE_FAILED_MESSAGE ? -1 : null;
}

/** A refused field's name: a profile field, else a relationship chain field (remark, greeting, group name). */
function fieldName(field: string, i18n: Translate): string {
  for (const key of [`profile.fields.${field}`, `relationFields.${field}`]) if (i18n.te(key)) return i18n.t(key);
  return field;
}

/**
 * What went wrong, in the app's own words: never the SDK's or a server's message (they are English, and the
 * SDK's come from a download that may fail), always a sentence of the current language, with the code.
 */
export function errorText(error: unknown, i18n: Translate): ErrorText {
  const { t, te } = i18n;
  if (isRuleViolation(error)) {
    const code = error.code;
    const field = fieldName(error.field, i18n);
    switch (error.rule) {
      case 'tooLong':
        return { text: t('profile.validation.tooLong', { field, max: error.limit, bytes: error.actual }), code };
      case 'notDate':
        return { text: t('profile.validation.notDate', { field }), code };
      case 'notInteger':
        return { text: t('profile.validation.notInteger', { field }), code };
      case 'badKey':
        return { text: t('profile.validation.badKey', { key: error.field }), code };
      case 'duplicateKey':
        return { text: t('profile.validation.duplicateKey', { key: error.field }), code };
      default:
        break;
    }
  }
  if (error && typeof error === 'object') {
    const name = Reflect.get(error, 'name');
    const variable = Reflect.get(error, 'variable');
    if (name === 'ConfigError' && typeof variable === 'string') return { text: t('errors.config', { variable }), code: null };
    // The backend's code did not download (src/chat/lazy-backend.ts); trying again may work.
    if (name === 'BackendLoadError') return { text: t('errors.backendLoad'), code: null };
    const reason = Reflect.get(error, 'reason');
    if (name === 'PlatformError' && typeof reason === 'string' && te(`errors.platform.${reason}`)) {
      return { text: t(`errors.platform.${reason}`), code: null };
    }
  }
  const code = ownCode(error);
  if (code !== null && te(errorCodeKey(code))) return { text: t(errorCodeKey(code)), code: code >= 0 ? code : null };
  return { text: t('errors.unknown'), code: code !== null && code >= 0 ? code : null };
}

/** The sentence with its code in brackets, for places that show one line of text (toasts, inline errors). */
export function errorLine(error: unknown, i18n: Translate): string {
  const { text, code } = errorText(error, i18n);
  return code === null ? text : `${text} (${i18n.t('common.errorCode', { code })})`;
}

