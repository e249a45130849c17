/**
 * Issue 13, item 5: the README's mini program domain list must name every host the real SDK reaches, or a
 * WeChat user waits on a spinner. The socket hosts are read off the sockets SDK 3.6.6 opens as its
 * connections drop (SocketHandler._initConnection picks the next host each time); the error-text, report and
 * file hosts from its source (index.js `le`/`de`/`pe`, HOST.PRODUCTION.CHINA.STAT, `Fi`).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Gateway } from './gateway';
import { SDK_APP_ID, cloudClient, signIn, startGateway, teardown, until } from './harness';

const README = fs.readFileSync(path.resolve(__dirname, '../../README.md'), 'utf8');
const SDK_SOURCE = fs.readFileSync(path.resolve(__dirname, '../../node_modules/@tencentcloud/chat/index.js'), 'utf8');

/** The README section that lists the domains to allow (its rows are `| request | https://… |`…). */
function domainSection(): string {
  const start = README.indexOf('### Mini program domains');
  expect(start).toBeGreaterThanOrEqual(0);
  const end = README.indexOf('\n## ', start + 1);
  return README.slice(start, end < 0 ? undefined : end);
}

let gateway: Gateway;
beforeEach(() => {
  gateway = startGateway();
});
afterEach(() => teardown(gateway));

describe('the README lists every domain the SDK uses', () => {
  test('every socket host the SDK falls back to, in its order, when connections keep dropping', async () => {
    gateway.addUser('alice');
    gateway.dropAfterOpenMs = 1_100;
    const chat = cloudClient();
    await signIn(chat, 'alice');
    const hosts = (): string[] => [...new Set(gateway.socketUrls.map((url) => new URL(url).host))];
    // After the last fallback it starts over at its default host.
    await until(() => hosts().length >= 5);

    expect(hosts()).toEqual([
      `${SDK_APP_ID}w4c.my-imcloud.com`,
      'wss.im.qcloud.com',
      'wssv6.im.qcloud.com',
      'wss.tim.qq.com',
      'wss.im.tencent.cn',
    ]);
    const section = domainSection();
    expect(section).toContain('wss://<SDKAppID>w4c.my-imcloud.com');
    for (const host of hosts().slice(1)) expect(section).toContain(`wss://${host}`);
  });

  test('the error-text download hosts and the file hosts of the SDK source', () => {
    const section = domainSection();
    for (const host of ['web.sdk.qcloud.com', 'web.sdk.cloud.tencent.cn', 'web.sdk.tencent.cn']) {
      expect(SDK_SOURCE).toContain(`"${host}"`);
      expect(section).toContain(`https://${host}`);
    }
    for (const host of ['rich.my-imcloud.com', 'imrich.qcloud.com']) {
      expect(SDK_SOURCE).toContain(`"${host}"`);
      expect(section).toContain(`https://${host}`);
    }
    expect(SDK_SOURCE).toContain('https://events.im.qcloud.com');
    expect(section).toContain('https://events.im.qcloud.com');
  });
});
