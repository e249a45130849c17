/**
 * The cloud-mode mini program as it ships (production build, issue 14): it keeps WeChat's package rules
 * (test/mp/package-rules.ts), the SDK sits in the backend subpackage and nowhere else, and the development
 * UserSig generator (crypto-js, fflate) and the demo pictures are not in it. npm test builds the local-mode
 * mini program for the mp suite; this builds the cloud one into a temporary directory.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SUBPACKAGES } from '@/src/app/routes';
import { checkPackages } from '../mp/package-rules';

const ROOT = path.resolve(__dirname, '../..');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'mp-cloud-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(full) : [full];
  });
}

test('the production cloud mini program: package rules kept, the SDK only in its subpackage, no development code', () => {
  const outDir = path.join(tmp, 'mp-cloud');
  const run = spawnSync(process.execPath, [path.join(ROOT, 'scripts/uni.mjs'), 'build', '-p', 'mp-weixin'], {
    cwd: ROOT,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      UNI_OUTPUT_DIR: outDir,
      VITE_CHAT_BACKEND: 'cloud',
      VITE_TIM_SDK_APP_ID: '1400012345',
      VITE_TIM_USERSIG_URL: 'https://usersig.example.com/usersig',
    },
    encoding: 'utf8',
    timeout: 9 * 60_000,
  });
  expect(run.status).toBe(0);
  expect(checkPackages(outDir)).toEqual([]);

  const files = filesUnder(outDir).map((file) => ({ file: path.relative(outDir, file), text: fs.readFileSync(file, 'latin1') }));
  const holding = (needle: string) => files.filter(({ text }) => text.includes(needle)).map(({ file }) => file);
  const sdk = holding('TencentCloudChat.VERSION');
  expect(sdk.length).toBe(1);
  expect(sdk[0].startsWith(`${SUBPACKAGES.backend}/`)).toBe(true);
  // crypto-js and fflate (the development UserSig generator), by strings of their own.
  expect(holding('Native crypto module could not be used')).toEqual([]);
  expect(holding('invalid zlib data')).toEqual([]);
  // The demo pictures of the embedded service; the default avatar stays.
  expect(files.filter(({ file }) => file.startsWith(path.join('static', 'demo')) || file.startsWith(path.join('src', 'subpackages', 'chat', 'static', 'demo')))).toEqual([]);
  expect(files.map(({ file }) => file).filter((file) => file.startsWith(path.join('static', 'avatars')))).toEqual([path.join('static', 'avatars', 'default.png')]);
});
