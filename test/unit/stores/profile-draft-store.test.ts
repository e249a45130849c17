import { useProfileDraft } from '@/src/composables/useProfileDraft';
import { useMyProfileStore } from '@/src/stores/profile';
import { useSessionStore } from '@/src/stores/session';
import { flush, installWorld } from './context';

describe('profile form state over the local service', () => {
  it('becomes dirty on an edit, saves only the change, and keeps a refused edit', async () => {
    const world = installWorld();
    await useSessionStore().login('alice');
    const store = useMyProfileStore();
    await store.load();
    const form = useProfileDraft();
    await flush();
    expect(form.draft.value?.nick).toBe('Alice');
    expect(form.dirty.value).toBe(false);

    form.draft.value!.nick = 'Alicia';
    expect(form.dirty.value).toBe(true);
    expect(form.changes.value).toEqual({ nick: 'Alicia' });
    expect(await form.save()).toBe(true);
    await flush();
    expect(world.server.peekProfile('alice')?.nick).toBe('Alicia');
    expect(form.dirty.value).toBe(false);

    form.draft.value!.nick = 'x'.repeat(300);
    expect(await form.save()).toBe(false);
    expect(form.error.value).toMatchObject({ code: 2721, field: 'nick' });
    expect(form.draft.value?.nick).toBe('x'.repeat(300));
    expect(world.server.peekProfile('alice')?.nick).toBe('Alicia');
  });
});
