import { useI18n } from 'vue-i18n';
import { utf8Bytes } from '@/src/chat/rules/bytes';
import { checkUserID } from '@/src/chat/rules/user-id';
import { errorLine, errorText } from './error-text';
import type { ErrorText, Translate } from './error-text';

/**
 * Turns anything a store threw into text for a person: the app's own sentence in the current language
 * (src/locales/errors-*.ts; never the SDK's or a server's message) with the service's error code.
 */
export function useErrorText() {
  const { t, te } = useI18n();
  const i18n: Translate = { t: (key, named) => (named ? t(key, named) : t(key)), te: (key) => te(key) };

  /** One line: the sentence, then the code in brackets (toasts, inline errors). */
  function describe(error: unknown): string {
    return errorLine(error, i18n);
  }

  /** The sentence and the code apart, for a template that shows the code in small print after it. */
  function describeParts(error: unknown): ErrorText {
    return errorText(error, i18n);
  }

  /** Why a typed userID would be refused (login, opening a card), as shown under the field; '' when it would not. */
  function userIDError(userID: string): string {
    const violation = checkUserID(userID);
    if (!violation) return '';
    return violation.rule === 'tooLong' ? t('login.errors.tooLong', { bytes: utf8Bytes(userID) }) : t('login.errors.required');
  }

  return { describe, describeParts, userIDError };
}
