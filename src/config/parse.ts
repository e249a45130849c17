import { ConfigError, SECRET_IN_PRODUCTION_MESSAGE } from './errors';
import type { AppConfig, BackendKind } from './types';

/** `import.meta.env` or anything shaped like it: Vite gives strings, plus booleans for PROD/DEV/SSR. */
export type RawEnv = Record<string, string | boolean | undefined>;

export const DEFAULT_USERSIG_EXPIRE_SECONDS = 604800;
export const DEFAULT_AVATAR_UPLOAD_FIELD = 'file';
export const DEFAULT_USERSIG_TOKEN_KEY = 'auth:token';

/**
 * Every variable the app reads. src/config/index.ts passes exactly these (each by its literal name, so that
 * Vite inlines only them) and nothing else of import.meta.env reaches the bundle.
 */
export const ENV_VARIABLES = [
  'VITE_CHAT_BACKEND',
  'VITE_LOCAL_SEED',
  'VITE_TIM_SDK_APP_ID',
  'VITE_TIM_USERSIG_URL',
  'VITE_TIM_USERSIG_TOKEN_KEY',
  'VITE_TIM_SECRET_KEY',
  'VITE_TIM_USERSIG_EXPIRE',
  'VITE_AVATAR_UPLOAD_URL',
  'VITE_AVATAR_UPLOAD_FIELD',
  'VITE_PROFILE_CUSTOM_KEYS',
] as const;

// The service accepts letters, digits and underscores in profile keys; custom ones carry this prefix.
const CUSTOM_PROFILE_KEY = /^Tag_Profile_Custom_[A-Za-z0-9_]+$/;
const HTTP_URL = /^https?:\/\/\S+$/i;
const UINT32_MAX = 0xffffffff;

/** Empty strings count as unset, so a blank line in an .env file means "use the default". */
function read(env: RawEnv, name: string): string | null {
  const value = env[name];
  if (value === undefined || value === false) return null;
  const trimmed = String(value).trim();
  return trimmed === '' ? null : trimmed;
}

function oneOf<T extends string>(env: RawEnv, name: string, allowed: readonly T[], fallback: T): T {
  const value = read(env, name);
  if (value === null) return fallback;
  const match = allowed.find((option) => option === value);
  if (match === undefined) {
    throw new ConfigError(name, `${name} must be one of ${allowed.map((a) => `'${a}'`).join(', ')}, got '${value}'`);
  }
  return match;
}

function positiveInteger(env: RawEnv, name: string, max = Number.MAX_SAFE_INTEGER): number | null {
  const value = read(env, name);
  if (value === null) return null;
  const parsed = Number(value);
  if (!/^\d+$/.test(value) || parsed <= 0 || parsed > max) {
    throw new ConfigError(name, `${name} must be a positive integer, got '${value}'`);
  }
  return parsed;
}

function httpUrl(env: RawEnv, name: string): string | null {
  const value = read(env, name);
  if (value !== null && !HTTP_URL.test(value)) {
    throw new ConfigError(name, `${name} must be an http(s) URL, got '${value}'`);
  }
  return value;
}

function customKeys(env: RawEnv, name: string): string[] {
  const keys = (read(env, name) ?? '')
    .split(',')
    .map((key) => key.trim())
    .filter((key) => key !== '');
  const bad = keys.filter((key) => !CUSTOM_PROFILE_KEY.test(key));
  if (bad.length > 0) {
    throw new ConfigError(
      name,
      `${name} must list keys like Tag_Profile_Custom_Mood (letters, digits, underscores), got '${bad.join("', '")}'`,
    );
  }
  return [...new Set(keys)];
}

/** Validates the env variables into an AppConfig; throws ConfigError naming the first variable that is wrong. */
export function parseConfig(env: RawEnv): AppConfig {
  const isProduction = env.PROD === true || env.PROD === 'true';
  const secretKey = read(env, 'VITE_TIM_SECRET_KEY');
  if (secretKey !== null && isProduction) {
    throw new ConfigError('VITE_TIM_SECRET_KEY', SECRET_IN_PRODUCTION_MESSAGE);
  }

  const backend = oneOf<BackendKind>(env, 'VITE_CHAT_BACKEND', ['local', 'cloud'], 'local');
  const sdkAppID = positiveInteger(env, 'VITE_TIM_SDK_APP_ID', UINT32_MAX);
  const userSigUrl = httpUrl(env, 'VITE_TIM_USERSIG_URL');

  if (backend === 'cloud' && sdkAppID === null) {
    throw new ConfigError(
      'VITE_TIM_SDK_APP_ID',
      "VITE_TIM_SDK_APP_ID is required when VITE_CHAT_BACKEND is 'cloud': " +
        'copy the SDKAppID of your application from the Chat console',
    );
  }
  if (backend === 'cloud' && userSigUrl === null && secretKey === null) {
    throw new ConfigError(
      'VITE_TIM_USERSIG_URL',
      "VITE_TIM_USERSIG_URL is required when VITE_CHAT_BACKEND is 'cloud': point it at your server's UserSig endpoint " +
        '(in development only, VITE_TIM_SECRET_KEY can generate UserSigs in the app instead)',
    );
  }

  return {
    backend,
    sdkAppID,
    userSigUrl,
    userSigTokenKey: read(env, 'VITE_TIM_USERSIG_TOKEN_KEY') ?? DEFAULT_USERSIG_TOKEN_KEY,
    secretKey,
    userSigExpireSeconds: positiveInteger(env, 'VITE_TIM_USERSIG_EXPIRE') ?? DEFAULT_USERSIG_EXPIRE_SECONDS,
    avatarUploadUrl: httpUrl(env, 'VITE_AVATAR_UPLOAD_URL'),
    avatarUploadField: read(env, 'VITE_AVATAR_UPLOAD_FIELD') ?? DEFAULT_AVATAR_UPLOAD_FIELD,
    profileCustomKeys: customKeys(env, 'VITE_PROFILE_CUSTOM_KEYS'),
    localSeed: oneOf(env, 'VITE_LOCAL_SEED', ['demo', 'none'] as const, 'demo'),
    isProduction,
  };
}
