/**
 * Starts and stops a watch in the order a page asked, even when a start is still on its way: a page hidden
 * or left before its subscription landed must not leave that subscription behind.
 */
export class WatchLifecycle {
  private chain: Promise<void> = Promise.resolve();
  private stop: (() => Promise<void>) | null = null;
  private wanted = false;

  constructor(
    private readonly begin: () => Promise<(() => Promise<void>) | null>,
    /** A start or stop that failed; the next show tries again. */
    private readonly onError: (error: unknown) => void,
  ) {}

  /** (Re)starts: whatever was watched is released first, so a show always reads fresh state. */
  show(): Promise<void> {
    this.wanted = true;
    return this.enqueue(async () => {
      await this.releaseNow();
      if (this.wanted) this.stop = await this.begin();
    });
  }

  hide(): Promise<void> {
    this.wanted = false;
    return this.enqueue(() => this.releaseNow());
  }

  private enqueue(step: () => Promise<void>): Promise<void> {
    this.chain = this.chain.then(step).catch((error: unknown) => this.onError(error));
    return this.chain;
  }

  private async releaseNow(): Promise<void> {
    const current = this.stop;
    this.stop = null;
    await current?.();
  }
}
