/**
 * `npm run lint` guards the layers and the absence of import cycles. These run the same tools on code that
 * breaks the rules, so a config change that silently stops catching them fails here.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(__dirname, '../../..');
const bin = (name: string) => join(root, 'node_modules/.bin', name);

/** ESLint's findings for `code` as if it were the file at `path` (nothing is written); '' when it passes. */
function lint(path: string, code: string): string {
  const run = spawnSync(bin('eslint'), ['--stdin', '--stdin-filename', path, '--format', 'stylish'], {
    cwd: root,
    input: code,
    encoding: 'utf8',
  });
  const out = run.stdout + run.stderr;
  if (run.status === 0) return '';
  // 1 = rule violations; anything else (a crash, a bad config) must not pass as "the rule fired".
  if (run.status !== 1) throw new Error(`eslint failed (${run.status}): ${out}`);
  return out;
}

describe('layer rules', () => {
  it('keep uni, vue and the platform out of the embedded service', () => {
    const out = lint(
      'src/chat/local/probe.ts',
      "import { ref } from 'vue';\nimport { platform } from '../../platform';\nexport const probe = [ref, platform];\n",
    );
    expect(out).toMatch(/'vue' import is restricted/);
    expect(out).toMatch(/'\.\.\/\.\.\/platform' import is restricted/);
  });

  it('keep pages and components out of stores', () => {
    const out = lint('src/stores/probe.ts', "import Page from '@/src/pages/login/login.vue';\nexport const probe = Page;\n");
    expect(out).toMatch(/'@\/src\/pages\/login\/login.vue' import is restricted/);
  });

  it('let only src/config read import.meta.env', () => {
    expect(lint('src/stores/probe.ts', 'export const probe = import.meta.env.VITE_X;\n')).toMatch(/Only src\/config reads import.meta.env/);
    expect(lint('src/config/probe.ts', 'export const probe = import.meta.env.VITE_X;\n')).toBe('');
  });
});

describe('import cycles', () => {
  let dir = '';
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'cycle-'));
    // A type-only import back is still a cycle: the kind the service had between server.ts and its domains.
    writeFileSync(join(dir, 'server.ts'), "import { op } from './domain';\nexport class Server { run() { return op(this); } }\n");
    writeFileSync(join(dir, 'domain.ts'), "import type { Server } from './server';\nexport function op(server: Server) { return server; }\n");
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('are reported, type-only imports included', () => {
    const run = spawnSync(bin('depcruise'), [dir, '--config', '.dependency-cruiser.cjs', '--output-type', 'err'], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(run.status).not.toBe(0);
    expect(run.stdout + run.stderr).toMatch(/no-circular/);
  });
});
