// Installs npm packages when they are missing or older than package.json / package-lock.json, so that
// `npm start` and `npm test` work on a fresh clone with nothing but Node and npm.
import { execSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';

const installed = 'node_modules/.package-lock.json';
const newest = Math.max(statSync('package.json').mtimeMs, statSync('package-lock.json').mtimeMs);
if (!existsSync(installed) || newest > statSync(installed).mtimeMs + 2000) {
  // `npm install`, not `npm ci`: npm 11's ci refuses this lock over platform-specific optional packages
  // (rollup's) that it never installs on this platform anyway; install still follows the lock.
  console.log('[deps] installing npm packages (npm install)…');
  execSync('npm install --no-audit --no-fund', { stdio: 'inherit' });
}
