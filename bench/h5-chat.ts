/**
 * Chat page of the H5 build in Chromium, for a conversation of 10,000 messages and, for comparison, one of 100:
 * time from navigation to the first bubble, rendered rows (`.chat-slot`) and elements in the list at rest and
 * after scrolling up through the history (15 messages a page), the time each older page takes to show, and the
 * JS heap after a forced GC at both points. Rendered rows and elements must not grow with the history. Not a
 * test: it prints a markdown table. It builds nothing: run `npm run build:h5` first, then `npm run bench:h5`.
 *
 * The conversations are written by the embedded service itself, in Node, over a memory storage holding the
 * demo seed: alice chats with erin (10,000 messages) and with frank (100), a message every 20 s, turn about (inside
 * the service's 7 days of roaming and its 2 MiB storage budget: the table says how many it kept).
 * The page starts on a copy of that storage (its localStorage, the H5 app's storage), so the app reads what
 * the service wrote, as after a restart.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { TYPES } from '@/src/chat/constants';
import { createLocalServer, createMemoryStorage } from '@/src/chat/local';
import type { LocalClient } from '@/src/chat/local';
import { ROUTES, pageUrl } from '@/src/app/routes';
import { launchBrowser } from '../test/e2e/browser';
import { serveStatic } from '../test/e2e/static-server';
import { AppPage, newContext } from '../test/e2e/app-page';
import { login } from './local-service';
import { heapUsed, mb, ms, timeToFirst } from './h5-page';
import { median } from './stats';

const CHATS = [
  { peer: 'erin', count: 10_000 },
  { peer: 'frank', count: 100 },
];
const USER = 'alice';
const STEP_MS = 20_000;
const RUNS = 5;
/** Settling time before a figure "at rest": the first page is in and drawn. */
const REST_MS = 1000;
/** Older pages fetched by scrolling up: enough to see whether what is drawn grows with what is loaded. */
const MAX_PAGES = 40;
/** How long one scroll to the top may take to bring the next page before it counts as a stall. */
const PAGE_WAIT_MS = 2000;
const MAX_STALLS = 3;
/** uni-app's scroll-view drops a scrolltoupper that comes within 200 ms of the previous one. */
const SCROLL_GAP_MS = 250;

interface Snapshot {
  loaded: number;
  rows: number;
  elements: number;
  heap: number;
}

interface ChatFigures {
  firstBubbleMs: number[];
  rest: Snapshot;
  top: Snapshot;
  pages: number;
  pageMs: number[];
  reachedStart: boolean;
}

/** The demo seed plus the two long conversations, written by the service: its storage's keys and values. */
async function seededStorage(): Promise<{ entries: Record<string, string>; chars: number; kept: number[] }> {
  const storage = createMemoryStorage();
  let fixed: number | null = null;
  const server = createLocalServer({ storage, seed: 'demo', clock: () => fixed ?? Date.now(), eventThrottle: { intervalMs: 0 } });
  const alice = await login(server, USER);
  for (const { peer, count } of CHATS) {
    const other = await login(server, peer);
    const start = Date.now() - (count + 60) * STEP_MS;
    for (let i = 0; i < count; i += 1) {
      fixed = start + i * STEP_MS;
      const [from, to]: [LocalClient, string] = i % 2 === 0 ? [other, USER] : [alice, peer];
      const message = from.createTextMessage({ to, conversationType: TYPES.CONV_C2C, payload: { text: `Message ${i + 1}: the Huila beans on Saturday?` } });
      await from.sendMessage(message);
    }
    fixed = null;
    await other.logout();
  }
  const kept: number[] = [];
  for (const { peer } of CHATS) kept.push(await historyLength(alice, `${TYPES.CONV_C2C}${peer}`));
  await alice.logout();
  await server.settle();
  server.close();
  const entries: Record<string, string> = {};
  let chars = 0;
  for (const key of storage.keys()) {
    const value = storage.getItem(key) ?? '';
    entries[key] = value;
    chars += key.length + value.length;
  }
  return { entries, chars, kept };
}

/** How many messages the service answers for a conversation, paging back as the app does. */
async function historyLength(client: LocalClient, conversationID: string): Promise<number> {
  let count = 0;
  let nextReqMessageID: string | undefined;
  for (;;) {
    const { data } = await client.getMessageList({ conversationID, ...(nextReqMessageID ? { nextReqMessageID } : {}) });
    count += data.messageList.length;
    if (data.isCompleted || !data.nextReqMessageID) return count;
    nextReqMessageID = data.nextReqMessageID;
  }
}

function route(peer: string): string {
  return `#${pageUrl(ROUTES.chat, { conversationID: `${TYPES.CONV_C2C}${peer}` })}`;
}

function loaded(page: Page): Promise<number> {
  return page.locator('.chat-history').first().evaluate((node) => Number(node.getAttribute('data-loaded')));
}

async function snapshot(page: Page): Promise<Snapshot> {
  const rows = await page.locator('.chat-slot').count();
  const elements = await page.locator('.chat-scroll').first().evaluate((node) => node.querySelectorAll('*').length);
  return { loaded: await loaded(page), rows, elements, heap: await heapUsed(page) };
}

/**
 * Scrolls the list to its top, as a person flinging it down, until the start of the history shows, MAX_PAGES
 * older pages came in, or the count stops growing. Returns, for each scroll that brought a page, the ms from
 * the scroll until the list counted more messages.
 */
async function scrollUp(page: Page): Promise<{ pageMs: number[]; reachedStart: boolean }> {
  let stalls = 0;
  let lastScroll = -Infinity;
  const pageMs: number[] = [];
  let count = await loaded(page);
  const atStart = () => page.locator('.history-end').count().then((found) => found > 0);
  while (!(await atStart()) && pageMs.length < MAX_PAGES && stalls < MAX_STALLS) {
    const gap = lastScroll + SCROLL_GAP_MS - performance.now();
    if (gap > 0) await page.waitForTimeout(gap);
    lastScroll = performance.now();
    await page.locator('.chat-scroll').first().evaluate((root) => {
      const scroller = [root, ...Array.from(root.querySelectorAll('*'))].find(
        (node) => node.scrollHeight > node.clientHeight + 10 && getComputedStyle(node).overflowY !== 'visible',
      );
      scroller?.scrollTo(0, 0);
    });
    try {
      await page.waitForFunction((before) => Number(document.querySelector('.chat-history')?.getAttribute('data-loaded')) > before, count, {
        timeout: PAGE_WAIT_MS,
        polling: 'raf',
      });
      pageMs.push(performance.now() - lastScroll);
      stalls = 0;
    } catch {
      stalls += 1;
    }
    count = await loaded(page);
  }
  await page.waitForTimeout(REST_MS);
  return { pageMs, reachedStart: await atStart() };
}

async function measureChat(browser: Browser, url: string, entries: Record<string, string>, peer: string): Promise<ChatFigures> {
  const firstBubbleMs: number[] = [];
  let rest: Snapshot | undefined;
  let top: Snapshot | undefined;
  let pageMs: number[] = [];
  let reachedStart = false;
  for (let run = 0; run < RUNS; run += 1) {
    const context = await newContext(browser);
    // Every fresh context starts on the service's storage, written before the app's first script runs.
    await context.addInitScript((stored: Record<string, string>) => {
      if (sessionStorage.getItem('bench:seeded')) return;
      localStorage.clear();
      for (const [key, value] of Object.entries(stored)) localStorage.setItem(key, value);
      sessionStorage.setItem('bench:seeded', '1');
    }, entries);
    try {
      const app = await AppPage.open(context, url);
      const written = await app.page.evaluate((keys) => keys.filter((key) => localStorage.getItem(key) !== null).length, Object.keys(entries));
      if (written !== Object.keys(entries).length) throw new Error(`localStorage took ${written} of ${Object.keys(entries).length} keys`);
      await app.signIn(USER);
      firstBubbleMs.push(await timeToFirst(app.page, route(peer), '.chat-slot .chat-bubble'));
      if (run < RUNS - 1) continue;
      await app.page.waitForTimeout(REST_MS);
      rest = await snapshot(app.page);
      ({ pageMs, reachedStart } = await scrollUp(app.page));
      top = await snapshot(app.page);
    } finally {
      await context.close();
    }
  }
  if (!rest || !top) throw new Error('no figures');
  return { firstBubbleMs, rest, top, pages: pageMs.length, pageMs, reachedStart };
}

async function main(): Promise<void> {
  const root = resolve(process.cwd(), 'dist/build/h5');
  if (!existsSync(resolve(root, 'index.html'))) {
    console.error('dist/build/h5 is missing: run `npm run build:h5` first.');
    process.exitCode = 1;
    return;
  }
  const began = performance.now();
  const { entries, chars, kept } = await seededStorage();
  const server = await serveStatic(root);
  const browser = await launchBrowser();
  const version = browser.version();
  const figures: ChatFigures[] = [];
  try {
    for (const chat of CHATS) figures.push(await measureChat(browser, server.url, entries, chat.peer));
  } finally {
    await browser.close();
    await server.close();
  }

  const line = (name: string, cells: string[]) => `| ${name} | ${cells.join(' | ')} |`;
  const each = (pick: (f: ChatFigures) => string) => figures.map(pick);
  const out = [
    `Chat page, H5 build in Chromium ${version}, signed in as ${USER}; viewport 390×844; storage written by the service: ${(chars / 1024).toFixed(0)} K characters.`,
    '',
    line('', CHATS.map((chat) => `${chat.count.toLocaleString('en')} messages (\`C2C${chat.peer}\`)`)),
    line('---', CHATS.map(() => '---:')),
    line('messages the service keeps (paged back in Node)', kept.map((count) => count.toLocaleString('en'))),
    line(`time from navigation to the first bubble (median of ${RUNS} fresh contexts)`, each((f) => ms(median(f.firstBubbleMs)))),
    line('… all runs', each((f) => f.firstBubbleMs.map((value) => Math.round(value)).join(', '))),
    line('messages loaded at rest', each((f) => String(f.rest.loaded))),
    line('rendered rows (`.chat-slot`) at rest', each((f) => String(f.rest.rows))),
    line('elements in the list at rest', each((f) => String(f.rest.elements))),
    line(`older pages fetched scrolling up (at most ${MAX_PAGES})`, each((f) => `${f.pages}${f.reachedStart ? ' (start of the history reached)' : ''}`)),
    line('messages loaded after scrolling up', each((f) => String(f.top.loaded))),
    line('rendered rows after scrolling up', each((f) => String(f.top.rows))),
    line('elements in the list after scrolling up', each((f) => String(f.top.elements))),
    line('scroll to the top until the older page is counted (median)', each((f) => (f.pageMs.length ? ms(median(f.pageMs)) : '—'))),
    line('JS heap used after GC, at rest', each((f) => mb(f.rest.heap))),
    line('JS heap used after GC, after scrolling up', each((f) => mb(f.top.heap))),
    '',
    `Total ${((performance.now() - began) / 1000).toFixed(1)} s.`,
  ];
  console.log(out.join('\n'));
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
