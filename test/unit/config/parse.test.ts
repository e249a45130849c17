import { ConfigError, SECRET_IN_PRODUCTION_MESSAGE } from '@/src/config/errors';
import { parseConfig } from '@/src/config/parse';
import type { RawEnv } from '@/src/config/parse';

const CLOUD_DEV: RawEnv = {
  VITE_CHAT_BACKEND: 'cloud',
  VITE_TIM_SDK_APP_ID: '1400000001',
  VITE_TIM_SECRET_KEY: 'dev-secret',
  PROD: false,
};

function errorOf(env: RawEnv): ConfigError {
  try {
    parseConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('parseConfig did not throw');
}

describe('parseConfig defaults', () => {
  test('an empty env gives the local backend with demo data', () => {
    expect(parseConfig({})).toEqual({
      backend: 'local',
      sdkAppID: null,
      userSigUrl: null,
      userSigTokenKey: 'auth:token',
      secretKey: null,
      userSigExpireSeconds: 604800,
      avatarUploadUrl: null,
      avatarUploadField: 'file',
      profileCustomKeys: [],
      localSeed: 'demo',
      isProduction: false,
    });
  });

  test('blank values count as unset', () => {
    const config = parseConfig({ VITE_CHAT_BACKEND: ' ', VITE_TIM_USERSIG_EXPIRE: '', VITE_AVATAR_UPLOAD_FIELD: '' });
    expect(config.backend).toBe('local');
    expect(config.userSigExpireSeconds).toBe(604800);
    expect(config.avatarUploadField).toBe('file');
  });

  test('PROD comes from Vite as a boolean (or the string "true")', () => {
    expect(parseConfig({ PROD: true }).isProduction).toBe(true);
    expect(parseConfig({ PROD: 'true' }).isProduction).toBe(true);
    expect(parseConfig({ PROD: false }).isProduction).toBe(false);
  });
});

describe('parseConfig cloud', () => {
  test('reads every cloud setting', () => {
    const config = parseConfig({
      VITE_CHAT_BACKEND: 'cloud',
      VITE_TIM_SDK_APP_ID: ' 1400000001 ',
      VITE_TIM_USERSIG_URL: 'https://api.example.com/usersig',
      VITE_TIM_USERSIG_EXPIRE: '3600',
      VITE_TIM_USERSIG_TOKEN_KEY: 'session:jwt',
      VITE_AVATAR_UPLOAD_URL: 'https://api.example.com/avatar',
      VITE_AVATAR_UPLOAD_FIELD: 'avatar',
      VITE_PROFILE_CUSTOM_KEYS: 'Tag_Profile_Custom_Mood, Tag_Profile_Custom_City,,Tag_Profile_Custom_Mood',
      VITE_LOCAL_SEED: 'none',
      PROD: true,
    });
    expect(config).toEqual({
      backend: 'cloud',
      sdkAppID: 1400000001,
      userSigUrl: 'https://api.example.com/usersig',
      userSigTokenKey: 'session:jwt',
      secretKey: null,
      userSigExpireSeconds: 3600,
      avatarUploadUrl: 'https://api.example.com/avatar',
      avatarUploadField: 'avatar',
      profileCustomKeys: ['Tag_Profile_Custom_Mood', 'Tag_Profile_Custom_City'],
      localSeed: 'none',
      isProduction: true,
    });
  });

  test('a secret key is a UserSig source in development', () => {
    const config = parseConfig(CLOUD_DEV);
    expect(config.secretKey).toBe('dev-secret');
    expect(config.userSigUrl).toBeNull();
  });

  test('cloud without SDKAppID names VITE_TIM_SDK_APP_ID', () => {
    const error = errorOf({ ...CLOUD_DEV, VITE_TIM_SDK_APP_ID: undefined });
    expect(error.variable).toBe('VITE_TIM_SDK_APP_ID');
    expect(error.message).toMatch(/VITE_TIM_SDK_APP_ID is required when VITE_CHAT_BACKEND is 'cloud'/);
  });

  test('cloud without any UserSig source names VITE_TIM_USERSIG_URL and mentions the dev alternative', () => {
    const error = errorOf({ ...CLOUD_DEV, VITE_TIM_SECRET_KEY: '' });
    expect(error.variable).toBe('VITE_TIM_USERSIG_URL');
    expect(error.message).toMatch(/VITE_TIM_USERSIG_URL is required/);
    expect(error.message).toMatch(/VITE_TIM_SECRET_KEY/);
  });
});

describe('parseConfig secret key in production', () => {
  test.each([
    ['cloud', { ...CLOUD_DEV, VITE_TIM_USERSIG_URL: 'https://api.example.com/usersig', PROD: true }],
    ['cloud without a URL', { ...CLOUD_DEV, PROD: true }],
    ['local', { VITE_TIM_SECRET_KEY: 'leftover', PROD: true }],
  ])('is refused (%s) with the exact advice', (_name, env) => {
    const error = errorOf(env);
    expect(error.variable).toBe('VITE_TIM_SECRET_KEY');
    expect(error.message).toBe(
      'VITE_TIM_SECRET_KEY must not be set in a production build: the secret would ship inside the app; ' +
        'serve UserSigs from your server via VITE_TIM_USERSIG_URL',
    );
    expect(error.message).toBe(SECRET_IN_PRODUCTION_MESSAGE);
  });
});

describe('parseConfig invalid values', () => {
  test.each([
    ['VITE_CHAT_BACKEND', 'remote', /must be one of 'local', 'cloud', got 'remote'/],
    ['VITE_LOCAL_SEED', 'all', /must be one of 'demo', 'none', got 'all'/],
    ['VITE_TIM_SDK_APP_ID', 'abc', /positive integer, got 'abc'/],
    ['VITE_TIM_SDK_APP_ID', '0', /positive integer/],
    ['VITE_TIM_SDK_APP_ID', '-5', /positive integer/],
    ['VITE_TIM_SDK_APP_ID', '1.5', /positive integer/],
    ['VITE_TIM_SDK_APP_ID', '4294967296', /positive integer/],
    ['VITE_TIM_USERSIG_EXPIRE', '7d', /positive integer, got '7d'/],
    ['VITE_TIM_USERSIG_URL', 'api.example.com/usersig', /http\(s\) URL/],
    ['VITE_AVATAR_UPLOAD_URL', 'ftp://example.com/up', /http\(s\) URL/],
    ['VITE_PROFILE_CUSTOM_KEYS', 'Tag_Profile_Custom_Mood,Mood', /Tag_Profile_Custom_.*got 'Mood'/],
    ['VITE_PROFILE_CUSTOM_KEYS', 'Tag_Profile_Custom_', /got 'Tag_Profile_Custom_'/],
    ['VITE_PROFILE_CUSTOM_KEYS', 'Tag_Profile_Custom_a-b', /got 'Tag_Profile_Custom_a-b'/],
    ['VITE_PROFILE_CUSTOM_KEYS', 'Tag_Profile_IM_Nick', /got 'Tag_Profile_IM_Nick'/],
  ])('%s=%s is refused', (variable, value, message) => {
    const error = errorOf({ ...CLOUD_DEV, [variable]: value });
    expect(error).toBeInstanceOf(ConfigError);
    expect(error.variable).toBe(variable);
    expect(error.message.startsWith(variable)).toBe(true);
    expect(error.message).toMatch(message);
  });

  test('a malformed SDKAppID is refused in local mode too', () => {
    expect(errorOf({ VITE_TIM_SDK_APP_ID: 'x' }).variable).toBe('VITE_TIM_SDK_APP_ID');
  });
});
