import { AT_INDEX_KEPT, CHUNK_MESSAGES, REVOKED_INDEX_KEPT } from './limits';
import { EXCLUDED_FROM_LAST, EXCLUDED_FROM_UNREAD } from './model';
import type { LogHead, StoredMessage } from './model';
import { chunkOf } from './store';
import type { MessageStore } from './store';
import type { MessageTx } from './tx';

/** Read access shared by the store and a transaction in progress (which reads its own writes). */
export type LogReader = Pick<MessageStore, 'head' | 'chunk' | 'positionOf'> | Pick<MessageTx, 'head' | 'chunk' | 'positionOf'>;

export function emptyHead(c2c: boolean): LogHead {
  const head: LogHead = { n: 1, lo: 1, b: 0, ft: 0, tot: 0, at: [], rv: [], lm: null };
  if (c2c) {
    head.c = [0, 0];
    head.rd = [
      [0, 0],
      [0, 0],
    ];
  }
  return head;
}

/** Whose message it is for unread counting: the sender, or the operator of a tip. */
export function ownerOf(message: StoredMessage): string {
  return message.op ?? message.f;
}

export function countsAsUnread(message: StoredMessage): boolean {
  return ((message.x ?? 0) & EXCLUDED_FROM_UNREAD) === 0;
}

export function canBeLastMessage(message: StoredMessage): boolean {
  return ((message.x ?? 0) & EXCLUDED_FROM_LAST) === 0;
}

/**
 * Appends a message at the log's next position and returns the head after it. `side`: the sender's index
 * in a C2C pair (its countable messages are counted per side); absent for groups. `ms`: the arrival in
 * milliseconds (default: the message's second).
 */
export function appendMessage(tx: MessageTx, logID: string, message: StoredMessage, side?: 0 | 1, ms = message.tm * 1000): LogHead {
  const before = tx.head(logID) ?? emptyHead(side !== undefined);
  const k = message.k;
  const chunk = chunkOf(k);
  tx.setChunk(logID, chunk, [...tx.chunk(logID, chunk), message]);
  const countable = countsAsUnread(message);
  const head: LogHead = {
    ...before,
    n: k + 1,
    ft: before.lo >= before.n || before.ft === 0 ? message.tm : before.ft,
    tot: before.tot + (countable ? 1 : 0),
    lm: canBeLastMessage(message) ? message : before.lm,
    ms: canBeLastMessage(message) ? ms : before.ms,
  };
  if (side !== undefined && countable) {
    const counts: [number, number] = [...(before.c ?? [0, 0])];
    counts[side] += 1;
    head.c = counts;
  }
  if (message.at && message.at.length > 0 && side === undefined) {
    head.at = [...before.at, [k, message.f, [...message.at]] as [number, string, string[]]].slice(-AT_INDEX_KEPT);
  }
  tx.setHead(logID, head);
  return head;
}

/** The message at position `k`, if kept. */
export function messageAt(reader: LogReader, logID: string, k: number): StoredMessage | undefined {
  const head = reader.head(logID);
  if (!head || k < head.lo || k >= head.n) return undefined;
  return reader.chunk(logID, chunkOf(k)).find((message) => message.k === k);
}

/** Kept messages before position `beforeK`, newest first, reading chunks only as the caller goes. */
export function* messagesBefore(reader: LogReader, logID: string, beforeK: number): Generator<StoredMessage> {
  const head = reader.head(logID);
  if (!head) return;
  const start = Math.min(beforeK, head.n);
  for (let chunk = chunkOf(start - 1 < 1 ? 1 : start - 1); chunk >= chunkOf(Math.max(1, head.lo)); chunk--) {
    const messages = reader.chunk(logID, chunk);
    for (let i = messages.length - 1; i >= 0; i--) {
      const message = messages[i];
      if (message.k < start && message.k >= head.lo) yield message;
    }
    if (chunk === 0) break;
  }
}

/**
 * The chunk to start looking for a message sent at `time` (seconds): the last chunk whose first message is
 * not later, by binary search, so a cold lookup reads a handful of chunks, not the history.
 */
function chunkAround(reader: LogReader, logID: string, lowest: number, highest: number, time: number): number {
  let low = lowest;
  let high = highest;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    const first = reader.chunk(logID, middle)[0];
    if (!first || first.tm <= time) low = middle;
    else high = middle - 1;
  }
  return low;
}

/**
 * The kept message with this ID: where memory last saw it (a page's cursor, a message on screen); else near
 * the time its ID carries (`${tinyID}-${clientTime}-${random}`, and the service's clock stamps both); else
 * searched from the newest.
 */
export function findByID(reader: LogReader, logID: string, id: string): StoredMessage | undefined {
  const known = reader.positionOf(logID, id);
  const there = known === undefined ? undefined : messageAt(reader, logID, known);
  if (there?.id === id) return there;
  const head = reader.head(logID);
  const time = Number(id.split('-')[1]);
  if (head && head.lo < head.n && Number.isInteger(time)) {
    const lowest = chunkOf(Math.max(1, head.lo));
    const highest = chunkOf(head.n - 1);
    const start = chunkAround(reader, logID, lowest, highest, time);
    for (let chunk = start; chunk >= lowest; chunk--) {
      const messages = reader.chunk(logID, chunk);
      const found = messages.find((message) => message.id === id);
      if (found) return found;
      if (messages[0] && messages[0].tm < time) break;
    }
    for (let chunk = start + 1; chunk <= highest; chunk++) {
      const messages = reader.chunk(logID, chunk);
      const found = messages.find((message) => message.id === id);
      if (found) return found;
      if (messages[0] && messages[0].tm > time) break;
    }
  }
  for (const message of messagesBefore(reader, logID, Number.POSITIVE_INFINITY)) if (message.id === id) return message;
  return undefined;
}

/** Replaces a kept message (recall, modify), and the head's copy when it is the last message. */
export function replaceMessage(tx: MessageTx, logID: string, message: StoredMessage): void {
  const chunk = chunkOf(message.k);
  tx.setChunk(
    logID,
    chunk,
    tx.chunk(logID, chunk).map((other) => (other.k === message.k ? message : other)),
  );
  const head = tx.head(logID);
  if (head && head.lm?.k === message.k) tx.setHead(logID, { ...head, lm: message });
}

export function recordRevoked(tx: MessageTx, logID: string, message: StoredMessage): void {
  const head = tx.head(logID);
  if (!head || !countsAsUnread(message)) return;
  tx.setHead(logID, { ...head, rv: [...head.rv, [message.k, ownerOf(message)] as [number, string]].slice(-REVOKED_INDEX_KEPT) });
}

/** The time of the first kept message from position `from` on; 0 when none is kept. */
function firstTime(tx: MessageTx, logID: string, from: number, n: number): number {
  for (let chunk = chunkOf(Math.max(1, from)); chunk <= chunkOf(Math.max(1, n - 1)); chunk++) {
    const first = tx.chunk(logID, chunk).find((message) => message.k >= from);
    if (first) return first.tm;
  }
  return 0;
}

/**
 * Drops the log's oldest kept chunk and returns its messages (so their media can be let go). The head and
 * its last message stay: a conversation never disappears because its history did.
 */
export function dropOldestChunk(tx: MessageTx, logID: string): StoredMessage[] {
  const head = tx.head(logID);
  if (!head || head.lo >= head.n) return [];
  const chunk = chunkOf(head.lo);
  const dropped = [...tx.chunk(logID, chunk)];
  tx.setChunk(logID, chunk, null);
  const lo = Math.min(head.n, (chunk + 1) * CHUNK_MESSAGES + 1);
  tx.setHead(logID, { ...head, lo, ft: firstTime(tx, logID, lo, head.n) });
  return dropped;
}

/** Drops every chunk of the log and the head itself (a dismissed group). */
export function dropLog(tx: MessageTx, logID: string): StoredMessage[] {
  const dropped: StoredMessage[] = [];
  for (let head = tx.head(logID); head && head.lo < head.n; head = tx.head(logID)) dropped.push(...dropOldestChunk(tx, logID));
  tx.setHead(logID, null);
  return dropped;
}
