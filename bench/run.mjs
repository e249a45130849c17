// Bundles TypeScript benchmarks with esbuild, resolving the `@/` alias through tsconfig.json, and runs each in
// Node: `npm run bench` runs the embedded service's (the demo seed, member lists, messages, friend lists); `node
// bench/run.mjs bench/<file>.ts` runs one. playwright-core stays external: it reads its own package files at run time, so it
// must load from node_modules.
import { spawnSync } from 'node:child_process';
import { basename, join } from 'node:path';
import { build } from 'esbuild';

const entries = process.argv.length > 2 ? process.argv.slice(2) : ['bench/local-seed.ts', 'bench/local-members.ts', 'bench/local-messages.ts', 'bench/local-friends.ts'];
for (const entry of entries) {
  console.log(`\n=== ${entry}`);
  const outfile = join('dist', 'bench', `${basename(entry, '.ts')}.cjs`);
  await build({ entryPoints: [entry], bundle: true, platform: 'node', target: 'node20', format: 'cjs', outfile, external: ['playwright-core'], logLevel: 'warning' });
  const run = spawnSync(process.execPath, [outfile], { stdio: 'inherit' });
  if (run.status !== 0) {
    process.exitCode = run.status ?? 1;
    break;
  }
}
