import { TYPES } from '@/src/chat/constants';
import { createLocalServer } from '@/src/chat/local';
import { useAvatarUploadStore } from '@/src/stores/avatar-upload';
import { useMyProfileStore } from '@/src/stores/profile';
import { useMyStatusStore } from '@/src/stores/my-status';
import { usePreferencesStore } from '@/src/stores/preferences';
import { flush, installWorld } from './context';
import { signedIn } from './signed-in';

describe('my status store', () => {
  it('shows me online with my custom status, sets and clears it', async () => {
    const world = await signedIn('alice');
    const store = useMyStatusStore();
    await store.load();
    expect(store.status?.statusType).toBe(TYPES.USER_STATUS_ONLINE);
    await store.setCustomStatus('In a meeting');
    expect(world.server.peekStatus('alice')?.customStatus).toBe('In a meeting');
    await store.setCustomStatus('');
    expect(store.status?.customStatus).toBe('');
  });

  it('refuses a status over 100 bytes before sending and keeps the stored one', async () => {
    const world = await signedIn('bob');
    const store = useMyStatusStore();
    await store.setCustomStatus('ok');
    await expect(store.setCustomStatus('好'.repeat(34))).rejects.toMatchObject({ field: 'customStatus', rule: 'tooLong', limit: 100, actual: 102 });
    expect(world.server.peekStatus('bob')?.customStatus).toBe('ok');
  });

  it('follows a change made on another instance of the same user', async () => {
    const server = createLocalServer({ seed: 'demo', maxInstancesPerUser: 2, defer: (run) => run() });
    await signedIn('carol', {}, server);
    const store = useMyStatusStore();
    await store.load();
    const phone = server.createClient();
    await phone.login({ userID: 'carol', userSig: 'local' });
    await flush();
    await phone.setSelfStatus({ customStatus: 'from my phone' });
    await flush();
    expect(store.status?.customStatus).toBe('from my phone');
  });
});

describe('avatar store', () => {
  const image = { path: 'blob:local/1', size: 2048, name: 'me.png' };

  it('keeps the picked image and stores its URL as the avatar', async () => {
    const world = await signedIn('dave', { images: [image] });
    await useMyProfileStore().load();
    const url = await useAvatarUploadStore().change('album');
    expect(url).toMatch(/^kept-file:\/\//);
    expect(world.server.peekProfile('dave')?.avatar).toBe(url);
    expect(useMyProfileStore().profile?.avatar).toBe(url);
    expect(useAvatarUploadStore().percent).toBeNull();
  });

  it('changes nothing when the user backs out of the picker', async () => {
    const world = await signedIn('erin', { images: ['cancel'] });
    const before = world.server.peekProfile('erin')?.avatar;
    await expect(useAvatarUploadStore().change('camera')).resolves.toBeNull();
    expect(world.server.peekProfile('erin')?.avatar).toBe(before);
    expect(world.platform.imageRequests).toEqual([['camera']]);
  });
});

describe('preferences store', () => {
  it('follows the system language until the user picks one, and remembers the pick', () => {
    const world = installWorld({ language: 'zh_CN', theme: 'dark' });
    const preferences = usePreferencesStore();
    preferences.start();
    expect(preferences.locale).toBe('zh-Hans');
    expect(preferences.theme).toBe('dark');
    preferences.chooseLocale('en');
    expect(preferences.locale).toBe('en');
    expect(world.platform.storage.getItem('prefs:locale')).toBe('en');
    world.platform.setTheme('light');
    expect(preferences.theme).toBe('light');
    preferences.chooseLocale('system');
    expect(preferences.locale).toBe('zh-Hans');
    expect(world.platform.storage.getItem('prefs:locale')).toBeNull();
  });
});
