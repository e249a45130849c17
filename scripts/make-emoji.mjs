/**
 * Draws the chat's built-in emoji (src/utils/emoji.ts) into src/subpackages/chat/static/emoji/<codepoint>.png, 64 × 64 px with a
 * transparent background, from Twemoji's SVGs (graphics CC-BY 4.0, Twitter, Inc. and other contributors;
 * https://github.com/jdecked/twemoji). The PNGs are committed; run this only to change the set:
 *
 *   npm pack @twemoji/svg@15.0.0 && tar xzf twemoji-svg-15.0.0.tgz   # its files are <codepoint>.svg
 *   node scripts/make-emoji.mjs package
 *
 * It renders each SVG in the Chromium the browser tests use (playwright-core), then quantizes each PNG to a
 * palette with pngquant (Debian's `apt-get install pngquant`): Twemoji's flat colours survive it unchanged to
 * the eye, and the 40 emoji go from 89 KB to 42 KB of the chat subpackage (issue 14: package sizes).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';

const source = process.argv[2];
if (!source) {
  console.error('usage: node scripts/make-emoji.mjs <folder with Twemoji <codepoint>.svg files>');
  process.exit(1);
}
const table = readFileSync(resolve('src/utils/emoji.ts'), 'utf8');
const files = [...table.matchAll(/file: '([0-9a-f-]+)'/g)].map((match) => match[1]);
const out = resolve('src/subpackages/chat/static/emoji');
mkdirSync(out, { recursive: true });
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage({ viewport: { width: 64, height: 64 }, deviceScaleFactor: 1 });
for (const file of files) {
  const svg = readFileSync(resolve(source, `${file}.svg`), 'utf8');
  await page.setContent(`<html><body style="margin:0;background:transparent">${svg.replace('<svg', '<svg width="64" height="64"')}</body></html>`);
  writeFileSync(resolve(out, `${file}.png`), await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: 64, height: 64 } }));
}
await browser.close();
const quantize = spawnSync('pngquant', ['--quality', '70-95', '--speed', '1', '--strip', '--force', '--ext', '.png', ...files.map((file) => resolve(out, `${file}.png`))], { stdio: 'inherit' });
if (quantize.status !== 0) throw new Error('pngquant failed (apt-get install pngquant)');
writeFileSync(
  resolve(out, 'LICENSE.md'),
  'Emoji graphics: Twemoji, Copyright 2019 Twitter, Inc. and other contributors (https://github.com/jdecked/twemoji),\nlicensed under CC-BY 4.0 (https://creativecommons.org/licenses/by/4.0/). Rendered to PNG by scripts/make-emoji.mjs.\n',
);
console.log(`${files.length} emoji written to src/subpackages/chat/static/emoji/`);
