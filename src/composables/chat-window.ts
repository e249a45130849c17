import type { VirtualWindow } from './virtual-window';

/**
 * The rows of a chat to render, for rows of different heights: each row's height is measured once it has
 * been rendered and estimated until then; the offsets are their running sum. Only the rows near the viewport
 * exist (see virtual-window.ts); the rest are two spacers, so a chat keeps a few dozen row nodes however much
 * history is loaded.
 */
export class ChatWindow {
  private readonly measured = new Map<string, number>();
  private ids: readonly string[] = [];
  private offsets: number[] = [0];

  /** `estimate(index)`: the height to assume for a row not measured yet. */
  constructor(private estimate: (index: number) => number) {}

  /** The rows in order (IDs), and how to estimate one. Heights measured before are kept by ID. */
  setRows(ids: readonly string[], estimate: (index: number) => number): void {
    this.ids = ids;
    this.estimate = estimate;
    this.recompute();
  }

  private recompute(): void {
    const offsets = new Array<number>(this.ids.length + 1);
    offsets[0] = 0;
    for (let i = 0; i < this.ids.length; i++) offsets[i + 1] = offsets[i] + this.heightAt(i);
    this.offsets = offsets;
  }

  heightAt(index: number): number {
    return this.measured.get(this.ids[index]) ?? this.estimate(index);
  }

  get count(): number {
    return this.ids.length;
  }

  get total(): number {
    return this.offsets[this.ids.length];
  }

  /** Where row `index` starts. */
  offsetOf(index: number): number {
    return this.offsets[Math.max(0, Math.min(index, this.ids.length))];
  }

  /** The row at `y` (the last one when past the end). */
  indexAt(y: number): number {
    let low = 0;
    let high = this.ids.length - 1;
    if (high < 0) return 0;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.offsets[mid] <= y) low = mid;
      else high = mid - 1;
    }
    return low;
  }

  /** The rows to render around the viewport, with the spacers' heights. */
  window(scrollTop: number, viewport: number, overscan = 6): VirtualWindow {
    if (this.ids.length === 0) return { start: 0, end: 0, padTop: 0, padBottom: 0 };
    const first = this.indexAt(Math.max(0, scrollTop));
    const last = this.indexAt(Math.max(0, scrollTop) + viewport);
    const start = Math.max(0, first - overscan);
    const end = Math.min(this.ids.length, last + 1 + overscan);
    return { start, end, padTop: this.offsets[start], padBottom: this.total - this.offsets[end] };
  }

  /**
   * Takes measured heights. Answers how far the content above `anchorTop` moved (the sum of the changes of
   * rows that start above it), which the page adds to its scroll position so that what is on screen stays
   * where it is.
   */
  measure(heights: ReadonlyArray<{ id: string; height: number }>, anchorTop: number): number {
    let shift = 0;
    let changed = false;
    const indexOf = new Map<string, number>();
    for (const { id } of heights) indexOf.set(id, -1);
    this.ids.forEach((id, index) => {
      if (indexOf.has(id)) indexOf.set(id, index);
    });
    for (const { id, height } of heights) {
      const index = indexOf.get(id) ?? -1;
      if (index < 0 || height <= 0) continue;
      const before = this.heightAt(index);
      if (Math.abs(before - height) < 0.5) {
        this.measured.set(id, height);
        continue;
      }
      this.measured.set(id, height);
      changed = true;
      if (this.offsets[index] < anchorTop) shift += height - before;
    }
    if (changed) this.recompute();
    return shift;
  }

  /** Forgets what was measured (the width or the font changed). */
  reset(): void {
    this.measured.clear();
    this.recompute();
  }
}

