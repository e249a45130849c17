// `npm run bench:size`: builds the mini program in both modes (local, cloud) into dist/size/<mode> and prints,
// per mode, the main package, each subpackage and the total (file bytes / 1024, as WeChat counts the code
// package), then the login page's first paint under miniprogram-simulate with the backend subpackage held
// back (bench/mp-first-paint.bench.ts). Not a test: it only prints figures. Targets (issue 14): main
// package ≤ 300 KB in both modes, cloud total ≤ 1.1 MB.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';

const modes = {
  local: { VITE_CHAT_BACKEND: 'local' },
  // A production build may not carry a secret key, so the cloud build names a UserSig endpoint.
  cloud: { VITE_CHAT_BACKEND: 'cloud', VITE_TIM_SDK_APP_ID: '1400000000', VITE_TIM_USERSIG_URL: 'https://example.com/usersig' },
};

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (value) => `${value.toFixed(0)} ms`;
const jestConfig = JSON.stringify({
  rootDir: resolve('.'),
  testEnvironment: 'jsdom',
  testMatch: ['<rootDir>/bench/mp-first-paint.bench.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: { module: 'commonjs', esModuleInterop: true, isolatedModules: true } }] },
  moduleNameMapper: { '^@/(.*)$': '<rootDir>/$1' },
  testTimeout: 300000,
});
const scratch = mkdtempSync(join(tmpdir(), 'bench-size-'));

const results = [];
for (const [mode, env] of Object.entries(modes)) {
  const out = join('dist', 'size', mode);
  const run = spawnSync('node', ['scripts/uni.mjs', 'build', '-p', 'mp-weixin'], {
    env: { ...process.env, ...env, UNI_OUTPUT_DIR: out },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (run.status !== 0) throw new Error(`mp-weixin build (${mode}) failed`);
  const app = JSON.parse(readFileSync(join(out, 'app.json'), 'utf8'));
  const roots = (app.subPackages ?? app.subpackages ?? []).map((sub) => sub.root.replace(/\/$/, ''));
  const packages = new Map([['main', 0], ...roots.map((root) => [root, 0])]);
  for (const file of files(out)) {
    const path = relative(out, file);
    const root = roots.find((candidate) => path.startsWith(`${candidate}/`)) ?? 'main';
    packages.set(root, packages.get(root) + statSync(file).size);
  }
  const total = [...packages.values()].reduce((sum, bytes) => sum + bytes, 0);

  const benchOut = join(scratch, `${mode}.json`);
  const paint = spawnSync('npx', ['jest', '--config', jestConfig, '--silent'], {
    env: { ...process.env, MP_DIST: resolve(out), BENCH_OUT: benchOut },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (paint.status !== 0) throw new Error(`first-paint run (${mode}) failed`);
  results.push({ mode, packages, total, firstPaint: JSON.parse(readFileSync(benchOut, 'utf8')) });
}
rmSync(scratch, { recursive: true, force: true });

console.log('\n| mode | package | size |');
console.log('|---|---|---|');
for (const { mode, packages, total } of results) {
  for (const [root, bytes] of packages) console.log(`| ${mode} | ${root === 'main' ? 'main package' : root} | ${kb(bytes)} |`);
  console.log(`| ${mode} | **total** | **${kb(total)}** |`);
}
console.log('\nLogin page under miniprogram-simulate, backend subpackage held back (median of runs):\n');
console.log('| mode | cold start → sign-in form painted | subpackage arrives → backend ready |');
console.log('|---|---|---|');
for (const { mode, firstPaint } of results) console.log(`| ${mode} | ${ms(firstPaint.paint)} | ${ms(firstPaint.ready)} |`);
