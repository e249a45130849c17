import type { KickedOutType, NetState } from '../../constants';
import type { ChatEventName, ChatEventPayloads } from '../../types';

/** The side of an SDK instance the service talks to: what a socket would carry to it. */
export interface SessionEndpoint {
  /** A server push for the session; dropped if the endpoint has moved on to another session. */
  receivePush<E extends ChatEventName>(session: Session, eventName: E, makeData: () => ChatEventPayloads[E]): void;
  receiveNetState(state: NetState): void;
  /** The session was ended by a login elsewhere. */
  kickedOut(session: Session, type: KickedOutType): void;
  /** Emits throttled events that wait for their timer now (tests). */
  flushEvents?(): void;
}

/** One logged-in instance; an endpoint holds at most one at a time. */
export interface Session {
  readonly id: number;
  readonly userID: string;
  readonly endpoint: SessionEndpoint;
  /** Milliseconds; orders instances across tabs when the oldest must be kicked out. */
  readonly openedAt: number;
}
