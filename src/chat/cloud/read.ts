import { isRecord } from '../guards';

/*
 * Readers for the SDK's objects, which index.d.ts types `any` (payloads, conversations, friends). Each reads one
 * field as the type our shapes need, with the blank value the SDK itself starts from when the field is missing.
 */

export type Fields = Record<string, unknown>;

/** The object's own fields, or none. */
export function fields(value: unknown): Fields {
  return isRecord(value) ? value : {};
}

export function text(value: unknown, blank = ''): string {
  return typeof value === 'string' ? value : blank;
}

/** Numbers, and the numeric strings some server fields arrive as. */
export function count(value: unknown, blank = 0): number {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) return Number(value);
  return blank;
}

/** true only for true (or 1, which several server flags use). */
export function flag(value: unknown): boolean {
  return value === true || value === 1;
}

export function texts(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

export function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** `{ key, value }` entries (custom fields), values as strings. */
export function keyValues(value: unknown): Array<{ key: string; value: string }> {
  return list(value).map((item) => {
    const entry = fields(item);
    return { key: text(entry.key), value: text(entry.value, String(entry.value ?? '')) };
  });
}
