/**
 * Only the parsed, allowed configuration reaches the bundle (issue 13, item 7): src/config/index.ts reads
 * each allowed VITE_* variable by its literal name, so Vite inlines those values and nothing else of the
 * build machine's environment (other VITE_* variables, uni-app's VITE_ROOT_DIR, a local path).
 *
 * Builds the H5 app in cloud mode, production, into a temporary directory with probe variables set, and
 * reads every file of the output. Also reads the builds `npm test` made before this step (dist/build).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');
const PROBE = `probe-${process.pid}-must-not-ship`;
const SECRET = `secret-${process.pid}-must-not-ship`;

function build(outDir: string, env: Record<string, string>): { status: number | null; output: string } {
  const run = spawnSync(process.execPath, [path.join(ROOT, 'scripts/uni.mjs'), 'build'], {
    cwd: ROOT,
    env: { ...process.env, ...env, UNI_OUTPUT_DIR: outDir, NODE_ENV: 'production' },
    encoding: 'utf8',
    timeout: 9 * 60_000,
  });
  return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
}

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(full) : [full];
  });
}

/** The output files whose text contains `needle`, relative to `dir`. */
function filesContaining(dir: string, needle: string): string[] {
  return filesUnder(dir)
    .filter((file) => fs.readFileSync(file).includes(needle))
    .map((file) => path.relative(dir, file));
}

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'bundle-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('the built bundle carries only the allowed configuration', () => {
  test('a production cloud build has the SDKAppID and UserSig URL, and no other VITE_* value or build path', () => {
    const outDir = path.join(tmp, 'h5-cloud');
    const result = build(outDir, {
      VITE_CHAT_BACKEND: 'cloud',
      VITE_TIM_SDK_APP_ID: '1400012345',
      VITE_TIM_USERSIG_URL: 'https://usersig.example.com/usersig',
      VITE_UNRELATED_PROBE: PROBE,
    });
    expect(result.status).toBe(0);

    // What the app needs is there…
    expect(filesContaining(outDir, '1400012345').length).toBeGreaterThan(0);
    expect(filesContaining(outDir, 'https://usersig.example.com/usersig').length).toBeGreaterThan(0);
    // …and nothing else of the environment: an unrelated variable, uni-app's VITE_ROOT_DIR (the repository's
    // absolute path), or the env object's key that only a whole import.meta.env would bring.
    expect(filesContaining(outDir, PROBE)).toEqual([]);
    expect(filesContaining(outDir, ROOT)).toEqual([]);
    expect(filesContaining(outDir, 'VITE_ROOT_DIR')).toEqual([]);
  });

  test('a production build with the secret key set fails and writes no bundle with it', () => {
    const outDir = path.join(tmp, 'h5-secret');
    const result = build(outDir, {
      VITE_CHAT_BACKEND: 'cloud',
      VITE_TIM_SDK_APP_ID: '1400012345',
      VITE_TIM_SECRET_KEY: SECRET,
    });
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('VITE_TIM_SECRET_KEY must not be set in a production build');
    expect(fs.existsSync(outDir) ? filesContaining(outDir, SECRET) : []).toEqual([]);
  });

  test.each(['h5', 'mp-weixin'])('the %s build of npm test carries no build-machine path', (target) => {
    const outDir = path.join(ROOT, 'dist/build', target);
    if (!fs.existsSync(outDir)) throw new Error(`${outDir} is missing: run npm run build:${target} first (npm test does)`);
    expect(filesContaining(outDir, ROOT)).toEqual([]);
    expect(filesContaining(outDir, 'VITE_ROOT_DIR')).toEqual([]);
  });
});
