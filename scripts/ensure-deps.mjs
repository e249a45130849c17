// Installs npm packages when node_modules is missing or stale, so that `npm start` and `npm test` work on a
// fresh clone with nothing but Node and npm:
// - no node_modules, or a package-lock.json newer than the install (a pull changed it): `npm ci`, which installs
//   exactly the committed lock, as CI does;
// - a package.json edited here after the lock (the lock no longer matches it, and `npm ci` would refuse):
//   `npm install`, which brings the lock up to date.
import { execSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';

const installed = 'node_modules/.package-lock.json';
// Checkouts write files a moment apart: only a clearly newer file counts as changed.
const SLACK_MS = 2000;
const modified = (file) => statSync(file).mtimeMs;
const newer = (a, b) => a > b + SLACK_MS;

let command = null;
if (!existsSync(installed) || newer(modified('package-lock.json'), modified(installed))) {
  command = newer(modified('package.json'), modified('package-lock.json')) ? 'install' : 'ci';
} else if (newer(modified('package.json'), modified(installed))) {
  command = 'install';
}
if (command) {
  console.log(`[deps] installing npm packages (npm ${command})…`);
  execSync(`npm ${command} --no-audit --no-fund`, { stdio: 'inherit' });
}
