/**
 * The chat page in the H5 build, with two (or three) tabs of one origin sharing the embedded service: what one
 * person does in a chat reaches the other's open chat live — a text, an image with its upload progress, a
 * file, a recall, the read receipt, a mention and a quote — and a muted member sees the input replaced.
 * Demo seed: alice and bob chat; Coffee Lovers ☕ (@TGS#2DEMOPUBLIC) is alice's group, bob a member, frank
 * muted there for a day.
 */
import { ROUTES } from '@/src/app/routes';
import { ChatPage } from './chat-page';
import { useH5App } from './h5-app';
import { pngBuffer } from './png-file';

jest.setTimeout(120000);

const h5 = useH5App();
const COFFEE = 'GROUP@TGS#2DEMOPUBLIC';

/** Resolves once the row of message `id` has kept its place on screen for ten frames in a row. */
function settledTop(id: string): Promise<void> {
  return new Promise((resolve) => {
    let last = NaN;
    let still = 0;
    const frame = () => {
      const row = document.querySelector(`.chat-slot[data-id="${CSS.escape(id)}"]`);
      const top = row ? row.getBoundingClientRect().top : NaN;
      still = top === last ? still + 1 : 0;
      last = top;
      if (still >= 10) resolve();
      else requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
}

async function pair(): Promise<[ChatPage, ChatPage]> {
  const [alice, bob] = await h5.twoTabs('alice', 'bob');
  const aliceChat = await ChatPage.open(alice, 'C2Cbob');
  const bobChat = await ChatPage.open(bob, 'C2Calice');
  return [aliceChat, bobChat];
}

describe('chat between two tabs', () => {
  it('a text reaches the other tab, is read there at once, and the sender sees "Read"', async () => {
    const [alice, bob] = await pair();
    await alice.send('Is the grinder still free on Saturday? [Smile]', 'Is the grinder still free on Saturday?');
    const arrived = bob.row('Is the grinder still free on Saturday?');
    await arrived.waitFor();
    // The emoji key shows as its picture, not as text.
    expect(await arrived.locator('.chat-emoji').count()).toBe(1);
    expect(await arrived.innerText()).not.toContain('[Smile]');
    // bob's chat is on screen: the message is read, and alice's copy says so.
    await alice.row('Is the grinder still free on Saturday?').locator('.msg-read', { hasText: 'Read' }).waitFor();
  });

  it('an image sent from the album shows its upload progress and reaches the other tab', async () => {
    const [alice, bob] = await pair();
    // Record every progress figure the bubble shows while it uploads.
    await alice.page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { progressSeen: string[] }).progressSeen = seen;
      new MutationObserver(() => {
        for (const node of Array.from(document.querySelectorAll('.msg-progress'))) seen.push(node.textContent ?? '');
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    await alice.page.locator('.btn-more').click();
    const chooser = alice.page.waitForEvent('filechooser');
    await alice.page.locator('.btn-album').click();
    await (await chooser).setFiles({ name: 'roast.png', mimeType: 'image/png', buffer: pngBuffer(1100, 1000, true) });
    await alice.page.locator('.msg-image.msg-mine.msg-success').last().waitFor({ timeout: 60000 });
    const seen = await alice.page.evaluate(() => (window as unknown as { progressSeen: string[] }).progressSeen);
    // 3.3 MB are kept in 1 MB slices: the bubble counts up before it is sent.
    expect(new Set(seen).size).toBeGreaterThanOrEqual(2);
    expect(seen.every((text) => /^\d+%$/.test(text))).toBe(true);
    // bob's only picture from alice is this one (the demo's photo is his own).
    await bob.page.locator('.msg-image:not(.msg-mine) .bubble-media__img').last().waitFor();
  });

  it('a file reaches the other tab with its name and size', async () => {
    const [alice, bob] = await pair();
    await alice.page.locator('.btn-more').click();
    const chooser = alice.page.waitForEvent('filechooser');
    await alice.page.locator('.btn-file').click();
    await (await chooser).setFiles({ name: 'menu.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4 tasting menu') });
    const file = bob.page.locator('.msg-file', { hasText: 'menu.pdf' });
    await file.waitFor();
    expect(await file.locator('.bubble-card__caption').innerText()).toBe('21 B');
  });

  it('history comes 15 messages at a time when the top is reached, and what was on screen stays where it was', async () => {
    const [aliceApp, bobApp] = await h5.twoTabs('alice', 'bob');
    const alice = await ChatPage.open(aliceApp, 'C2Cbob');
    for (let i = 1; i <= 45; i += 1) await alice.send(`Tasting note #${i}#`);
    const bob = await ChatPage.open(bobApp, 'C2Calice');
    await bob.row('#45#').waitFor();
    await bob.page.waitForFunction(() => !document.querySelector('.history-loading'));
    // Pages of 15: the first, and the next one if the first does not fill the screen and its margin above.
    const first = await bob.loaded();
    expect([15, 30]).toContain(first);
    // At rest at the bottom, the rows drawn reach above the top of the list: no blank strip over them.
    const newest = await bob.row('#45#').getAttribute('data-id');
    await bob.page.evaluate(settledTop, newest ?? '');
    const blank = await bob.page.locator('.chat-scroll').first().evaluate((root) => {
      const slot = root.querySelector('.chat-slot');
      return slot ? slot.getBoundingClientRect().top - root.getBoundingClientRect().top : Infinity;
    });
    expect(blank).toBeLessThanOrEqual(0);
    const oldest = `#${45 - first + 1}#`;
    const older = `#${45 - first}#`;
    expect(await bob.page.locator('.chat-bubble', { hasText: older }).count()).toBe(0);
    await bob.scrollUntilOlder(first);
    expect(await bob.loaded()).toBe(first + 15);
    // At the top, the oldest message sat just under the history's header; it is still there once the older
    // page is drawn and measured, and that page lies above it, to be scrolled to.
    const id = await bob.row(oldest).getAttribute('data-id');
    if (!id) throw new Error(`no row for ${oldest}`);
    await bob.page.evaluate(settledTop, id);
    const { list, header } = await bob.page.locator('.chat-scroll').first().evaluate((node) => ({
      list: node.getBoundingClientRect().top,
      header: node.querySelector('.chat-history')?.getBoundingClientRect().height ?? 0,
    }));
    expect(Math.abs((await bob.topOf(id)) - (list + header))).toBeLessThanOrEqual(2);
    const above = await bob.row(older).evaluate((node) => node.getBoundingClientRect().bottom);
    expect(above).toBeLessThanOrEqual((await bob.topOf(id)) + 1);
  });

  it("group info's Open chat opens the group's chat, and the chat's title bar opens the group info", async () => {
    const alice = await h5.signedIn('alice');
    await alice.visit(ROUTES.group, { groupID: COFFEE.slice('GROUP'.length) });
    await alice.tap('.btn-open-chat');
    const chat = new ChatPage(alice);
    await chat.row('Where do we meet on Saturday?').waitFor();
    await alice.tap('.btn-chat-title');
    await alice.page.locator('.btn-open-chat').filter({ visible: true }).first().waitFor();
    const entries = await alice.page.evaluate(() => history.length);
    // Open chat on the info of the chat below goes back to it, as WeChat does, instead of stacking a second.
    await alice.page.locator('.btn-open-chat').filter({ visible: true }).first().click();
    await alice.page.waitForURL((url) => url.href.includes('/chat/chat'));
    await chat.row('Where do we meet on Saturday?').waitFor();
    // Back, not forward: no new history entry.
    expect(await alice.page.evaluate(() => history.length)).toBe(entries);
  });

  it("a join request reaches the owner's group notices; approving it there posts the join tip in the group's chat", async () => {
    const [aliceApp, bobApp] = await h5.twoTabs('alice', 'bob');
    const bob = await ChatPage.open(bobApp, COFFEE);
    const quinn = await h5.signedIn('quinn');
    await quinn.go(ROUTES.groupSearch);
    await quinn.type('search-group', COFFEE.slice('GROUP'.length));
    await quinn.tap('.btn-do-search');
    await quinn.tap('.btn-join');
    await quinn.page.locator('.join-outcome', { hasText: 'waiting for an admin' }).waitFor();

    await aliceApp.go(ROUTES.groupNotices);
    const request = aliceApp.page.locator('.notice-from-quinn', { has: aliceApp.page.locator('.btn-agree') });
    await request.waitFor();
    await aliceApp.front();
    await request.locator('.btn-agree').click();
    await aliceApp.page.locator('.notice-from-quinn .notice-outcome').first().waitFor();

    // bob, in the group's chat all along, sees the tip arrive as a centred line.
    await bob.app.front();
    await bob.page.locator('.msg-tip', { hasText: 'Quinn joined the group' }).waitFor();
  });

  it('a message forwarded to a picked chat, and two forwarded as chat history, reach that chat', async () => {
    const [aliceApp, carolApp] = await h5.twoTabs('alice', 'carol');
    const alice = await ChatPage.open(aliceApp, 'C2Cbob');
    const carol = await ChatPage.open(carolApp, 'C2Calice');
    await alice.act('Deal. I’ll bring the good beans.', 'Forward');
    await alice.page.locator('.forward-picker .forward-C2Ccarol').filter({ visible: true }).first().click();
    await carol.row('Deal. I’ll bring the good beans.').waitFor();

    // Multi-select: two messages, then one merged message to carol. On a phone's screen the history is taller
    // than the list, so the newest row sits at the list's bottom edge when the select bar comes.
    await alice.page.setViewportSize({ width: 375, height: 812 });
    await alice.act('Deal. I’ll bring the good beans.', 'Select');
    // The select bar took the composer's place with another height: the newest row stays in view above it
    // (checked before any click, which would scroll its target into view).
    await alice.page.waitForFunction(() => {
      const slots = document.querySelectorAll('.chat-slot');
      const newest = slots[slots.length - 1]?.getBoundingClientRect();
      const bar = document.querySelector('.select-bar')?.getBoundingClientRect();
      return newest !== undefined && bar !== undefined && newest.bottom <= bar.top + 1;
    });
    await alice.row('First heart that actually looks like a heart').locator('.chat-check').click();
    await alice.page.locator('.select-bar__count', { hasText: '2 selected' }).waitFor();
    await alice.page.locator('.btn-forward-merged').click();
    await alice.page.locator('.forward-picker .forward-C2Ccarol').filter({ visible: true }).first().click();
    const merged = carol.page.locator('.bubble-merger').last();
    await merged.waitFor();
    expect(await merged.innerText()).toContain('Deal. I’ll bring the good beans.');
    await alice.page.locator('.select-bar').waitFor({ state: 'detached' });
  });

  it('a recall replaces the message in both tabs; the sender may re-edit it', async () => {
    const [alice, bob] = await pair();
    await alice.send('Wrong chat, sorry');
    await bob.row('Wrong chat, sorry').waitFor();
    await alice.act('Wrong chat, sorry', 'Recall');
    await bob.page.locator('.msg-recalled', { hasText: 'recalled a message' }).last().waitFor();
    expect(await bob.page.locator('.chat-bubble', { hasText: 'Wrong chat, sorry' }).count()).toBe(0);
    const own = alice.page.locator('.msg-recalled', { hasText: 'You recalled a message' }).last();
    await own.waitFor();
    await own.locator('.btn-reedit').click();
    await alice.page.waitForFunction(() => document.querySelector<HTMLTextAreaElement>('.input-chat textarea')?.value === 'Wrong chat, sorry');
  });

  it('a quote shows under the reply in the other tab, and tapping it goes to the original', async () => {
    const [alice, bob] = await pair();
    await alice.send('Shall we try the Huila beans?');
    await bob.row('Shall we try the Huila beans?').waitFor();
    await bob.act('Shall we try the Huila beans?', 'Reply');
    await bob.page.locator('.composer-quote', { hasText: 'Shall we try the Huila beans?' }).waitFor();
    await bob.send('Yes, let us grind them fresh');
    const quote = alice.row('Yes, let us grind them fresh').locator('.msg-quote');
    await quote.waitFor();
    expect(await quote.innerText()).toMatch(/: Shall we try the Huila beans\?$/);
    await quote.click();
    await alice.row('Shall we try the Huila beans?').waitFor({ state: 'visible' });
  });

  it('a mention in a group reaches the member it names, marked as theirs', async () => {
    const [aliceApp, bobApp] = await h5.twoTabs('alice', 'bob');
    const alice = await ChatPage.open(aliceApp, COFFEE);
    const bob = await ChatPage.open(bobApp, COFFEE);
    await alice.type('@');
    await alice.page.locator('.mention-bob').first().click();
    await alice.page.waitForFunction(() => (document.querySelector<HTMLTextAreaElement>('.input-chat textarea')?.value ?? '').length > 2);
    const typed = await alice.page.locator('.input-chat textarea').inputValue();
    expect(typed).toMatch(/^@\S.* $/);
    await alice.type(`${typed}can you bring the scale?`);
    await alice.page.locator('.btn-send').click();
    const arrived = bob.row('can you bring the scale?');
    await arrived.waitFor();
    expect(await arrived.getAttribute('class')).toContain('msg-mentions-me');
  });

  it("a mute replaces the muted member's input with when it ends", async () => {
    const [aliceApp, bobApp] = await h5.twoTabs('alice', 'bob');
    const bob = await ChatPage.open(bobApp, COFFEE);
    expect(await bob.page.locator('.input-chat').count()).toBe(1);
    await aliceApp.go(ROUTES.members, { groupID: COFFEE.slice('GROUP'.length) });
    await aliceApp.tap('.member-bob');
    await aliceApp.page.getByText('Mute', { exact: true }).click();
    await aliceApp.page.getByText('1 hour', { exact: true }).click();
    await bob.page.locator('.muted-notice', { hasText: 'You are muted in this group until' }).waitFor();
    expect(await bob.page.locator('.input-chat').count()).toBe(0);
  });

  it('a member muted before opening the chat sees the sentence instead of the input', async () => {
    const frank = await h5.signedIn('frank');
    const chat = await ChatPage.open(frank, COFFEE);
    await chat.page.locator('.muted-notice').waitFor();
    expect(await chat.page.locator('.muted-notice').innerText()).toMatch(/^You are muted in this group until .+\.$/);
  });
});
