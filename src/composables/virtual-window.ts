/**
 * Which rows of a long list to render: those in the viewport plus `overscan` on each side. Everything else
 * is two spacers, so a 6000-member list keeps a few dozen row nodes however far it is scrolled.
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
): VirtualWindow {
  const first = Math.floor(Math.max(0, scrollTop) / rowHeight);
  const visible = Math.ceil(viewportHeight / rowHeight);
  const start = Math.max(0, Math.min(first - overscan, total));
  const end = Math.min(total, first + visible + overscan);
  return { start, end: Math.max(start, end), padTop: start * rowHeight, padBottom: Math.max(0, total - Math.max(start, end)) * rowHeight };
}
