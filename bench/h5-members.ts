/**
 * Member management page of the H5 build in Chromium, for the 6000-member demo group and, for comparison,
 * the ~60-member public demo group: time from navigation to the first row, rendered rows and member pages
 * fetched at rest and after scrolling to the end of the list, and the JS heap after a forced GC at both
 * points. Not a test: it prints a markdown table. It builds nothing: run `npm run build:h5` first, then
 * `npm run bench:h5` (bench/run.mjs bundles this file with esbuild and runs it in Node).
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../test/e2e/browser';
import { serveStatic } from '../test/e2e/static-server';
import { AppPage, newContext } from '../test/e2e/app-page';
import { ROUTES, pageUrl } from '@/src/app/routes';
import { heapUsed, mb, ms, timeToFirst } from './h5-page';
import { median } from './stats';

const GROUPS = [
  { id: '@TGS#3DEMOALLHANDS', label: '6000-member group' },
  { id: '@TGS#2DEMOPUBLIC', label: 'public group' },
];
const RUNS = 5;
const USER = 'alice';
/** Settling time before a figure "at rest": the first page is in, nothing else should be fetched. */
const REST_MS = 1000;
/** How long one scroll to the bottom may take to bring the next page before it counts as a stall. */
const PAGE_WAIT_MS = 1000;
const MAX_STALLS = 3;
/** uni-app's scroll-view drops a scrolltolower that comes within 200 ms of the previous one. */
const SCROLL_GAP_MS = 250;

interface Snapshot {
  rows: number;
  loaded: number;
  pages: number;
  heap: number;
}

interface GroupFigures {
  firstRowMs: number[];
  rest: Snapshot;
  end: Snapshot;
  scrollMs: number;
  scrolls: number;
  pageMs: number[];
  maxRowIndex: number;
}

function route(groupID: string): string {
  return `#${pageUrl(ROUTES.members, { groupID })}`;
}

async function footer(page: Page): Promise<{ loaded: number; pages: number }> {
  return page.locator('.members-loaded').first().evaluate((node) => ({
    loaded: Number(node.getAttribute('data-loaded')),
    pages: Number(node.getAttribute('data-pages')),
  }));
}

async function snapshot(page: Page): Promise<Snapshot> {
  const rows = await page.locator('.member-row').count();
  const { loaded, pages } = await footer(page);
  return { rows, loaded, pages, heap: await heapUsed(page) };
}

/**
 * Scrolls the scrollable element inside `.member-scroll` to its bottom, as a person flinging the list, until
 * the footer says the whole group is loaded or the count stops growing. uni-app's scroll-view fires
 * scrolltolower only on a downward scroll and at most once per 200 ms, so scrolls are spaced a little more
 * than that apart, and a stalled attempt first steps back up a little. Returns the scrolls made and, for
 * each one that brought a page, the ms from the scroll until the footer counted more members.
 */
async function scrollToEnd(page: Page, total: number): Promise<{ scrolls: number; pageMs: number[] }> {
  let scrolls = 0;
  let stalls = 0;
  let lastScroll = -Infinity;
  const pageMs: number[] = [];
  let { loaded } = await footer(page);
  while (loaded < total && stalls < MAX_STALLS) {
    const gap = lastScroll + SCROLL_GAP_MS - performance.now();
    if (gap > 0) await page.waitForTimeout(gap);
    lastScroll = performance.now();
    await page.locator('.member-scroll').first().evaluate(async (root, nudge) => {
      const scroller = [root, ...Array.from(root.querySelectorAll('*'))].find(
        (node) => node.scrollHeight > node.clientHeight + 10 && getComputedStyle(node).overflowY !== 'visible',
      );
      if (!scroller) return;
      if (nudge) {
        scroller.scrollTo(0, Math.max(0, scroller.scrollTop - 200));
        await new Promise((next) => requestAnimationFrame(() => requestAnimationFrame(next)));
      }
      scroller.scrollTo(0, scroller.scrollHeight);
    }, stalls > 0);
    scrolls += 1;
    try {
      await page.waitForFunction(
        (before) => Number(document.querySelector('.members-loaded')?.getAttribute('data-loaded')) > before,
        loaded,
        { timeout: PAGE_WAIT_MS, polling: 'raf' },
      );
      pageMs.push(performance.now() - lastScroll);
      stalls = 0;
    } catch {
      stalls += 1;
    }
    ({ loaded } = await footer(page));
  }
  // Let the last page render and the list come to rest at the bottom.
  await page.waitForTimeout(REST_MS);
  return { scrolls, pageMs };
}

async function measureGroup(browser: Browser, url: string, groupID: string): Promise<GroupFigures> {
  const firstRowMs: number[] = [];
  let rest: Snapshot | undefined;
  let end: Snapshot | undefined;
  let scrollMs = 0;
  let scrolls = 0;
  let pageMs: number[] = [];
  let maxRowIndex = 0;
  for (let run = 0; run < RUNS; run += 1) {
    const context = await newContext(browser);
    try {
      const app = await AppPage.open(context, url);
      await app.signIn(USER);
      firstRowMs.push(await timeToFirst(app.page, route(groupID), '.member-row'));
      if (run < RUNS - 1) continue;
      // The last fresh context goes on to the figures at rest and at the end of the list.
      await app.page.locator('.members-loaded').first().waitFor({ state: 'attached' });
      await app.page.waitForTimeout(REST_MS);
      rest = await snapshot(app.page);
      const memberCount = await app.page.evaluate(() => {
        const text = document.querySelector('.members-loaded')?.textContent ?? '';
        return Number(/of\s+(\d+)/.exec(text)?.[1] ?? 0);
      });
      const started = performance.now();
      ({ scrolls, pageMs } = await scrollToEnd(app.page, memberCount || 6000));
      scrollMs = performance.now() - started;
      end = await snapshot(app.page);
      const indices = await app.page.locator('.member-row').evaluateAll((rows) =>
        rows.map((row) => Number(/member-member(\d+)/.exec(row.className)?.[1] ?? 0)),
      );
      maxRowIndex = Math.max(0, ...indices);
    } finally {
      await context.close();
    }
  }
  if (!rest || !end) throw new Error('no figures');
  return { firstRowMs, rest, end, scrollMs, scrolls, pageMs, maxRowIndex };
}

async function main(): Promise<void> {
  const root = resolve(process.cwd(), 'dist/build/h5');
  if (!existsSync(resolve(root, 'index.html'))) {
    console.error('dist/build/h5 is missing: run `npm run build:h5` first.');
    process.exitCode = 1;
    return;
  }
  const began = performance.now();
  const server = await serveStatic(root);
  const browser = await launchBrowser();
  const version = browser.version();
  const figures: GroupFigures[] = [];
  try {
    for (const group of GROUPS) figures.push(await measureGroup(browser, server.url, group.id));
  } finally {
    await browser.close();
    await server.close();
  }

  const head = GROUPS.map((group, i) => `${group.label} \`${group.id}\` (${figures[i].end.loaded} members)`);
  const line = (name: string, cells: string[]) => `| ${name} | ${cells.join(' | ')} |`;
  const each = (pick: (f: GroupFigures) => string) => figures.map(pick);
  const perPage = (f: GroupFigures) => {
    const pages = f.end.pages - f.rest.pages;
    return pages > 0 ? `${((f.end.heap - f.rest.heap) / pages / 1024).toFixed(0)} KB` : '—';
  };
  const out = [
    `Member management page, H5 build in Chromium ${version}, signed in as ${USER}; viewport 390×844.`,
    '',
    line('', head),
    line('---', GROUPS.map(() => '---:')),
    line(`time from navigation to first \`.member-row\` (median of ${RUNS} fresh contexts)`, each((f) => ms(median(f.firstRowMs)))),
    line('… all runs', each((f) => f.firstRowMs.map((value) => Math.round(value)).join(', '))),
    line('rendered `.member-row` at rest', each((f) => String(f.rest.rows))),
    line('rendered `.member-row` after scrolling to the end', each((f) => String(f.end.rows))),
    line('members loaded (`data-loaded`) at rest / at the end', each((f) => `${f.rest.loaded} / ${f.end.loaded}`)),
    line('member pages fetched (`data-pages`) at rest', each((f) => String(f.rest.pages))),
    line('member pages fetched (`data-pages`) at the end', each((f) => String(f.end.pages))),
    line('highest member number rendered at the end', each((f) => (f.maxRowIndex ? String(f.maxRowIndex) : '—'))),
    line('scrolls to the bottom / time to reach the end', each((f) => (f.scrolls ? `${f.scrolls} / ${ms(f.scrollMs)}` : 'none needed: one page holds all'))),
    line('scroll to next page counted in the footer (median)', each((f) => (f.pageMs.length ? ms(median(f.pageMs)) : '—'))),
    line('JS heap used after GC, at rest', each((f) => mb(f.rest.heap))),
    line('JS heap used after GC, at the end', each((f) => mb(f.end.heap))),
    line('heap growth per page fetched after the first', each(perPage)),
    '',
    `Total ${((performance.now() - began) / 1000).toFixed(1)} s.`,
  ];
  console.log(out.join('\n'));
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
