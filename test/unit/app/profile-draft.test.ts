import { TYPES } from '@/src/chat/constants';
import type { Profile } from '@/src/chat/types';
import { defaultProfile } from '@/src/chat/local/profile-rules';
import { draftChanges, draftFrom, rebaseDraft } from '@/src/composables/profile-draft';

function profile(overrides: Partial<Profile> = {}): Profile {
  return {
    ...defaultProfile('alice', 0),
    nick: 'Alice',
    gender: TYPES.GENDER_FEMALE,
    birthday: 19990101,
    location: 'SZ',
    selfSignature: 'hi',
    profileCustomField: [{ key: 'Tag_Profile_Custom_Test1', value: 'one' }],
    ...overrides,
  };
}

describe('profile draft', () => {
  it('sends only what changed', () => {
    const base = draftFrom(profile());
    const draft = { ...draftFrom(profile()), nick: 'Alicia', language: '7' };
    expect(draftChanges(base, draft)).toEqual({ nick: 'Alicia', language: 7 });
    expect(draftChanges(base, draftFrom(profile()))).toEqual({});
  });

  it('sends changed, added and removed custom fields', () => {
    const base = draftFrom(profile());
    const changed = draftFrom(profile());
    changed.custom[0].value = 'uno';
    changed.custom.push({ key: 'Tag_Profile_Custom_Test2', value: 'two' });
    expect(draftChanges(base, changed).profileCustomField).toEqual([
      { key: 'Tag_Profile_Custom_Test1', value: 'uno' },
      { key: 'Tag_Profile_Custom_Test2', value: 'two' },
    ]);
    const removed = { ...draftFrom(profile()), custom: [] };
    expect(draftChanges(base, removed).profileCustomField).toEqual([{ key: 'Tag_Profile_Custom_Test1', value: '' }]);
  });

  it('keeps typed edits when a newer profile arrives, and takes the rest', () => {
    const oldBase = draftFrom(profile());
    const draft = { ...draftFrom(profile()), nick: 'typed by me' };
    const newBase = draftFrom(profile({ nick: 'changed elsewhere', location: 'BJ' }));
    const next = rebaseDraft(oldBase, draft, newBase);
    expect(next.nick).toBe('typed by me');
    expect(next.location).toBe('BJ');
  });
});
