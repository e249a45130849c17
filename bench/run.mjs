// Bundles TypeScript benchmarks (default bench/local-members.ts, then bench/local-messages.ts) with esbuild, resolving the `@/` alias
// through tsconfig.json, and runs it in Node: `npm run bench` or `node bench/run.mjs bench/<file>.ts …`.
// playwright-core stays external: it reads its own package files at run time, so it must load from node_modules.
import { spawnSync } from 'node:child_process';
import { basename, join } from 'node:path';
import { build } from 'esbuild';

const entries = process.argv.length > 2 ? process.argv.slice(2) : ['bench/local-members.ts', 'bench/local-messages.ts'];
for (const entry of entries) {
  const outfile = join('dist', 'bench', `${basename(entry, '.ts')}.cjs`);
  await build({ entryPoints: [entry], bundle: true, platform: 'node', target: 'node20', format: 'cjs', outfile, external: ['playwright-core'], logLevel: 'warning' });
  const run = spawnSync(process.execPath, [outfile], { stdio: 'inherit' });
  if (run.status !== 0) {
    process.exitCode = run.status ?? 1;
    break;
  }
}
