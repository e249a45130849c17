/**
 * FNV-1a over UTF-16 units: stable across platforms and runs, which a stored layout (buckets chosen by a
 * hash of an ID) needs.
 */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}
