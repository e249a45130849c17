import { EVENT } from '../../constants';
import { ChatError } from '../../errors';
import type { GroupAttributeKeysResult, GroupAttributes, GroupAttributesResult, GroupAttributesUpdate } from '../../group-attribute-types';
import { isRecord } from '../../guards';
import { GROUP_ATTRIBUTE_CODE } from '../../rules/group-attributes';
import { paramsViolation } from '../../rules/violation';
import type { ChatEventName, ChatEventPayloads } from '../../types';
import type { Session } from '../core/session';
import { diff, toObject } from './attributes';
import type { AttributeSnapshot, GroupAttributeService, KeyedRequest } from './attributes';
import { readOptions, requireString } from './params';

type Emit = <E extends ChatEventName>(eventName: E, makeData: () => ChatEventPayloads[E]) => void;

/** The SDK's per-command limits (index.es.js SessionModule `So`): interval in seconds, requests allowed in it. */
const FREQUENCY: Record<Command, { interval: number; count: number }> = {
  set_group_attr: { interval: 5, count: 10 },
  modify_group_attr: { interval: 5, count: 10 },
  delete_group_attr: { interval: 5, count: 10 },
  clear_group_attr: { interval: 5, count: 10 },
  get_group_attr: { interval: 5, count: 20 },
};
type Command = 'set_group_attr' | 'modify_group_attr' | 'delete_group_attr' | 'clear_group_attr' | 'get_group_attr';

/** How long the SDK answers getGroupAttributes from its copy (GroupAttributesHandler CACHE_EXPIRE_TIME). */
const CACHE_MS = 30_000;

interface CachedGroup {
  snapshot: AttributeSnapshot;
  /** Milliseconds; 0 until the instance has read or written the group's attributes. */
  updatedAt: number;
}

function ok<T>(data: T): { code: 0; data: T } {
  return { code: 0, data };
}

/** `groupAttributes`: a non-empty object of string values (index.es.js initGroupAttributes/setGroupAttributes schema). */
function readAttributes(api: string, raw: unknown): GroupAttributes {
  const value: unknown = isRecord(raw) ? raw.groupAttributes : undefined;
  if (!isRecord(value) || Object.keys(value).length === 0) {
    throw paramsViolation(api, 'groupAttributes is required and must be a non-empty object', { field: 'groupAttributes', rule: 'required' });
  }
  const attributes: GroupAttributes = {};
  for (const [key, entry] of Object.entries(value)) {
    if (typeof entry !== 'string') {
      throw paramsViolation(api, `the value of ${key} must be a string`, { field: 'groupAttributes', rule: 'badValue' });
    }
    attributes[key] = entry;
  }
  return attributes;
}

/** `keyList`: an array of strings, possibly empty (meaning all). */
function readKeys(api: string, raw: unknown): string[] {
  const value: unknown = isRecord(raw) ? raw.keyList : undefined;
  if (!Array.isArray(value) || !value.every((key): key is string => typeof key === 'string')) {
    throw paramsViolation(api, 'keyList must be an array of strings', { field: 'keyList', rule: 'required' });
  }
  return [...value];
}

/**
 * Group attributes as one SDK instance speaks them (group-module.js GroupAttributesHandler): its copy of each
 * group's attributes with their sequences (sent back with every change), its per-command frequency limits
 * (2996), its 30-second answer from the copy, and GROUP_ATTRIBUTES_UPDATED on itself after its own changes,
 * with what changed against its copy. Another member's change reaches it as that event, through `heard`.
 */
export class GroupAttributeInstance {
  private readonly groups = new Map<string, CachedGroup>();
  private readonly requests = new Map<Command, { start: number; count: number }>();
  private session: Session | null = null;

  constructor(
    private readonly service: GroupAttributeService,
    private readonly clock: () => number,
    private readonly emit: Emit,
  ) {}

  initGroupAttributes(session: Session, raw: unknown): { code: 0; data: GroupAttributesResult } {
    const api = 'initGroupAttributes';
    const groupID = requireString(api, readOptions(api, raw), 'groupID');
    const attributes = readAttributes(api, raw);
    this.checkFrequency(session, api, 'set_group_attr');
    const cached = this.cached(session, groupID);
    this.changed(groupID, cached, this.service.init(session, groupID, attributes, cached.snapshot.mainSeq));
    return ok({ groupAttributes: attributes });
  }

  setGroupAttributes(session: Session, raw: unknown): { code: 0; data: GroupAttributesResult } {
    const api = 'setGroupAttributes';
    const groupID = requireString(api, readOptions(api, raw), 'groupID');
    const attributes = readAttributes(api, raw);
    this.checkFrequency(session, api, 'modify_group_attr');
    const cached = this.cached(session, groupID);
    const requests: KeyedRequest[] = Object.entries(attributes).map(([key, value]) => ({
      key,
      value,
      seq: cached.snapshot.attributes.get(key)?.seq ?? 0,
    }));
    this.changed(groupID, cached, this.service.set(session, groupID, requests));
    return ok({ groupAttributes: attributes });
  }

  /** Answers the keys the instance knew of (all of them for an empty keyList), as the SDK does. */
  deleteGroupAttributes(session: Session, raw: unknown): { code: 0; data: GroupAttributeKeysResult } {
    const api = 'deleteGroupAttributes';
    const groupID = requireString(api, readOptions(api, raw), 'groupID');
    const keys = readKeys(api, raw);
    const all = keys.length === 0;
    this.checkFrequency(session, api, all ? 'clear_group_attr' : 'delete_group_attr');
    const cached = this.cached(session, groupID);
    const known = cached.snapshot.attributes;
    const requests: KeyedRequest[] = keys.map((key) => ({ key, seq: known.get(key)?.seq ?? 0 }));
    const keyList = all ? [...known.keys()] : keys.filter((key) => known.has(key));
    this.changed(groupID, cached, this.service.remove(session, groupID, all ? 'all' : requests, cached.snapshot.mainSeq));
    return ok({ keyList });
  }

  /** From the copy for 30 s after it was last brought up to date; from the server (counted) otherwise. */
  getGroupAttributes(session: Session, raw: unknown): { code: 0; data: GroupAttributesResult } {
    const api = 'getGroupAttributes';
    const groupID = requireString(api, readOptions(api, raw), 'groupID');
    const keys = readKeys(api, raw);
    let cached = this.cached(session, groupID);
    if (this.clock() - cached.updatedAt >= CACHE_MS) {
      this.checkFrequency(session, api, 'get_group_attr');
      cached = { snapshot: this.service.read(api, session, groupID), updatedAt: this.clock() };
      this.groups.set(groupID, cached);
    }
    const all = toObject(cached.snapshot.attributes);
    if (keys.length === 0) return ok({ groupAttributes: all });
    const picked: GroupAttributes = {};
    for (const key of keys) if (key in all) picked[key] = all[key];
    return ok({ groupAttributes: picked });
  }

  /**
   * Another member changed a group's attributes: the SDK applies the change to its copy (or fetches the
   * attributes when it missed one), so the copy is the server's again.
   */
  heard(session: Session | null, update: GroupAttributesUpdate): void {
    if (!session) return;
    this.forOwner(session);
    try {
      this.groups.set(update.groupID, { snapshot: this.service.read('GROUP_ATTRIBUTES_UPDATED', session, update.groupID), updatedAt: this.clock() });
    } catch {
      // No longer a member, or the group is gone: the copy goes with it.
      this.groups.delete(update.groupID);
    }
  }

  /** A new login starts with no copies and fresh limits, as the SDK's reset does. */
  private cached(session: Session, groupID: string): CachedGroup {
    this.forOwner(session);
    return this.groups.get(groupID) ?? { snapshot: { mainSeq: 0, attributes: new Map() }, updatedAt: 0 };
  }

  private forOwner(session: Session): void {
    if (this.session === session) return;
    this.session = session;
    this.groups.clear();
    this.requests.clear();
  }

  /** The caller's own change: its copy takes the server's answer and it emits what changed against the copy. */
  private changed(groupID: string, before: CachedGroup, after: AttributeSnapshot): void {
    this.groups.set(groupID, { snapshot: after, updatedAt: this.clock() });
    const update = diff(groupID, before.snapshot, after);
    if (update.updatedKeyList.length === 0 && update.deletedKeyList.length === 0) return;
    this.emit(EVENT.GROUP_ATTRIBUTES_UPDATED, () => ({ ...update, groupAttributes: { ...update.groupAttributes } }));
  }

  /** Counts the request like the SDK's SessionModule `_isFreqOverLimit`: a window opens at the first request. */
  private checkFrequency(session: Session, api: string, command: Command): void {
    this.forOwner(session);
    const now = this.clock();
    const limit = FREQUENCY[command];
    const window = this.requests.get(command);
    if (!window || now - window.start > limit.interval * 1000) {
      this.requests.set(command, { start: now, count: 1 });
      return;
    }
    window.count += 1;
    if (window.count > limit.count) {
      throw new ChatError(
        GROUP_ATTRIBUTE_CODE.OVER_FREQUENCY_LIMIT,
        `${api}: at most ${limit.count} requests in ${limit.interval} s (${command}); try again shortly`,
      );
    }
  }
}
