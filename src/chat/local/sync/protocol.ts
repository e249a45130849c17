/**
 * What the local chat services of several tabs tell each other over a SyncChannel. Every message is plain
 * JSON in an envelope `{v, from, type, …}`; a tab ignores messages of another protocol version (a tab still
 * running the previous build) and its own.
 */
import { EVENT, KICKED_OUT_TYPES } from '../../constants';
import type { KickedOutType } from '../../constants';
import type { ChatEventName } from '../../types';
import { isRecord } from '../../guards';

/** 2: `keys-changed` carries the written values (1 sent only the keys). */
export const SYNC_VERSION = 2;

/**
 * A storage write. `value` is the text written (null: removed), so the receiver need not read a storage
 * that may not show the write yet; absent when the channel guarantees storage is up to date on arrival.
 */
export interface KeyChange {
  key: string;
  value?: string | null;
}

/** One logged-in instance as other tabs see it. `id` is unique within its tab only. */
export interface TabSessionInfo {
  id: number;
  userID: string;
  openedAt: number;
}

/**
 * A tab's announcement of its instances, also kept in storage under `<prefix>tab:<tabID>` for tabs that
 * start later. `rev` grows with each announcement so an older copy (a late storage read) never wins;
 * `beat` is when the tab last proved alive.
 */
export interface TabEntry {
  rev: number;
  beat: number;
  sessions: TabSessionInfo[];
}

export type SyncMessage =
  /** These storage keys were written (or removed); reload whatever you keep of them. */
  | { type: 'keys-changed'; changes: KeyChange[] }
  /** Deliver this event to your instances of `userID`; `data` was computed by the sender. */
  | { type: 'push'; userID: string; eventName: ChatEventName; data: unknown }
  /**
   * The sender's instances now. `withdrawn`: the tab is going away without logging them out, so every tab
   * tells its own subscribers (no live tab will announce those users going offline).
   */
  | { type: 'sessions'; entry: TabEntry; withdrawn?: boolean }
  /** The tab `tab` must kick out its instance `session` (a login elsewhere went past the instance limit). */
  | { type: 'kick'; tab: string; session: number; kickType: KickedOutType };

export type SyncEnvelope = SyncMessage & { v: number; from: string };

const EVENT_NAMES: ReadonlySet<string> = new Set(Object.values(EVENT));
const KICK_TYPES: ReadonlySet<string> = new Set(KICKED_OUT_TYPES);

function isEventName(value: unknown): value is ChatEventName {
  return typeof value === 'string' && EVENT_NAMES.has(value);
}

function isKickType(value: unknown): value is KickedOutType {
  return typeof value === 'string' && KICK_TYPES.has(value);
}

function isKeyChange(value: unknown): value is KeyChange {
  if (!isRecord(value) || typeof value.key !== 'string') return false;
  return value.value === undefined || value.value === null || typeof value.value === 'string';
}

export function parseTabEntry(value: unknown): TabEntry | null {
  if (!isRecord(value) || typeof value.rev !== 'number' || typeof value.beat !== 'number') return null;
  if (!Array.isArray(value.sessions)) return null;
  const sessions: TabSessionInfo[] = [];
  for (const item of value.sessions) {
    if (!isRecord(item)) return null;
    const { id, userID, openedAt } = item;
    if (typeof id !== 'number' || typeof userID !== 'string' || typeof openedAt !== 'number') return null;
    sessions.push({ id, userID, openedAt });
  }
  return { rev: value.rev, beat: value.beat, sessions };
}

/** The envelope if `raw` is a well-formed message of this protocol version, else null. */
export function parseEnvelope(raw: unknown): SyncEnvelope | null {
  if (!isRecord(raw) || raw.v !== SYNC_VERSION || typeof raw.from !== 'string') return null;
  const base = { v: SYNC_VERSION, from: raw.from };
  switch (raw.type) {
    case 'keys-changed':
      if (!Array.isArray(raw.changes) || !raw.changes.every(isKeyChange)) return null;
      return { ...base, type: 'keys-changed', changes: raw.changes };
    case 'push':
      if (typeof raw.userID !== 'string' || !isEventName(raw.eventName)) return null;
      return { ...base, type: 'push', userID: raw.userID, eventName: raw.eventName, data: raw.data };
    case 'sessions': {
      const entry = parseTabEntry(raw.entry);
      if (!entry) return null;
      return { ...base, type: 'sessions', entry, withdrawn: raw.withdrawn === true };
    }
    case 'kick':
      if (typeof raw.tab !== 'string' || typeof raw.session !== 'number' || !isKickType(raw.kickType)) return null;
      return { ...base, type: 'kick', tab: raw.tab, session: raw.session, kickType: raw.kickType };
    default:
      return null;
  }
}
