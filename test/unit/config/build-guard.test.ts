import { assertBuildEnv } from '@/src/config/build-guard';
import { ConfigError, SECRET_IN_PRODUCTION_MESSAGE } from '@/src/config/errors';

const CLOUD = { VITE_CHAT_BACKEND: 'cloud', VITE_TIM_SDK_APP_ID: '1400000001' };

describe('assertBuildEnv', () => {
  test('fails a production build that carries the secret key, with the runtime message', () => {
    expect(() => assertBuildEnv({ ...CLOUD, VITE_TIM_SECRET_KEY: 'secret' }, 'production')).toThrow(
      new ConfigError('VITE_TIM_SECRET_KEY', SECRET_IN_PRODUCTION_MESSAGE),
    );
  });

  test('treats NODE_ENV=production in a custom mode as production, as Vite does for import.meta.env.PROD', () => {
    expect(() => assertBuildEnv({ VITE_TIM_SECRET_KEY: 'secret', NODE_ENV: 'production' }, 'staging')).toThrow(
      SECRET_IN_PRODUCTION_MESSAGE,
    );
  });

  test('reads NODE_ENV from the build process when env lacks it', () => {
    const saved = process.env.NODE_ENV;
    process.env.NODE_ENV = 'production';
    try {
      expect(() => assertBuildEnv({ VITE_TIM_SECRET_KEY: 'secret' }, 'staging')).toThrow(SECRET_IN_PRODUCTION_MESSAGE);
    } finally {
      process.env.NODE_ENV = saved;
    }
  });

  test('allows the secret key in development', () => {
    const config = assertBuildEnv({ ...CLOUD, VITE_TIM_SECRET_KEY: 'secret' }, 'development');
    expect(config.isProduction).toBe(false);
    expect(config.secretKey).toBe('secret');
  });

  test('fails a cloud build without SDKAppID', () => {
    const env = { VITE_CHAT_BACKEND: 'cloud', VITE_TIM_USERSIG_URL: 'https://x.example/sig' };
    expect(() => assertBuildEnv(env, 'production')).toThrow(/VITE_TIM_SDK_APP_ID is required/);
  });

  test('passes a production cloud build with a UserSig URL and returns the config', () => {
    const config = assertBuildEnv({ ...CLOUD, VITE_TIM_USERSIG_URL: 'https://x.example/sig' }, 'production');
    expect(config).toMatchObject({ backend: 'cloud', sdkAppID: 1400000001, isProduction: true });
  });

  test('passes the default local build', () => {
    expect(assertBuildEnv({}, 'production').backend).toBe('local');
  });
});
