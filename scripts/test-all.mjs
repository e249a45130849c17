// `npm test`: every check in order — lint, types, unit and contract tests, the compiled mini program under
// miniprogram-simulate, and the H5 build in Chromium. Stops at the first failing step.
import { spawnSync } from 'node:child_process';
import { ensureChromium } from './ensure-chromium.mjs';

const steps = [
  ['lint', 'npm run lint --silent'],
  ['typecheck', 'npx vue-tsc --noEmit -p tsconfig.json'],
  ['unit + contract + cloud-sdk', 'npx jest --selectProjects unit contract cloud-sdk'],
  ['build mp-weixin', 'npm run build:mp-weixin --silent'],
  ['mini program', 'npx jest --selectProjects mp'],
  ['build h5', 'npm run build:h5 --silent'],
  // Builds once more (cloud, production, probe variables) and reads what reaches the bundle.
  ['bundle', 'npx jest --selectProjects bundle'],
  ['browser', 'npx jest --selectProjects e2e --runInBand'],
];

ensureChromium();
const results = [];
for (const [name, command] of steps) {
  console.log(`\n=== ${name}: ${command}`);
  const started = Date.now();
  const run = spawnSync(command, { stdio: 'inherit', shell: true, env: { ...process.env, FORCE_COLOR: '0' } });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  results.push({ name, ok: run.status === 0, seconds });
  if (run.status !== 0) break;
}
console.log('\n=== summary');
for (const { name, ok, seconds } of results) console.log(`${ok ? 'ok  ' : 'FAIL'} ${name} (${seconds}s)`);
const failed = results.filter((result) => !result.ok).length;
const passed = results.length - failed;
console.log(`steps: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 && results.length === steps.length ? 0 : 1);
