import crypto from 'node:crypto';
import fs from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { decodeUserSig } from '@/src/chat/cloud/usersig';

/** The server is plain CommonJS (deployable without a build step); these are the parts the tests use. */
interface ServerOptions {
  sdkAppID: number;
  secretKey: string;
  expireSeconds?: number;
  code2Session?: (code: string) => Promise<{ openid: string }>;
  accounts?: { userIDForOpenID(openid: string): string | null };
  verifyBearer?: (token: string) => string | null;
  allowedOrigins?: string[];
  rateLimit?: { windowMs: number; limit: number };
}
type App = { listen(port: number, host: string, callback: () => void): Server };
/* eslint-disable @typescript-eslint/no-require-imports -- the server's CommonJS modules */
const { createUserSigApp } = require('@/server/app.cjs') as { createUserSigApp: (options: ServerOptions) => App };
const { createAccountMap, createCode2Session, createJwtBearerVerifier, ProofError } = require('@/server/proofs.cjs') as {
  createAccountMap: (options?: { file?: string; autoRegister?: boolean; initial?: Record<string, string> }) => {
    userIDForOpenID(openid: string): string | null;
  };
  createCode2Session: (options: { appId: string; appSecret: string; fetchImpl: typeof fetch }) => (code: string) => Promise<{ openid: string }>;
  createJwtBearerVerifier: (options: { secret: string; now?: () => number }) => (token: string) => string | null;
  ProofError: new (message: string) => Error;
};
/* eslint-enable @typescript-eslint/no-require-imports */

const SDK_APP_ID = 1400000001;
const SECRET_KEY = 'server-only-secret-key';
const JWT_SECRET = 'the-apps-own-sign-in-secret';

const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))));
});

/** Listens on a free loopback port and answers its URL. */
async function start(options: Partial<ServerOptions> = {}): Promise<string> {
  const app = createUserSigApp({
    sdkAppID: SDK_APP_ID,
    secretKey: SECRET_KEY,
    code2Session: async (code) => {
      const openids: Record<string, string> = { 'code-alice': 'openid-alice', 'code-stranger': 'openid-stranger' };
      if (!openids[code]) throw new ProofError('code2Session refused the code (errcode 40029)');
      return { openid: openids[code] };
    },
    accounts: createAccountMap({ initial: { 'openid-alice': 'alice' } }),
    verifyBearer: createJwtBearerVerifier({ secret: JWT_SECRET }),
    ...options,
  });
  const server = await new Promise<Server>((resolve) => {
    const listening: Server = app.listen(0, '127.0.0.1', () => resolve(listening));
  });
  servers.push(server);
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/usersig`;
}

async function post(url: string, body: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: response.status, headers: response.headers, body: (await response.json()) as Record<string, unknown> };
}

const base64Url = (value: Buffer | string): string => Buffer.from(value).toString('base64url');
function jwt(claims: Record<string, unknown>, secret = JWT_SECRET, alg = 'HS256'): string {
  const head = base64Url(JSON.stringify({ alg, typ: 'JWT' }));
  const payload = base64Url(JSON.stringify(claims));
  const signature = crypto.createHmac('sha256', secret).update(`${head}.${payload}`).digest();
  return `${head}.${payload}.${base64Url(signature)}`;
}
const inAnHour = (): number => Math.floor(Date.now() / 1000) + 3600;

/** The UserSig is signed for `userID` with the server's key (the HMAC the service checks). */
function expectSignedFor(userSig: unknown, userID: string): void {
  const doc = decodeUserSig(String(userSig));
  expect(doc).toMatchObject({ 'TLS.identifier': userID, 'TLS.sdkappid': SDK_APP_ID });
  const content =
    `TLS.identifier:${userID}\nTLS.sdkappid:${SDK_APP_ID}\nTLS.time:${doc['TLS.time']}\nTLS.expire:${doc['TLS.expire']}\n`;
  expect(doc['TLS.sig']).toBe(crypto.createHmac('sha256', SECRET_KEY).update(content).digest('base64'));
}

describe('reference UserSig server', () => {
  test('WeChat: a wx.login code whose openid maps to the userID gets a UserSig for exactly that userID', async () => {
    const url = await start();
    const answer = await post(url, { userID: 'alice', proof: { type: 'wx-code', code: 'code-alice' } });
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ userID: 'alice', expireSeconds: 86400 });
    expectSignedFor(answer.body.userSig, 'alice');
    expect(answer.headers.get('cache-control')).toBe('no-store');
  });

  test('WeChat: without a userID the answer names the userID the code maps to', async () => {
    const answer = await post(await start(), { proof: { type: 'wx-code', code: 'code-alice' } });
    expect(answer.status).toBe(200);
    expect(answer.body.userID).toBe('alice');
  });

  test.each([
    ["another user's userID", { userID: 'bob', proof: { type: 'wx-code', code: 'code-alice' } }, 403],
    ['an openid nobody registered', { userID: 'stranger', proof: { type: 'wx-code', code: 'code-stranger' } }, 403],
    ['a code WeChat refuses', { userID: 'alice', proof: { type: 'wx-code', code: 'used-code' } }, 401],
    ['no proof at all (the old GET ?userID= contract)', { userID: 'alice' }, 401],
    ['an unknown proof type', { userID: 'alice', proof: { type: 'password', code: 'x' } }, 401],
  ])('refuses %s, and signs nothing', async (_name, body, status) => {
    const answer = await post(await start(), body);
    expect(answer.status).toBe(status);
    expect(answer.body.userSig).toBeUndefined();
  });

  test('H5: a valid bearer token signs for its subject, and only for it', async () => {
    const url = await start();
    const token = jwt({ sub: 'carol', exp: inAnHour() });
    const own = await post(url, { userID: 'carol' }, { authorization: `Bearer ${token}` });
    expect(own.status).toBe(200);
    expectSignedFor(own.body.userSig, 'carol');

    const other = await post(url, { userID: 'dave' }, { authorization: `Bearer ${token}` });
    expect(other.status).toBe(403);
    expect(other.body.userSig).toBeUndefined();
  });

  test.each([
    ['expired', jwt({ sub: 'carol', exp: Math.floor(Date.now() / 1000) - 1 })],
    ['signed with another secret', jwt({ sub: 'carol', exp: inAnHour() }, 'guessed-secret')],
    ['without exp', jwt({ sub: 'carol' })],
    ["with alg 'none'", `${base64Url('{"alg":"none"}')}.${base64Url(JSON.stringify({ sub: 'carol', exp: inAnHour() }))}.`],
    ['not a JWT', 'carol'],
  ])('H5: refuses a bearer token %s with 401', async (_name, token) => {
    const answer = await post(await start(), { userID: 'carol' }, { authorization: `Bearer ${token}` });
    expect(answer.status).toBe(401);
    expect(answer.body.userSig).toBeUndefined();
  });

  test('refuses a malformed userID or body with 400', async () => {
    const url = await start();
    const token = jwt({ sub: 'carol', exp: inAnHour() });
    expect((await post(url, { userID: 'x'.repeat(33) }, { authorization: `Bearer ${token}` })).status).toBe(400);
    expect((await post(url, '{"userID":', { authorization: `Bearer ${token}` })).status).toBe(400);
  });

  test('rate-limits each client', async () => {
    const url = await start({ rateLimit: { windowMs: 60_000, limit: 3 } });
    const statuses: number[] = [];
    for (let i = 0; i < 4; i += 1) statuses.push((await post(url, { userID: 'alice' })).status);
    expect(statuses).toEqual([401, 401, 401, 429]);
  });

  test('answers CORS only for the configured H5 origins', async () => {
    const url = await start({ allowedOrigins: ['https://chat.example.com'] });
    const preflight = await fetch(url, { method: 'OPTIONS', headers: { origin: 'https://chat.example.com' } });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('https://chat.example.com');
    expect(preflight.headers.get('access-control-allow-headers')).toMatch(/Authorization/);
    const foreign = await fetch(url, { method: 'OPTIONS', headers: { origin: 'https://evil.example' } });
    expect(foreign.headers.get('access-control-allow-origin')).toBeNull();
  });

  test('will not start without a way to verify proofs', () => {
    expect(() => createUserSigApp({ sdkAppID: SDK_APP_ID, secretKey: SECRET_KEY })).toThrow(/code2Session|verifyBearer/);
  });
});

describe('proofs', () => {
  test('code2Session calls WeChat with the app credentials and the code, and reads the openid', async () => {
    const calls: string[] = [];
    const fetchImpl = (async (input: string | URL | Request) => {
      calls.push(String(input));
      return new Response(JSON.stringify({ openid: 'o-1', session_key: 'k' }));
    }) as typeof fetch;
    const exchange = createCode2Session({ appId: 'wx123', appSecret: 's3cret', fetchImpl });
    await expect(exchange('the-code')).resolves.toEqual({ openid: 'o-1' });
    const url = new URL(calls[0]);
    expect(`${url.origin}${url.pathname}`).toBe('https://api.weixin.qq.com/sns/jscode2session');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      appid: 'wx123',
      secret: 's3cret',
      js_code: 'the-code',
      grant_type: 'authorization_code',
    });
  });

  test('code2Session turns a WeChat errcode into a refused proof', async () => {
    const fetchImpl = (async () => new Response(JSON.stringify({ errcode: 40029, errmsg: 'invalid code' }))) as typeof fetch;
    await expect(createCode2Session({ appId: 'a', appSecret: 'b', fetchImpl })('bad')).rejects.toBeInstanceOf(ProofError);
  });

  test('the account map maps only registered openids, unless it may register them (stable, ≤ 32 bytes)', () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'usersig-')), 'accounts.json');
    expect(createAccountMap({ file }).userIDForOpenID('o-new')).toBeNull();
    const registering = createAccountMap({ file, autoRegister: true });
    const userID = registering.userIDForOpenID('o-new');
    expect(userID).toMatch(/^wx_[0-9a-f]{24}$/);
    expect(Buffer.byteLength(userID ?? '')).toBeLessThanOrEqual(32);
    expect(createAccountMap({ file }).userIDForOpenID('o-new')).toBe(userID);
  });
});
