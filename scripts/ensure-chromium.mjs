// The browser tests drive Debian's Chromium (Playwright's own browser download is not available here), with
// CJK and emoji fonts so that screenshots show Chinese text and emoji rather than boxes.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** Debian packages the screenshots need, with a file each installs to tell whether it is there. */
const FONTS = [
  ['fonts-noto-cjk', '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc'],
  ['fonts-noto-color-emoji', '/usr/share/fonts/truetype/noto/NotoColorEmoji.ttf'],
];

function canInstall() {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  return isRoot && existsSync('/usr/bin/apt-get');
}

function aptInstall(packages) {
  execSync(`apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${packages.join(' ')}`, {
    stdio: 'inherit',
    shell: '/bin/bash',
  });
}

export function ensureChromium() {
  const missingFonts = FONTS.filter(([, file]) => !existsSync(file)).map(([name]) => name);
  const needsChromium = !existsSync(CHROMIUM);
  if (!needsChromium && missingFonts.length === 0) return CHROMIUM;
  if (!canInstall()) {
    if (needsChromium) {
      throw new Error(
        `Chromium is needed for the browser tests and was not found at ${CHROMIUM}. ` +
          'Install it (Debian: sudo apt-get install -y chromium) or set CHROMIUM_PATH to a Chromium/Chrome binary.',
      );
    }
    // The tests pass without them; only the screenshots would show boxes for Chinese text and emoji.
    console.warn(`[chromium] fonts missing for screenshots: sudo apt-get install -y ${missingFonts.join(' ')}`);
    return CHROMIUM;
  }
  const packages = [...(needsChromium ? ['chromium'] : []), ...missingFonts];
  console.log(`[chromium] installing ${packages.join(', ')} (apt-get)…`);
  aptInstall(packages);
  if (!existsSync(CHROMIUM)) throw new Error(`apt-get finished but ${CHROMIUM} is still missing.`);
  return CHROMIUM;
}

if (import.meta.url === `file://${process.argv[1]}`) ensureChromium();
