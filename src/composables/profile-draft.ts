import type { UpdateMyProfileOptions } from '@/src/chat/port';
import type { CustomField, Profile } from '@/src/chat/types';

/** What the profile form edits. Numbers the user types stay text until they are sent. */
export interface ProfileDraft {
  nick: string;
  gender: Profile['gender'];
  selfSignature: string;
  allowType: Profile['allowType'];
  birthday: number;
  location: string;
  language: string;
  messageSettings: number;
  custom: CustomField[];
}

export function draftFrom(profile: Profile): ProfileDraft {
  return {
    nick: profile.nick,
    gender: profile.gender,
    selfSignature: profile.selfSignature,
    allowType: profile.allowType,
    birthday: profile.birthday,
    location: profile.location,
    language: String(profile.language),
    messageSettings: profile.messageSettings,
    custom: profile.profileCustomField.map((field) => ({ ...field })),
  };
}

const SIMPLE_FIELDS = ['nick', 'gender', 'selfSignature', 'allowType', 'birthday', 'location', 'messageSettings'] as const;

/** The updateMyProfile options that turn `base` into `draft`: only what changed is sent. */
export function draftChanges(base: ProfileDraft, draft: ProfileDraft): UpdateMyProfileOptions {
  const changes: Record<string, unknown> = {};
  for (const field of SIMPLE_FIELDS) {
    if (draft[field] !== base[field]) changes[field] = draft[field];
  }
  if (draft.language.trim() !== base.language) {
    changes.language = draft.language.trim() === '' ? 0 : Number(draft.language.trim());
  }
  const before = new Map(base.custom.map((field) => [field.key, field.value]));
  const custom = draft.custom.filter((field) => field.key !== '' && before.get(field.key) !== field.value);
  // A field taken out of the form is cleared on the service, which stores an empty value as "not set".
  const kept = new Set(draft.custom.map((field) => field.key));
  for (const field of base.custom) {
    if (!kept.has(field.key) && field.value !== '') custom.push({ key: field.key, value: '' });
  }
  if (custom.length > 0) changes.profileCustomField = custom.map((field) => ({ ...field }));
  return changes as UpdateMyProfileOptions;
}

/**
 * Applies a newer profile (saved here or changed on another instance) without losing what the user is
 * typing: a field keeps its draft value wherever it differs from the old baseline.
 */
export function rebaseDraft(oldBase: ProfileDraft, draft: ProfileDraft, newBase: ProfileDraft): ProfileDraft {
  const next = { ...newBase, custom: newBase.custom.map((field) => ({ ...field })) };
  for (const field of SIMPLE_FIELDS) {
    if (draft[field] !== oldBase[field]) (next as Record<string, unknown>)[field] = draft[field];
  }
  if (draft.language !== oldBase.language) next.language = draft.language;
  const oldValues = new Map(oldBase.custom.map((field) => [field.key, field.value]));
  for (const field of draft.custom) {
    if (oldValues.get(field.key) === field.value) continue;
    const existing = next.custom.find((item) => item.key === field.key);
    if (existing) existing.value = field.value;
    else next.custom.push({ ...field });
  }
  return next;
}
