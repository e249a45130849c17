/** A configuration problem found at startup or build time; `variable` names the env variable to fix. */
export class ConfigError extends Error {
  readonly variable: string;

  constructor(variable: string, message: string) {
    super(message);
    this.name = 'ConfigError';
    this.variable = variable;
  }
}

/** Shared by the runtime check and the build guard so that both fail with the same advice. */
export const SECRET_IN_PRODUCTION_MESSAGE =
  'VITE_TIM_SECRET_KEY must not be set in a production build: the secret would ship inside the app; ' +
  'serve UserSigs from your server via VITE_TIM_USERSIG_URL';
