import { parseConfig } from './parse';

/**
 * The only reader of `import.meta.env` (jest cannot compile `import.meta` to CommonJS, so tests import
 * parse.ts). Throws ConfigError at startup when the env variables are wrong, naming the variable.
 *
 * Each variable is read by its literal name, never `import.meta.env` as a whole: Vite then inlines exactly
 * these values, while the object would carry every VITE_* variable of the build machine (and uni-app's own,
 * such as VITE_ROOT_DIR, a local path) into the bundle. The list is ENV_VARIABLES in parse.ts; the bundle
 * test (test/bundle) builds the app and looks for anything else.
 */
export const config = parseConfig({
  PROD: import.meta.env.PROD,
  VITE_CHAT_BACKEND: import.meta.env.VITE_CHAT_BACKEND,
  VITE_LOCAL_SEED: import.meta.env.VITE_LOCAL_SEED,
  VITE_TIM_SDK_APP_ID: import.meta.env.VITE_TIM_SDK_APP_ID,
  VITE_TIM_USERSIG_URL: import.meta.env.VITE_TIM_USERSIG_URL,
  VITE_TIM_USERSIG_TOKEN_KEY: import.meta.env.VITE_TIM_USERSIG_TOKEN_KEY,
  // Development only (the build guard fails a production build that sets it); in a production build this
  // is `true ? undefined : …`, which the minifier removes with the value.
  VITE_TIM_SECRET_KEY: import.meta.env.PROD ? undefined : import.meta.env.VITE_TIM_SECRET_KEY,
  VITE_TIM_USERSIG_EXPIRE: import.meta.env.VITE_TIM_USERSIG_EXPIRE,
  VITE_AVATAR_UPLOAD_URL: import.meta.env.VITE_AVATAR_UPLOAD_URL,
  VITE_AVATAR_UPLOAD_FIELD: import.meta.env.VITE_AVATAR_UPLOAD_FIELD,
  VITE_PROFILE_CUSTOM_KEYS: import.meta.env.VITE_PROFILE_CUSTOM_KEYS,
});

/**
 * True in development builds, the constant `false` in production ones: code behind `if (DEV_BUILD)` (the
 * development UserSig generator) is dropped from production bundles.
 */
export const DEV_BUILD = !import.meta.env.PROD;

export type { AppConfig, BackendKind } from './types';
export { ConfigError } from './errors';
