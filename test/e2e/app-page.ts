import type { Browser, BrowserContext, Page } from 'playwright-core';
import { pageUrl } from '@/src/app/routes';

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

  async signIn(userID: string): Promise<void> {
    await this.page.locator('.input-userID input').waitFor();
    await this.type('userID', userID);
    await this.tap('.btn-login');
    await this.page.locator('.btn-logout').waitFor();
  }

  /** Opens a page of the app by its route (e.g. ROUTES.members, { groupID }), as a link would. */
  async go(route: string, query?: Record<string, string>): Promise<void> {
    await this.front();
    await this.page.evaluate((hash) => {
      window.location.hash = hash;
    }, `#${pageUrl(route, query)}`);
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
  return browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'en-US' });
}
