import type { UpdateMyProfileOptions } from '@/src/chat/port';
import { PROFILE_LIMITS } from '@/src/chat/rules/profile';
import { MAX_CUSTOM_STATUS_BYTES } from '@/src/chat/rules/status';
import type { Profile, UserStatus } from '@/src/chat/types';

/** What a focused edit page of my profile edits: a text field, my custom status, or a custom field. */
export type EditTarget =
  | { kind: 'text'; field: 'nick' | 'selfSignature' | 'location' }
  | { kind: 'status' }
  | { kind: 'custom'; key: string };

const TEXT_FIELDS = ['nick', 'selfSignature', 'location'] as const;

/** The page's query (`field`, and `key` for a custom field) as a target; null for anything else. */
export function editTarget(field: string, key: string): EditTarget | null {
  const text = TEXT_FIELDS.find((name) => name === field);
  if (text) return { kind: 'text', field: text };
  if (field === 'customStatus') return { kind: 'status' };
  if (field === 'custom' && key) return { kind: 'custom', key };
  return null;
}

/** The value the page starts from. */
export function currentValue(target: EditTarget, profile: Profile, status: UserStatus | null): string {
  if (target.kind === 'text') return profile[target.field];
  if (target.kind === 'status') return status?.customStatus ?? '';
  return profile.profileCustomField.find((field) => field.key === target.key)?.value ?? '';
}

/** The service's limit in UTF-8 bytes, shown as a hint as the text nears it. */
export function byteLimit(target: EditTarget): number {
  if (target.kind === 'status') return MAX_CUSTOM_STATUS_BYTES;
  if (target.kind === 'text' && target.field === 'location') return PROFILE_LIMITS.location;
  return PROFILE_LIMITS.text;
}

/** What updateMyProfile sends to store `value` (only this field); status is set through setSelfStatus. */
export function profileUpdate(target: Exclude<EditTarget, { kind: 'status' }>, value: string): UpdateMyProfileOptions {
  if (target.kind === 'text') return { [target.field]: value };
  return { profileCustomField: [{ key: target.key, value }] };
}
