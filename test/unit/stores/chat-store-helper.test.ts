import { TYPES, EVENT } from '@/src/chat/constants';
import type { ChatEventName } from '@/src/chat/types';
import { bindChatEvents, loadState } from '@/src/stores/helpers/chat-store';
import { useBlocklistStore } from '@/src/stores/blocklist';
import { useGroupsStore } from '@/src/stores/groups';
import { useMembersStore } from '@/src/stores/members';
import { useProfilesStore } from '@/src/stores/profiles';
import { useSessionStore } from '@/src/stores/session';
import { flush, installWorld } from './context';
import { signedIn } from './signed-in';

const ALL_HANDS = '@TGS#3DEMOALLHANDS';
const COFFEE = '@TGS#2DEMOPUBLIC';

/** A promise the test settles when it chooses. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((ok, fail) => {
    resolve = ok;
    reject = fail;
  });
  return { promise, resolve, reject };
}

const offline = () => Object.assign(new Error('offline'), { code: 2800 });

describe('loadState', () => {
  it('is loading while a fetch is on its way, then applies the answer', async () => {
    const state = loadState();
    const answer = deferred<string>();
    const applied: string[] = [];
    const running = state.run(() => answer.promise, (value) => applied.push(value));
    expect(state.loading.value).toBe(true);
    answer.resolve('list');
    await running;
    expect(applied).toEqual(['list']);
    expect(state.loading.value).toBe(false);
    expect(state.error.value).toBeNull();
  });

  it('keeps a failure as code and message instead of rejecting, and applies nothing', async () => {
    const state = loadState();
    const applied: unknown[] = [];
    await expect(state.run(() => Promise.reject(offline()), (value) => applied.push(value))).resolves.toBeUndefined();
    expect(state.error.value).toEqual({ code: 2800, message: 'offline' });
    expect(state.loading.value).toBe(false);
    expect(applied).toEqual([]);
  });

  it('keeps the last failure while a retry is on its way and clears it once one succeeds', async () => {
    const state = loadState();
    await state.run(() => Promise.reject(offline()));
    const retry = deferred<number>();
    const running = state.run(() => retry.promise);
    expect(state.loading.value).toBe(true);
    expect(state.error.value).toMatchObject({ code: 2800 });
    retry.resolve(1);
    await running;
    expect(state.error.value).toBeNull();
  });

  it('records a failure of applying the answer as the load failing', async () => {
    const state = loadState();
    await state.run(
      () => Promise.resolve(1),
      () => {
        throw offline();
      },
    );
    expect(state.error.value).toMatchObject({ code: 2800, message: 'offline' });
  });

  it('drops what an invalidated load answers, and lets the next load run to its own end', async () => {
    const state = loadState();
    const stale = deferred<string>();
    const staleFailure = deferred<string>();
    const fresh = deferred<string>();
    const applied: string[] = [];
    const apply = (value: string) => applied.push(value);
    const first = state.run(() => stale.promise, apply);
    const second = state.run(() => staleFailure.promise, apply);
    state.invalidate();
    expect(state.loading.value).toBe(false);

    const third = state.run(() => fresh.promise, apply);
    stale.resolve('old');
    staleFailure.reject(offline());
    await Promise.all([first, second]);
    // The stale loads end without touching the state the fresh one owns.
    expect(applied).toEqual([]);
    expect(state.loading.value).toBe(true);
    expect(state.error.value).toBeNull();

    fresh.resolve('new');
    await third;
    expect(applied).toEqual(['new']);
    expect(state.loading.value).toBe(false);
  });

  it('forgets the failure of a load that no longer counts', async () => {
    const state = loadState();
    await state.run(() => Promise.reject(offline()));
    state.invalidate();
    expect(state.error.value).toBeNull();
  });
});

describe('bindChatEvents', () => {
  /** Counts the handlers subscribed per event on the world's chat port. */
  function countSubscriptions(world: ReturnType<typeof installWorld>): Map<ChatEventName, number> {
    const counts = new Map<ChatEventName, number>();
    const { chat } = world.backend;
    const original = chat.on.bind(chat);
    chat.on = (name, handler) => {
      counts.set(name, (counts.get(name) ?? 0) + 1);
      original(name, handler);
    };
    return counts;
  }

  it('subscribes on the first bind only, however often it is called', async () => {
    const world = await signedIn('alice');
    const counts = countSubscriptions(world);
    const listened: unknown[] = [];
    const bind = bindChatEvents({
      listen: (chat) => {
        listened.push(chat);
        chat.on(EVENT.BLACKLIST_UPDATED, () => undefined);
      },
      signedOut: () => undefined,
    });
    expect(listened).toHaveLength(0);
    bind();
    bind();
    bind();
    expect(listened).toEqual([world.backend.chat]);
    expect(counts.get(EVENT.BLACKLIST_UPDATED)).toBe(1);
    expect(counts.get(EVENT.SDK_NOT_READY)).toBe(1);
  });

  it('runs signedOut when the service stops being ready (sign-out)', async () => {
    await signedIn('alice');
    let signedOut = 0;
    bindChatEvents({ listen: () => undefined, signedOut: () => (signedOut += 1) })();
    await useSessionStore().logout();
    await flush();
    expect(signedOut).toBe(1);
  });

  it('gives each store one subscription, however many loads and actions it runs', async () => {
    const world = installWorld();
    const counts = countSubscriptions(world);
    await useSessionStore().start();
    await useSessionStore().login('alice');
    // The blocklist fills the profiles store, which binds its own events: bind that one first.
    await useProfilesStore().ensure([]);
    const before = counts.get(EVENT.SDK_NOT_READY) ?? 0;
    const blocklist = useBlocklistStore();
    await Promise.all([blocklist.load(), blocklist.load()]);
    await blocklist.block(['bob']);
    expect(counts.get(EVENT.BLACKLIST_UPDATED)).toBe(1);
    expect((counts.get(EVENT.SDK_NOT_READY) ?? 0) - before).toBe(1);
  });
});

describe('loads in the stores', () => {
  it('blocklist: a failed load is kept as the error, and a later load clears it', async () => {
    const world = await signedIn('alice');
    const store = useBlocklistStore();
    const original = world.backend.chat.getBlacklist.bind(world.backend.chat);
    world.backend.chat.getBlacklist = () => Promise.reject(offline());
    await store.load();
    expect(store.error).toEqual({ code: 2800, message: 'offline' });
    expect(store.loading).toBe(false);
    expect(store.loaded).toBe(false);
    world.backend.chat.getBlacklist = original;
    await store.load();
    expect(store.error).toBeNull();
    expect(store.userIDs).toEqual(['mallory']);
  });

  it('groups: a fetch answered with older data never overwrites a pushed list', async () => {
    const world = await signedIn('alice');
    const store = useGroupsStore();
    await store.load();
    const older = await world.backend.chat.getGroupList();
    const answer = deferred<typeof older>();
    world.backend.chat.getGroupList = () => answer.promise;
    const loading = store.load();
    expect(store.loading).toBe(true);

    // Creating a group pushes GROUP_LIST_UPDATED with it while the fetch above is still on its way.
    const { group } = await store.create({ type: TYPES.GRP_WORK, name: 'Fresh' });
    await flush();
    expect(store.byID.has(group.groupID)).toBe(true);

    answer.resolve(older);
    await loading;
    expect(store.byID.has(group.groupID)).toBe(true);
    expect(store.loading).toBe(false);
    expect(store.loaded).toBe(true);
  });

  it('members: opening another list while a page is on its way loads the new list, never the old page', async () => {
    const world = await signedIn('alice');
    const store = useMembersStore();
    const { chat } = world.backend;
    const original = chat.getGroupMemberList.bind(chat);
    const held = deferred<void>();
    let first = true;
    chat.getGroupMemberList = async (options) => {
      const page = await original(options);
      // The first page of everyone (owner and admins come by their role filter, unheld).
      if (first && !options.role) {
        first = false;
        await held.promise;
      }
      return page;
    };
    const everyone = store.open(ALL_HANDS);
    await flush();
    expect(store.loading).toBe(true);

    const coffee = store.open(COFFEE);
    held.resolve();
    await Promise.all([everyone, coffee]);
    expect(store.loading).toBe(false);
    expect(store.groupID).toBe(COFFEE);
    expect(store.count).toBe(17);
    // Nobody of the 6000-member group's page came in.
    expect(store.members.some((member) => member.userID.startsWith('member'))).toBe(false);
    expect(store.pagesFetched).toBe(1);
  });
});
