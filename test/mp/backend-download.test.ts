/**
 * The compiled mini program while its chat backend's subpackage is on its way (require.async, held by the
 * harness) and after its download failed: the login page is on screen from the main package at once, says
 * the chat module is loading, and after a failure says so in the user's language and loads it on Try again.
 */
import { ROUTES, app, createStorage, exists, findAll, flush, holdDownloads, loadApp, loadPage, tap, text, type, unloadApp, type DownloadControl } from './harness';
import { SUBPACKAGES } from '@/src/app/routes';
import { en } from '@/src/locales/en';
import { zhHans } from '@/src/locales/zh-Hans';

let downloads: DownloadControl;

beforeEach(() => {
  downloads = holdDownloads();
});

afterEach(async () => {
  downloads.release();
  downloads.stop();
  await flush();
  expect(app().errors).toEqual([]);
  unloadApp();
});

test('the login form shows while the backend downloads; demo accounts appear once it has arrived', async () => {
  loadApp(createStorage());
  await loadPage(ROUTES.login);
  expect(downloads.pending).toEqual([SUBPACKAGES.backend]);
  expect(exists('.input-userID')).toBe(true);
  expect(exists('.btn-login')).toBe(true);
  expect(text('.module-loading')).toBe(en.login.moduleLoading);
  expect(findAll('.demo-account')).toHaveLength(0);

  downloads.release();
  await flush();
  expect(exists('.module-loading')).toBe(false);
  expect(findAll('.demo-account').length).toBeGreaterThan(0);
});

test('a failed download says so (zh-Hans) and Try again loads it', async () => {
  loadApp(createStorage(), { language: 'zh_CN' });
  await loadPage(ROUTES.login);
  downloads.fail();
  await flush();
  expect(text('.module-failed')).toContain(zhHans.errors.backendLoad);
  expect(text('.link-retry-module')).toBe(zhHans.login.moduleRetry);
  expect(exists('.input-userID')).toBe(true);

  tap('.link-retry-module');
  await flush();
  expect(downloads.pending).toEqual([SUBPACKAGES.backend]);
  expect(text('.module-loading')).toBe(zhHans.login.moduleLoading);
  downloads.release();
  await flush();
  expect(exists('.module-failed')).toBe(false);
  expect(findAll('.demo-account').length).toBeGreaterThan(0);
});

test('signing in after a failed download downloads it again and signs in (English)', async () => {
  loadApp(createStorage());
  await loadPage(ROUTES.login);
  downloads.fail();
  await flush();
  expect(text('.module-failed')).toContain(en.errors.backendLoad);

  type('.input-userID', 'alice');
  await flush();
  tap('.btn-login');
  await flush();
  expect(downloads.pending).toEqual([SUBPACKAGES.backend]);
  downloads.release();
  await flush();
  // Signed in: the app goes home (src/composables/useSessionRouting.ts).
  expect(app().wx.reLaunch).toEqual([`/${ROUTES.conversations}`]);
  expect(exists('.module-failed')).toBe(false);
});

test('a download that failed offline is tried again when the device is back online', async () => {
  const running = loadApp(createStorage());
  await loadPage(ROUTES.login);
  running.setNetwork(false);
  downloads.fail('require.async:fail network error');
  await flush();
  expect(text('.module-failed')).toContain(en.errors.backendLoad);
  expect(downloads.pending).toEqual([]);

  running.setNetwork(true);
  await flush();
  expect(downloads.pending).toEqual([SUBPACKAGES.backend]);
  downloads.release();
  await flush();
  expect(exists('.module-failed')).toBe(false);
  expect(findAll('.demo-account').length).toBeGreaterThan(0);
});
