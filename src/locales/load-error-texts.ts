import { APP_LOCALES, addMessages } from './index';

export type ErrorTextsModule = typeof import('./error-texts');

let loading: Promise<void> | null = null;

/**
 * Registers the sentences of the error codes (./error-texts.ts, ≈ 16 KB of the two languages) once they have
 * downloaded: in the mini program they ship in the backend subpackage, which WeChat fetches at launch, so
 * the main package (downloaded before the first screen) does not carry them. The app loads them together
 * with the chat backend (src/app/install.ts): every error with a service code comes from the backend, so its
 * sentence is there by then. Until they are, src/composables/error-text.ts gives such a code the generic
 * `errors.unknown` sentence of the current language, with the code. A failed download is not remembered:
 * the next call tries again.
 */
export function loadErrorTexts(load: () => Promise<ErrorTextsModule> = () => import('./error-texts')): Promise<void> {
  loading ??= load().then(
    ({ errorCodeTexts }) => {
      for (const locale of APP_LOCALES) addMessages(locale, { errors: { code: errorCodeTexts[locale] } });
    },
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}
