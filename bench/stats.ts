/** Helpers the benchmarks share. */

/** The middle value; of two middles (an even count), the upper one. */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}
