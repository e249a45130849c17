import { decodeUserSig } from '@/src/chat/cloud/usersig';
import { createUserSigSource, UserSigError } from '@/src/chat/cloud/usersig-source';
import { cloudConfig } from './fakes';

describe('createUserSigSource', () => {
  test('asks the configured URL for the userID and reads { userSig }', async () => {
    const fetchJson = jest.fn(async (_url: string): Promise<unknown> => ({ userSig: 'sig-from-server' }));
    const source = createUserSigSource(cloudConfig({ userSigUrl: 'https://api.example.com/usersig' }), fetchJson);
    await expect(source('张 三&x')).resolves.toBe('sig-from-server');
    expect(fetchJson).toHaveBeenCalledWith('https://api.example.com/usersig?userID=%E5%BC%A0%20%E4%B8%89%26x');
  });

  test('keeps a query string already in the URL', async () => {
    const fetchJson = jest.fn(async (_url: string): Promise<unknown> => ({ userSig: 's' }));
    await createUserSigSource(cloudConfig({ userSigUrl: 'https://api.example.com/sig?app=chat' }), fetchJson)('bob');
    expect(fetchJson).toHaveBeenCalledWith('https://api.example.com/sig?app=chat&userID=bob');
  });

  test('prefers the URL over a development secret key', async () => {
    const fetchJson = jest.fn(async (): Promise<unknown> => ({ userSig: 'server' }));
    const config = cloudConfig({ userSigUrl: 'https://api.example.com/usersig', secretKey: 'dev' });
    await expect(createUserSigSource(config, fetchJson)('bob')).resolves.toBe('server');
  });

  test.each([[null], [{}], [{ userSig: '' }], [{ userSig: 42 }], ['sig']])('rejects an answer of %p', async (body) => {
    const source = createUserSigSource(cloudConfig({ userSigUrl: 'https://api.example.com/usersig' }), async () => body);
    const expected = 'The UserSig endpoint https://api.example.com/usersig must answer JSON { "userSig": "…" }';
    await expect(source('bob')).rejects.toThrow(new UserSigError(expected));
  });

  test('passes on a failed request', async () => {
    const source = createUserSigSource(cloudConfig({ userSigUrl: 'https://api.example.com/usersig' }), async () => {
      throw new Error('HTTP 500');
    });
    await expect(source('bob')).rejects.toThrow('HTTP 500');
  });

  test('generates a UserSig from the secret key in development, without fetching', async () => {
    const fetchJson = jest.fn();
    const sig = await createUserSigSource(cloudConfig({ userSigExpireSeconds: 3600 }), fetchJson)('bob');
    expect(decodeUserSig(sig)).toMatchObject({ 'TLS.identifier': 'bob', 'TLS.sdkappid': 1400000001, 'TLS.expire': 3600 });
    expect(fetchJson).not.toHaveBeenCalled();
  });

  test('never generates in production, even if a secret key reached the config', async () => {
    const source = createUserSigSource(cloudConfig({ isProduction: true }), jest.fn());
    await expect(source('bob')).rejects.toBeInstanceOf(UserSigError);
  });

  test('without URL or secret key, explains what to set', async () => {
    const source = createUserSigSource(cloudConfig({ secretKey: null }), jest.fn());
    await expect(source('bob')).rejects.toThrow(/VITE_TIM_USERSIG_URL.*VITE_TIM_SECRET_KEY/);
  });
});
