import type { ChatEventHandler, ChatEventName, ChatEventPayloads } from '../types';
import { EventThrottle } from './core/throttle';
import type { ThrottleTimers } from './core/throttle';

type HandlerSets = { [E in ChatEventName]?: Set<ChatEventHandler<E>> };

/** How a throttled event's data is read when it is emitted. */
export type EventReaders = { [E in ChatEventName]?: () => ChatEventPayloads[E] };
/**
 * Run once with each event of the name before its listeners hear it; `read` makes the event's data, for the
 * observers that need it (a friend list of 3000 is not built for one that only needs to know it changed).
 */
export type EventObservers = { [E in ChatEventName]?: (read: () => ChatEventPayloads[E]) => void };

export interface EventHubOptions {
  /**
   * Events the SDK emits at most once per interval, leading and trailing, reading their data when it emits
   * (index.es.js `_eventThrottleMap`, `_getEventData`): a request of such an event emits what `read` answers.
   */
  throttled?: { timers: ThrottleTimers & { intervalMs: number }; read: EventReaders };
  /** The instance's own caches that learn from events (pushes included) before the app hears them. */
  observers?: EventObservers;
}

/**
 * Per-client listeners with the SDK's semantics: the same handler registered twice is kept once, and a
 * handler that throws does not stop the others (the SDK wraps each one in a "safety callback").
 */
export class EventHub {
  private handlers: HandlerSets = {};
  private readonly throttles = new Map<ChatEventName, EventThrottle>();

  constructor(
    private readonly onHandlerError: (eventName: ChatEventName, error: unknown) => void,
    private readonly options: EventHubOptions = {},
  ) {}

  on<E extends ChatEventName>(eventName: E, handler: ChatEventHandler<E>): void {
    if (typeof handler !== 'function') return;
    const existing: HandlerSets[E] = this.handlers[eventName];
    const set: Set<ChatEventHandler<E>> = existing ?? new Set<ChatEventHandler<E>>();
    set.add(handler);
    this.handlers[eventName] = set as HandlerSets[E];
  }

  off<E extends ChatEventName>(eventName: E, handler: ChatEventHandler<E>): void {
    this.handlers[eventName]?.delete(handler);
  }

  clear(): void {
    this.handlers = {};
    for (const throttle of this.throttles.values()) throttle.stop();
  }

  /** Each listener gets the payload produced by `makeData`, so no two listeners share an object. */
  emit<E extends ChatEventName>(eventName: E, makeData: () => ChatEventPayloads[E]): void {
    const observe = this.options.observers?.[eventName] as ((read: () => ChatEventPayloads[E]) => void) | undefined;
    if (observe) {
      try {
        observe(makeData);
      } catch (error) {
        this.onHandlerError(eventName, error);
      }
    }
    const read = this.options.throttled?.read[eventName] as (() => ChatEventPayloads[E]) | undefined;
    if (read && this.options.throttled) {
      this.throttleOf(eventName, this.options.throttled.timers, read).request();
      return;
    }
    this.deliver(eventName, makeData);
  }

  /** Emits now what a throttled event has waiting (tests; the SDK has no such call). */
  flush(): void {
    for (const throttle of this.throttles.values()) throttle.flush();
  }

  private throttleOf<E extends ChatEventName>(
    eventName: E,
    timers: ThrottleTimers & { intervalMs: number },
    read: () => ChatEventPayloads[E],
  ): EventThrottle {
    let throttle = this.throttles.get(eventName);
    if (!throttle) {
      throttle = new EventThrottle(timers, () => this.deliver(eventName, read));
      this.throttles.set(eventName, throttle);
    }
    return throttle;
  }

  private deliver<E extends ChatEventName>(eventName: E, makeData: () => ChatEventPayloads[E]): void {
    const set = this.handlers[eventName];
    if (!set) return;
    for (const handler of [...set]) {
      try {
        handler({ name: eventName, data: makeData() });
      } catch (error) {
        this.onHandlerError(eventName, error);
      }
    }
  }
}
