/** Starts watching some users' status; resolves with the function that stops (user-status store `watch`). */
export type StartWatch = (userIDs: readonly string[]) => Promise<() => Promise<void>>;

/**
 * The users whose status a scrolling list keeps live: exactly the rows on screen. Each change watches the new
 * set before it releases the old one, so that users still on screen stay subscribed (the store counts
 * watchers per user: only those who came into view are subscribed, only those who left are unsubscribed).
 * Changes made while one is on its way are coalesced: only the latest set is applied next, so a fling through
 * a long list costs a few calls, not one per row that passed. `set([])` releases everything.
 */
export class StatusWindow {
  private current: { key: string; stop: (() => Promise<void>) | null } = { key: '', stop: null };
  private wanted: readonly string[] = [];
  private running: Promise<void> | null = null;

  constructor(
    private readonly start: StartWatch,
    /** A watch or release that failed: the set stays wanted, and the next change tries again. */
    private readonly onError: (error: unknown) => void,
  ) {}

  /** Applies the latest wanted set; resolves once nothing more is waiting. */
  set(userIDs: readonly string[]): Promise<void> {
    this.wanted = [...new Set(userIDs.filter((id) => id !== ''))].sort();
    this.running ??= this.drain().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  private async drain(): Promise<void> {
    for (;;) {
      const wanted = this.wanted;
      const key = wanted.join('\n');
      if (key === this.current.key) return;
      try {
        const stop = wanted.length > 0 ? await this.start(wanted) : null;
        const before = this.current.stop;
        this.current = { key, stop };
        await before?.();
      } catch (error) {
        this.onError(error);
        return;
      }
    }
  }
}
