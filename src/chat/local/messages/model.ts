import type { MessagePriority, MessageRemindType } from '../../constants';
import type { MessagePayloads } from '../../message-types';

/**
 * What the message store keeps. Records are compact (short keys, defaults left out) because every byte
 * counts against the phone's 10 MB; views.ts turns them into the SDK's Message and Conversation objects
 * for one viewer. Records are never mutated once stored: a change builds new ones (tx.ts).
 */

/** Fields every stored message has, whatever its type. */
export interface StoredFields {
  /** Position in its log, from 1; for a group this is the message's `sequence`. */
  k: number;
  id: string;
  /** The sender's userID; '@TIM#SYSTEM' for tips and notices. */
  f: string;
  /** Server time, seconds. */
  tm: number;
  /** Client time, seconds. */
  ct: number;
  /** The sender's clientSequence (a C2C message's `sequence`). */
  cs: number;
  r: number;
  pr?: MessagePriority;
  n?: string;
  a?: string;
  nc?: string;
  at?: string[];
  cd?: string;
  rr?: 1;
  /** modifyMessage version (absent: 0). */
  v?: number;
  /** Recalled: by whom and why. */
  rv?: { by: string; reason: string };
  /** 1: excludedFromUnreadCount, 2: excludedFromLastMessage. */
  x?: number;
  /** Tips: the operator, who does not count the tip as unread. */
  op?: string;
}

/** A type and its SDK payload, kept matched. */
export type StoredBody = { [T in keyof MessagePayloads]: { ty: T; p: MessagePayloads[T] } }[keyof MessagePayloads];

/** One stored message: its fields and its SDK payload, discriminated by type. */
export type StoredMessage = StoredFields & StoredBody;

export const EXCLUDED_FROM_UNREAD = 1;
export const EXCLUDED_FROM_LAST = 2;

/** [position, sender, targets] of a message with @-mentions (targets hold userIDs and/or MSG_AT_ALL). */
export type AtEntry = [number, string, string[]];
/** [position, sender] of a recalled message that counted as unread. */
export type RevokedEntry = [number, string];
/** [read up to position, the peer's countable messages at that moment]. */
export type ReadMark = [number, number];

/**
 * A log: the history of one C2C pair or one group. The head is small and rewritten with every send; the
 * messages are in chunks of CHUNK_MESSAGES positions.
 */
export interface LogHead {
  /** The position the next message gets. */
  n: number;
  /** The first position still kept (older ones were dropped: roaming window or storage budget). */
  lo: number;
  /** Characters of this log's chunk keys and values. */
  b: number;
  /** Time of the oldest kept message; 0 when none is kept. */
  ft: number;
  /** Group: messages that count as unread so far (a member's unread is derived from it). */
  tot: number;
  /** C2C: countable messages sent by each side, in the pair's order. */
  c?: [number, number];
  /** C2C: each side's read mark, in the pair's order. */
  rd?: [ReadMark, ReadMark];
  at: AtEntry[];
  rv: RevokedEntry[];
  /** The last message that may be a conversation's lastMessage; kept even once its chunk is dropped. */
  lm: StoredMessage | null;
  /** Milliseconds of the last message's arrival: orders conversations whose last messages share a second. */
  ms?: number;
}

/** A user's own state of one conversation (absent keys: defaults). */
export interface UserConversation {
  /** Pinned. */
  p?: 1;
  /** Deleted: hidden until a message after this position arrives. */
  dk?: number;
  /** History cleared up to this position, for this user only. */
  ck?: number;
  /** Group: read up to this position. */
  rs?: number;
  /** Group: the log's `tot` when read. */
  rc?: number;
  /** Group: own countable messages sent since the read mark. */
  o?: number;
  /** Positions this user deleted (deleteMessage is per user). */
  d?: number[];
  /** C2C: the remind type set with setMessageRemindType({userIDList}). */
  rm?: MessageRemindType;
  /** C2C: the conversation exists for this user (a message was exchanged). */
  j?: 1;
}

/** A user's conversations hashed to one bucket, by conversationID. */
export type UserBucket = Map<string, UserConversation>;

export interface StoreMeta {
  /** Characters of every key of the message store. */
  b: number;
  /** Kept media URLs that forwarded copies still use: discarded only when the count is spent. */
  fw: Record<string, number>;
  /** The demo conversations were written. */
  seeded: boolean;
}

/** A log is one C2C pair or one group. */
export type LogRef = { kind: 'c2c'; a: string; b: string } | { kind: 'group'; groupID: string };
