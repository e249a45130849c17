/** Splits a list into the per-call caps the service sets (100 profiles, 100 subscriptions, 500 statuses). */
export function chunk<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let start = 0; start < items.length; start += size) chunks.push(items.slice(start, start + size));
  return chunks;
}
