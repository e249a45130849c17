import type { Locator } from 'playwright-core';
import { ROUTES } from '@/src/app/routes';
import type { AppPage } from './app-page';

/** The chat page of one tab, with helpers named for what a person does in it. */
export class ChatPage {
  constructor(readonly app: AppPage) {}

  get page() {
    return this.app.page;
  }

  /** Opens the chat as a new page and waits until its history is in. */
  static async open(app: AppPage, conversationID: string): Promise<ChatPage> {
    await app.visit(ROUTES.chat, { conversationID });
    const chat = new ChatPage(app);
    await app.page.locator('.chat-scroll').first().waitFor();
    await app.page.locator('.chat-slot, .chat-empty').first().waitFor();
    return chat;
  }

  /** The row of the message whose bubble reads `text`. */
  row(text: string): Locator {
    return this.page.locator('.chat-row', { has: this.page.locator('.chat-bubble', { hasText: text }) }).last();
  }

  async type(text: string): Promise<void> {
    await this.app.front();
    await this.page.locator('.input-chat textarea').fill(text);
  }

  /** Types and sends `text`; waits until its bubble shows `shown` (the text as drawn: emoji keys become pictures). */
  async send(text: string, shown = text): Promise<void> {
    await this.type(text);
    await this.page.locator('.btn-send').click();
    await this.row(shown).waitFor();
  }

  /** Long-press (right click with a mouse) on a message, then the menu's action that reads `action`. */
  async act(text: string, action: string): Promise<void> {
    await this.app.front();
    await this.row(text).locator('.chat-bubble').click({ button: 'right' });
    await this.page.locator('.wd-action-sheet__action').filter({ visible: true }).getByText(action, { exact: true }).click();
  }

  /** How many messages the list holds (loaded, drawn or not). */
  loaded(): Promise<number> {
    return this.page.locator('.chat-history').first().evaluate((node) => Number(node.getAttribute('data-loaded')));
  }

  /** Where on screen the row of message `id` starts (px from the top of the viewport). */
  topOf(id: string): Promise<number> {
    return this.page.locator(`.chat-slot[data-id="${id}"]`).evaluate((node) => node.getBoundingClientRect().top);
  }

  /** Scrolls the message list to its top, as a finger flinging it down. */
  async scrollToTop(): Promise<void> {
    await this.page.locator('.chat-scroll').first().evaluate((root) => {
      const scroller = [root, ...Array.from(root.querySelectorAll('*'))].find(
        (node) => node.scrollHeight > node.clientHeight + 10 && getComputedStyle(node).overflowY !== 'visible',
      );
      scroller?.scrollTo(0, 0);
    });
  }

  /**
   * Flings the list to its top until it holds more than `count` messages. uni's scroll-view reports a scroll
   * to the top at most once per 200 ms, so a fling that lands inside that gap is made again.
   */
  async scrollUntilOlder(count: number): Promise<void> {
    await this.app.front();
    for (let attempt = 0; ; attempt += 1) {
      await this.scrollToTop();
      try {
        await this.page.waitForFunction((before) => Number(document.querySelector('.chat-history')?.getAttribute('data-loaded')) > before, count, { timeout: 2000 });
        return;
      } catch (error) {
        if (attempt >= 10) throw error;
      }
    }
  }
}
