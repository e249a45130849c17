import { byteLimit, currentValue, editTarget, profileUpdate } from '@/src/composables/profile-field';
import { useMyProfileStore } from '@/src/stores/profile';
import { signedIn } from './signed-in';

describe("a field of my profile on its edit page", () => {
  it('is named by the query, and nothing else is', () => {
    expect(editTarget('nick', '')).toEqual({ kind: 'text', field: 'nick' });
    expect(editTarget('customStatus', '')).toEqual({ kind: 'status' });
    expect(editTarget('custom', 'Tag_Profile_Custom_Test1')).toEqual({ kind: 'custom', key: 'Tag_Profile_Custom_Test1' });
    expect(editTarget('custom', '')).toBeNull();
    expect(editTarget('avatar', '')).toBeNull();
    expect(editTarget('role', '')).toBeNull();
  });

  it("knows the service's limit of each", () => {
    expect(byteLimit({ kind: 'text', field: 'location' })).toBe(16);
    expect(byteLimit({ kind: 'text', field: 'nick' })).toBe(500);
    expect(byteLimit({ kind: 'status' })).toBe(100);
    expect(byteLimit({ kind: 'custom', key: 'Tag_Profile_Custom_Test1' })).toBe(500);
  });

  it('starts from the stored value and sends only that field; a refused value changes nothing', async () => {
    const world = await signedIn('alice');
    const store = useMyProfileStore();
    await store.load();
    const profile = store.profile!;
    const custom = { kind: 'custom', key: 'Tag_Profile_Custom_Test1' } as const;
    expect(currentValue(custom, profile, null)).toBe('Cat person');
    expect(currentValue({ kind: 'text', field: 'location' }, profile, null)).toBe('Shanghai');
    expect(currentValue({ kind: 'status' }, profile, null)).toBe('');
    expect(profileUpdate(custom, 'Dog person')).toEqual({ profileCustomField: [{ key: 'Tag_Profile_Custom_Test1', value: 'Dog person' }] });

    await store.update(profileUpdate({ kind: 'text', field: 'nick' }, 'Alicia'));
    expect(world.server.peekProfile('alice')?.nick).toBe('Alicia');
    expect(world.server.peekProfile('alice')?.location).toBe('Shanghai');

    await expect(store.update(profileUpdate({ kind: 'text', field: 'nick' }, 'x'.repeat(300)))).rejects.toMatchObject({ code: 2721, field: 'nick' });
    expect(world.server.peekProfile('alice')?.nick).toBe('Alicia');
  });
});
