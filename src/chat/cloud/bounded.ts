/**
 * Settles like `promise`, or with what `onTimeout()` gives when `promise` has not settled within `ms`
 * (it keeps running; its outcome is then ignored). The timer is cleared either way.
 */
export function settleWithin<T>(promise: Promise<T>, ms: number, onTimeout: () => T | Promise<T>): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => {
      Promise.resolve().then(onTimeout).then(resolve, reject);
    }, ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}
