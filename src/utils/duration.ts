/** Seconds of mute left; 0 when not muted (or the mute has run out). */
export function muteLeft(muteUntil: number, nowSeconds: number): number {
  return Math.max(0, muteUntil - nowSeconds);
}

/**
 * A length of time in the two largest units a person reads ("3 days 1 hour", "2 hours 5 minutes",
 * "1 minute"): `unit` names which pair, the page words it in its language (members.duration.*).
 */
export interface DurationParts {
  unit: 'dh' | 'hm' | 'm';
  days: number;
  hours: number;
  minutes: number;
}

export function durationParts(seconds: number): DurationParts {
  // Whole minutes, rounded up, so 3599 s reads "1 h 0 min" rather than "60 min" and a last second still counts.
  const total = Math.max(1, Math.ceil(seconds / 60));
  const days = Math.floor(total / 1440);
  const hours = Math.floor((total % 1440) / 60);
  const minutes = total % 60;
  return { unit: days > 0 ? 'dh' : hours > 0 ? 'hm' : 'm', days, hours, minutes };
}
