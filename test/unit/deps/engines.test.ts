/**
 * Every package the lock file installs runs on the oldest Node that package.json's `engines.node` admits:
 * a dependency (or a dependency's dependency) that needs a newer Node would break `npm ci` or the build on a
 * machine we say is supported.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { minVersion, satisfies, validRange } from 'semver';

interface LockEntry {
  version?: string;
  engines?: { node?: string };
}

interface LockFile {
  packages: Record<string, LockEntry>;
}

const root = resolve(__dirname, '../../..');
const readJson = (file: string): unknown => JSON.parse(readFileSync(resolve(root, file), 'utf8'));

/** Locked packages whose `engines.node` leaves out `version`, as "path@version requires range". */
function excluding(version: string, lock: LockFile): string[] {
  return Object.entries(lock.packages)
    .filter(([path]) => path !== '')
    .flatMap(([path, entry]) => {
      const range = entry.engines?.node;
      if (range === undefined) return [];
      const ok = validRange(range) !== null && satisfies(version, range);
      return ok ? [] : [`${path}@${entry.version ?? '?'} requires node ${range}`];
    });
}

describe('Node engines', () => {
  const declared = (readJson('package.json') as { engines?: { node?: string } }).engines?.node ?? '';
  const lock = readJson('package-lock.json') as LockFile;

  it('package.json declares a Node range, and the lock file records the same', () => {
    expect(minVersion(declared)).not.toBeNull();
    expect(lock.packages['']?.engines?.node).toBe(declared);
  });

  it('no locked package requires a newer Node than the oldest one we support', () => {
    const oldest = minVersion(declared)!.version;
    expect(excluding(oldest, lock)).toEqual([]);
  });

  it('names a package whose range leaves out our oldest Node, or that no version can satisfy', () => {
    const lockOf = (engines: Record<string, string>): LockFile => ({
      packages: Object.fromEntries(
        Object.entries(engines).map(([name, node]) => [`node_modules/${name}`, { version: '1.0.0', engines: { node } }]),
      ),
    });
    const sample = lockOf({ old: '>=14', caret: '^18.18.0 || ^20.9.0 || >=21.1.0', newer: '>=22.12.0', gap: '^20.20.0', junk: 'not a range' });
    expect(excluding('20.19.0', sample)).toEqual([
      'node_modules/newer@1.0.0 requires node >=22.12.0',
      'node_modules/gap@1.0.0 requires node ^20.20.0',
      'node_modules/junk@1.0.0 requires node not a range',
    ]);
  });
});
