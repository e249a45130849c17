import { parseConfig } from './parse';
import type { AppConfig } from './types';

/**
 * Called from vite.config.ts with `loadEnv(mode, root, '')` so that a broken configuration fails the build
 * rather than the installed app: above all a production build carrying VITE_TIM_SECRET_KEY, and cloud mode
 * without VITE_TIM_SDK_APP_ID. Returns the parsed configuration (e.g. to pick the backend alias).
 *
 * Vite's `import.meta.env.PROD` follows NODE_ENV, not the mode name, so a build in a custom mode is production
 * too; the guard treats either signal as production to agree with what the app will see at runtime.
 */
export function assertBuildEnv(env: Record<string, string | undefined>, mode: string): AppConfig {
  const production = mode === 'production' || env.NODE_ENV === 'production';
  return parseConfig({ ...env, PROD: production });
}
