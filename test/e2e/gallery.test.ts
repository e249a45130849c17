import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { ROUTES } from '@/src/app/routes';
import { AppPage } from './app-page';
import { CHAT_SCREENS } from './gallery-chat';
import { CONTACT_SCREENS } from './gallery-contacts';
import { GROUP_SCREENS, type Screen } from './gallery-groups';
import { useH5App } from './h5-app';
import { auditPage, describeProblems, type AuditProblem } from './ui-audit';

/**
 * Every page of the app at 375 × 812, in light and dark, zh-Hans and English: each screen must pass the
 * type, contrast and touch-target audit (ui-audit.ts). With SCREENSHOTS=1 (`npm run screenshots`) each screen is
 * also written to docs/screenshots/<page>-<locale>-<theme>.png for the README's gallery and for review.
 *
 * Deterministic: a fresh browser context per combination starts on the demo seed, and the clock is fixed,
 * so dates, countdowns and the service's timestamps are the same on every run.
 */

jest.setTimeout(240000);

const h5 = useH5App();
const OUT_DIR = resolve(__dirname, '../../docs/screenshots');
const WRITE = process.env.SCREENSHOTS === '1';
/** 2026-06-01 10:00 in Beijing: a fixed "now" for the demo data and every time shown. */
const NOW = new Date('2026-06-01T02:00:00Z');

/** Every page, signed in as alice (who owns the Coffee Lovers group and blocks mallory). */
const SCREENS: Screen[] = [
  { name: 'chats', route: ROUTES.conversations, ready: '.conversation-list' },
  { name: 'group-notices', route: ROUTES.groupNotices, ready: '.notice-list, .notices-empty' },
  { name: 'me', route: ROUTES.profile, ready: '.btn-logout' },
  { name: 'me-end', route: ROUTES.profile, ready: '.btn-logout', end: true },
  { name: 'me-sheet', route: ROUTES.profile, ready: '.btn-logout', tap: '.cell-allowType', shows: '.wd-action-sheet__action' },
  { name: 'profile-edit', route: ROUTES.profileEdit, query: { field: 'selfSignature' }, ready: '.input-selfSignature' },
  {
    name: 'profile-edit-error',
    route: ROUTES.profileEdit,
    query: { field: 'nick' },
    ready: '.input-nick',
    fill: ['.input-nick input', 'n'.repeat(300)],
    tap: '.btn-save',
    shows: '.save-error',
  },
  { name: 'user-card', route: ROUTES.user, query: { userID: 'bob' }, ready: '.btn-block' },
  { name: 'user-search', route: ROUTES.userSearch, ready: '.btn-find-user' },
  { name: 'user-not-found', route: ROUTES.user, query: { userID: 'nobody42' }, ready: '.not-found' },
  { name: 'blocklist', route: ROUTES.blocklist, ready: '.blocked-mallory' },
  // The group pages' screens (gallery-groups.ts).
  ...GROUP_SCREENS,
  // The chat pages' screens (gallery-chat.ts).
  ...CHAT_SCREENS,
  // The Contacts screens (gallery-contacts.ts).
  ...CONTACT_SCREENS,
];
/** GALLERY_ONLY=contacts,friend-requests walks only those screens (while working on them). */
const ONLY = (process.env.GALLERY_ONLY ?? '').split(',').filter(Boolean);
const WALKED = ONLY.length > 0 ? SCREENS.filter((screen) => ONLY.includes(screen.name)) : SCREENS;

const COMBINATIONS = [
  { locale: 'zh-Hans', browserLocale: 'zh-CN', theme: 'light' },
  { locale: 'zh-Hans', browserLocale: 'zh-CN', theme: 'dark' },
  { locale: 'en', browserLocale: 'en-US', theme: 'light' },
  { locale: 'en', browserLocale: 'en-US', theme: 'dark' },
] as const;

if (WRITE) mkdirSync(OUT_DIR, { recursive: true });

/**
 * Resolves once what `selector` matches has kept its place on screen for five frames in a row and no
 * animation or transition runs (a sheet's slide and its mask's fade), so screenshots come out the same.
 */
function settled(selector: string): Promise<void> {
  return new Promise((resolve) => {
    let last = '';
    let still = 0;
    const frame = () => {
      const boxes = Array.from(document.querySelectorAll(selector)).map((el) => JSON.stringify(el.getBoundingClientRect()));
      const now = boxes.join('|');
      // A spinner turns for ever (a list still loading): only animations that end are waited for.
      const moving = document
        .getAnimations()
        .some((animation) => animation.playState === 'running' && animation.effect?.getTiming().iterations !== Infinity);
      still = now === last && !moving ? still + 1 : 0;
      last = now;
      if (still >= 5) resolve();
      else requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
}

describe.each(COMBINATIONS)('every page in $locale, $theme', ({ locale, browserLocale, theme }) => {
  it('passes the type, contrast and touch-target audit', async () => {
    const browser = h5.context.browser();
    if (!browser) throw new Error('the context has no browser');
    const context = await browser.newContext({
      viewport: { width: 375, height: 812 },
      deviceScaleFactor: 1,
      locale: browserLocale,
      colorScheme: theme,
    });
    await context.clock.setFixedTime(NOW);
    const found: string[] = [];
    try {
      const app = await AppPage.open(context, h5.url);
      await check(app, 'login', '.btn-login', found);
      await app.signIn('alice');
      for (const screen of WALKED) {
        await app.visit(screen.route, screen.query);
        if (screen.tap) {
          await app.page.locator(screen.ready).filter({ visible: true }).first().waitFor();
          // A list that is still placing its rows (the chat scrolls to its newest) would take the tap elsewhere.
          await app.page.evaluate(settled, screen.ready);
          if (screen.fill) await app.page.locator(screen.fill[0]).filter({ visible: true }).first().fill(screen.fill[1]);
          await app.page.locator(screen.tap).filter({ visible: true }).first().click();
        }
        if (screen.before) {
          await app.page.locator(screen.ready).filter({ visible: true }).first().waitFor();
          await app.page.evaluate(settled, screen.ready);
          await screen.before(app);
        }
        if (screen.end) {
          await app.page.locator(screen.ready).filter({ visible: true }).first().waitFor();
          await app.page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
        }
        await check(app, screen.name, screen.shows ?? screen.ready, found);
      }
    } finally {
      await context.close();
    }
    expect(found.join('\n')).toBe('');
  });

  async function check(app: AppPage, name: string, ready: string, found: string[]): Promise<void> {
    await app.page.locator(ready).filter({ visible: true }).first().waitFor();
    // Images (avatars) and fonts settle before the page is measured and photographed.
    await app.page.evaluate(() => document.fonts.ready);
    await app.page.waitForFunction(() => Array.from(document.images).every((image) => image.complete));
    // A sheet slides in: measure it where it comes to rest (its box unchanged over a few frames).
    await app.page.evaluate(settled, ready);
    if (WRITE) await app.page.screenshot({ path: resolve(OUT_DIR, `${name}-${locale}-${theme}.png`) });
    const problems: AuditProblem[] = await auditPage(app.page);
    if (problems.length > 0) found.push(`${name}:\n${describeProblems(problems)}`);
  }
});
