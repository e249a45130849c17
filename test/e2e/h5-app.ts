import { resolve } from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { AppPage, newContext } from './app-page';
import { launchBrowser } from './browser';
import { serveStatic, type StaticServer } from './static-server';

export interface H5App {
  readonly url: string;
  /** This test's browser context: a fresh localStorage, so every test starts on the demo seed. */
  readonly context: BrowserContext;
  /** A new tab on the app's start page. */
  open(): Promise<AppPage>;
  /** A new tab, signed in as `userID`. */
  signedIn(userID: string): Promise<AppPage>;
  /** Two tabs of one origin share the embedded service, so two people can use it side by side. */
  twoTabs(first: string, second: string): Promise<[AppPage, AppPage]>;
}

/**
 * Serves the H5 build (dist/build/h5) and launches Chromium for the test file, with a fresh browser context
 * per test. Call it at the top of a test file: it registers the jest hooks.
 */
export function useH5App(): H5App {
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;

  beforeAll(async () => {
    server = await serveStatic(resolve(__dirname, '../../dist/build/h5'));
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  beforeEach(async () => {
    if (!browser) throw new Error('the browser did not start');
    context = await newContext(browser);
  });

  afterEach(async () => {
    await context?.close();
  });

  const app: H5App = {
    get url() {
      if (!server) throw new Error('the H5 build is not served');
      return server.url;
    },
    get context() {
      if (!context) throw new Error('no browser context outside a test');
      return context;
    },
    open: () => AppPage.open(app.context, app.url),
    async signedIn(userID) {
      const page = await app.open();
      await page.signIn(userID);
      return page;
    },
    async twoTabs(first, second) {
      const a = await app.signedIn(first);
      const b = await app.signedIn(second);
      return [a, b];
    },
  };
  return app;
}
