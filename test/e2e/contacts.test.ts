import { ROUTES } from '@/src/app/routes';
import type { AppPage } from './app-page';
import { useH5App } from './h5-app';

const h5 = useH5App();

/** The names of the Contacts list's rows and letters, top to bottom, as rendered. */
function listed(app: AppPage): Promise<string[]> {
  return app.page.locator('.contact-list .contact-letter, .contact-list .contact-row__name').allInnerTexts();
}

async function fill(app: AppPage, selector: string, text: string): Promise<void> {
  await app.front();
  await app.page.locator(`${selector} input, ${selector} textarea`).filter({ visible: true }).first().fill(text);
}

describe('Contacts', () => {
  it('lists friends A–Z with Chinese names by pinyin, finds them by remark, nick or pinyin, and jumps by letter', async () => {
    const app = await h5.signedIn('alice');
    // Tall enough for all ten rows at once: the list renders only the rows near the screen.
    await app.page.setViewportSize({ width: 390, height: 1400 });
    await app.go(ROUTES.contacts);
    await app.page.locator('.contact-zhangwei').waitFor();
    // Remarks name people (Carol (design), 李雷（班长）); 韩梅梅 is "han", 李雷 "li", 王芳 "wang", 张伟 "zhang".
    expect(await listed(app)).toEqual([
      'B', '鲍勃', 'C', 'Carol (design)', 'D', '大卫', 'F', 'Frank 弗兰克', 'G', '格蕾丝', 'H', '韩梅梅',
      'L', '李雷（班长）', 'O', 'Oscar', 'W', '王芳', 'Z', '张伟',
    ]);
    expect(await app.text('.contacts-count')).toBe('10 friends');
    expect(await app.page.locator('.new-friends-badge').innerText()).toBe('1');

    await fill(app, '.input-contact-search', 'zw');
    await app.page.locator('.contact-zhangwei').waitFor();
    expect(await app.page.locator('.contact-row').count()).toBe(1);
    await fill(app, '.input-contact-search', 'design');
    await app.page.locator('.contact-carol').waitFor();
    expect(await app.page.locator('.contact-row').count()).toBe(1);
    await fill(app, '.input-contact-search', 'nobody here');
    await app.page.locator('.contacts-no-match').waitFor();
    await fill(app, '.input-contact-search', '');
    await app.page.locator('.entry-new-friends').waitFor();

    // The index bar scrolls the list to the letter's row.
    await app.page.setViewportSize({ width: 390, height: 600 });
    await app.page.locator('.index-letter-Z').click();
    await app.page.waitForFunction(() => {
      const row = document.querySelector('.contact-zhangwei');
      return window.scrollY > 0 && row !== null && row.getBoundingClientRect().top < window.innerHeight;
    });
  });

  it('a friend request: sent from one tab, badged on the other, accepted with a remark, both lists and a chat (two tabs)', async () => {
    const [alice, sybil] = await h5.twoTabs('alice', 'sybil');
    await sybil.go(ROUTES.contacts);
    await sybil.page.locator('.entry-new-friends').waitFor();
    expect(await sybil.page.locator('.new-friends-badge').filter({ visible: true }).count()).toBe(0);

    // alice finds sybil by userID from Contacts → Add friend; sybil approves friends by hand.
    await alice.go(ROUTES.contacts);
    await alice.tap('.entry-add-friend');
    await alice.type('find-user', 'sybil');
    await alice.tap('.btn-find-user');
    await alice.tap('.btn-add-friend');
    await alice.page.locator('.input-wording').waitFor();
    await fill(alice, '.input-wording', 'Hi Sybil, Alice from the cat café.');
    await fill(alice, '.input-remark', 'Sybil (cats)');
    await alice.tap('.btn-send-request');
    await alice.page.locator('.hint-request-waiting').waitFor();

    // sybil's Contacts tab badges the request live, and the requests page shows the greeting.
    await sybil.front();
    await sybil.page.locator('.new-friends-badge', { hasText: '1' }).waitFor();
    await sybil.tap('.entry-new-friends');
    await sybil.page.locator('.request-alice', { hasText: 'Hi Sybil, Alice from the cat café.' }).waitFor();
    await sybil.tap('.request-alice .btn-accept');
    await fill(sybil, '.input-remark', 'Alice (café)');
    await sybil.tap('.btn-save-remark');
    await sybil.page.locator('.request-alice').waitFor({ state: 'detached' });

    await sybil.go(ROUTES.contacts);
    await sybil.page.locator('.contact-alice', { hasText: 'Alice (café)' }).waitFor();
    expect(await sybil.page.locator('.new-friends-badge').filter({ visible: true }).count()).toBe(0);

    await alice.front();
    await alice.go(ROUTES.contacts);
    await alice.page.locator('.contact-sybil', { hasText: 'Sybil (cats)' }).waitFor();
    expect(await alice.text('.contacts-count')).toBe('11 friends');

    // Friends now: the card shows the remark and offers the chat as its main action.
    await alice.tap('.contact-sybil');
    await alice.page.locator('.value-remark', { hasText: 'Sybil (cats)' }).waitFor();
    expect(await alice.page.locator('.btn-add-friend').count()).toBe(0);
    expect(await alice.page.locator('.btn-send-message').count()).toBe(1);

    // …and a chat: Send message opens it, titled by the remark; sybil's chat list names alice by hers.
    await alice.tap('.btn-send-message');
    await alice.page.locator('.chat-scroll').first().waitFor();
    await alice.page.locator('.uni-page-head__title', { hasText: 'Sybil (cats)' }).waitFor();
    await alice.page.locator('.input-chat textarea').fill('Hi Sybil, thanks for adding me!');
    await alice.tap('.btn-send');
    await alice.page.locator('.chat-bubble', { hasText: 'Hi Sybil, thanks for adding me!' }).waitFor();

    await sybil.front();
    await sybil.go(ROUTES.conversations);
    const row = sybil.page.locator('.conversation-C2Calice');
    await row.filter({ hasText: 'Hi Sybil, thanks for adding me!' }).waitFor();
    expect(await row.locator('.conversation-name').innerText()).toBe('Alice (café)');
  });

  it('deletes a friend after a confirmation, from both lists', async () => {
    const [alice, bob] = await h5.twoTabs('alice', 'bob');
    await bob.go(ROUTES.contacts);
    await bob.page.locator('.contact-alice').waitFor();

    await alice.go(ROUTES.user, { userID: 'bob' });
    await alice.tap('.btn-delete-friend');
    await alice.confirm();
    await alice.page.locator('.btn-add-friend').waitFor();

    await bob.front();
    await bob.page.locator('.contact-alice').waitFor({ state: 'detached' });
  });
});
