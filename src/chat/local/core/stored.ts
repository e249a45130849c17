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
