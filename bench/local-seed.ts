/**
 * The demo seed of the embedded chat service: how long a first start takes (a service over empty storage
 * writes every demo account, blocklist and group, the 6000-member one included) and a later start over
 * what it stored (nothing to write), with the keys and bytes the seed writes. Not a test: it prints a
 * table; test/unit/local/groups-seed.test.ts checks what the seed writes, not how fast.
 * Run with `npm run bench` (bench/run.mjs bundles this file with esbuild and runs it in Node).
 */
import { createLocalServer, createMemoryStorage } from '@/src/chat/local';
import type { KeyValueStorage } from '@/src/platform/port';
import { median } from './stats';

const REPEAT = 15;

function timed(run: () => void): number {
  const started = performance.now();
  run();
  return performance.now() - started;
}

function storedBytes(storage: KeyValueStorage): number {
  return storage.keys().reduce((sum, key) => sum + Buffer.byteLength(key) + Buffer.byteLength(storage.getItem(key) ?? ''), 0);
}

function main(): void {
  const first: number[] = [];
  const again: number[] = [];
  let storage = createMemoryStorage();
  // One discarded round first, so that nothing is timed while the JIT is still warming up.
  for (let n = 0; n <= REPEAT; n++) {
    storage = createMemoryStorage();
    const seeding = timed(() => createLocalServer({ storage, seed: 'demo' }).close());
    const restart = timed(() => createLocalServer({ storage, seed: 'demo' }).close());
    if (n === 0) continue;
    first.push(seeding);
    again.push(restart);
  }
  const groupKeys = storage.keys().filter((key) => key.startsWith('chat:grp:')).length;
  const rows = [
    ['first start, seeding (ms)', `${median(first).toFixed(1)} (min ${Math.min(...first).toFixed(1)}, max ${Math.max(...first).toFixed(1)})`],
    ['later start over the seeded storage (ms)', `${median(again).toFixed(1)} (min ${Math.min(...again).toFixed(1)}, max ${Math.max(...again).toFixed(1)})`],
    ['keys written (group keys)', `${storage.keys().length} (${groupKeys})`],
    ['bytes written (KB)', (storedBytes(storage) / 1024).toFixed(1)],
  ];
  console.log('| demo seed | |');
  console.log('|---|---|');
  for (const [name, value] of rows) console.log(`| ${name} | ${value} |`);
  console.log(`\nMedians of ${REPEAT} runs, each on fresh in-memory storage.`);
}

main();
