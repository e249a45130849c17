/** What the H5 benchmarks share: timing a page's first row, and the JS heap after a forced GC. */
import type { Page } from 'playwright-core';

/**
 * Sets the route as a link would and waits, in the page, for an element matching `selector` with a box: ms
 * since the hash changed.
 */
export function timeToFirst(page: Page, hash: string, selector: string): Promise<number> {
  return page.evaluate(
    ([target, wanted]) =>
      new Promise<number>((done, fail) => {
        const started = performance.now();
        window.location.hash = target;
        const check = () => {
          const found = document.querySelector(wanted);
          if (found && found.getBoundingClientRect().height > 0) done(performance.now() - started);
          else if (performance.now() - started > 30000) fail(new Error(`no ${wanted} within 30 s`));
          else requestAnimationFrame(check);
        };
        requestAnimationFrame(check);
      }),
    [hash, selector] as const,
  );
}

/** JSHeapUsedSize after two forced garbage collections. */
export async function heapUsed(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  await cdp.detach();
  const used = metrics.find((metric) => metric.name === 'JSHeapUsedSize');
  if (!used) throw new Error('no JSHeapUsedSize metric');
  return used.value;
}

export const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
export const ms = (value: number) => `${Math.round(value)} ms`;
