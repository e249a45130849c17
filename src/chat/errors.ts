/**
 * The SDK rejects with an `Error` carrying a numeric `code` (imError). The local backend throws the same
 * shape so that callers cannot tell the backends apart.
 */
export class ChatError extends Error {
  readonly code: number;
  readonly data: Record<string, unknown>;

  constructor(code: number, message: string, data: Record<string, unknown> = {}) {
    super(message);
    this.name = 'ChatError';
    this.code = code;
    this.data = data;
  }
}

export interface ErrorLike {
  code: number;
  message: string;
}

/** Reads the code and message of whatever a backend rejected with (ChatError, the SDK's error, or anything). */
export function toErrorLike(error: unknown): ErrorLike {
  if (error && typeof error === 'object') {
    const { code, message } = error as { code?: unknown; message?: unknown };
    return {
      code: typeof code === 'number' ? code : -1,
      message: typeof message === 'string' ? message : String(error),
    };
  }
  return { code: -1, message: String(error) };
}

/** Codes this template raises or reads; names follow the SDK's error table. */
export const ERROR_CODE = {
  NOT_LOGGED_IN: 2024,
  UPDATE_PROFILE_INVALID_PARAM: 2721,
  UPDATE_PROFILE_NO_KEY: 2722,
  NETWORK_ERROR: 2800,
  NETWORK_TIMEOUT: 2801,
  NO_NETWORK: 2805,
  SDK_NOT_READY: 2999,
  /** The user is not (or no longer) a member of the group (group-module.js MEMBER_NOT_IN_GRP). */
  NOT_IN_GROUP: 2623,
  PROFILE_TAG_NOT_FOUND: 40009,
  PROFILE_VALUE_TOO_LONG: 40601,
  PROFILE_BAD_STANDARD_VALUE: 40605,
  PROFILE_WRONG_VALUE_TYPE: 40610,
  ACCOUNT_INVALID_PARAM: 70402,
} as const;

/** The message of a thrown value, for reports: an Error's message, anything else as a string. */
export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
