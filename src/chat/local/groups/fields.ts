import { TYPES } from '../../constants';
import type { GroupType, InviteOption, JoinOption } from '../../constants';
import type { CustomField } from '../../types';
import { utf8Bytes } from '../../rules/bytes';
import { RuleViolation } from '../../rules/violation';
import { GROUP_CODE } from './codes';
import {
  CUSTOM_KEY_SHAPE,
  GROUP_BYTES,
  INVITE_OPTIONS,
  JOIN_OPTIONS,
  MAX_GROUP_CUSTOM_KEYS,
  MAX_MEMBER_CUSTOM_KEYS,
} from './limits';
import type { Options } from './params';

/**
 * What the group server refuses in a profile or member field. The limits are documented; the code for
 * breaking them is not (UNCONFIRMED): 10004, the server's "invalid parameter", throughout.
 */

function invalid(api: string, field: string, detail: string): RuleViolation {
  return new RuleViolation(GROUP_CODE.INVALID_PARAMETER, `${api}: ${field} ${detail}`, { field, rule: 'badValue' });
}

function checkBytes(api: string, field: string, value: string, limit: number): void {
  const actual = utf8Bytes(value);
  if (actual > limit) {
    throw new RuleViolation(GROUP_CODE.INVALID_PARAMETER, `${api}: ${field} exceeds ${limit} bytes (${actual})`, {
      field,
      rule: 'tooLong',
      limit,
      actual,
    });
  }
}

export interface ProfileChanges {
  name?: string;
  avatar?: string;
  introduction?: string;
  notification?: string;
  joinOption?: JoinOption;
  inviteOption?: InviteOption;
  muteAllMembers?: boolean;
  groupCustomField?: CustomField[];
}

const TEXT_FIELDS = ['name', 'avatar', 'introduction', 'notification'] as const;

/** The SDK sends joinOption only for Public and Community groups and silently drops it otherwise. */
export function joinOptionApplies(type: GroupType): boolean {
  return type === TYPES.GRP_PUBLIC || type === TYPES.GRP_COMMUNITY;
}

/** The profile fields of createGroup/updateGroupProfile that the server takes, checked; unknown keys ignored. */
export function readProfileChanges(api: string, options: Options, type: GroupType): ProfileChanges {
  const changes: ProfileChanges = {};
  for (const field of TEXT_FIELDS) {
    const value = options[field];
    if (value === undefined) continue;
    if (typeof value !== 'string') throw invalid(api, field, 'must be a string');
    checkBytes(api, field, value, GROUP_BYTES[field]);
    // UNCONFIRMED: a group without a name is refused, as createGroup's schema refuses one.
    if (field === 'name' && value === '') throw invalid(api, field, 'must not be empty');
    changes[field] = value;
  }
  const joinOption = options.joinOption;
  if (joinOption !== undefined && joinOptionApplies(type)) {
    if (!JOIN_OPTIONS.includes(joinOption as JoinOption)) {
      throw invalid(api, 'joinOption', `is not one of ${JOIN_OPTIONS.join(', ')}`);
    }
    changes.joinOption = joinOption as JoinOption;
  }
  const inviteOption = options.inviteOption;
  if (inviteOption !== undefined) {
    // The 002 doc: "For AVChatRoom this attribute is not allowed to be modified".
    if (type === TYPES.GRP_AVCHATROOM) throw invalid(api, 'inviteOption', 'cannot be set on an AVChatRoom');
    if (!INVITE_OPTIONS.includes(inviteOption as InviteOption)) {
      throw invalid(api, 'inviteOption', `is not one of ${INVITE_OPTIONS.join(', ')}`);
    }
    changes.inviteOption = inviteOption as InviteOption;
  }
  const mute = options.muteAllMembers;
  if (mute !== undefined) {
    if (typeof mute !== 'boolean') throw invalid(api, 'muteAllMembers', 'must be a boolean');
    changes.muteAllMembers = mute;
  }
  if (options.groupCustomField !== undefined) {
    const limit = GROUP_BYTES.groupCustomValue;
    changes.groupCustomField = readCustomFields(api, 'groupCustomField', options.groupCustomField, limit);
  }
  return changes;
}

/** `[{key, value}]` with well-formed keys and values within `valueLimit` bytes. */
export function readCustomFields(api: string, field: string, value: unknown, valueLimit: number): CustomField[] {
  if (!Array.isArray(value)) throw invalid(api, field, 'must be an array of {key, value}');
  return value.map((entry: unknown) => {
    const key: unknown = typeof entry === 'object' && entry !== null ? Reflect.get(entry, 'key') : undefined;
    const text: unknown = typeof entry === 'object' && entry !== null ? Reflect.get(entry, 'value') : undefined;
    if (typeof key !== 'string' || typeof text !== 'string') {
      throw invalid(api, field, 'entries must be {key: string, value: string}');
    }
    if (!CUSTOM_KEY_SHAPE.test(key)) {
      const message = `${api}: custom field key ${JSON.stringify(key)} must be 1-16 of [A-Za-z0-9_]`;
      throw new RuleViolation(GROUP_CODE.INVALID_PARAMETER, message, { field: key, rule: 'badKey' });
    }
    checkBytes(api, key, text, valueLimit);
    return { key, value: text };
  });
}

/**
 * Applies custom-field changes: later entries win, '' deletes the key (UNCONFIRMED: the REST docs' rule for
 * app-defined data), and at most `maxKeys` keys may remain.
 */
export function mergeCustomFields(
  api: string,
  current: readonly CustomField[],
  changes: readonly CustomField[],
  maxKeys: number,
): CustomField[] {
  const merged = new Map(current.map((field) => [field.key, field.value]));
  for (const change of changes) {
    if (change.value === '') merged.delete(change.key);
    else merged.set(change.key, change.value);
  }
  if (merged.size > maxKeys) {
    throw new RuleViolation(GROUP_CODE.INVALID_PARAMETER, `${api}: at most ${maxKeys} custom fields are allowed`, {
      field: 'customField',
      rule: 'badKey',
      limit: maxKeys,
      actual: merged.size,
    });
  }
  return [...merged].map(([key, value]) => ({ key, value }));
}

export function readMemberCustomFields(api: string, value: unknown): CustomField[] {
  return readCustomFields(api, 'memberCustomField', value, GROUP_BYTES.memberCustomValue);
}

type Merge = (api: string, current: readonly CustomField[], changes: readonly CustomField[]) => CustomField[];

export const mergeMemberCustomFields: Merge = (api, current, changes) =>
  mergeCustomFields(api, current, changes, MAX_MEMBER_CUSTOM_KEYS);

export const mergeGroupCustomFields: Merge = (api, current, changes) =>
  mergeCustomFields(api, current, changes, MAX_GROUP_CUSTOM_KEYS);

export function checkNameCard(api: string, nameCard: string): void {
  checkBytes(api, 'nameCard', nameCard, GROUP_BYTES.nameCard);
}
