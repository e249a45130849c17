/**
 * The Contacts tab of the H5 build in Chromium, signed in as alice (ten friends, half with Chinese names):
 * time from the navigation to the tab until its first entry (`.entry-new-friends`, drawn before the list)
 * and until its first friend row (`.contact-row`: the list waits for the friend list and for the pinyin
 * reader's chunk, which the tab loads on first use). Cold: a fresh context, the tab's first visit since sign-in; warm: the
 * second visit in that context (Me, then Contacts again). Not a test: it prints a markdown table. Run
 * `npm run build:h5` first, then `npm run bench:h5`.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launchBrowser } from '../test/e2e/browser';
import { serveStatic } from '../test/e2e/static-server';
import { AppPage, newContext } from '../test/e2e/app-page';
import { ROUTES, pageUrl } from '@/src/app/routes';
import { median } from './stats';

const RUNS = 7;
const USER = 'alice';

/** Sets the route as a link would and waits, in the page, until each selector has a box: ms since the hash changed. */
function timeTo(page: Page, route: string, selectors: string[]): Promise<number[]> {
  return page.evaluate(
    ({ hash, wanted }) =>
      new Promise<number[]>((done, fail) => {
        const started = performance.now();
        const seen: Array<number | undefined> = wanted.map(() => undefined);
        window.location.hash = hash;
        const check = () => {
          wanted.forEach((selector, i) => {
            const node = seen[i] === undefined ? document.querySelector(selector) : null;
            if (node && node.getBoundingClientRect().height > 0) seen[i] = performance.now() - started;
          });
          if (seen.every((value) => value !== undefined)) done(seen as number[]);
          else if (performance.now() - started > 30000) fail(new Error(`not all of ${wanted.join(', ')} within 30 s`));
          else requestAnimationFrame(check);
        };
        requestAnimationFrame(check);
      }),
    { hash: `#${pageUrl(route)}`, wanted: selectors },
  );
}

async function main(): Promise<void> {
  const root = resolve(process.cwd(), 'dist/build/h5');
  if (!existsSync(resolve(root, 'index.html'))) {
    console.error('dist/build/h5 is missing: run `npm run build:h5` first.');
    process.exitCode = 1;
    return;
  }
  const server = await serveStatic(root);
  const browser = await launchBrowser();
  const version = browser.version();
  const cold: number[][] = [];
  const warm: number[][] = [];
  try {
    for (let run = 0; run < RUNS; run += 1) {
      const context = await newContext(browser);
      try {
        const app = await AppPage.open(context, server.url);
        await app.signIn(USER);
        cold.push(await timeTo(app.page, ROUTES.contacts, ['.entry-new-friends', '.contact-row']));
        await timeTo(app.page, ROUTES.profile, ['.btn-logout']);
        warm.push(await timeTo(app.page, ROUTES.contacts, ['.entry-new-friends', '.contact-row']));
      } finally {
        await context.close();
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const ms = (values: number[]) => `${Math.round(median(values))} ms (${values.map((value) => Math.round(value)).join(', ')})`;
  console.log(
    [
      `Contacts tab, H5 build in Chromium ${version}, signed in as ${USER}; viewport 390×844; medians of ${RUNS} fresh contexts (all runs).`,
      '',
      '| | first entry | first friend row |',
      '|---|---:|---:|',
      `| cold (first visit) | ${ms(cold.map((pair) => pair[0]))} | ${ms(cold.map((pair) => pair[1]))} |`,
      `| warm (second visit) | ${ms(warm.map((pair) => pair[0]))} | ${ms(warm.map((pair) => pair[1]))} |`,
    ].join('\n'),
  );
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
