import { resolve } from 'node:path';
import { deflateSync } from 'node:zlib';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { AppPage } from './app-page';
import { useH5App } from './h5-app';

const h5 = useH5App();

/** A small valid PNG, so the file chooser gets a real image the app can decode and downscale. */
function writePng(): string {
  const width = 64;
  const height = 64;
  const raw = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      const offset = y * (width * 3 + 1) + 1 + x * 3;
      raw[offset] = 200;
      raw[offset + 1] = x * 4;
      raw[offset + 2] = y * 4;
    }
  }
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (data: Buffer) => {
    let c = 0xffffffff;
    for (const byte of data) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type), data]);
    const sum = Buffer.alloc(4);
    sum.writeUInt32BE(crc(body));
    return Buffer.concat([length, body, sum]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8;
  header[9] = 2;
  const png = Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
  const file = resolve(mkdtempSync(resolve(tmpdir(), 'avatar-')), 'avatar.png');
  writeFileSync(file, png);
  return file;
}

describe('login and my profile in the H5 build', () => {
  it('refuses a userID over 32 bytes and signs in a demo user', async () => {
    const app = await h5.open();
    await app.page.locator('.demo-alice').waitFor();
    await app.type('userID', 'x'.repeat(33));
    await app.tap('.btn-login');
    expect(await app.text('.error-userID')).toContain('32 bytes');
    expect(await app.page.locator('.btn-logout').count()).toBe(0);

    await app.tap('.demo-alice');
    // The app opens on the chat list, as WeChat does; "Me" is a tab away.
    await app.page.locator('.notices-entry').waitFor();
    await app.openMe();
    expect(await app.text('.value-nick')).toBe('Alice');
  });

  it('edits several fields and the avatar, and keeps them across a reload', async () => {
    const app = await h5.open();
    await app.signIn('bob');
    await app.openMe();
    await app.editField('nick', 'Bobby Tables');
    await app.editField('selfSignature', 'Hello from the browser test');
    await app.editField('location', 'Chengdu');
    await app.editField('custom-Test1', 'second value');
    await app.choose('.cell-gender', 'Female');
    await app.choose('.cell-allowType', 'Reject all');
    await app.page.locator('.value-allowType', { hasText: 'Reject all' }).waitFor();

    await app.tap('.change-avatar');
    const chooser = app.page.waitForEvent('filechooser');
    await app.page.getByText('Choose from album').click();
    await (await chooser).setFiles(writePng());
    await app.page.waitForFunction(() => {
      const img = document.querySelector('.profile-header .ui-avatar__img img');
      return Boolean(img?.getAttribute('src')?.startsWith('data:image/jpeg'));
    });

    await app.reload();
    await app.page.locator('.btn-logout').waitFor();
    expect(await app.text('.value-nick')).toBe('Bobby Tables');
    expect(await app.text('.value-selfSignature')).toBe('Hello from the browser test');
    expect(await app.text('.value-location')).toBe('Chengdu');
    expect(await app.text('.value-gender')).toBe('Female');
    expect(await app.text('.value-allowType')).toBe('Reject all');
    expect(await app.text('.value-custom-Test1')).toBe('second value');
    const avatar = await app.page.locator('.profile-header .ui-avatar__img img').getAttribute('src');
    expect(avatar?.startsWith('data:image/jpeg')).toBe(true);
  });

  it('keeps the typed text when the service refuses an over-long nick', async () => {
    const app = await h5.open();
    await app.signIn('carol');
    await app.openMe();
    const original = await app.text('.value-nick');
    await app.tap('.cell-nick');
    const tooLong = 'n'.repeat(300);
    await app.type('nick', tooLong);
    await app.tap('.btn-save');
    const error = await app.text('.save-error');
    expect(error).toContain('2721');
    expect(error).toContain('Name');
    expect(await app.input('nick').inputValue()).toBe(tooLong);

    await app.reload();
    await app.page.locator('.input-nick input').waitFor();
    expect(await app.input('nick').inputValue()).toBe(original);
  });

  it('switches the language at once (texts, title, tab bar, html lang) and remembers the choice', async () => {
    const app = await h5.open();
    await app.signIn('dave');
    await app.openMe();
    expect(await app.text('.btn-logout')).toBe('Sign out');
    expect(await app.page.evaluate(() => document.documentElement.lang)).toBe('en');
    await app.choose('.cell-language', '简体中文');
    await app.page.getByText('退出登录').waitFor();
    await app.page.locator('.uni-page-head__title', { hasText: '我' }).waitFor();
    expect(await app.page.locator('.uni-tabbar__label').allInnerTexts()).toEqual(['消息', '通讯录', '我']);
    expect(await app.page.evaluate(() => document.documentElement.lang)).toBe('zh-Hans');
    await app.reload();
    await app.page.getByText('退出登录').waitFor();
    await app.choose('.cell-language', 'English');
    await app.page.getByText('Sign out').waitFor();
    await app.page.locator('.uni-page-head__title', { hasText: 'Me' }).waitFor();
    expect(await app.page.locator('.uni-tabbar__label').allInnerTexts()).toEqual(['Chats', 'Contacts', 'Me']);
  });

  it('remembers the last user on relaunch and returns to login on logout', async () => {
    const app = await h5.open();
    await app.signIn('erin');
    await app.reload();
    await app.page.locator('.notices-entry').waitFor();
    await app.openMe();
    await app.tap('.btn-logout');
    await app.page.locator('.uni-modal__btn_primary').click();
    await app.page.locator('.input-userID input').waitFor();
    await app.reload();
    await app.page.locator('.input-userID input').waitFor();
    expect(await app.page.locator('.btn-logout').count()).toBe(0);
  });

  it('shows a banner while the connection is down', async () => {
    const app = await h5.open();
    await app.signIn('frank');
    expect(await app.page.locator('.net-banner').count()).toBe(0);
    await h5.context.setOffline(true);
    await app.page.locator('.net-banner').waitFor();
    await h5.context.setOffline(false);
    await app.page.locator('.net-banner').waitFor({ state: 'detached' });
  });

  it('follows the system dark theme', async () => {
    const browser = h5.context.browser();
    if (!browser) throw new Error('the context has no browser');
    const dark = await browser.newContext({ viewport: { width: 390, height: 844 }, colorScheme: 'dark' });
    const app = await AppPage.open(dark, h5.url);
    await app.page.locator('.page-shell.dark').waitFor();
    const background = await app.page.locator('.page-shell').first().evaluate((node) => getComputedStyle(node).backgroundColor);
    expect(background).toBe('rgb(17, 17, 17)');
    await dark.close();
  });
});
