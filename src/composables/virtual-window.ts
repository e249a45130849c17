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

/** Seconds of mute left, as a short text (e.g. "2h 5m"); 0 when not muted. */
export function muteLeft(muteUntil: number, nowSeconds: number): number {
  return Math.max(0, muteUntil - nowSeconds);
}

export function formatDuration(seconds: number): string {
  // Whole minutes first, so 3599 s reads "1h 0m" rather than "60m".
  const total = Math.max(1, Math.ceil(seconds / 60));
  const days = Math.floor(total / 1440);
  const hours = Math.floor((total % 1440) / 60);
  const minutes = total % 60;
  if (days > 0) return `${days}d ${hours}h`;
  if (hours > 0) return `${hours}h ${minutes}m`;
  return `${minutes}m`;
}
