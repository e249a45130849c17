import { EVENT } from '@/src/chat/constants';
import { LOCAL_CODE, createMemoryStorage } from '@/src/chat/local';
import type { LocalServer } from '@/src/chat/local';
import type { BlacklistOptions } from '@/src/chat/port';
import { loginReady, newServer, observedStorage, recordEvents, rejection } from './helpers';

/** A storage that already knows these accounts (an empty profile reads as the defaults). */
function storageWithUsers(userIDs: readonly string[]) {
  return createMemoryStorage(Object.fromEntries(userIDs.map((id) => [`chat:user:${id}`, '{"profile":{}}'])));
}

function userRange(count: number, from = 0): string[] {
  return Array.from({ length: count }, (_, index) => `u${from + index}`);
}

function world(userIDs = ['alice', 'bob', 'carol', 'dave']): LocalServer {
  return newServer({ storage: storageWithUsers(userIDs) });
}

describe('getBlacklist / addToBlacklist / removeFromBlacklist', () => {
  it('answers the whole list, in the order users were blocked, on every call', async () => {
    const alice = await loginReady(world(), 'alice');
    expect(await alice.getBlacklist()).toEqual({ code: 0, data: [] });
    expect(await alice.addToBlacklist({ userIDList: ['carol'] })).toEqual({ code: 0, data: ['carol'] });
    expect(await alice.addToBlacklist({ userIDList: ['bob', 'carol'] })).toEqual({ code: 0, data: ['carol', 'bob'] });
    expect(await alice.removeFromBlacklist({ userIDList: ['carol'] })).toEqual({ code: 0, data: ['bob'] });
    expect(await alice.getBlacklist()).toEqual({ code: 0, data: ['bob'] });
  });

  it('pushes BLACKLIST_UPDATED with the whole list to every instance of the account, the caller included', async () => {
    const server = newServer({ storage: storageWithUsers(['alice', 'bob', 'carol']), maxInstancesPerUser: 2 });
    const a1 = await loginReady(server, 'alice');
    const a2 = await loginReady(server, 'alice');
    const bob = await loginReady(server, 'bob');
    const seen = [a1, a2, bob].map((client) => recordEvents(client, EVENT.BLACKLIST_UPDATED));

    await a1.addToBlacklist({ userIDList: ['bob', 'carol'] });
    expect(seen[0]).toEqual([]); // a push: after the call resolved
    await server.settle();
    const expected = [{ name: EVENT.BLACKLIST_UPDATED, data: ['bob', 'carol'] }];
    expect(seen[0]).toEqual(expected);
    expect(seen[1]).toEqual(expected);
    expect(seen[2]).toEqual([]);

    await a2.removeFromBlacklist({ userIDList: ['bob'] });
    await server.settle();
    expect(seen[0][1]).toEqual({ name: EVENT.BLACKLIST_UPDATED, data: ['carol'] });
    expect(seen[1][1]).toEqual({ name: EVENT.BLACKLIST_UPDATED, data: ['carol'] });
  });

  it('announces the stored list while logging in, before SDK_READY, even when it is empty', async () => {
    const server = world();
    const first = await loginReady(server, 'alice');
    await first.addToBlacklist({ userIDList: ['bob'] });
    await first.logout();

    const order: string[] = [];
    const again = server.createClient();
    again.on(EVENT.BLACKLIST_UPDATED, (event) => order.push(`blacklist:${event.data.join(',')}`));
    again.on(EVENT.SDK_READY, () => order.push('ready'));
    await again.login({ userID: 'alice', userSig: 'sig' });
    await server.settle();
    expect(order).toEqual(['blacklist:bob', 'ready']);

    const carol = server.createClient();
    const lists = recordEvents(carol, EVENT.BLACKLIST_UPDATED);
    await carol.login({ userID: 'carol', userSig: 'sig' });
    await server.settle();
    expect(lists).toEqual([{ name: EVENT.BLACKLIST_UPDATED, data: [] }]);
  });

  it('refuses blocking only yourself with 2742, and drops yourself from a longer list', async () => {
    const server = world();
    const alice = await loginReady(server, 'alice');
    const seen = recordEvents(alice, EVENT.BLACKLIST_UPDATED);
    expect((await rejection(alice.addToBlacklist({ userIDList: ['alice'] }))).code).toBe(2742);
    await server.settle();
    expect(seen).toEqual([]);
    expect(await alice.addToBlacklist({ userIDList: ['alice', 'bob', 'alice'] })).toEqual({ code: 0, data: ['bob'] });
  });

  it('leaves out unknown and already-blocked users without refusing the call or pushing', async () => {
    const server = world();
    const alice = await loginReady(server, 'alice');
    await alice.addToBlacklist({ userIDList: ['bob'] });
    await server.settle();
    const seen = recordEvents(alice, EVENT.BLACKLIST_UPDATED);
    expect(await alice.addToBlacklist({ userIDList: ['nobody', 'bob', 'bob'] })).toEqual({ code: 0, data: ['bob'] });
    expect(await alice.removeFromBlacklist({ userIDList: ['carol', 'nobody'] })).toEqual({ code: 0, data: ['bob'] });
    await server.settle();
    expect(seen).toEqual([]);
  });

  it.each([
    { api: 'addToBlacklist', what: 'an empty list', userIDList: [] as string[] },
    { api: 'addToBlacklist', what: 'more than 1000 IDs', userIDList: userRange(1001) },
    { api: 'addToBlacklist', what: 'a list that is empty once yourself is dropped', userIDList: ['alice', 'alice'] },
    { api: 'removeFromBlacklist', what: 'an empty list', userIDList: [] as string[] },
    { api: 'removeFromBlacklist', what: 'more than 1000 IDs', userIDList: userRange(1001) },
  ] as const)('$api refuses $what with 30001 and changes nothing', async ({ api, userIDList }) => {
    const storage = observedStorage({ 'chat:user:alice': '{"profile":{}}', 'chat:user:u0': '{"profile":{}}' });
    const server = newServer({ storage });
    const alice = await loginReady(server, 'alice');
    await alice.addToBlacklist({ userIDList: ['u0'] });
    const before = storage.dump();
    expect((await rejection(alice[api]({ userIDList: [...userIDList] }))).code).toBe(LOCAL_CODE.SNS_INVALID_PARAM);
    expect(storage.dump()).toEqual(before);
    expect((await alice.getBlacklist()).data).toEqual(['u0']);
  });

  it('accepts exactly 1000 IDs in one call', async () => {
    const ids = userRange(1000);
    const server = newServer({ storage: storageWithUsers(['owner', ...ids]) });
    const owner = await loginReady(server, 'owner');
    expect((await owner.addToBlacklist({ userIDList: ids })).data).toHaveLength(1000);
    expect((await owner.removeFromBlacklist({ userIDList: ids })).data).toEqual([]);
  });

  it('holds at most 1000 users: going past refuses the whole call with 30013', async () => {
    const ids = userRange(1002);
    const server = newServer({ storage: storageWithUsers(['owner', ...ids]) });
    const owner = await loginReady(server, 'owner');
    await owner.addToBlacklist({ userIDList: ids.slice(0, 999) });
    await server.settle();
    const seen = recordEvents(owner, EVENT.BLACKLIST_UPDATED);
    const error = await rejection(owner.addToBlacklist({ userIDList: ids.slice(999, 1001) }));
    expect(error.code).toBe(LOCAL_CODE.BLACKLIST_FULL);
    expect((await owner.getBlacklist()).data).toHaveLength(999);
    // Already-blocked IDs do not count twice: this reaches exactly 1000.
    expect((await owner.addToBlacklist({ userIDList: [ids[0], ids[999]] })).data).toHaveLength(1000);
    expect((await rejection(owner.addToBlacklist({ userIDList: [ids[1001]] }))).code).toBe(30013);
    await server.settle();
    expect(seen.map((event) => event.data.length)).toEqual([1000]);
  });

  it('refuses a userIDList that is not an array with the code-less params failure (-1)', async () => {
    const alice = await loginReady(world(), 'alice');
    const notAList = { userIDList: 'bob' } as unknown as BlacklistOptions;
    expect((await rejection(alice.addToBlacklist(notAList))).code).toBe(LOCAL_CODE.PARAMS_VALIDATE_FAILED);
    expect((await rejection(alice.removeFromBlacklist(notAList))).code).toBe(LOCAL_CODE.PARAMS_VALIDATE_FAILED);
  });

  it('refuses every blocklist call before SDK_READY with the not-ready reason', async () => {
    const client = world().createClient();
    expect((await rejection(client.getBlacklist())).code).toBe(LOCAL_CODE.NOT_LOGGED_IN);
    expect((await rejection(client.addToBlacklist({ userIDList: ['bob'] }))).code).toBe(LOCAL_CODE.NOT_LOGGED_IN);
    expect((await rejection(client.removeFromBlacklist({ userIDList: ['bob'] }))).code).toBe(LOCAL_CODE.NOT_LOGGED_IN);
  });
});

describe('blocklist storage', () => {
  it('keeps each list under chat:blacklist:<userID> across restarts, and drops the key when emptied', async () => {
    const storage = storageWithUsers(['alice', 'bob', 'carol']);
    const alice = await loginReady(newServer({ storage }), 'alice');
    await alice.addToBlacklist({ userIDList: ['carol', 'bob'] });
    expect(JSON.parse(storage.getItem('chat:blacklist:alice') ?? 'null')).toEqual({ v: 1, userIDs: ['carol', 'bob'] });

    const restarted = await loginReady(newServer({ storage }), 'alice');
    expect((await restarted.getBlacklist()).data).toEqual(['carol', 'bob']);
    await restarted.removeFromBlacklist({ userIDList: ['carol', 'bob'] });
    expect(storage.getItem('chat:blacklist:alice')).toBeNull();
  });

  it('reads a damaged list as what is still usable and reports it', async () => {
    const storage = storageWithUsers(['alice', 'bob', 'carol']);
    storage.setItem('chat:blacklist:alice', '{"v":1,"userIDs":["bob",7,"bob"]}');
    storage.setItem('chat:blacklist:bob', '{oops');
    const server = newServer({ storage });
    expect((await (await loginReady(server, 'alice')).getBlacklist()).data).toEqual(['bob']);
    expect((await (await loginReady(server, 'bob')).getBlacklist()).data).toEqual([]);
    expect(server.problems.map((problem) => [problem.kind, problem.key])).toEqual([
      ['repaired-record', 'chat:blacklist:alice'],
      ['corrupt-record', 'chat:blacklist:bob'],
    ]);
  });

  it('changes nothing and pushes nothing when the storage refuses the write', async () => {
    const storage = observedStorage({ 'chat:user:alice': '{"profile":{}}', 'chat:user:bob': '{"profile":{}}' });
    const server = newServer({ storage });
    const alice = await loginReady(server, 'alice');
    const seen = recordEvents(alice, EVENT.BLACKLIST_UPDATED);
    storage.failWrites = true;
    expect((await rejection(alice.addToBlacklist({ userIDList: ['bob'] }))).code).toBe(LOCAL_CODE.STORAGE_WRITE_FAILED);
    await server.settle();
    expect(seen).toEqual([]);
    expect((await alice.getBlacklist()).data).toEqual([]);
  });

  it("seeds the demo blocklists with seed: 'demo'", async () => {
    const server = newServer({ seed: 'demo' });
    expect((await (await loginReady(server, 'alice')).getBlacklist()).data).toEqual(['mallory']);
    expect((await (await loginReady(server, 'bob')).getBlacklist()).data).toEqual(['mallory', 'trent']);
    expect((await (await loginReady(server, 'carol')).getBlacklist()).data).toEqual([]);
  });
});
