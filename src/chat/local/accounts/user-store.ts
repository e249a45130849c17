import { errorText } from '../../errors';
import { isRecord } from '../../guards';
import type { CustomField, Profile } from '../../types';
import { ADMIN_FORBID_TYPES, ALLOW_TYPES, GENDERS } from '../../rules/profile';
import type { KeyValueStorage } from '../core/ports';
import type { ServerProblem } from '../core/problems';
import { readStoredJSON, writeStored } from '../core/stored';
import { cloneProfile, defaultProfile } from '../profile-rules';

const USER_KEY_PART = 'user:';
const RECORD_VERSION = 1;

/** Everything the service keeps about one account; stored under one key so a change rewrites only it. */
export interface UserRecord {
  profile: Profile;
  customStatus: string;
  /** Accounts whose status this account subscribed to (subscriptions live on the server, per account). */
  subscriptions: string[];
}

export function cloneRecord(record: UserRecord): UserRecord {
  return {
    profile: cloneProfile(record.profile),
    customStatus: record.customStatus,
    subscriptions: [...record.subscriptions],
  };
}

/**
 * Rebuilds a profile field by field: a bad field falls back to its default and is reported, so one damaged
 * value never costs the rest of the account.
 */
function repairProfile(userID: string, raw: Record<string, unknown>, repaired: string[]): Profile {
  const base = defaultProfile(userID, 0);
  const text = (name: 'nick' | 'location' | 'selfSignature' | 'avatar'): string => {
    const value = raw[name];
    if (typeof value === 'string') return value;
    if (value !== undefined) repaired.push(name);
    return base[name];
  };
  const number = (name: 'birthday' | 'language' | 'level' | 'role' | 'messageSettings' | 'lastUpdatedTime'): number => {
    const value = raw[name];
    if (typeof value === 'number' && Number.isFinite(value)) return value;
    if (value !== undefined) repaired.push(name);
    return base[name];
  };
  const pick = <T extends string>(name: string, allowed: readonly T[], fallback: T): T => {
    const value = raw[name];
    if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
    if (value !== undefined) repaired.push(name);
    return fallback;
  };
  const custom: CustomField[] = [];
  if (Array.isArray(raw.profileCustomField)) {
    for (const entry of raw.profileCustomField) {
      if (isRecord(entry) && typeof entry.key === 'string' && typeof entry.value === 'string') {
        custom.push({ key: entry.key, value: entry.value });
      } else repaired.push('profileCustomField');
    }
  } else if (raw.profileCustomField !== undefined) repaired.push('profileCustomField');
  if (raw.userID !== undefined && raw.userID !== userID) repaired.push('userID');
  return {
    userID,
    nick: text('nick'),
    gender: pick('gender', GENDERS, base.gender),
    birthday: number('birthday'),
    location: text('location'),
    selfSignature: text('selfSignature'),
    allowType: pick('allowType', ALLOW_TYPES, base.allowType),
    language: number('language'),
    avatar: text('avatar'),
    messageSettings: number('messageSettings'),
    adminForbidType: pick('adminForbidType', ADMIN_FORBID_TYPES, base.adminForbidType),
    level: number('level'),
    role: number('role'),
    lastUpdatedTime: number('lastUpdatedTime'),
    profileCustomField: custom,
  };
}

/** Reads and writes UserRecords under `<prefix>user:<userID>`. */
export class UserStore {
  constructor(
    private readonly storage: KeyValueStorage,
    private readonly prefix: string,
    private readonly problems: ServerProblem[],
  ) {}

  keyOf(userID: string): string {
    return `${this.prefix}${USER_KEY_PART}${userID}`;
  }

  /** Every readable account. Unreadable keys are skipped and listed in `problems`; start-up never throws. */
  loadAll(): { records: Map<string, UserRecord>; userKeys: Set<string> } {
    const records = new Map<string, UserRecord>();
    const userKeys = new Set<string>();
    let keys: string[];
    try {
      keys = this.storage.keys();
    } catch (error) {
      this.problems.push({ kind: 'storage-unreadable', message: `listing keys failed: ${errorText(error)}` });
      return { records, userKeys };
    }
    const userPrefix = this.prefix + USER_KEY_PART;
    for (const key of keys) {
      if (!key.startsWith(userPrefix)) continue;
      const userID = key.slice(userPrefix.length);
      if (userID === '') continue;
      userKeys.add(userID);
      const record = this.read(key, userID);
      if (record) records.set(userID, record);
    }
    return { records, userKeys };
  }

  /** One account as stored now (another tab may have written it); null when absent or unreadable. */
  load(userID: string): UserRecord | null {
    return this.read(this.keyOf(userID), userID);
  }

  /** The userID a storage key holds, or null for keys that are not accounts. */
  userIDOfKey(key: string): string | null {
    const userPrefix = this.prefix + USER_KEY_PART;
    return key.startsWith(userPrefix) && key.length > userPrefix.length ? key.slice(userPrefix.length) : null;
  }

  private read(key: string, userID: string): UserRecord | null {
    const parsed = readStoredJSON(this.storage, key, this.problems, 'skipped');
    if (parsed === undefined) return null;
    if (!isRecord(parsed) || !isRecord(parsed.profile)) {
      this.problems.push({ kind: 'corrupt-record', key, message: 'no profile object; skipped' });
      return null;
    }
    const repaired: string[] = [];
    const profile = repairProfile(userID, parsed.profile, repaired);
    let customStatus = '';
    if (typeof parsed.customStatus === 'string') customStatus = parsed.customStatus;
    else if (parsed.customStatus !== undefined) repaired.push('customStatus');
    let subscriptions: string[] = [];
    if (Array.isArray(parsed.subscriptions)) {
      subscriptions = parsed.subscriptions.filter((id): id is string => typeof id === 'string');
      if (subscriptions.length !== parsed.subscriptions.length) repaired.push('subscriptions');
    } else if (parsed.subscriptions !== undefined) repaired.push('subscriptions');
    if (repaired.length > 0) {
      this.problems.push({
        kind: 'repaired-record',
        key,
        message: `invalid ${[...new Set(repaired)].join(', ')} reset to defaults`,
      });
    }
    return { profile, customStatus, subscriptions: [...new Set(subscriptions)] };
  }

  /** Throws ChatError(STORAGE_WRITE_FAILED) when the storage refuses, so the caller can leave memory alone. */
  write(record: UserRecord): void {
    const key = this.keyOf(record.profile.userID);
    const body = JSON.stringify({
      v: RECORD_VERSION,
      profile: record.profile,
      customStatus: record.customStatus,
      subscriptions: record.subscriptions,
    });
    writeStored(this.storage, key, body, this.problems);
  }
}
