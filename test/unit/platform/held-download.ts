/** A subpackage download each test settles itself: the platform calls `load`, the test resolves or rejects it. */
export interface HeldDownloads<T> {
  load: () => Promise<T>;
  /** The downloads asked for and not yet settled, oldest first. */
  pending: Array<{ resolve: (module: T) => void; reject: (error: unknown) => void }>;
  /** Every pending download arrives with the module. */
  arrive: () => void;
}

export function holdDownloads<T>(module: T): HeldDownloads<T> {
  const pending: HeldDownloads<T>['pending'] = [];
  return {
    pending,
    load: () => new Promise<T>((resolve, reject) => pending.push({ resolve, reject })),
    arrive: () => {
      for (const download of pending.splice(0)) download.resolve(module);
    },
  };
}

/** Waits, a macrotask at a time, until the condition holds (the test's timeout bounds it). */
export async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setImmediate(resolve));
}
