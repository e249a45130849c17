import { EVENT, TYPES } from '@/src/chat/constants';
import { LOCAL_CODE } from '@/src/chat/local';
import type { LocalClient, LocalServer } from '@/src/chat/local';
import type { UserStatus } from '@/src/chat/types';
import { loginReady, newServer, observedStorage, recordEvents, rejection } from './helpers';

const ONLINE = TYPES.USER_STATUS_ONLINE;
const UNLOGINED = TYPES.USER_STATUS_UNLOGINED;

function statusEvent(...data: UserStatus[]): { name: string; data: UserStatus[] } {
  return { name: EVENT.USER_STATUS_UPDATED, data };
}

describe('setSelfStatus', () => {
  it('resolves {userID, statusType:1, customStatus} and tells the own instances and subscribers only', async () => {
    const server = newServer({ maxInstancesPerUser: 2 });
    const a1 = await loginReady(server, 'alice');
    const a2 = await loginReady(server, 'alice');
    const bob = await loginReady(server, 'bob');
    const carol = await loginReady(server, 'carol');
    await bob.subscribeUserStatus({ userIDList: ['alice'] });
    const seen = [a1, a2, bob, carol].map((client) => recordEvents(client, EVENT.USER_STATUS_UPDATED));

    const response = await a1.setSelfStatus({ customStatus: 'busy' });
    expect(response).toEqual({ code: 0, data: { userID: 'alice', statusType: ONLINE, customStatus: 'busy' } });
    expect(seen[0]).toHaveLength(0); // a push: it arrives after the call resolved
    await server.settle();

    const expected = [statusEvent({ userID: 'alice', statusType: ONLINE, customStatus: 'busy' })];
    expect(seen[0]).toEqual(expected);
    expect(seen[1]).toEqual(expected);
    expect(seen[2]).toEqual(expected);
    expect(seen[3]).toEqual([]);
    expect(server.peekStatus('alice')).toEqual({ userID: 'alice', statusType: ONLINE, customStatus: 'busy' });
  });

  it("clears with '' and accepts exactly 100 bytes", async () => {
    const server = newServer();
    const alice = await loginReady(server, 'alice');
    await alice.setSelfStatus({ customStatus: '忙'.repeat(33) + 'a' }); // 100 bytes
    expect(server.peekStatus('alice')?.customStatus).toBe('忙'.repeat(33) + 'a');
    await alice.setSelfStatus({ customStatus: '' });
    expect(server.peekStatus('alice')?.customStatus).toBe('');
  });

  it.each([
    ['over 100 bytes', { customStatus: 'a'.repeat(101) }, LOCAL_CODE.ACCOUNT_INVALID_PARAM],
    ['not a string', { customStatus: 5 }, LOCAL_CODE.PARAMS_VALIDATE_FAILED],
    ['missing', {}, LOCAL_CODE.PARAMS_VALIDATE_FAILED],
  ])('refuses a customStatus %s and changes nothing', async (_, options, code) => {
    const storage = observedStorage();
    const server = newServer({ storage });
    const alice = await loginReady(server, 'alice');
    await alice.setSelfStatus({ customStatus: 'before' });
    await server.settle();
    const seen = recordEvents(alice, EVENT.USER_STATUS_UPDATED);
    const before = storage.dump();
    const error = await rejection(alice.setSelfStatus(options as { customStatus: string }));
    await server.settle();
    expect(error.code).toBe(code);
    expect(storage.dump()).toEqual(before);
    expect(server.peekStatus('alice')?.customStatus).toBe('before');
    expect(seen).toHaveLength(0);
  });
});

describe('getUserStatus', () => {
  async function world(): Promise<{ server: LocalServer; alice: LocalClient }> {
    const server = newServer({ seed: 'demo' });
    const alice = await loginReady(server, 'alice');
    await loginReady(server, 'bob');
    const carol = await loginReady(server, 'carol');
    await carol.setSelfStatus({ customStatus: 'away' });
    await carol.logout();
    return { server, alice };
  }

  it('answers self (online), online, logged-out and never-logged-in users; unknown users fail', async () => {
    const { alice } = await world();
    const { code, data } = await alice.getUserStatus({ userIDList: ['bob', 'carol', 'nobody', 'alice', 'heidi'] });
    expect(code).toBe(0);
    expect(data.successUserList).toEqual([
      { userID: 'alice', statusType: ONLINE, customStatus: 'Working from home' },
      { userID: 'bob', statusType: ONLINE, customStatus: '开会中' },
      { userID: 'carol', statusType: UNLOGINED, customStatus: 'away' },
      { userID: 'heidi', statusType: UNLOGINED, customStatus: '' },
    ]);
    expect(data.failureUserList).toEqual([
      { userID: 'nobody', code: LOCAL_CODE.ACCOUNT_NOT_FOUND, message: expect.stringContaining('nobody') },
    ]);
  });

  it('answers a list of only self without failures', async () => {
    const { alice } = await world();
    await expect(alice.getUserStatus({ userIDList: ['alice'] })).resolves.toEqual({
      code: 0,
      data: { successUserList: [{ userID: 'alice', statusType: ONLINE, customStatus: 'Working from home' }], failureUserList: [] },
    });
  });

  it('cuts the list after 500 IDs', async () => {
    const { alice } = await world();
    const ids = Array.from({ length: 503 }, (_, i) => `ghost${i}`);
    const { data } = await alice.getUserStatus({ userIDList: ids });
    expect(data.failureUserList).toHaveLength(500);
    expect(data.failureUserList[499].userID).toBe('ghost499');
  });

  it.each([
    ['an empty list', { userIDList: [] }],
    ['a non-array', { userIDList: 'bob' }],
    ['no list', {}],
  ])('rejects %s like the SDK schema', async (_, options) => {
    const { alice } = await world();
    const error = await rejection(alice.getUserStatus(options as { userIDList: string[] }));
    expect(error.code).toBe(LOCAL_CODE.PARAMS_VALIDATE_FAILED);
  });
});

describe('subscriptions and the status lifecycle', () => {
  it('tells a subscriber when the user logs in, changes custom status and logs out', async () => {
    const server = newServer({ seed: 'demo' });
    const bob = await loginReady(server, 'bob');
    const seen = recordEvents(bob, EVENT.USER_STATUS_UPDATED);
    await expect(bob.subscribeUserStatus({ userIDList: ['alice'] })).resolves.toEqual({
      code: 0,
      data: { failureUserList: [] },
    });

    const alice = await loginReady(server, 'alice');
    expect(seen).toEqual([statusEvent({ userID: 'alice', statusType: ONLINE, customStatus: 'Working from home' })]);

    await alice.setSelfStatus({ customStatus: 'lunch' });
    await server.settle();
    expect(seen[1]).toEqual(statusEvent({ userID: 'alice', statusType: ONLINE, customStatus: 'lunch' }));

    await alice.logout();
    await server.settle();
    expect(seen[2]).toEqual(statusEvent({ userID: 'alice', statusType: UNLOGINED, customStatus: 'lunch' }));
    expect(seen).toHaveLength(3);
    expect(server.peekStatus('alice')?.statusType).toBe(UNLOGINED);
  });

  it('does not report a second instance or a kick, only the last instance leaving', async () => {
    const server = newServer({ maxInstancesPerUser: 2 });
    const bob = await loginReady(server, 'bob');
    await loginReady(server, 'alice');
    await bob.subscribeUserStatus({ userIDList: ['alice'] });
    const seen = recordEvents(bob, EVENT.USER_STATUS_UPDATED);

    const a2 = await loginReady(server, 'alice');
    await loginReady(server, 'alice'); // kicks the first instance
    expect(seen).toHaveLength(0);

    await a2.logout();
    await server.settle();
    expect(seen).toHaveLength(0);
    expect(server.peekStatus('alice')?.statusType).toBe(ONLINE);
  });

  it('reports unknown users as failures, cuts after 100 IDs, and keeps the rest', async () => {
    const server = newServer({ seed: 'demo' });
    const bob = await loginReady(server, 'bob');
    const ghosts = Array.from({ length: 101 }, (_, i) => `ghost${i}`);
    const { data } = await bob.subscribeUserStatus({ userIDList: ['carol', ...ghosts] });
    expect(data.failureUserList).toHaveLength(99);
    expect(data.failureUserList[0]).toEqual({
      userID: 'ghost0',
      code: LOCAL_CODE.ACCOUNT_NOT_FOUND,
      message: expect.any(String),
    });
    const seen = recordEvents(bob, EVENT.USER_STATUS_UPDATED);
    await loginReady(server, 'carol');
    expect(seen).toHaveLength(1);
  });

  it('rejects an empty or non-array subscribe list like the SDK schema', async () => {
    const server = newServer();
    const bob = await loginReady(server, 'bob');
    for (const userIDList of [[], 'alice', undefined]) {
      const error = await rejection(bob.subscribeUserStatus({ userIDList } as unknown as { userIDList: string[] }));
      expect(error.code).toBe(LOCAL_CODE.PARAMS_VALIDATE_FAILED);
    }
  });

  it('stops events after unsubscribing one user', async () => {
    const server = newServer({ seed: 'demo' });
    const bob = await loginReady(server, 'bob');
    await bob.subscribeUserStatus({ userIDList: ['alice', 'carol'] });
    await expect(bob.unsubscribeUserStatus({ userIDList: ['alice', 'ghost'] })).resolves.toEqual({
      code: 0,
      data: { failureUserList: [{ userID: 'ghost', code: LOCAL_CODE.ACCOUNT_NOT_FOUND, message: expect.any(String) }] },
    });
    const seen = recordEvents(bob, EVENT.USER_STATUS_UPDATED);
    await loginReady(server, 'alice');
    await loginReady(server, 'carol');
    expect(seen.map((event) => event.data[0].userID)).toEqual(['carol']);
  });

  it.each([
    ['no options', undefined],
    ['undefined list', { userIDList: undefined }],
    ['empty list', { userIDList: [] }],
  ])('unsubscribes from everyone with %s', async (_, options) => {
    const server = newServer({ seed: 'demo' });
    const bob = await loginReady(server, 'bob');
    await bob.subscribeUserStatus({ userIDList: ['alice', 'carol'] });
    await expect(bob.unsubscribeUserStatus(options)).resolves.toEqual({ code: 0, data: { failureUserList: [] } });
    const seen = recordEvents(bob, EVENT.USER_STATUS_UPDATED);
    await loginReady(server, 'alice');
    await loginReady(server, 'carol');
    expect(seen).toHaveLength(0);
  });

  it('rejects a non-array unsubscribe list', async () => {
    const server = newServer();
    const bob = await loginReady(server, 'bob');
    const error = await rejection(bob.unsubscribeUserStatus({ userIDList: 'alice' } as unknown as { userIDList: string[] }));
    expect(error.code).toBe(LOCAL_CODE.PARAMS_VALIDATE_FAILED);
  });

  it('keeps subscriptions on the account: a later instance of the subscriber still hears', async () => {
    const server = newServer({ seed: 'demo' });
    const bob = await loginReady(server, 'bob');
    await bob.subscribeUserStatus({ userIDList: ['alice'] });
    await bob.logout();
    const bobAgain = await loginReady(server, 'bob');
    const seen = recordEvents(bobAgain, EVENT.USER_STATUS_UPDATED);
    await loginReady(server, 'alice');
    expect(seen).toHaveLength(1);
  });

  it('sends nothing to a subscriber that is logged out', async () => {
    const server = newServer({ seed: 'demo' });
    const bob = await loginReady(server, 'bob');
    await bob.subscribeUserStatus({ userIDList: ['alice'] });
    const seen = recordEvents(bob, EVENT.USER_STATUS_UPDATED);
    const alice = server.createClient();
    await alice.login({ userID: 'alice', userSig: 'sig' });
    await bob.logout(); // before the push is delivered
    await server.settle();
    expect(seen).toHaveLength(0);
  });
});
