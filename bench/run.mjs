// Bundles a TypeScript benchmark (default bench/local-members.ts) with esbuild, resolving the `@/` alias
// through tsconfig.json, and runs it in Node: `npm run bench` or `node bench/run.mjs bench/<file>.ts`.
// playwright-core stays external: it reads its own package files at run time, so it must load from node_modules.
import { spawnSync } from 'node:child_process';
import { basename, join } from 'node:path';
import { build } from 'esbuild';

const entry = process.argv[2] ?? 'bench/local-members.ts';
const outfile = join('dist', 'bench', `${basename(entry, '.ts')}.cjs`);
await build({ entryPoints: [entry], bundle: true, platform: 'node', target: 'node20', format: 'cjs', outfile, external: ['playwright-core'], logLevel: 'warning' });
const run = spawnSync(process.execPath, [outfile], { stdio: 'inherit' });
process.exitCode = run.status ?? 1;
