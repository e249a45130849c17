import { GROUP_ROLES, TYPES } from '../../constants';
import type { GroupRole, MessageRemindType } from '../../constants';
import type { CustomField } from '../../types';
import { isRecord, oneOf } from '../../guards';
import { DEFAULT_INVITE_OPTION, DEFAULT_JOIN_OPTION, GROUP_TYPES, INVITE_OPTIONS, JOIN_OPTIONS, REMIND_TYPES } from './limits';
import type {
  ApplicationBook,
  ApplicationRecord,
  BulkMembers,
  GroupMeta,
  GroupRecord,
  IndexEntry,
  MemberRecord,
} from './model';

/**
 * JSON forms of the stored records. Members are written compactly (short keys, defaults left out) because a
 * 6000-member group is 30 chunk keys and every byte counts against the phone's 10 MB. Decoders never throw:
 * they return null for a value they cannot use and skip bad entries, reporting through `Report`.
 */
export const FORMAT_VERSION = 1;

export type Report = (message: string) => void;

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}

function fieldsToPairs(fields: readonly CustomField[]): Array<[string, string]> {
  return fields.map((field) => [field.key, field.value]);
}

function pairsToFields(value: unknown): CustomField[] | null {
  if (value === undefined) return [];
  if (!Array.isArray(value)) return null;
  const fields: CustomField[] = [];
  for (const pair of value) {
    if (!Array.isArray(pair) || typeof pair[0] !== 'string' || typeof pair[1] !== 'string') return null;
    fields.push({ key: pair[0], value: pair[1] });
  }
  return fields;
}

// ---- group profile -------------------------------------------------------------------------------------

export function encodeGroup(group: GroupRecord): string {
  return JSON.stringify({ v: FORMAT_VERSION, ...group, groupCustomField: fieldsToPairs(group.groupCustomField) });
}

export function decodeGroup(groupID: string, raw: unknown, report: Report): GroupRecord | null {
  if (!isRecord(raw) || raw.groupID !== groupID || !oneOf(GROUP_TYPES, raw.type)) {
    report('not a group record of this ID; skipped');
    return null;
  }
  const type = raw.type;
  const text = (name: string): string => (typeof raw[name] === 'string' ? (raw[name] as string) : '');
  const count = (name: string): number => (isCount(raw[name]) ? (raw[name] as number) : 0);
  const chunkNos = Array.isArray(raw.chunkNos) ? raw.chunkNos.filter(isCount) : [];
  const bans = Array.isArray(raw.bans)
    ? raw.bans.filter(
        (ban): ban is [string, number] => Array.isArray(ban) && typeof ban[0] === 'string' && isCount(ban[1]),
      )
    : [];
  const custom = pairsToFields(raw.groupCustomField);
  if (custom === null) report('unreadable groupCustomField dropped');
  return {
    groupID,
    type,
    name: text('name'),
    avatar: text('avatar'),
    introduction: text('introduction'),
    notification: text('notification'),
    ownerID: text('ownerID'),
    createTime: count('createTime'),
    infoSequence: count('infoSequence'),
    lastInfoTime: count('lastInfoTime'),
    maxMemberCount: count('maxMemberCount'),
    joinOption: oneOf(JOIN_OPTIONS, raw.joinOption) ? raw.joinOption : DEFAULT_JOIN_OPTION[type],
    inviteOption: oneOf(INVITE_OPTIONS, raw.inviteOption) ? raw.inviteOption : DEFAULT_INVITE_OPTION[type],
    muteAllMembers: raw.muteAllMembers === true,
    isSupportTopic: raw.isSupportTopic === true,
    groupCustomField: custom ?? [],
    memberCount: count('memberCount'),
    nextSeq: Math.max(1, count('nextSeq')),
    chunkNos: [...new Set(chunkNos)].sort((a, b) => a - b),
    bans,
  };
}

// ---- member chunks -------------------------------------------------------------------------------------

interface CompactMember {
  u: string;
  s: number;
  j: number;
  r?: GroupRole;
  n?: string;
  m?: number;
  f?: Array<[string, string]>;
  t?: MessageRemindType;
}

function compactMember(member: MemberRecord): CompactMember {
  const compact: CompactMember = { u: member.userID, s: member.seq, j: member.joinTime };
  if (member.role !== TYPES.GRP_MBR_ROLE_MEMBER) compact.r = member.role;
  if (member.nameCard !== '') compact.n = member.nameCard;
  if (member.muteUntil !== 0) compact.m = member.muteUntil;
  if (member.customFields.length > 0) compact.f = fieldsToPairs(member.customFields);
  if (member.remindType !== TYPES.MSG_REMIND_ACPT_AND_NOTE) compact.t = member.remindType;
  return compact;
}

function expandMember(raw: unknown): MemberRecord | null {
  if (!isRecord(raw) || typeof raw.u !== 'string' || raw.u === '' || !isCount(raw.s) || raw.s < 1) return null;
  const fields = pairsToFields(raw.f);
  if (fields === null) return null;
  return {
    userID: raw.u,
    seq: raw.s,
    joinTime: isCount(raw.j) ? raw.j : 0,
    role: raw.r === undefined ? TYPES.GRP_MBR_ROLE_MEMBER : oneOf(GROUP_ROLES, raw.r) ? raw.r : TYPES.GRP_MBR_ROLE_MEMBER,
    nameCard: typeof raw.n === 'string' ? raw.n : '',
    muteUntil: isCount(raw.m) ? raw.m : 0,
    customFields: fields,
    remindType: oneOf(REMIND_TYPES, raw.t) ? raw.t : TYPES.MSG_REMIND_ACPT_AND_NOTE,
  };
}

export function encodeChunk(members: readonly MemberRecord[]): string {
  return JSON.stringify({ v: FORMAT_VERSION, m: members.map(compactMember) });
}

/** Members in sequence order; unreadable entries are skipped, one report for the chunk. */
export function decodeChunk(raw: unknown, report: Report): MemberRecord[] {
  if (!isRecord(raw) || !Array.isArray(raw.m)) {
    report('not a member chunk; its members are unreadable');
    return [];
  }
  const members: MemberRecord[] = [];
  let skipped = 0;
  for (const entry of raw.m) {
    const member = expandMember(entry);
    if (member) members.push(member);
    else skipped += 1;
  }
  if (skipped > 0) report(`${skipped} unreadable member entries skipped`);
  return members.sort((a, b) => a.seq - b.seq);
}

// ---- user index buckets --------------------------------------------------------------------------------

export function encodeBucket(bucket: ReadonlyMap<string, readonly IndexEntry[]>): string {
  const users: Record<string, readonly IndexEntry[]> = {};
  for (const [userID, entries] of bucket) users[userID] = entries;
  return JSON.stringify({ v: FORMAT_VERSION, u: users });
}

export function decodeBucket(raw: unknown, report: Report): Map<string, IndexEntry[]> {
  const bucket = new Map<string, IndexEntry[]>();
  if (!isRecord(raw) || !isRecord(raw.u)) {
    report('not an index bucket; the groups of its users are unreadable');
    return bucket;
  }
  let skipped = 0;
  for (const [userID, value] of Object.entries(raw.u)) {
    if (!Array.isArray(value)) {
      skipped += 1;
      continue;
    }
    const entries = value.filter(
      (entry): entry is [string, number] => Array.isArray(entry) && typeof entry[0] === 'string' && isCount(entry[1]),
    );
    skipped += value.length - entries.length;
    if (entries.length > 0) bucket.set(userID, entries);
  }
  if (skipped > 0) report(`${skipped} unreadable index entries skipped`);
  return bucket;
}

// ---- applications --------------------------------------------------------------------------------------

export function encodeApplications(book: ApplicationBook): string {
  return JSON.stringify({ v: FORMAT_VERSION, pending: book.pending, handled: book.handled });
}

function readApplication(raw: unknown): ApplicationRecord | null {
  if (!isRecord(raw)) return null;
  const { id, type, groupID, applicant, userID, note, time } = raw;
  if (typeof id !== 'string' || (type !== 0 && type !== 2) || typeof groupID !== 'string') return null;
  if (typeof applicant !== 'string' || typeof userID !== 'string' || typeof note !== 'string' || !isCount(time)) {
    return null;
  }
  return { id, type, groupID, applicant, userID, note, time };
}

export function decodeApplications(raw: unknown, report: Report): ApplicationBook {
  if (!isRecord(raw)) {
    report('not an application list; skipped');
    return { pending: [], handled: [] };
  }
  const read = (value: unknown): ApplicationRecord[] => {
    if (!Array.isArray(value)) return [];
    const list = value.map(readApplication).filter((entry): entry is ApplicationRecord => entry !== null);
    if (list.length !== value.length) report(`${value.length - list.length} unreadable applications skipped`);
    return list;
  };
  return { pending: read(raw.pending), handled: read(raw.handled) };
}

// ---- meta ----------------------------------------------------------------------------------------------

export function encodeMeta(meta: GroupMeta): string {
  return JSON.stringify({ v: FORMAT_VERSION, ...meta });
}

export function decodeMeta(raw: unknown, report: Report): GroupMeta {
  const bulk: unknown = isRecord(raw) ? raw.bulk : undefined;
  if (bulk === null || bulk === undefined) return { bulk: null };
  if (isRecord(bulk) && typeof bulk.prefix === 'string' && isCount(bulk.digits) && isCount(bulk.count)) {
    const members: BulkMembers = { prefix: bulk.prefix, digits: bulk.digits, count: bulk.count };
    return { bulk: members };
  }
  report('unreadable bulk member description dropped');
  return { bulk: null };
}
