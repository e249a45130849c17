import { ChatError } from '@/src/chat/errors';
import { EVENT, TYPES } from '@/src/chat/constants';
import { useSessionStore } from '@/src/stores/session';
import { flush, installWorld } from './context';

describe('session store', () => {
  it('signs in, remembers the user, and signs them in again on the next start', async () => {
    const world = installWorld();
    const session = useSessionStore();
    await session.start();
    expect(session.phase).toBe('signed-out');
    await session.login('alice');
    expect(session.phase).toBe('ready');
    expect(world.platform.storage.getItem('session:last-user')).toBe('alice');

    // A relaunch: a new app and a new embedded service on what the device stored.
    installWorld({ storage: snapshot(world.platform.storage) });
    const relaunched = useSessionStore();
    await relaunched.start();
    expect(relaunched.phase).toBe('ready');
    expect(relaunched.userID).toBe('alice');
  });

  it('refuses a bad userID before calling the service and keeps nothing', async () => {
    const world = installWorld();
    const session = useSessionStore();
    await session.start();
    await expect(session.login('x'.repeat(33))).rejects.toMatchObject({ code: 70402, rule: 'tooLong' });
    expect(world.backend.chat.getLoginUser()).toBe('');
    expect(world.platform.storage.getItem('session:last-user')).toBeNull();
  });

  it('goes back to login with the reason when the account signs in elsewhere (KICKED_OUT)', async () => {
    const world = installWorld();
    const session = useSessionStore();
    await session.start();
    await session.login('bob');
    const elsewhere = world.server.createClient();
    await elsewhere.login({ userID: 'bob', userSig: 'local' });
    await flush();
    expect(session.phase).toBe('signed-out');
    expect(session.reason).toEqual({ kind: 'kicked', type: TYPES.KICKED_OUT_MULT_ACCOUNT });
    // Signing straight back in on relaunch would kick the other instance in turn.
    expect(world.platform.storage.getItem('session:last-user')).toBeNull();
  });

  it('logs out to the login page without a reason, and status turns UNLOGINED', async () => {
    const world = installWorld();
    const session = useSessionStore();
    await session.start();
    await session.login('carol');
    await session.logout();
    expect(session.phase).toBe('signed-out');
    expect(session.reason).toBeNull();
    expect(world.server.peekStatus('carol')?.statusType).toBe(TYPES.USER_STATUS_UNLOGINED);
  });

  it('follows the device network into NET_STATE_CHANGE and the banner state', async () => {
    const world = installWorld();
    const session = useSessionStore();
    await session.start();
    await session.login('dave');
    const seen: string[] = [];
    world.backend.chat.on(EVENT.NET_STATE_CHANGE, (event) => seen.push(event.data.state));
    world.platform.setConnected(false);
    await flush();
    expect(session.netState).toBe(TYPES.NET_STATE_DISCONNECTED);
    world.platform.setConnected(true);
    await flush();
    expect(session.netState).toBe(TYPES.NET_STATE_CONNECTED);
    expect(seen).toEqual([TYPES.NET_STATE_DISCONNECTED, TYPES.NET_STATE_CONNECTED]);
  });

  it('reports a failed sign-in with the service error and stays signed out', async () => {
    const world = installWorld();
    world.backend.getUserSig = async () => {
      throw new ChatError(70001, 'UserSig expired');
    };
    const session = useSessionStore();
    await session.start();
    await expect(session.login('erin')).rejects.toMatchObject({ code: 70001 });
    expect(session.phase).toBe('signed-out');
    expect(session.reason).toEqual({ kind: 'failed', error: { code: 70001, message: 'UserSig expired' } });
    expect(world.platform.storage.getItem('session:last-user')).toBeNull();
  });
});

function snapshot(storage: { keys(): string[]; getItem(key: string): string | null }): Record<string, string> {
  return Object.fromEntries(storage.keys().map((key) => [key, storage.getItem(key) ?? '']));
}

describe('session store across tabs', () => {
  it('does not sign the last user in again when another tab already has that account', async () => {
    const world = installWorld();
    await useSessionStore().start();
    await useSessionStore().login('alice');
    // A second tab: same storage and service, alice still signed in in the first.
    installWorld({ storage: Object.fromEntries(world.platform.storage.keys().map((key) => [key, world.platform.storage.getItem(key) ?? ''])) }, world.server);
    const second = useSessionStore();
    await second.start();
    expect(second.phase).toBe('signed-out');
    expect(world.server.instanceCount('alice')).toBe(1);
  });
});
