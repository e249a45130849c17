import { parseConfig } from './parse';

/**
 * The only reader of `import.meta.env` (jest cannot compile `import.meta` to CommonJS, so tests import
 * parse.ts). Throws ConfigError at startup when the env variables are wrong, naming the variable.
 */
export const config = parseConfig(import.meta.env);

export type { AppConfig, BackendKind } from './types';
export { ConfigError } from './errors';
