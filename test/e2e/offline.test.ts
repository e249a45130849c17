/**
 * Offline means offline: in local mode the H5 app asks nothing of any host but the one serving it. Every
 * request of the browser context (documents, scripts, styles, images, fonts, fetches, beacons) and every
 * WebSocket is recorded while a person signs in and walks the main pages; each must go to 127.0.0.1 or be
 * a data:/blob: URL. Before the build was fixed this caught uni's shadow-image preload from
 * cdn.dcloud.net.cn (see vite.config.ts).
 */
import type { Page } from 'playwright-core';
import { ROUTES } from '@/src/app/routes';
import type { AppPage } from './app-page';
import { useH5App } from './h5-app';

const COFFEE = '@TGS#2DEMOPUBLIC';
const COFFEE_NAME = 'Coffee Lovers ☕';

const h5 = useH5App();

/** Where a URL goes: its host, or its scheme when it has no host (data:, blob:, about:). */
function destination(url: string): string {
  const parsed = new URL(url);
  return parsed.host ? parsed.hostname : parsed.protocol;
}

const LOCAL = new Set(['127.0.0.1', 'data:', 'blob:', 'about:']);

/**
 * Until the page has nothing left to do that could still ask for something: every finite CSS animation has
 * run (uni's stylesheet preloads an image from an animation that starts 3 s after load) and the network is idle.
 */
async function quiet(page: Page): Promise<void> {
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        // A spinner runs forever; it asks for nothing new.
        .filter((animation) => animation.effect?.getComputedTiming().endTime !== Infinity)
        .map((animation) => animation.finished.catch(() => undefined)),
    ),
  );
  await page.waitForLoadState('networkidle');
}

async function openGroupChats(app: AppPage): Promise<void> {
  await app.front();
  await app.page.locator('.uni-tabbar__item', { hasText: 'Contacts' }).click();
  await app.tap('.entry-group-chats');
  await app.page.locator('.btn-create-group').waitFor();
}

describe('offline', () => {
  it('signing in and walking the main pages requests nothing outside 127.0.0.1', async () => {
    const requested: string[] = [];
    h5.context.on('request', (request) => requested.push(request.url()));
    h5.context.on('page', (page) => page.on('websocket', (socket) => requested.push(socket.url())));

    const app = await h5.open();
    await app.signIn('alice');
    await quiet(app.page);

    await openGroupChats(app);
    await app.page.locator(`.group-row:has-text("${COFFEE_NAME}")`).waitFor();
    await app.go(ROUTES.group, { groupID: COFFEE });
    await app.page.locator('.group-title', { hasText: COFFEE_NAME }).waitFor();

    await app.tap('.link-members');
    await app.page.locator('.member-bob').waitFor();
    await app.tap('.member-bob');
    await app.page.getByText('View profile', { exact: true }).click();
    await app.page.locator('.online-state').waitFor();

    await app.go(ROUTES.blocklist);
    await app.page.locator('.blocked-mallory').waitFor();
    await app.go(ROUTES.profile);
    await app.page.locator('.btn-logout').waitFor();
    await quiet(app.page);

    // The recorder saw the app itself load: a check that it records at all.
    expect(requested.filter((url) => destination(url) === '127.0.0.1').length).toBeGreaterThan(5);
    expect(requested.filter((url) => !LOCAL.has(destination(url)))).toEqual([]);
  });
});
