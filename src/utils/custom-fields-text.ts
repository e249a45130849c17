import type { CustomField } from '@/src/chat/types';

/** Custom fields as one line a person can edit: `key=value, key2=value2`. */
export function fieldsToText(fields: readonly CustomField[]): string {
  return fields.map((field) => `${field.key}=${field.value}`).join(', ');
}

export type FieldEdit = { changes: CustomField[] } | { malformed: string };

/**
 * The edited line as what to send: new and changed keys with their value, and keys no longer there with ''
 * (the service deletes a key set to ''; keys it is not sent stay as they were). `malformed` names the first
 * part that is not `key=value`. A value may contain '='; commas (also the full-width one) separate parts.
 */
export function fieldEditFromText(before: readonly CustomField[], text: string): FieldEdit {
  const edited = new Map<string, string>();
  for (const part of text.split(/[,，]/)) {
    const trimmed = part.trim();
    if (trimmed === '') continue;
    const at = trimmed.indexOf('=');
    const key = at < 0 ? '' : trimmed.slice(0, at).trim();
    if (key === '') return { malformed: trimmed };
    edited.set(key, trimmed.slice(at + 1).trim());
  }
  const old = new Map(before.map((field) => [field.key, field.value]));
  const changes: CustomField[] = [];
  for (const [key, value] of edited) if (old.get(key) !== value) changes.push({ key, value });
  for (const key of old.keys()) if (!edited.has(key)) changes.push({ key, value: '' });
  return { changes };
}
