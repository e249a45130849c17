/**
 * The SDK's event throttle for CONVERSATION_LIST_UPDATED, TOTAL_UNREAD_MESSAGE_COUNT_UPDATED and the other
 * list events (index.es.js, the `_eventThrottleMap` wrapper of `getOEmitInst`): the first request emits at
 * once; a request within `intervalMs` of the last emit (re)starts a timer of `intervalMs`, and the emit then
 * reads its data afresh. So a burst of changes gives one leading and one trailing event.
 */
export interface ThrottleTimers {
  /** Milliseconds; default Date.now. */
  now: () => number;
  /** Runs `task` after `ms`; returns a function that cancels it. Default: setTimeout, not keeping Node alive. */
  setTimer: (task: () => void, ms: number) => () => void;
}

export interface EventThrottleOptions extends Partial<ThrottleTimers> {
  /** The SDK's is 1000 ms; 0 emits every change at once (the SDK's `eventThrottling: false`). */
  intervalMs?: number;
}

export const DEFAULT_THROTTLE_MS = 1000;

function realTimer(task: () => void, ms: number): () => void {
  const timer = setTimeout(task, ms);
  const handle: unknown = timer;
  if (typeof handle === 'object' && handle !== null && 'unref' in handle && typeof handle.unref === 'function') handle.unref();
  return () => clearTimeout(timer);
}

export function throttleTimers(options: EventThrottleOptions = {}): ThrottleTimers & { intervalMs: number } {
  const intervalMs = options.intervalMs !== undefined && options.intervalMs >= 0 ? options.intervalMs : DEFAULT_THROTTLE_MS;
  return { intervalMs, now: options.now ?? Date.now, setTimer: options.setTimer ?? realTimer };
}

export class EventThrottle {
  private last = Number.NEGATIVE_INFINITY;
  private cancel: (() => void) | null = null;

  constructor(
    private readonly timers: ThrottleTimers & { intervalMs: number },
    private readonly emit: () => void,
  ) {}

  request(): void {
    const now = this.timers.now();
    if (this.timers.intervalMs > 0 && now - this.last <= this.timers.intervalMs) {
      this.cancel?.();
      this.cancel = this.timers.setTimer(() => this.fire(), this.timers.intervalMs);
      return;
    }
    this.fire();
  }

  /** Emits now if an emit is waiting (tests, and a logout that must not leave a timer behind). */
  flush(): void {
    if (this.cancel) this.fire();
  }

  /** Forgets a waiting emit. */
  stop(): void {
    this.cancel?.();
    this.cancel = null;
  }

  get pending(): boolean {
    return this.cancel !== null;
  }

  private fire(): void {
    this.cancel?.();
    this.cancel = null;
    this.last = this.timers.now();
    this.emit();
  }
}
