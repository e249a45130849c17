import { USERSIG_CODE } from '@/src/chat/cloud/codes';
import { decodeUserSig, genTestUserSig } from '@/src/chat/cloud/usersig';
import { bearerTokenFromStorage, createUserSigSource, UserSigError } from '@/src/chat/cloud/usersig-source';
import type { UserSigRequestDeps } from '@/src/chat/cloud/usersig-source';
import { ERROR_CODE } from '@/src/chat/errors';
import { createMemoryPlatform } from '@/src/platform/memory';
import type { JsonAnswer, PostJsonRequest } from '@/src/platform/port';
import { cloudConfig } from './fakes';

const URL = 'https://api.example.com/usersig';
const withUrl = cloudConfig({ userSigUrl: URL, secretKey: null });

function deps(answer: JsonAnswer | Error, patch: Partial<UserSigRequestDeps> = {}) {
  const posts: PostJsonRequest[] = [];
  const post = jest.fn(async (request: PostJsonRequest) => {
    posts.push(request);
    if (answer instanceof Error) throw answer;
    return answer;
  });
  // Development builds hand the generator in (src/chat/backends/cloud.ts); production builds do not.
  const devUserSig = async (options: Parameters<typeof genTestUserSig>[0]) => genTestUserSig(options);
  return { posts, post, value: { post, bearerToken: () => 'token-of-my-sign-in', devUserSig, ...patch } };
}

describe('createUserSigSource with an endpoint', () => {
  test('H5: POSTs the userID with the sign-in token as bearer proof, and reads the UserSig', async () => {
    const { posts, value } = deps({ status: 200, data: { userID: 'bob', userSig: 'sig-bob', expireSeconds: 86400 } });
    await expect(createUserSigSource(withUrl, value)('bob')).resolves.toBe('sig-bob');
    expect(posts).toEqual([{ url: URL, body: { userID: 'bob' }, headers: { Authorization: 'Bearer token-of-my-sign-in' } }]);
  });

  test('WeChat: sends a fresh wx.login code as the proof instead', async () => {
    const loginCode = jest.fn(async () => 'code-123');
    const { posts, value } = deps({ status: 200, data: { userID: 'bob', userSig: 's' } }, { loginCode });
    await createUserSigSource(withUrl, value)('bob');
    expect(posts[0]).toEqual({ url: URL, body: { userID: 'bob', proof: { type: 'wx-code', code: 'code-123' } }, headers: {} });
  });

  test('never asks without a proof: no token means NO_PROOF and no request', async () => {
    const { post, value } = deps({ status: 200, data: {} }, { bearerToken: () => null });
    await expect(createUserSigSource(withUrl, value)('bob')).rejects.toMatchObject({ code: USERSIG_CODE.NO_PROOF });
    expect(post).not.toHaveBeenCalled();
  });

  test('a failing wx.login is NO_PROOF too', async () => {
    const { value } = deps({ status: 200, data: {} }, { loginCode: async () => Promise.reject(new Error('auth deny')) });
    await expect(createUserSigSource(withUrl, value)('bob')).rejects.toMatchObject({ code: USERSIG_CODE.NO_PROOF });
  });

  test.each([
    [401, USERSIG_CODE.PROOF_REJECTED],
    [403, USERSIG_CODE.NOT_YOUR_ACCOUNT],
    [429, USERSIG_CODE.RATE_LIMITED],
    [500, USERSIG_CODE.BAD_ANSWER],
  ])('HTTP %i becomes code %i', async (status, code) => {
    const { value } = deps({ status, data: { error: 'x' } });
    const refused = createUserSigSource(withUrl, value)('bob');
    await expect(refused).rejects.toBeInstanceOf(UserSigError);
    await expect(refused).rejects.toMatchObject({ code });
  });

  test.each([[null], [{}], [{ userSig: '' }], [{ userSig: 42 }], ['sig']])('an answer of %p is BAD_ANSWER', async (data) => {
    const { value } = deps({ status: 200, data });
    await expect(createUserSigSource(withUrl, value)('bob')).rejects.toMatchObject({ code: USERSIG_CODE.BAD_ANSWER });
  });

  test('a UserSig signed for someone else is refused before login', async () => {
    const { value } = deps({ status: 200, data: { userID: 'mallory', userSig: 's' } });
    await expect(createUserSigSource(withUrl, value)('bob')).rejects.toMatchObject({ code: USERSIG_CODE.NOT_YOUR_ACCOUNT });
  });

  test('an unreachable endpoint is a NETWORK_ERROR', async () => {
    const { value } = deps(new Error('ECONNREFUSED'));
    await expect(createUserSigSource(withUrl, value)('bob')).rejects.toMatchObject({ code: ERROR_CODE.NETWORK_ERROR });
  });

  test('prefers the endpoint over a development secret key', async () => {
    const { post, value } = deps({ status: 200, data: { userSig: 'server' } });
    await expect(createUserSigSource(cloudConfig({ userSigUrl: URL, secretKey: 'dev' }), value)('bob')).resolves.toBe('server');
    expect(post).toHaveBeenCalledTimes(1);
  });
});

describe('createUserSigSource without an endpoint', () => {
  test('generates a UserSig from the secret key in development, without a request', async () => {
    const { post, value } = deps({ status: 500, data: null });
    const sig = await createUserSigSource(cloudConfig({ userSigExpireSeconds: 3600 }), value)('bob');
    expect(decodeUserSig(sig)).toMatchObject({ 'TLS.identifier': 'bob', 'TLS.sdkappid': 1400000001, 'TLS.expire': 3600 });
    expect(post).not.toHaveBeenCalled();
  });

  test('never generates in production, even if a secret key reached the config', async () => {
    const { value } = deps({ status: 500, data: null });
    await expect(createUserSigSource(cloudConfig({ isProduction: true }), value)('bob')).rejects.toMatchObject({
      code: USERSIG_CODE.NO_SOURCE,
    });
  });

  test('a build without the generator (production) does not generate, secret key or not', async () => {
    const { value } = deps({ status: 500, data: null }, { devUserSig: undefined });
    await expect(createUserSigSource(cloudConfig({ userSigExpireSeconds: 3600 }), value)('bob')).rejects.toMatchObject({
      code: USERSIG_CODE.NO_SOURCE,
    });
  });

  test('without URL or secret key, explains what to set', async () => {
    const { value } = deps({ status: 500, data: null });
    await expect(createUserSigSource(cloudConfig({ secretKey: null }), value)('bob')).rejects.toThrow(
      /VITE_TIM_USERSIG_URL.*VITE_TIM_SECRET_KEY/,
    );
  });
});

test('the default bearer token is what the app’s own sign-in stored under the configured key', () => {
  const platform = createMemoryPlatform();
  const token = bearerTokenFromStorage(platform.storage, 'auth:token');
  expect(token()).toBeNull();
  platform.storage.setItem('auth:token', ' jwt.value.here ');
  expect(token()).toBe('jwt.value.here');
});
