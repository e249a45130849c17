import { parseConfig } from './parse';
import type { AppConfig } from './types';

/**
 * Called from vite.config.ts with the loaded env so that a broken configuration fails the build rather than
 * the installed app: above all a production build carrying VITE_TIM_SECRET_KEY, and cloud mode without
 * VITE_TIM_SDK_APP_ID. Returns the parsed configuration (e.g. to pick the backend alias).
 *
 * Vite's `import.meta.env.PROD` follows NODE_ENV rather than the mode name, so a build in a custom mode
 * (`--mode staging`) is production too; NODE_ENV is read from `env` or, when absent there (loadEnv with the
 * 'VITE_' prefix drops it), from the process that runs the build.
 */
export function assertBuildEnv(env: Record<string, string | undefined>, mode: string): AppConfig {
  const nodeEnv = env.NODE_ENV ?? (typeof process === 'undefined' ? undefined : process.env.NODE_ENV);
  return parseConfig({ ...env, PROD: mode === 'production' || nodeEnv === 'production' });
}
