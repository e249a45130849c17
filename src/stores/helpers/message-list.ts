import { markRaw, toRaw } from 'vue';
import { TYPES } from '@/src/chat/constants';
import type { Message, RevokedMessageRef } from '@/src/chat/message-types';

/**
 * How the chat store keeps a conversation's messages: oldest first, one entry per message ID, each a plain
 * shallow copy marked raw so that a list of thousands never becomes deep proxies (payloads are shared with
 * the port's object and never changed in place).
 */

/** The store's copy of a message. A reactive proxy a page may hold is unwrapped first. */
export function held(message: Message): Message {
  return markRaw({ ...toRaw(message) });
}

/**
 * What the store hands the port for a message it holds: a fresh copy with the same ID (the backends resolve
 * their own object by ID, and the embedded one writes the outcome back into what it was given, which must
 * not be an entry of the list).
 */
export function passed(message: Message): Message {
  return { ...toRaw(message) };
}

/**
 * Whether `a` belongs after `b`. Group messages the server numbered compare by sequence (several may share a
 * second); anything else by time, the server's once sent.
 */
function isAfter(a: Message, b: Message): boolean {
  if (a.conversationType === TYPES.CONV_GROUP && a.status === 'success' && b.status === 'success' && a.sequence > 0 && b.sequence > 0) {
    return a.sequence > b.sequence;
  }
  return a.time > b.time;
}

/**
 * Live messages (received, sent, echoed from the account's other instances) merged into the list: a known ID
 * is replaced where it stands; a new one goes after the last message not later than it, which for live
 * messages is nearly always the end.
 */
export function mergeLive(list: readonly Message[], incoming: readonly Message[]): readonly Message[] {
  if (incoming.length === 0) return list;
  const next = list.slice();
  const index = new Map(next.map((message, at) => [message.ID, at]));
  for (const message of incoming) {
    const at = index.get(message.ID);
    if (at !== undefined) {
      next[at] = message;
      continue;
    }
    let position = next.length;
    while (position > 0 && isAfter(next[position - 1], message)) position -= 1;
    next.splice(position, 0, message);
    if (position < next.length - 1) {
      index.clear();
      next.forEach((entry, i) => index.set(entry.ID, i));
    } else {
      index.set(message.ID, position);
    }
  }
  return next;
}

/** A page of history (older than everything held) put in front; messages already held are left out. */
export function prependPage(list: readonly Message[], page: readonly Message[]): readonly Message[] {
  const known = new Set(list.map((message) => message.ID));
  const fresh = page.filter((message) => !known.has(message.ID));
  if (fresh.length === 0) return list;
  // A page may repeat an ID within itself only if the service misbehaves; keep the first.
  const seen = new Set<string>();
  const unique = fresh.filter((message) => !seen.has(message.ID) && seen.add(message.ID));
  return [...unique, ...list];
}

/** Replaces the held messages named in `updates` (by ID); the same array when none is held. */
export function replaceKnown(list: readonly Message[], updates: readonly Message[]): readonly Message[] {
  const byID = new Map(updates.map((message) => [message.ID, message]));
  let changed = false;
  const next = list.map((message) => {
    const update = byID.get(message.ID);
    if (!update) return message;
    changed = true;
    return update;
  });
  return changed ? next : list;
}

/** The list without the given IDs; the same array when none is held. */
export function withoutIDs(list: readonly Message[], ids: ReadonlySet<string>): readonly Message[] {
  return list.some((message) => ids.has(message.ID)) ? list.filter((message) => !ids.has(message.ID)) : list;
}

/**
 * Applies MESSAGE_REVOKED. An entry is a whole message when the service held it, or a stub (ID maybe missing)
 * found by ID, else by sequence in groups and by sequence and time in C2C (index.es.js `_onMessageRevoked`
 * emits `{conversationID, sequence, ID?, time?}` for messages not in memory).
 */
export function applyRevoked(list: readonly Message[], entries: ReadonlyArray<Message | RevokedMessageRef>): readonly Message[] {
  let next: Message[] | null = null;
  for (const entry of entries) {
    const current = next ?? list;
    const at = current.findIndex((message) => matchesRevoked(message, entry));
    if (at < 0) continue;
    next ??= list.slice();
    next[at] = held({
      ...current[at],
      isRevoked: true,
      revoker: entry.revoker ?? current[at].revoker,
      revokerInfo: entry.revokerInfo ?? current[at].revokerInfo,
      revokeReason: entry.revokeReason ?? current[at].revokeReason,
    });
  }
  return next ?? list;
}

function matchesRevoked(message: Message, entry: Message | RevokedMessageRef): boolean {
  if (entry.ID) return message.ID === entry.ID;
  if (message.conversationID !== entry.conversationID || message.sequence !== entry.sequence) return false;
  return message.conversationType === TYPES.CONV_GROUP || entry.time === undefined || message.time === entry.time;
}

/**
 * Applies MESSAGE_READ_BY_PEER in a C2C chat: every own sent message no later than the newest one named is
 * read, as the SDK marks its messages up to the peer's read time (index.es.js `_updateMsgIsPeerReadProp`:
 * `flow === 'out' && time <= peerReadTime`); the event may name only the latest messages. Answers the same
 * array when nothing changed.
 */
export function applyPeerRead(list: readonly Message[], read: readonly Message[]): readonly Message[] {
  if (read.length === 0) return list;
  const upTo = Math.max(...read.map((message) => message.time));
  let changed = false;
  const next = list.map((message) => {
    if (message.isPeerRead || message.flow !== 'out' || message.status !== 'success' || message.time > upTo) return message;
    changed = true;
    return held({ ...message, isPeerRead: true });
  });
  return changed ? next : list;
}
