import { EVENT, TYPES } from '@/src/chat/constants';
import { LOCAL_CODE } from '@/src/chat/local';
import type { LocalClient } from '@/src/chat/local';
import { T0, loginReady, newServer, recordEvents, rejection } from './helpers';

/** Every call the SDK refuses until it is ready, with arguments that would otherwise succeed. */
const guardedCalls: Array<[string, (client: LocalClient) => Promise<unknown>]> = [
  ['getMyProfile', (c) => c.getMyProfile()],
  ['getUserProfile', (c) => c.getUserProfile({ userIDList: ['x'] })],
  ['updateMyProfile', (c) => c.updateMyProfile({ nick: 'n' })],
  ['setSelfStatus', (c) => c.setSelfStatus({ customStatus: 's' })],
  ['getUserStatus', (c) => c.getUserStatus({ userIDList: ['x'] })],
  ['subscribeUserStatus', (c) => c.subscribeUserStatus({ userIDList: ['x'] })],
  ['unsubscribeUserStatus', (c) => c.unsubscribeUserStatus()],
];

describe('login', () => {
  it('resolves {code:0, data:{repeatLogin:false}} and becomes ready only afterwards', async () => {
    const server = newServer();
    const client = server.createClient();
    const ready = recordEvents(client, EVENT.SDK_READY);

    const response = await client.login({ userID: 'alice', userSig: 'sig' });

    expect(response).toEqual({ code: 0, data: { repeatLogin: false } });
    expect(ready).toHaveLength(0);
    expect(client.isReady()).toBe(false);
    expect(client.getLoginUser()).toBe('alice');
    await server.settle();
    expect(ready).toEqual([{ name: EVENT.SDK_READY, data: undefined }]);
    expect(client.isReady()).toBe(true);
  });

  it('creates the account with default profile on first login', async () => {
    const server = newServer();
    expect(server.userIDs()).toEqual([]);
    await loginReady(server, 'newbie');
    expect(server.userIDs()).toEqual(['newbie']);
    expect(server.peekProfile('newbie')).toMatchObject({ userID: 'newbie', nick: '', lastUpdatedTime: T0 });
  });

  it('answers a second login with repeatLogin:true and stays the first user, like the SDK', async () => {
    const server = newServer();
    const client = await loginReady(server, 'alice');
    await expect(client.login({ userID: 'alice', userSig: 'sig' })).resolves.toEqual({
      code: 0,
      data: { repeatLogin: true },
    });
    await expect(client.login({ userID: 'bob', userSig: 'sig' })).resolves.toEqual({
      code: 0,
      data: { repeatLogin: true },
    });
    expect(client.getLoginUser()).toBe('alice');
    expect(server.userIDs()).toEqual(['alice']);
  });

  it.each([
    ['missing userID', { userSig: 'sig' }],
    ['empty userID', { userID: '', userSig: 'sig' }],
    ['non-string userID', { userID: 42, userSig: 'sig' }],
    ['missing userSig', { userID: 'alice' }],
    ['empty userSig', { userID: 'alice', userSig: '' }],
    ['non-string userSig', { userID: 'alice', userSig: {} }],
  ])('refuses %s as the SDK schema does (code-less → PARAMS_VALIDATE_FAILED) and creates nothing', async (_, options) => {
    const server = newServer();
    const client = server.createClient();
    const error = await rejection(client.login(options as { userID: string; userSig: string }));
    expect(error.code).toBe(LOCAL_CODE.PARAMS_VALIDATE_FAILED);
    expect(error.message).toMatch(/Params validate failed/);
    expect(server.userIDs()).toEqual([]);
    expect(client.getLoginUser()).toBe('');
    expect((await rejection(client.getMyProfile())).code).toBe(LOCAL_CODE.NOT_LOGGED_IN);
  });

  it('accepts a 32-byte userID and refuses 33 bytes with 70402, counting UTF-8 bytes', async () => {
    const server = newServer();
    await loginReady(server, 'u'.repeat(32));
    await loginReady(server, '用'.repeat(10)); // 30 bytes

    for (const userID of ['u'.repeat(33), '用'.repeat(11)]) {
      const client = server.createClient();
      const error = await rejection(client.login({ userID, userSig: 'sig' }));
      expect(error.code).toBe(LOCAL_CODE.ACCOUNT_INVALID_PARAM);
      expect(server.userIDs()).not.toContain(userID);
      // The SDK remembers why it is not ready: the login failed.
      expect((await rejection(client.getMyProfile())).code).toBe(LOCAL_CODE.LOGIN_FAILED);
    }
  });
});

describe('calls before ready', () => {
  it.each(guardedCalls)('%s rejects with 2024 before any login and emits ERROR', async (_, call) => {
    const server = newServer();
    const client = server.createClient();
    const errors = recordEvents(client, EVENT.ERROR);
    const error = await rejection(call(client));
    expect(error.code).toBe(2024);
    expect(errors).toEqual([{ name: EVENT.ERROR, data: { code: 2024, message: error.message } }]);
  });

  it.each(guardedCalls)('%s rejects with 3000 (logging in) between login and SDK_READY', async (_, call) => {
    const server = newServer();
    const client = server.createClient();
    await client.login({ userID: 'alice', userSig: 'sig' });
    expect((await rejection(call(client))).code).toBe(LOCAL_CODE.LOGGING_IN);
  });

  it.each(guardedCalls)('%s rejects with 3005 after logout', async (_, call) => {
    const server = newServer();
    const client = await loginReady(server, 'alice');
    await client.logout();
    expect((await rejection(call(client))).code).toBe(LOCAL_CODE.LOGGED_OUT);
  });
});

describe('logout', () => {
  it('emits SDK_NOT_READY before resolving {code:0, data:{}}, and a second logout rejects 2024', async () => {
    const server = newServer();
    const client = await loginReady(server, 'alice');
    const notReady = recordEvents(client, EVENT.SDK_NOT_READY);
    const promise = client.logout();
    expect(notReady).toHaveLength(1);
    await expect(promise).resolves.toEqual({ code: 0, data: {} });
    expect(client.isReady()).toBe(false);
    expect(client.getLoginUser()).toBe('');
    expect(server.instanceCount('alice')).toBe(0);
    expect((await rejection(client.logout())).code).toBe(2024);
  });

  it('before SDK_READY cancels the pending SDK_READY', async () => {
    const server = newServer();
    const client = server.createClient();
    const ready = recordEvents(client, EVENT.SDK_READY);
    await client.login({ userID: 'alice', userSig: 'sig' });
    await client.logout();
    await server.settle();
    expect(ready).toHaveLength(0);
    expect(client.isReady()).toBe(false);
  });

  it('lets the client log in again, as another user', async () => {
    const server = newServer();
    const client = await loginReady(server, 'alice');
    await client.logout();
    await client.login({ userID: 'bob', userSig: 'sig' });
    await server.settle();
    expect(client.isReady()).toBe(true);
    expect((await client.getMyProfile()).data.userID).toBe('bob');
  });
});

describe('multiple instances', () => {
  it('kicks the oldest instance of the user with KICKED_OUT multipleAccount, then SDK_NOT_READY', async () => {
    const server = newServer();
    const first = await loginReady(server, 'alice');
    const names: string[] = [];
    const kicked = recordEvents(first, EVENT.KICKED_OUT);
    first.on(EVENT.KICKED_OUT, (event) => names.push(event.name));
    first.on(EVENT.SDK_NOT_READY, (event) => names.push(event.name));

    const second = await loginReady(server, 'alice');

    expect(kicked).toEqual([{ name: EVENT.KICKED_OUT, data: { type: TYPES.KICKED_OUT_MULT_ACCOUNT } }]);
    expect(names).toEqual([EVENT.KICKED_OUT, EVENT.SDK_NOT_READY]);
    expect(first.isReady()).toBe(false);
    expect(first.getLoginUser()).toBe('');
    expect((await rejection(first.getMyProfile())).code).toBe(LOCAL_CODE.KICKED_OUT_MULT_ACCOUNT);
    expect(second.isReady()).toBe(true);
    expect(server.instanceCount('alice')).toBe(1);
    expect(server.peekStatus('alice')?.statusType).toBe(TYPES.USER_STATUS_ONLINE);
  });

  it('does not kick other users', async () => {
    const server = newServer();
    const alice = await loginReady(server, 'alice');
    const kicked = recordEvents(alice, EVENT.KICKED_OUT);
    await loginReady(server, 'bob');
    expect(kicked).toHaveLength(0);
    expect(alice.isReady()).toBe(true);
  });

  it('keeps up to maxInstancesPerUser instances and kicks the oldest beyond it', async () => {
    const server = newServer({ maxInstancesPerUser: 2 });
    const a1 = await loginReady(server, 'alice');
    const a2 = await loginReady(server, 'alice');
    expect([a1.isReady(), a2.isReady()]).toEqual([true, true]);
    const kicked1 = recordEvents(a1, EVENT.KICKED_OUT);
    const kicked2 = recordEvents(a2, EVENT.KICKED_OUT);
    const a3 = await loginReady(server, 'alice');
    expect(kicked1).toHaveLength(1);
    expect(kicked2).toHaveLength(0);
    expect([a1.isReady(), a2.isReady(), a3.isReady()]).toEqual([false, true, true]);
    expect(server.instanceCount('alice')).toBe(2);
  });
});

describe('events plumbing', () => {
  it('setNetState reaches every client, logged in or not', async () => {
    const server = newServer();
    const idle = server.createClient();
    const alice = await loginReady(server, 'alice');
    const seenIdle = recordEvents(idle, EVENT.NET_STATE_CHANGE);
    const seenAlice = recordEvents(alice, EVENT.NET_STATE_CHANGE);
    server.setNetState(TYPES.NET_STATE_DISCONNECTED);
    await server.settle();
    const expected = [{ name: EVENT.NET_STATE_CHANGE, data: { state: TYPES.NET_STATE_DISCONNECTED } }];
    expect(seenIdle).toEqual(expected);
    expect(seenAlice).toEqual(expected);
  });

  it('registers a handler once, honours off, and survives a throwing handler', async () => {
    const server = newServer();
    const client = server.createClient();
    let calls = 0;
    const handler = (): void => {
      calls += 1;
    };
    client.on(EVENT.NET_STATE_CHANGE, () => {
      throw new Error('boom');
    });
    client.on(EVENT.NET_STATE_CHANGE, handler);
    client.on(EVENT.NET_STATE_CHANGE, handler);
    server.setNetState(TYPES.NET_STATE_CONNECTING);
    await server.settle();
    expect(calls).toBe(1);
    expect(server.problems).toEqual([expect.objectContaining({ kind: 'handler-error' })]);

    client.off(EVENT.NET_STATE_CHANGE, handler);
    server.setNetState(TYPES.NET_STATE_CONNECTED);
    await server.settle();
    expect(calls).toBe(1);
  });

  it('destroy logs out, then drops listeners and the client stops hearing the server', async () => {
    const server = newServer();
    const client = await loginReady(server, 'alice');
    const notReady = recordEvents(client, EVENT.SDK_NOT_READY);
    const net = recordEvents(client, EVENT.NET_STATE_CHANGE);
    await client.destroy();
    expect(notReady).toHaveLength(1);
    expect(server.instanceCount('alice')).toBe(0);
    server.setNetState(TYPES.NET_STATE_DISCONNECTED);
    await server.settle();
    expect(net).toHaveLength(0);
  });

  it('destroy on a client that never logged in resolves', async () => {
    const server = newServer();
    await expect(server.createClient().destroy()).resolves.toBeUndefined();
  });
});
