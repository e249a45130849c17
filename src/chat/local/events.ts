import type { ChatEventHandler, ChatEventName, ChatEventPayloads } from '../types';

type HandlerSets = { [E in ChatEventName]?: Set<ChatEventHandler<E>> };

/**
 * Per-client listeners with the SDK's semantics: the same handler registered twice is kept once, and a
 * handler that throws does not stop the others (the SDK wraps each one in a "safety callback").
 */
export class EventHub {
  private handlers: HandlerSets = {};

  constructor(private readonly onHandlerError: (eventName: ChatEventName, error: unknown) => void) {}

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
  }

  /** Each listener gets the payload produced by `makeData`, so no two listeners share an object. */
  emit<E extends ChatEventName>(eventName: E, makeData: () => ChatEventPayloads[E]): void {
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
