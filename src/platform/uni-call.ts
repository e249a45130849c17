/** Small helpers for calling uni's callback APIs, shared by uni.ts and uni-media.ts. */

/**
 * Options with a required fail callback. Without any callback uni returns a promise instead (and no task
 * object), and a failure then surfaces as an unhandled rejection.
 */
export type WithFail<O extends { fail?: unknown }> = O & { fail: NonNullable<O['fail']> };

export function ignore(): void {
  // Fire-and-forget uni calls get a fail callback so that uni does not return a promise that rejects unhandled.
}

/** The message of a uni failure: `{errMsg}` from wx, a bare string from uni-h5, or an Error. */
export function errorText(result: unknown): string {
  if (typeof result === 'string') return result;
  if (result && typeof result === 'object') {
    const { errMsg, message } = result as { errMsg?: unknown; message?: unknown };
    if (typeof errMsg === 'string') return errMsg;
    if (typeof message === 'string') return message;
  }
  return String(result);
}

export function isCancel(result: unknown): boolean {
  return /cancel/i.test(errorText(result));
}
