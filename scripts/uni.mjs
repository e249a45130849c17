// Runs the uni CLI with the repository root as its input directory (the HBuilderX layout). uni needs an
// absolute UNI_INPUT_DIR: with a relative one its copy step silently skips static/.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const child = spawn('npx', ['uni', ...process.argv.slice(2)], {
  stdio: 'inherit',
  cwd: root,
  env: { ...process.env, UNI_INPUT_DIR: root },
});
child.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 1)));
