import { MESSAGE_PRIORITIES, MESSAGE_TYPES, REMIND_TYPES } from '../../constants';
import { isRecord, oneOf } from '../../guards';
import type { AtEntry, LogHead, ReadMark, RevokedEntry, StoreMeta, StoredMessage, UserBucket, UserConversation } from './model';

/**
 * JSON forms of the message store's records. Decoders never throw: they return what is usable, skip bad
 * entries and say so through `Report` (the store lists it in `server.problems`).
 */
export const FORMAT_VERSION = 1;

export type Report = (message: string) => void;

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((entry) => typeof entry === 'string');
}

// ---- messages ----------------------------------------------------------------------------------------------

/**
 * A stored message, or null when the value is not one (its type unknown, a field missing or mistyped).
 * `firstPosition`: a message of a log has a position from 1; a notice waiting in an inbox has none (0).
 */
export function readMessage(raw: unknown, firstPosition = 1): StoredMessage | null {
  if (!isRecord(raw) || !isCount(raw.k) || raw.k < firstPosition || typeof raw.id !== 'string' || !oneOf(MESSAGE_TYPES, raw.ty)) return null;
  if (!isRecord(raw.p) || typeof raw.f !== 'string' || !isCount(raw.tm) || !isCount(raw.ct) || !isCount(raw.cs) || !isCount(raw.r)) {
    return null;
  }
  const optional: Array<[string, (value: unknown) => boolean]> = [
    ['pr', (value) => oneOf(MESSAGE_PRIORITIES, value)],
    ['n', (value) => typeof value === 'string'],
    ['a', (value) => typeof value === 'string'],
    ['nc', (value) => typeof value === 'string'],
    ['at', isStringArray],
    ['cd', (value) => typeof value === 'string'],
    ['rr', (value) => value === 1],
    ['v', isCount],
    ['rv', (value) => isRecord(value) && typeof value.by === 'string' && typeof value.reason === 'string'],
    ['x', isCount],
    ['op', (value) => typeof value === 'string'],
  ];
  for (const [name, valid] of optional) {
    if (raw[name] !== undefined && !valid(raw[name])) return null;
  }
  // The payload's inner shape is the SDK's and was written by this store; type and presence are checked above.
  return raw as unknown as StoredMessage;
}

export function encodeChunk(messages: readonly StoredMessage[]): string {
  return JSON.stringify({ v: FORMAT_VERSION, m: messages });
}

/** Messages in position order; unreadable ones are skipped with one report for the chunk. */
export function decodeChunk(raw: unknown, report: Report, firstPosition = 1): StoredMessage[] {
  if (!isRecord(raw) || !Array.isArray(raw.m)) {
    report('not a message chunk; its messages are unreadable');
    return [];
  }
  const messages: StoredMessage[] = [];
  for (const entry of raw.m) {
    const message = readMessage(entry, firstPosition);
    if (message) messages.push(message);
  }
  if (messages.length !== raw.m.length) report(`${raw.m.length - messages.length} unreadable messages skipped`);
  return messages.sort((a, b) => a.k - b.k);
}

// ---- log heads ---------------------------------------------------------------------------------------------

export function encodeHead(head: LogHead): string {
  return JSON.stringify({ v: FORMAT_VERSION, ...head });
}

function readMark(value: unknown): ReadMark | null {
  return Array.isArray(value) && isCount(value[0]) && isCount(value[1]) ? [value[0], value[1]] : null;
}

/** A head, or null when the value is not one; a bad index entry is dropped and reported. */
export function decodeHead(raw: unknown, report: Report): LogHead | null {
  if (!isRecord(raw) || !isCount(raw.n) || raw.n < 1 || !isCount(raw.lo) || !isCount(raw.b) || !isCount(raw.tot)) {
    report('not a message log head; the conversation is unreadable');
    return null;
  }
  const at = Array.isArray(raw.at)
    ? raw.at.filter((entry): entry is AtEntry => Array.isArray(entry) && isCount(entry[0]) && typeof entry[1] === 'string' && isStringArray(entry[2]))
    : [];
  const rv = Array.isArray(raw.rv)
    ? raw.rv.filter((entry): entry is RevokedEntry => Array.isArray(entry) && isCount(entry[0]) && typeof entry[1] === 'string')
    : [];
  const lm = raw.lm === null || raw.lm === undefined ? null : readMessage(raw.lm);
  if ((Array.isArray(raw.at) && at.length !== raw.at.length) || (Array.isArray(raw.rv) && rv.length !== raw.rv.length)) {
    report('unreadable @-mention or recall entries dropped');
  }
  if (lm === null && raw.lm) report('unreadable last message dropped');
  const head: LogHead = { n: raw.n, lo: raw.lo, b: raw.b, ft: isCount(raw.ft) ? raw.ft : 0, tot: raw.tot, at, rv, lm };
  if (isCount(raw.ms)) head.ms = raw.ms;
  const counts = raw.c;
  if (Array.isArray(counts) && isCount(counts[0]) && isCount(counts[1])) head.c = [counts[0], counts[1]];
  const marks = Array.isArray(raw.rd) ? raw.rd.map(readMark) : [];
  if (marks.length === 2 && marks[0] && marks[1]) head.rd = [marks[0], marks[1]];
  return head;
}

// ---- users' conversation records -------------------------------------------------------------------------

function readUserConversation(raw: unknown): UserConversation | null {
  if (!isRecord(raw)) return null;
  const record: UserConversation = {};
  if (raw.p === 1) record.p = 1;
  if (raw.j === 1) record.j = 1;
  for (const name of ['dk', 'ck', 'rs', 'rc', 'o'] as const) {
    const value = raw[name];
    if (value === undefined) continue;
    if (!isCount(value)) return null;
    record[name] = value;
  }
  if (raw.d !== undefined) {
    if (!Array.isArray(raw.d)) return null;
    record.d = raw.d.filter(isCount);
  }
  if (raw.rm !== undefined) {
    if (!oneOf(REMIND_TYPES, raw.rm)) return null;
    record.rm = raw.rm;
  }
  return record;
}

export function encodeBucket(bucket: UserBucket): string {
  return JSON.stringify({ v: FORMAT_VERSION, c: Object.fromEntries(bucket) });
}

export function decodeBucket(raw: unknown, report: Report): UserBucket {
  const bucket: UserBucket = new Map();
  if (!isRecord(raw) || !isRecord(raw.c)) {
    report('not a conversation bucket; the conversations of its user are unreadable');
    return bucket;
  }
  let skipped = 0;
  for (const [conversationID, value] of Object.entries(raw.c)) {
    const record = readUserConversation(value);
    if (record) bucket.set(conversationID, record);
    else skipped += 1;
  }
  if (skipped > 0) report(`${skipped} unreadable conversation records skipped`);
  return bucket;
}

// ---- meta and inboxes --------------------------------------------------------------------------------------

export function encodeMeta(meta: StoreMeta): string {
  return JSON.stringify({ v: FORMAT_VERSION, ...meta });
}

export function decodeMeta(raw: unknown, report: Report): StoreMeta | null {
  if (!isRecord(raw) || !isCount(raw.b)) {
    report('not the message store summary; it is recounted');
    return null;
  }
  const fw: Record<string, number> = {};
  if (isRecord(raw.fw)) for (const [url, uses] of Object.entries(raw.fw)) if (isCount(uses) && uses > 0) fw[url] = uses;
  return { b: raw.b, fw, seeded: raw.seeded === true };
}

export function encodeInbox(messages: readonly StoredMessage[]): string {
  return JSON.stringify({ v: FORMAT_VERSION, m: messages });
}

/** A user's waiting notices: messages of no log, so without a position (k 0, tips.ts systemMessage). */
export function decodeInbox(raw: unknown, report: Report): StoredMessage[] {
  return decodeChunk(raw, report, 0);
}
