import { ROUTES } from '@/src/app/routes';
import type { AppPage } from './app-page';
import { useH5App } from './h5-app';

/** The demo's live-stream group (AVChatRoom): dave owns it, alice, erin and grace are in it. */
const LIVE = '@TGS#aDEMOLIVE';

const h5 = useH5App();

async function fill(app: AppPage, selector: string, text: string): Promise<void> {
  await app.front();
  await app.page.locator(`${selector} input, ${selector} textarea`).filter({ visible: true }).first().fill(text);
}

describe('group attributes', () => {
  it("a live-stream group's attribute set from its info page shows on another member's open attributes page (two tabs)", async () => {
    const [alice, erin] = await h5.twoTabs('alice', 'erin');
    await erin.go(ROUTES.groupAttributes, { groupID: LIVE });
    await erin.page.locator('.attributes-empty').waitFor();

    await alice.go(ROUTES.group, { groupID: LIVE });
    await alice.tap('.cell-group-attributes');
    await alice.page.locator('.btn-save-attribute').waitFor();
    await fill(alice, '.input-attribute-key', 'topic');
    await fill(alice, '.input-attribute-value', 'Q&A at 17:30');
    await alice.tap('.btn-save-attribute');
    await alice.page.locator('.attribute-0', { hasText: 'Q&A at 17:30' }).waitFor();

    await erin.front();
    await erin.page.locator('.attribute-0', { hasText: 'topic' }).waitFor();
    expect(await erin.text('.attribute-0')).toContain('Q&A at 17:30');
  });

  it('refuses a key over 32 bytes in words, and keeps what was typed', async () => {
    const alice = await h5.signedIn('alice');
    await alice.go(ROUTES.groupAttributes, { groupID: LIVE });
    await alice.page.locator('.btn-save-attribute').waitFor();
    await fill(alice, '.input-attribute-key', 'k'.repeat(40));
    await alice.tap('.btn-save-attribute');
    expect(await alice.text('.attribute-error')).toContain('32 bytes');
    expect(await alice.page.locator('.input-attribute-key input').inputValue()).toBe('k'.repeat(40));
  });
});
