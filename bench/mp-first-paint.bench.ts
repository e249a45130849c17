/**
 * The login page's first paint in the compiled mini program under miniprogram-simulate, with the chat
 * backend's subpackage held back (as a slow download would): from the cold start (app.js) to the sign-in
 * form on screen, then from the subpackage's arrival to the backend being ready. Run by bench/build-size.mjs
 * (jest, jsdom) on the build in MP_DIST; writes its figures to BENCH_OUT as JSON. Not a test.
 */
import fs from 'fs';
import { ROUTES, createStorage, exists, flush, holdDownloads, loadApp, loadPage, storeState, unloadApp } from '../test/mp/harness';

const RUNS = 7;
const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

test('first paint of the login page with the backend subpackage held back', async () => {
  const paint: number[] = [];
  const ready: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    const downloads = holdDownloads();
    const started = performance.now();
    loadApp(createStorage());
    await loadPage(ROUTES.login);
    if (!exists('.input-userID') || downloads.pending.length !== 1) throw new Error('the login form did not paint before the backend arrived');
    paint.push(performance.now() - started);
    const released = performance.now();
    downloads.release();
    while (storeState('chat-module')?.phase !== 'ready') await flush(5);
    ready.push(performance.now() - released);
    downloads.stop();
    await flush();
    unloadApp();
  }
  fs.writeFileSync(String(process.env.BENCH_OUT), JSON.stringify({ paint: median(paint), ready: median(ready), runs: RUNS }));
});
