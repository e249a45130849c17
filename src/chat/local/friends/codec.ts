import { FRIEND_APPLICATION_TYPES } from '../../friend-types';
import { isRecord, oneOf } from '../../guards';
import type { CustomField } from '../../types';
import type { FriendData, PendingRecord, Relation, SnsMeta } from './model';

/**
 * JSON forms of the stored relationship records. Relations are written compactly (short keys, defaults left
 * out): a 3000-friend list is 30 chunks, and every byte counts against the phone's 10 MB. Decoders never
 * throw; they skip what they cannot use and say so through `Report`.
 */
export const FORMAT_VERSION = 1;

export type Report = (message: string) => void;

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}

function isStringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((entry) => typeof entry === 'string');
}

// ---- relations ------------------------------------------------------------------------------------------

interface CompactFriend {
  t: number;
  r?: string;
  g?: string[];
  s?: string;
  c?: Array<[string, string]>;
}

interface CompactRelation {
  u: string;
  f?: CompactFriend;
  b?: 1;
}

function compactFriend(friend: FriendData): CompactFriend {
  const compact: CompactFriend = { t: friend.addTime };
  if (friend.remark !== '') compact.r = friend.remark;
  if (friend.groups.length > 0) compact.g = [...friend.groups];
  if (friend.source !== '') compact.s = friend.source;
  if (friend.custom.length > 0) compact.c = friend.custom.map((field) => [field.key, field.value]);
  return compact;
}

function expandFriend(raw: unknown): FriendData | null {
  if (!isRecord(raw) || !isCount(raw.t)) return null;
  const custom: CustomField[] = [];
  if (raw.c !== undefined) {
    if (!Array.isArray(raw.c)) return null;
    for (const pair of raw.c as unknown[]) {
      if (!Array.isArray(pair) || typeof pair[0] !== 'string' || typeof pair[1] !== 'string') return null;
      custom.push({ key: pair[0], value: pair[1] });
    }
  }
  if (raw.g !== undefined && !isStringList(raw.g)) return null;
  return {
    addTime: raw.t,
    remark: typeof raw.r === 'string' ? raw.r : '',
    groups: isStringList(raw.g) ? [...new Set(raw.g)] : [],
    source: typeof raw.s === 'string' ? raw.s : '',
    custom,
  };
}

export function encodeRelations(relations: readonly Relation[]): string {
  const list: CompactRelation[] = relations.map((relation) => {
    const compact: CompactRelation = { u: relation.userID };
    if (relation.friend) compact.f = compactFriend(relation.friend);
    if (relation.follower) compact.b = 1;
    return compact;
  });
  return JSON.stringify({ v: FORMAT_VERSION, r: list });
}

/** The relations of one chunk; unreadable entries are skipped and reported. */
export function decodeRelations(raw: unknown, report: Report): Relation[] {
  const list: unknown = isRecord(raw) ? raw.r : undefined;
  if (!Array.isArray(list)) {
    report('no relation list; skipped');
    return [];
  }
  const relations: Relation[] = [];
  let skipped = 0;
  for (const entry of list as unknown[]) {
    if (!isRecord(entry) || typeof entry.u !== 'string' || entry.u === '') {
      skipped += 1;
      continue;
    }
    const friend = entry.f === undefined ? null : expandFriend(entry.f);
    if (entry.f !== undefined && friend === null) {
      skipped += 1;
      continue;
    }
    const relation: Relation = { userID: entry.u, friend, follower: entry.b === 1 };
    if (relation.friend || relation.follower) relations.push(relation);
  }
  if (skipped > 0) report(`${skipped} unreadable relation(s) skipped`);
  return relations;
}

// ---- meta -----------------------------------------------------------------------------------------------

export function encodeMeta(meta: SnsMeta): string {
  return JSON.stringify({ v: FORMAT_VERSION, chunks: meta.chunks, groups: meta.groups, readAt: meta.readAt });
}

/** null when the record is unusable (the caller then looks for the user's chunks itself). */
export function decodeMeta(raw: unknown, report: Report): SnsMeta | null {
  if (!isRecord(raw) || !Array.isArray(raw.chunks)) {
    report('not a relationship record');
    return null;
  }
  const chunks = [...new Set((raw.chunks as unknown[]).filter(isCount))].sort((a, b) => a - b);
  const groups = isStringList(raw.groups) ? [...new Set(raw.groups)] : [];
  if (raw.groups !== undefined && !isStringList(raw.groups)) report('unreadable friend group list dropped');
  return { chunks, groups, readAt: isCount(raw.readAt) ? raw.readAt : 0 };
}

// ---- pending requests -----------------------------------------------------------------------------------

export function encodePending(pending: readonly PendingRecord[]): string {
  return JSON.stringify({
    v: FORMAT_VERSION,
    p: pending.map((record) => [record.userID, record.type, record.source, record.wording, record.time, record.remark, record.groupName]),
  });
}

export function decodePending(raw: unknown, report: Report): PendingRecord[] {
  const list: unknown = isRecord(raw) ? raw.p : undefined;
  if (!Array.isArray(list)) {
    report('no request list; skipped');
    return [];
  }
  const records: PendingRecord[] = [];
  for (const entry of list as unknown[]) {
    if (!Array.isArray(entry)) continue;
    const [userID, type, source, wording, time, remark, groupName] = entry as unknown[];
    if (typeof userID !== 'string' || userID === '' || !oneOf(FRIEND_APPLICATION_TYPES, type) || !isCount(time)) continue;
    const text = (value: unknown): string => (typeof value === 'string' ? value : '');
    records.push({ userID, type, source: text(source), wording: text(wording), time, remark: text(remark), groupName: text(groupName) });
  }
  if (records.length !== list.length) report(`${list.length - records.length} unreadable request(s) skipped`);
  return records;
}
