import type { KeyValueStorage } from '../core/ports';

interface Carried {
  value: string | null;
  at: number;
}

/**
 * Storage writes that other tabs' messages carried, read in front of this tab's storage until it shows
 * them. A browser delivers a channel message and the storage write it announces on separate paths
 * (Chromium keeps a copy of localStorage in each renderer process and updates it later), so a tab can
 * hear of a write before it can read it.
 */
export class CarriedValues {
  private readonly entries = new Map<string, Carried>();

  constructor(
    private readonly storage: KeyValueStorage,
    private readonly clock: () => number,
  ) {}

  carry(key: string, value: string | null): void {
    this.entries.set(key, { value, at: this.clock() });
  }

  /** This tab's own write is the newest it knows of. */
  written(key: string): void {
    this.entries.delete(key);
  }

  getItem(key: string): string | null {
    const entry = this.entries.get(key);
    if (!entry) return this.storage.getItem(key);
    if (this.storage.getItem(key) === entry.value) this.entries.delete(key);
    return entry.value;
  }

  keys(): string[] {
    const keys = this.storage.keys();
    if (this.entries.size === 0) return keys;
    const found = new Set(keys);
    for (const [key, { value }] of this.entries) {
      if (value === null) found.delete(key);
      else found.add(key);
    }
    return [...found];
  }

  /**
   * Drops the copies storage now shows, and those it has had `maxAgeMs` to show: past that, a storage that
   * disagrees holds a later write (two tabs wrote the key at once). Answers the keys whose copy differed,
   * since what was loaded from the copy must be read again.
   */
  prune(maxAgeMs: number): string[] {
    const superseded: string[] = [];
    const now = this.clock();
    for (const [key, entry] of [...this.entries]) {
      const stored = this.storage.getItem(key);
      if (stored === entry.value) this.entries.delete(key);
      else if (now - entry.at >= maxAgeMs) {
        this.entries.delete(key);
        superseded.push(key);
      }
    }
    return superseded;
  }
}
