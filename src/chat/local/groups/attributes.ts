import { EVENT } from '../../constants';
import { ChatError } from '../../errors';
import type { GroupAttributes, GroupAttributesUpdate } from '../../group-attribute-types';
import { isRecord } from '../../guards';
import { GROUP_ATTRIBUTE_CODE, groupAttributesViolation } from '../../rules/group-attributes';
import type { ServiceHost } from '../core/host';
import type { Session } from '../core/session';
import { readStoredJSON, writeStored } from '../core/stored';
import type { GroupContext } from './context';

/**
 * Group attributes on the server side: per group a main sequence and, per key, the sequence of its last
 * change, which instances send back so that a change made from a stale view is refused with 10056 (Web guide,
 * https://www.tencentcloud.com/document/product/1047/48174: "only the first user can execute successfully,
 * and other users will receive the 10056 error code"; the exact rule is UNCONFIRMED: here init and clear
 * compare the main sequence, set and delete each key's).
 *
 * Every group type has them (SDK 3.6.6 checks no type and has no 2641/2642 left in its error table; the guide:
 * "Topic does not support group attributes", AVChatRoom members must have joined). One storage key per group,
 * `<prefix>gattr:<groupID>` (≤ 16 KB by the limits), stamped with the group's createTime so that the
 * attributes of a dismissed group never reappear on a new group of the same ID.
 */
export interface AttributeEntry {
  value: string;
  seq: number;
}

export interface AttributeSnapshot {
  mainSeq: number;
  attributes: Map<string, AttributeEntry>;
}

/** One key of a change request, with the sequence the instance last saw for it (0: never). */
export interface KeyedRequest {
  key: string;
  seq: number;
  value?: string;
}

const FORMAT_VERSION = 1;

function empty(): AttributeSnapshot {
  return { mainSeq: 0, attributes: new Map() };
}

export function toObject(attributes: ReadonlyMap<string, AttributeEntry>): GroupAttributes {
  const object: GroupAttributes = {};
  for (const [key, entry] of attributes) object[key] = entry.value;
  return object;
}

export class GroupAttributeService {
  private readonly prefix: string;
  private readonly cache = new Map<string, { createTime: number; snapshot: AttributeSnapshot }>();

  constructor(
    private readonly host: Pick<ServiceHost, 'storage' | 'keyPrefix' | 'problems' | 'pushToUser' | 'watchExternalKeys'>,
    private readonly groups: GroupContext,
  ) {
    this.prefix = `${host.keyPrefix}gattr:`;
    host.watchExternalKeys(this.prefix, (key) => this.cache.delete(key.slice(this.prefix.length)));
  }

  /** The group's attributes as the server has them now (for a member), or the refusal a call would get. */
  read(api: string, session: Session, groupID: string): AttributeSnapshot {
    return this.copy(this.load(this.requireMember(api, session, groupID), groupID));
  }

  init(session: Session, groupID: string, attributes: GroupAttributes, mainSeq: number): AttributeSnapshot {
    const api = 'initGroupAttributes';
    const current = this.load(this.requireMember(api, session, groupID), groupID);
    if (mainSeq !== current.mainSeq) throw this.conflict(api);
    const seq = current.mainSeq + 1;
    const next = new Map(Object.entries(attributes).map(([key, value]) => [key, { value, seq }]));
    return this.commit(api, session, groupID, current, { mainSeq: seq, attributes: next });
  }

  set(session: Session, groupID: string, requests: readonly KeyedRequest[]): AttributeSnapshot {
    const api = 'setGroupAttributes';
    const current = this.load(this.requireMember(api, session, groupID), groupID);
    this.checkKeys(api, current, requests);
    const seq = current.mainSeq + 1;
    const next = new Map(current.attributes);
    for (const { key, value } of requests) next.set(key, { value: value ?? '', seq });
    return this.commit(api, session, groupID, current, { mainSeq: seq, attributes: next });
  }

  /** Keys given: those; none: every attribute (the SDK's clear_group_attr), checked against the main sequence. */
  remove(session: Session, groupID: string, requests: readonly KeyedRequest[] | 'all', mainSeq: number): AttributeSnapshot {
    const api = 'deleteGroupAttributes';
    const current = this.load(this.requireMember(api, session, groupID), groupID);
    const next = new Map(current.attributes);
    if (requests === 'all') {
      if (mainSeq !== current.mainSeq) throw this.conflict(api);
      next.clear();
    } else {
      this.checkKeys(api, current, requests);
      for (const { key } of requests) next.delete(key);
    }
    return this.commit(api, session, groupID, current, { mainSeq: current.mainSeq + 1, attributes: next });
  }

  private checkKeys(api: string, current: AttributeSnapshot, requests: readonly KeyedRequest[]): void {
    for (const { key, seq } of requests) {
      if ((current.attributes.get(key)?.seq ?? 0) !== seq) throw this.conflict(api);
    }
  }

  private conflict(api: string): ChatError {
    return new ChatError(
      GROUP_ATTRIBUTE_CODE.MODIFIED_BY_OTHERS,
      `${api}: the group's attributes were changed by someone else; get them again (getGroupAttributes) and retry`,
    );
  }

  /** 10010 for no group; 10007 for a caller outside it (UNCONFIRMED code, the group service's "permission denied"). */
  private requireMember(api: string, session: Session, groupID: string): number {
    const group = this.groups.state.profile(groupID);
    if (!group) throw new ChatError(GROUP_ATTRIBUTE_CODE.GROUP_NOT_FOUND, `${api}: group ${groupID} does not exist or was dismissed`);
    if (!this.groups.localGroup(groupID, session.userID)) {
      throw new ChatError(GROUP_ATTRIBUTE_CODE.PERMISSION_DENIED, `${api}: only members of ${groupID} may use its attributes`);
    }
    return group.createTime;
  }

  /** Limits, then the write, then memory; every other member's instances hear of it (the caller's emits itself). */
  private commit(api: string, session: Session, groupID: string, before: AttributeSnapshot, after: AttributeSnapshot): AttributeSnapshot {
    const object = toObject(after.attributes);
    const violation = groupAttributesViolation(object);
    if (violation) throw new ChatError(violation.code, `${api}: ${violation.message}`, violation.data);
    const createTime = this.groups.state.profile(groupID)?.createTime ?? 0;
    const key = this.prefix + groupID;
    const body =
      after.attributes.size === 0 && after.mainSeq === 0
        ? null
        : JSON.stringify({ v: FORMAT_VERSION, createTime, mainSeq: after.mainSeq, a: [...after.attributes].map(([k, e]) => [k, e.value, e.seq]) });
    writeStored(this.host.storage, key, body, this.host.problems);
    this.cache.set(groupID, { createTime, snapshot: after });
    const update = diff(groupID, before, after);
    if (update.updatedKeyList.length > 0 || update.deletedKeyList.length > 0) {
      for (const userID of this.groups.accountMembers(groupID)) {
        this.host.pushToUser(userID, EVENT.GROUP_ATTRIBUTES_UPDATED, () => ({ ...update, groupAttributes: { ...object } }), session);
      }
    }
    return this.copy(after);
  }

  private load(createTime: number, groupID: string): AttributeSnapshot {
    const cached = this.cache.get(groupID);
    if (cached && cached.createTime === createTime) return cached.snapshot;
    const key = this.prefix + groupID;
    const raw = readStoredJSON(this.host.storage, key, this.host.problems, 'read as no attributes');
    let snapshot = empty();
    if (raw !== undefined) {
      const decoded = decode(raw);
      if (!decoded) this.host.problems.push({ kind: 'corrupt-record', key, message: 'not a group attribute record; read as none' });
      // A record of an earlier group of the same ID is left until this group's first change replaces it.
      else if (decoded.createTime === createTime) snapshot = decoded.snapshot;
    }
    this.cache.set(groupID, { createTime, snapshot });
    return snapshot;
  }

  private copy(snapshot: AttributeSnapshot): AttributeSnapshot {
    return { mainSeq: snapshot.mainSeq, attributes: new Map([...snapshot.attributes].map(([key, entry]) => [key, { ...entry }])) };
  }
}

function decode(raw: unknown): { createTime: number; snapshot: AttributeSnapshot } | null {
  if (!isRecord(raw) || typeof raw.createTime !== 'number' || typeof raw.mainSeq !== 'number' || !Array.isArray(raw.a)) return null;
  const attributes = new Map<string, AttributeEntry>();
  for (const entry of raw.a as unknown[]) {
    if (!Array.isArray(entry) || typeof entry[0] !== 'string' || typeof entry[1] !== 'string' || typeof entry[2] !== 'number') continue;
    attributes.set(entry[0], { value: entry[1], seq: entry[2] });
  }
  return { createTime: raw.createTime, snapshot: { mainSeq: raw.mainSeq, attributes } };
}

/** What changed between two views of a group's attributes (group-module.js `_computeAttrChangedInfo`). */
export function diff(groupID: string, before: AttributeSnapshot, after: AttributeSnapshot): GroupAttributesUpdate {
  const updatedKeyList: string[] = [];
  const deletedKeyList: string[] = [];
  for (const [key, entry] of after.attributes) if (before.attributes.get(key)?.value !== entry.value) updatedKeyList.push(key);
  for (const key of before.attributes.keys()) if (!after.attributes.has(key)) deletedKeyList.push(key);
  return { groupID, groupAttributes: toObject(after.attributes), updatedKeyList, deletedKeyList };
}
