import { useProfilesStore } from '@/src/stores/profiles';
import { useUserStatusStore } from '@/src/stores/user-status';
import { createLocalServer } from '@/src/chat/local';
import { flush } from './context';
import { signedIn } from './signed-in';

describe('profiles store', () => {
  it('names a person by nickname once known, else by userID', async () => {
    await signedIn('alice');
    const store = useProfilesStore();
    expect(store.nameOf('bob')).toBe('bob');
    await store.ensure(['bob', 'nobody-at-all']);
    expect(store.get('bob')?.nick).toBeTruthy();
    expect(store.nameOf('bob')).toBe(store.get('bob')?.nick);
    expect(store.nameOf('nobody-at-all')).toBe('nobody-at-all');
  });

  it('fetches in batches of at most 100 and never twice for a cached or in-flight user', async () => {
    const world = await signedIn('alice');
    const calls: number[] = [];
    const original = world.backend.chat.getUserProfile.bind(world.backend.chat);
    world.backend.chat.getUserProfile = (options) => {
      calls.push(options.userIDList.length);
      return original(options);
    };
    const ids = Array.from({ length: 250 }, (_, i) => `nobody${i}`).concat(['bob', 'carol']);
    const store = useProfilesStore();
    await Promise.all([store.ensure(ids), store.ensure(['bob', 'carol'])]);
    expect(calls).toEqual([100, 100, 52]);
    expect(store.get('bob')?.userID).toBe('bob');
    expect(store.isMissing('nobody3')).toBe(true);
    await store.ensure(ids);
    expect(calls).toHaveLength(3);
  });

  it('refreshes a cached profile on PROFILE_UPDATED', async () => {
    const server = createLocalServer({ seed: 'demo', maxInstancesPerUser: 2, defer: (run) => run() });
    await signedIn('alice', {}, server);
    const store = useProfilesStore();
    await store.ensure(['alice']);
    const phone = server.createClient();
    await phone.login({ userID: 'alice', userSig: 'local' });
    await flush();
    await phone.updateMyProfile({ nick: 'Alice on phone' });
    await flush();
    expect(store.get('alice')?.nick).toBe('Alice on phone');
  });
});

describe('user status store', () => {
  it('subscribes on the first watcher, unsubscribes after the last, and follows changes meanwhile', async () => {
    const world = await signedIn('alice');
    const store = useUserStatusStore();
    const stopCard = await store.watch(['bob']);
    const stopList = await store.watch(['bob', 'carol']);
    expect(store.watched().sort()).toEqual(['bob', 'carol']);

    const bob = world.server.createClient();
    await bob.login({ userID: 'bob', userSig: 'local' });
    await flush();
    await bob.setSelfStatus({ customStatus: 'lunch' });
    await flush();
    expect(store.get('bob')?.customStatus).toBe('lunch');
    expect(store.get('bob')?.statusType).toBe(1);

    await stopCard();
    expect(store.watched().sort()).toEqual(['bob', 'carol']);
    await stopList();
    expect(store.watched()).toEqual([]);
    await bob.setSelfStatus({ customStatus: 'back' });
    await flush();
    expect(store.get('bob')?.customStatus).toBe('lunch');
  });

  it('a watch that fails to subscribe counts nobody, so the next one subscribes afresh', async () => {
    const world = await signedIn('alice');
    const store = useUserStatusStore();
    const original = world.backend.chat.subscribeUserStatus.bind(world.backend.chat);
    world.backend.chat.subscribeUserStatus = () => Promise.reject(Object.assign(new Error('network'), { code: 2800 }));
    await expect(store.watch(['bob'])).rejects.toMatchObject({ code: 2800 });
    expect(store.watched()).toEqual([]);

    const subscribed: string[][] = [];
    world.backend.chat.subscribeUserStatus = (options) => {
      subscribed.push([...options.userIDList]);
      return original(options);
    };
    const stop = await store.watch(['bob']);
    expect(subscribed).toEqual([['bob']]);
    await stop();
    expect(store.watched()).toEqual([]);
  });
});
