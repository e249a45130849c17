import { createPlatformOn } from '@/src/platform/uni';
import type { WithFail } from '@/src/platform/uni';
import { FakeUni } from './fake-uni';

/** FakeUni plus wx.login, which only mini programs have. */
class FakeUniWithLogin extends FakeUni {
  readonly logins: Array<WithFail<UniNamespace.LoginOptions>> = [];
  login(options: WithFail<UniNamespace.LoginOptions>): void {
    this.logins.push(options);
  }
}

const ok = (statusCode: number, data: unknown) =>
  ({ statusCode, data, header: {}, cookies: [] }) as UniNamespace.RequestSuccessCallbackResult;

describe('loginCode (wx.login)', () => {
  test('mini programs answer the code wx.login gives', async () => {
    const fake = new FakeUniWithLogin();
    const platform = createPlatformOn(fake, { target: 'mp' });
    const code = platform.loginCode?.();
    expect(fake.logins[0].provider).toBe('weixin');
    fake.logins[0].success?.({ code: 'the-code', errMsg: 'login:ok' } as UniNamespace.LoginRes);
    await expect(code).resolves.toBe('the-code');
  });

  test('a refused wx.login rejects', async () => {
    const fake = new FakeUniWithLogin();
    const code = createPlatformOn(fake, { target: 'mp' }).loginCode?.();
    fake.logins[0].fail?.({ errMsg: 'login:fail auth deny' });
    await expect(code).rejects.toMatchObject({ reason: 'failed', message: expect.stringContaining('auth deny') });
  });

  test('H5 has no WeChat login code', () => {
    expect(createPlatformOn(new FakeUniWithLogin(), { target: 'h5' }).loginCode).toBeUndefined();
  });
});

describe('postJson', () => {
  test('POSTs JSON with the given headers and answers any status with the parsed body', async () => {
    const fake = new FakeUni();
    const platform = createPlatformOn(fake, { target: 'mp' });
    const answer = platform.postJson({ url: 'https://x.example/sig', body: { userID: 'a' }, headers: { Authorization: 'Bearer t' } });
    expect(fake.requests[0]).toMatchObject({
      url: 'https://x.example/sig',
      method: 'POST',
      data: { userID: 'a' },
      header: { 'content-type': 'application/json', Authorization: 'Bearer t' },
    });
    fake.requests[0].success?.(ok(403, '{"error":"not_your_user_id"}'));
    await expect(answer).resolves.toEqual({ status: 403, data: { error: 'not_your_user_id' } });
  });

  test('rejects only when no answer came', async () => {
    const fake = new FakeUni();
    const answer = createPlatformOn(fake, { target: 'h5' }).postJson({ url: 'https://x.example/sig', body: {} });
    fake.requests[0].fail?.({ errMsg: 'request:fail' });
    await expect(answer).rejects.toMatchObject({ reason: 'failed' });
  });
});
