import type { Browser, BrowserContext, Page } from 'playwright-core';
import { pageUrl } from '@/src/app/routes';

/**
 * How long any wait of a browser test (a selector, a condition, a navigation) may take before it fails. Waits
 * return as soon as their condition holds; the ceiling is for CI's busy 2-core machine, where a page load of the
 * H5 build beside a mini program build can take many seconds. It stays well under the e2e project's test
 * timeout (jest.config.cjs), so a stuck wait fails naming what it waited for.
 */
const WAIT_MS = 45_000;

/** A tab of the H5 app with helpers named for what a person does. */
export class AppPage {
  constructor(readonly page: Page) {}

  static async open(context: BrowserContext, url: string): Promise<AppPage> {
    const page = await context.newPage();
    const app = new AppPage(page);
    await page.goto(url);
    return app;
  }

  input(name: string) {
    return this.page.locator(`.input-${name} input`);
  }

  /** A person works in the tab in front; background tabs may have their timers throttled. */
  async front(): Promise<void> {
    await this.page.bringToFront();
  }

  async type(name: string, text: string): Promise<void> {
    await this.front();
    await this.input(name).fill(text);
  }

  async tap(selector: string): Promise<void> {
    await this.front();
    await this.page.locator(selector).first().click();
  }

  text(selector: string): Promise<string> {
    return this.page.locator(selector).first().innerText();
  }

  /** Signs in on the login page; the app opens on the chat list, the first tab. */
  async signIn(userID: string): Promise<void> {
    await this.page.locator('.input-userID input').waitFor();
    await this.type('userID', userID);
    await this.tap('.btn-login');
    await this.page.locator('.notices-entry').waitFor();
  }

  /** Taps the tab bar item labelled `label` (exactly) and waits for what the tab shows. */
  async openTab(label: string, ready: string): Promise<void> {
    await this.front();
    await this.page.locator('.uni-tabbar__item').filter({ hasText: new RegExp(`^${label}$`) }).click();
    await this.page.locator(ready).waitFor();
  }

  /** "Me", my profile: the last tab. */
  async openMe(): Promise<void> {
    await this.openTab('Me', '.btn-logout');
  }

  /**
   * Edits one field of my profile as a person does: its cell on "Me" opens the edit page, type, Save, and
   * back on "Me" the cell shows the new value.
   */
  async editField(name: string, text: string): Promise<void> {
    await this.tap(`.cell-${name}`);
    const field = this.page.locator(`.input-${name} input, .input-${name} textarea`).first();
    await field.waitFor();
    await field.fill(text);
    await this.tap('.btn-save');
    await this.page.locator(`.value-${name}`, { hasText: text }).waitFor();
  }

  /** Taps a cell that opens a sheet and picks the choice that reads `label`. */
  async choose(cell: string, label: string): Promise<void> {
    await this.tap(cell);
    await this.page.locator('.wd-action-sheet__name').filter({ visible: true }).getByText(label, { exact: true }).click();
  }

  /** Opens a page of the app by its route (e.g. ROUTES.members, { groupID }), as a link would. */
  async go(route: string, query?: Record<string, string>): Promise<void> {
    await this.front();
    await this.page.evaluate((hash) => {
      window.location.hash = hash;
    }, `#${pageUrl(route, query)}`);
  }

  /**
   * Opens a page as a new page on the stack, as the app's navigateTo does: uni-h5 keys its pages by the
   * history entry's id, so a plain hash change (go) would show a page of that route already open.
   */
  async visit(route: string, query?: Record<string, string>): Promise<void> {
    await this.front();
    await this.page.evaluate((url) => {
      const state = { __id__: Date.now() + Math.random() };
      history.pushState(state, '', `#${url}`);
      dispatchEvent(new PopStateEvent('popstate', { state }));
    }, pageUrl(route, query));
  }

  /** Answers the open confirmation dialog. */
  async confirm(): Promise<void> {
    await this.page.locator('.uni-modal__btn_primary').click();
  }

  async reload(): Promise<void> {
    await this.page.reload();
  }
}

export async function newContext(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'en-US' });
  context.setDefaultTimeout(WAIT_MS);
  context.setDefaultNavigationTimeout(WAIT_MS);
  return context;
}
