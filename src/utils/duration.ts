/** Seconds of mute left; 0 when not muted (or the mute has run out). */
export function muteLeft(muteUntil: number, nowSeconds: number): number {
  return Math.max(0, muteUntil - nowSeconds);
}

/** A length of time as a short text, e.g. "2h 5m", "3d 1h", "1m". */
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
