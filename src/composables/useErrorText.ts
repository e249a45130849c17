import { useI18n } from 'vue-i18n';
import { toErrorLike } from '@/src/chat/errors';
import { utf8Bytes } from '@/src/chat/rules/bytes';
import { checkUserID } from '@/src/chat/rules/user-id';
import { isRuleViolation } from '@/src/chat/rules/violation';

/** Turns anything a store threw into text for a person: what is wrong, with the service's error code. */
export function useErrorText() {
  const { t, te } = useI18n();

  function fieldName(field: string): string {
    const key = `profile.fields.${field}`;
    return te(key) ? t(key) : field;
  }

  /** A sentence for a code of the group service (2600–2687, 10004–10038), in the app's language; '' when none. */
  function groupCodeText(code: number): string {
    const key = `groups.errors.${code}`;
    return te(key) ? t(key) : '';
  }

  function describe(error: unknown): string {
    const { code, message } = toErrorLike(error);
    const suffix = code >= 0 ? ` (${t('common.errorCode', { code })})` : '';
    const sentence = groupCodeText(code);
    // A rule the app checks before sending says which field and limit; otherwise the code's sentence, never the SDK's message.
    if (sentence && !(isRuleViolation(error) && error.rule === 'tooLong')) return `${sentence}${suffix}`;
    if (!isRuleViolation(error)) return `${message}${suffix}`;
    const field = fieldName(error.field);
    switch (error.rule) {
      case 'tooLong':
        return t('profile.validation.tooLong', { field, max: error.limit, bytes: error.actual }) + suffix;
      case 'notDate':
        return t('profile.validation.notDate', { field }) + suffix;
      case 'notInteger':
        return t('profile.validation.notInteger', { field }) + suffix;
      case 'badKey':
        return t('profile.validation.badKey', { key: error.field }) + suffix;
      case 'duplicateKey':
        return t('profile.validation.duplicateKey', { key: error.field }) + suffix;
      default:
        return `${field}: ${message}${suffix}`;
    }
  }

  /** Why a typed userID would be refused (login, opening a card), as shown under the field; '' when it would not. */
  function userIDError(userID: string): string {
    const violation = checkUserID(userID);
    if (!violation) return '';
    return violation.rule === 'tooLong' ? t('login.errors.tooLong', { bytes: utf8Bytes(userID) }) : t('login.errors.required');
  }

  return { describe, userIDError };
}
