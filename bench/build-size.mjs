// Prints the mp-weixin build size of both backends (total and main package): the local-mode mini program
// must not carry the Chat SDK. Builds into dist/size/<backend>. Not a test: it only prints figures.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

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
const rows = [];
for (const [backend, env] of Object.entries(modes)) {
  const out = join('dist', 'size', backend);
  const run = spawnSync('node', ['scripts/uni.mjs', 'build', '-p', 'mp-weixin'], {
    env: { ...process.env, ...env, UNI_OUTPUT_DIR: out },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (run.status !== 0) throw new Error(`mp-weixin build (${backend}) failed`);
  const app = JSON.parse(readFileSync(join(out, 'app.json'), 'utf8'));
  const subRoots = (app.subPackages ?? app.subpackages ?? []).map((sub) => sub.root.replace(/\/?$/, '/'));
  const all = files(out);
  const size = (list) => list.reduce((sum, path) => sum + statSync(path).size, 0);
  const main = all.filter((path) => !subRoots.some((root) => relative(out, path).startsWith(root)));
  const vendor = statSync(join(out, 'common', 'vendor.js')).size;
  const hasSdk = readFileSync(join(out, 'common', 'vendor.js'), 'utf8').includes('TencentCloudChat');
  rows.push({ backend, total: size(all), main: size(main), vendor, hasSdk });
}
console.log('| backend | total | main package | common/vendor.js | contains the Chat SDK |');
console.log('|---|---|---|---|---|');
for (const row of rows) {
  console.log(`| ${row.backend} | ${kb(row.total)} | ${kb(row.main)} | ${kb(row.vendor)} | ${row.hasSdk ? 'yes' : 'no'} |`);
}
