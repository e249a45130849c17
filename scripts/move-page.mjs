// Moves pages from the main package into a subpackage (see src/app/routes.ts for the rule):
//   node scripts/move-page.mjs <subpackage> <page> [<page> …]
// e.g. `node scripts/move-page.mjs groups group-edit`: git-moves src/pages/group-edit/ to
// src/subpackages/groups/group-edit/, moves its pages.json entry (with its style) into that subpackage's
// `pages`, and points its route in src/app/routes.ts at the new path. Run the tests after (npm test).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const [name, ...pages] = process.argv.slice(2);
if (!name || pages.length === 0) {
  console.error('usage: node scripts/move-page.mjs <subpackage> <page> [<page> …]');
  process.exit(2);
}
const pagesPath = resolve(root, 'pages.json');
const pagesJson = JSON.parse(readFileSync(pagesPath, 'utf8'));
const sub = (pagesJson.subPackages ?? []).find((candidate) => candidate.name === name);
if (!sub) throw new Error(`pages.json has no subpackage named ${name}`);
const routesPath = resolve(root, 'src/app/routes.ts');
let routes = readFileSync(routesPath, 'utf8');

for (const page of pages) {
  const from = `src/pages/${page}`;
  const to = `${sub.root}/${page}`;
  const route = `${from}/${page}`;
  const at = pagesJson.pages.findIndex((entry) => entry.path === route);
  if (at < 0) throw new Error(`${route} is not a main-package page of pages.json`);
  if (!existsSync(resolve(root, from))) throw new Error(`${from} does not exist`);
  execFileSync('git', ['mv', from, to], { cwd: root, stdio: 'inherit' });
  const [entry] = pagesJson.pages.splice(at, 1);
  sub.pages.push({ ...entry, path: `${page}/${page}` });
  routes = routes.split(`'${route}'`).join(`'${to}/${page}'`);
  console.log(`${route} → ${to}/${page}`);
}
writeFileSync(pagesPath, `${JSON.stringify(pagesJson, null, 2)}\n`);
writeFileSync(routesPath, routes);
