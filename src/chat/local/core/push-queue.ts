/**
 * Server pushes run later than the call that caused them, the way network pushes arrive after the response.
 * Tasks queued while a batch runs go into the next batch; a task that throws is reported and the rest run.
 */
export class PushQueue {
  private queue: Array<() => void> = [];
  private drainScheduled = false;

  constructor(
    private readonly defer: (task: () => void) => void,
    private readonly onError: (error: unknown) => void,
  ) {}

  schedule(task: () => void): void {
    this.queue.push(task);
    if (this.drainScheduled) return;
    this.drainScheduled = true;
    this.defer(() => this.drain());
  }

  /** Resolves once every queued task, including tasks those queued, has run. */
  async settle(): Promise<void> {
    do {
      await new Promise<void>((resolve) => this.schedule(resolve));
    } while (this.queue.length > 0 || this.drainScheduled);
  }

  private drain(): void {
    this.drainScheduled = false;
    const batch = this.queue;
    this.queue = [];
    for (const task of batch) {
      try {
        task();
      } catch (error) {
        this.onError(error);
      }
    }
  }
}
