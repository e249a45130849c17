import { ChatError, errorText } from '../../errors';
import { LOCAL_CODE } from '../codes';
import type { KeyValueStorage } from './ports';
import type { ServerProblem } from './problems';

/** Every key the service writes starts with this unless configured otherwise. */
export const DEFAULT_KEY_PREFIX = 'chat:';

/** The raw value of `key`; null when absent or unreadable (the latter listed in `problems`). */
export function readStored(storage: KeyValueStorage, key: string, problems: ServerProblem[]): string | null {
  try {
    return storage.getItem(key);
  } catch (error) {
    problems.push({ kind: 'storage-unreadable', key, message: `reading failed: ${errorText(error)}` });
    return null;
  }
}

/**
 * The parsed JSON of `key`; undefined when absent, unreadable or not JSON (the last two listed in `problems`,
 * a corrupt record as "not JSON (…); <onCorrupt>").
 */
export function readStoredJSON(storage: KeyValueStorage, key: string, problems: ServerProblem[], onCorrupt: string): unknown {
  const raw = readStored(storage, key, problems);
  if (raw === null) return undefined;
  try {
    return JSON.parse(raw) as unknown;
  } catch (error) {
    problems.push({ kind: 'corrupt-record', key, message: `not JSON (${errorText(error)}); ${onCorrupt}` });
    return undefined;
  }
}

/**
 * Sets `key` to `value`, or removes it for null. Throws ChatError(STORAGE_WRITE_FAILED) when the storage
 * refuses, after listing the failure in `problems`, so the caller can leave memory alone.
 */
export function writeStored(storage: KeyValueStorage, key: string, value: string | null, problems: ServerProblem[]): void {
  try {
    if (value === null) storage.removeItem(key);
    else storage.setItem(key, value);
  } catch (error) {
    problems.push({ kind: 'storage-write', key, message: errorText(error) });
    throw new ChatError(
      LOCAL_CODE.STORAGE_WRITE_FAILED,
      `The local chat service could not save data (storage full or unavailable): ${errorText(error)}`,
      { key },
    );
  }
}

/** How commitWrites refuses a change the storage would not take: STORAGE_WRITE_FAILED naming `what`. */
export function storageRefusal(what: string): (reason: string, key: string) => ChatError {
  return (reason, key) =>
    new ChatError(LOCAL_CODE.STORAGE_WRITE_FAILED, `The local chat service could not save ${what} (storage full or unavailable): ${reason}`, { key });
}

/** One write of a multi-key change; a null value removes the key. */
export interface StorageWrite {
  key: string;
  value: string | null;
}

/**
 * Applies the writes in order. If one throws (quota, storage gone), the ones already made are put back as
 * they were and `refuse` builds the ChatError the call rejects with, so storage, like memory, keeps the
 * state before the change. The failure (and any failed restore) is listed in `problems`.
 */
export function commitWrites(
  storage: KeyValueStorage,
  writes: readonly StorageWrite[],
  problems: ServerProblem[],
  refuse: (reason: string, key: string) => ChatError,
): void {
  const done: Array<{ key: string; previous: string | null }> = [];
  let current = '';
  try {
    for (const write of writes) {
      current = write.key;
      const previous = storage.getItem(write.key);
      if (write.value === null) storage.removeItem(write.key);
      else storage.setItem(write.key, write.value);
      done.push({ key: write.key, previous });
    }
  } catch (error) {
    for (const { key, previous } of done.reverse()) {
      try {
        if (previous === null) storage.removeItem(key);
        else storage.setItem(key, previous);
      } catch (restoreError) {
        problems.push({ kind: 'storage-write', key, message: `could not restore after a failed change: ${errorText(restoreError)}` });
      }
    }
    problems.push({ kind: 'storage-write', key: current, message: errorText(error) });
    throw refuse(errorText(error), current);
  }
}
