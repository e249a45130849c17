/**
 * Which rows of a long list to render: those in the viewport plus `overscan` on each side. Everything else
 * is two spacers, so a 6000-member list keeps a few dozen row nodes however far it is scrolled.
 * `offsetTop` is the height of what the scroll area shows above the rows (headings, other sections).
 */
export interface VirtualWindow {
  start: number;
  end: number;
  padTop: number;
  padBottom: number;
}

export function virtualWindow(
  total: number,
  scrollTop: number,
  viewportHeight: number,
  rowHeight: number,
  overscan = 8,
  offsetTop = 0,
): VirtualWindow {
  const first = Math.floor(Math.max(0, scrollTop - offsetTop) / rowHeight);
  const visible = Math.ceil(viewportHeight / rowHeight);
  const start = Math.max(0, Math.min(first - overscan, total));
  const end = Math.min(total, first + visible + overscan);
  return { start, end: Math.max(start, end), padTop: start * rowHeight, padBottom: Math.max(0, total - Math.max(start, end)) * rowHeight };
}

/**
 * Whether the viewport is within `threshold` px of the end of the loaded content, i.e. whether the next
 * page is wanted now. A level, not an edge: the scroll view's `scrolltolower` fires only while scrolling
 * down into the threshold (and at most every 200 ms on H5), so after a fast fling the list can rest at the
 * bottom with the next page never asked for. Checked on every scroll and whenever a page lands, it keeps
 * fetching until the viewport is filled or the list is complete.
 */
export function nearEnd(scrollTop: number, viewportHeight: number, contentHeight: number, threshold: number): boolean {
  return Math.max(0, scrollTop) + viewportHeight + threshold >= contentHeight;
}
