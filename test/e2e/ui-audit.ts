import type { Page } from 'playwright-core';

/**
 * Checks a person would make on every screen, computed from the rendered page in Chromium:
 *
 * TYPE. Every visible element holding text of its own is set in the system font stack (its computed
 * `font-family` starts with system-ui, the first family of src/styles/tokens.scss's --ui-font: no serif
 * fallback for Latin text and digits), and none breaks words anywhere (`word-break: break-all` splits
 * English words; IDs and URLs use `overflow-wrap: anywhere` instead).
 *
 * CONTRAST (WCAG 2.1, 1.4.3). Every visible element that holds text of its own (a non-blank text node as a
 * direct child) is measured: its computed `color` (alpha included, times the opacity of it and its
 * ancestors) composited over its effective background — the background colours of it and its ancestors,
 * composited from the first opaque one down (white when none is). Normal text must reach 4.5:1; large text
 * (≥ 24 px, or ≥ 18.66 px at weight ≥ 600) 3:1, as WCAG sets. Exempt, with the reason:
 *   - text inside a disabled control (`[disabled]`, `.is-disabled`, `.disabled`): WCAG exempts inactive
 *     components;
 *   - text over a background image or gradient (none of ours has text; the contrast cannot be computed).
 *
 * TOUCH TARGETS (WeChat's and Apple's 44 pt; WCAG 2.5.5). "Tappable" means, precisely:
 *   - an element with a click listener bound by Vue (uni-app's `@tap`/`@click` compile to one; Vue keeps
 *     listeners on the element under the `_vei` symbol) — this covers our views with `@tap`/`hover-class`
 *     and wot-design-uni's buttons, cells and switches;
 *   - native controls and links: `uni-button`, `button`, `a[href]`, `uni-navigator`, `uni-switch`,
 *     `uni-checkbox`, `uni-radio`, `uni-picker`, `[role=button]`;
 *   - uni-h5's own chrome: the navigation bar's back button and the tab bar items.
 * A tappable element passes when the 44 × 44 px square centred on it hits it: the centre, the four corners
 * and the four edge midpoints of the square (inset by 1 px, as Chromium snaps boxes and hit points to whole
 * pixels), after scrolling it to the middle of the
 * screen, all land on the element or inside it (`elementFromPoint`, so a pseudo-element that widens the hit
 * area counts, and a bar drawn over the element does not). Exempt, with the reason:
 *   - invisible elements (`checkVisibility`, zero size): nobody can tap them;
 *   - full-screen masks (`.wd-overlay`, `.uni-mask`, our `.ui-popup__mask`), the panel of a sheet
 *     (`.wd-popup`, whose click listener only keeps taps inside it) and the page wrapper's touch listeners:
 *     not targets;
 *   - elements under an open sheet or dialog (its mask or panel is what their centre hits): nobody can reach
 *     them until it closes — the sheet's own choices are checked instead;
 *   - an element whose nearest tappable ancestor performs the same action and already gives the square
 *     (marked `data-tap-inside`; none of our components needs it today, the attribute is here to keep the
 *     rule explicit).
 */

export interface ContrastProblem {
  kind: 'contrast';
  text: string;
  where: string;
  ratio: number;
  needed: number;
  color: string;
  background: string;
}

export interface TargetProblem {
  kind: 'target';
  where: string;
  text: string;
  width: number;
  height: number;
  /** Which of the nine sample points missed it (e.g. "top-left"). */
  missed: string[];
}

export interface TypeProblem {
  kind: 'type';
  text: string;
  where: string;
  fontFamily: string;
  wordBreak: string;
}

export type AuditProblem = ContrastProblem | TargetProblem | TypeProblem;

/** Runs both checks on the page as it is; returns every problem found (empty when the screen passes). */
export async function auditPage(page: Page): Promise<AuditProblem[]> {
  const type = await page.evaluate(typeProblems);
  const contrast = await page.evaluate(contrastProblems);
  const targets = await page.evaluate(targetProblems);
  return [...type, ...contrast, ...targets];
}

/** One line per problem, for a test failure message a person can act on. */
export function describeProblems(problems: AuditProblem[]): string {
  return problems
    .map((problem) => {
      if (problem.kind === 'type') return `type "${problem.text}" in ${problem.fontFamily}, word-break ${problem.wordBreak} at ${problem.where}`;
      if (problem.kind === 'contrast') {
        return `contrast ${problem.ratio.toFixed(2)} < ${problem.needed} "${problem.text}" (${problem.color} on ${problem.background}) at ${problem.where}`;
      }
      return `target ${Math.round(problem.width)}×${Math.round(problem.height)} px "${problem.text}" at ${problem.where} (missed: ${problem.missed.join(', ')})`;
    })
    .join('\n');
}

// The functions below run inside the page (page.evaluate serialises them): everything they use is defined
// inside them.

function typeProblems(): TypeProblem[] {
  const problems: TypeProblem[] = [];
  for (const el of Array.from(document.body.querySelectorAll('*'))) {
    const own = Array.from(el.childNodes)
      .filter((node) => node.nodeType === Node.TEXT_NODE)
      .map((node) => node.textContent ?? '')
      .join('')
      .trim();
    if (!own || !el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })) continue;
    const style = getComputedStyle(el);
    const first = style.fontFamily.split(',')[0].trim().replace(/["']/g, '');
    if (first !== 'system-ui' || style.wordBreak === 'break-all') {
      const cls = (el.getAttribute('class') ?? '').trim().split(/\s+/).slice(0, 3).join('.');
      problems.push({
        kind: 'type',
        text: own.slice(0, 40),
        where: `${el.tagName.toLowerCase()}${cls ? `.${cls}` : ''}`,
        fontFamily: style.fontFamily,
        wordBreak: style.wordBreak,
      });
    }
  }
  return problems;
}

function contrastProblems(): ContrastProblem[] {
  type Rgba = [number, number, number, number];
  const parse = (value: string): Rgba | null => {
    const match = /rgba?\(([^)]+)\)/.exec(value);
    if (!match) return null;
    const parts = match[1].split(/[\s,/]+/).filter(Boolean).map(Number);
    return [parts[0], parts[1], parts[2], parts.length > 3 ? parts[3] : 1];
  };
  const over = (top: Rgba, bottom: Rgba): Rgba => {
    const a = top[3] + bottom[3] * (1 - top[3]);
    if (a === 0) return [0, 0, 0, 0];
    const mix = (i: number) => (top[i] * top[3] + bottom[i] * bottom[3] * (1 - top[3])) / a;
    return [mix(0), mix(1), mix(2), a];
  };
  const channel = (c: number) => {
    const v = c / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  };
  const luminance = (c: Rgba) => 0.2126 * channel(c[0]) + 0.7152 * channel(c[1]) + 0.0722 * channel(c[2]);
  const ratioOf = (a: Rgba, b: Rgba) => {
    const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
    return (hi + 0.05) / (lo + 0.05);
  };
  const css = (c: Rgba) => `rgb(${c.slice(0, 3).map(Math.round).join(', ')})`;
  const where = (el: Element) => {
    const path: string[] = [];
    for (let node: Element | null = el; node && path.length < 4; node = node.parentElement) {
      const cls = (node.getAttribute('class') ?? '').trim().split(/\s+/).filter(Boolean).slice(0, 3).join('.');
      path.unshift(`${node.tagName.toLowerCase()}${cls ? `.${cls}` : ''}`);
    }
    return path.join(' > ');
  };

  const problems: ContrastProblem[] = [];
  for (const el of Array.from(document.body.querySelectorAll('*'))) {
    const own = Array.from(el.childNodes)
      .filter((node) => node.nodeType === Node.TEXT_NODE)
      .map((node) => node.textContent ?? '')
      .join('')
      .trim();
    if (!own) continue;
    const rect = el.getBoundingClientRect();
    if (rect.width === 0 || rect.height === 0) continue;
    if (!el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })) continue;
    if (el.closest('[disabled], .is-disabled, .disabled')) continue;

    let opacity = 1;
    const layers: Rgba[] = [];
    let unknown = false;
    for (let node: Element | null = el; node; node = node.parentElement) {
      const style = getComputedStyle(node);
      opacity *= Number(style.opacity);
      if (style.backgroundImage !== 'none' && !unknown && layers.every((layer) => layer[3] < 1)) unknown = true;
      const bg = parse(style.backgroundColor);
      if (bg && bg[3] > 0) layers.push(bg);
      if (bg && bg[3] === 1) break;
    }
    if (unknown) continue;
    let background: Rgba = [255, 255, 255, 1];
    for (const layer of layers.reverse()) background = over(layer, background);
    const style = getComputedStyle(el);
    const fg = parse(style.color);
    if (!fg) continue;
    const text = over([fg[0], fg[1], fg[2], fg[3] * opacity], background);
    const size = parseFloat(style.fontSize);
    const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 600);
    const needed = large ? 3 : 4.5;
    const ratio = ratioOf(text, background);
    if (ratio + 0.005 < needed) {
      problems.push({ kind: 'contrast', text: own.slice(0, 40), where: where(el), ratio, needed, color: css(text), background: css(background) });
    }
  }
  return problems;
}

function targetProblems(): TargetProblem[] {
  const SIZE = 44;
  const NATIVE = 'uni-button, button, a[href], uni-navigator, uni-switch, uni-checkbox, uni-radio, uni-picker, [role=button], .uni-page-head-btn, .uni-tabbar__item';
  // `.ui-popup` (UiPopup) holds both its mask and its panel: whatever lies under it is out of reach.
  const MODALS = '.wd-overlay, .uni-mask, .wd-popup, .ui-popup, .ui-popup__mask';
  const NOT_TARGETS = `${MODALS}, uni-page-wrapper`;
  const hasClick = (el: Element) => {
    const symbol = Object.getOwnPropertySymbols(el).find((s) => s.description === '_vei');
    const listeners = symbol ? (el as unknown as Record<symbol, Record<string, unknown>>)[symbol] : null;
    return Boolean(listeners && Object.keys(listeners).some((name) => /^on(Click|Tap)/.test(name) && listeners[name]));
  };
  const where = (el: Element) => {
    const path: string[] = [];
    for (let node: Element | null = el; node && path.length < 4; node = node.parentElement) {
      const cls = (node.getAttribute('class') ?? '').trim().split(/\s+/).filter(Boolean).slice(0, 3).join('.');
      path.unshift(`${node.tagName.toLowerCase()}${cls ? `.${cls}` : ''}`);
    }
    return path.join(' > ');
  };

  const candidates = Array.from(document.body.querySelectorAll('*')).filter(
    (el) => (el.matches(NATIVE) || hasClick(el)) && !el.matches(NOT_TARGETS) && !el.hasAttribute('data-tap-inside'),
  );
  const problems: TargetProblem[] = [];
  for (const el of candidates) {
    if (!el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })) continue;
    let rect = el.getBoundingClientRect();
    if (rect.width === 0 || rect.height === 0) continue;
    el.scrollIntoView({ block: 'center', inline: 'center' });
    rect = el.getBoundingClientRect();
    const cx = rect.left + rect.width / 2;
    const cy = rect.top + rect.height / 2;
    const cover = document.elementFromPoint(cx, cy)?.closest(MODALS);
    if (cover && !cover.contains(el)) continue;
    const half = SIZE / 2 - 1;
    const points: Array<[string, number, number]> = [
      ['centre', cx, cy],
      ['top-left', cx - half, cy - half],
      ['top', cx, cy - half],
      ['top-right', cx + half, cy - half],
      ['right', cx + half, cy],
      ['bottom-right', cx + half, cy + half],
      ['bottom', cx, cy + half],
      ['bottom-left', cx - half, cy + half],
      ['left', cx - half, cy],
    ];
    const missed = points
      .filter(([, x, y]) => {
        const hit = document.elementFromPoint(x, y);
        return !hit || !(hit === el || el.contains(hit));
      })
      .map(([name]) => name);
    if (missed.length > 0) {
      problems.push({
        kind: 'target',
        where: where(el),
        text: (el.textContent ?? '').trim().slice(0, 30),
        width: rect.width,
        height: rect.height,
        missed,
      });
    }
  }
  window.scrollTo(0, 0);
  return problems;
}
