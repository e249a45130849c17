/**
 * The minimum WeChat base library the mini program states (manifest.json → mp-weixin.minBaseLibrary, and the
 * README) covers every platform feature it relies on without a fallback. Versions from WeChat's
 * documentation of each feature.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(__dirname, '../../..');
const manifest = JSON.parse(readFileSync(resolve(root, 'manifest.json'), 'utf8')) as { 'mp-weixin': { minBaseLibrary?: string } };
const readme = readFileSync(resolve(root, 'README.md'), 'utf8');

/** What the app uses with no fallback, and since which base library. */
const NEEDS: Record<string, string> = {
  'require.async (the backend subpackage, build/mp-packages.ts)': '2.11.2',
  'theme.json dark mode, wx.onThemeChange': '2.11.0',
  'wx.enableAlertBeforeUnload (src/platform/navigation.ts)': '2.12.0',
};
const parts = (version: string) => version.split('.').map(Number);
const atLeast = (version: string, floor: string): boolean => {
  const [a, b] = [parts(version), parts(floor)];
  for (let i = 0; i < 3; i += 1) if (a[i] !== b[i]) return a[i] > b[i];
  return true;
};

test('manifest.json states a minimum base library that covers every feature used, and the README the same', () => {
  const stated = manifest['mp-weixin'].minBaseLibrary ?? '';
  expect(stated).toMatch(/^\d+\.\d+\.\d+$/);
  for (const [feature, version] of Object.entries(NEEDS)) expect({ feature, covered: atLeast(stated, version) }).toEqual({ feature, covered: true });
  expect(readme).toContain(`Minimum base library: ${stated}`);
});
