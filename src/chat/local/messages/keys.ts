import { fnv1a } from '../core/hash';
import { USER_BUCKETS } from './limits';
import type { LogRef } from './model';

/**
 * Where messaging data lives, under `<keyPrefix>msg:`:
 *   h:<logID>            a log's head: counters, read marks of a C2C pair, @ and recall index, last message
 *   m:<chunk>:<logID>    messages at positions [chunk·20 + 1, +20] of a log           ≤ 20 messages
 *   u:<bucket>:<userID>  one user's conversation records hashed to the bucket (16 per user)
 *   n:<userID>           group system notices waiting for the user's next login
 *   x:<downloadKey>      the message list of a large merged message
 *   meta                 characters in use, forwarded media, whether the demo was written
 * A log is `g:<groupID>` or `c:<length of a>:<a><b>` for the C2C pair a < b.
 */
export type MessageKey =
  | { kind: 'head'; logID: string }
  | { kind: 'chunk'; logID: string; chunk: number }
  | { kind: 'bucket'; userID: string; bucket: number }
  | { kind: 'inbox'; userID: string }
  | { kind: 'merger'; downloadKey: string }
  | { kind: 'meta' };

export function pairOf(userA: string, userB: string): [string, string] {
  return userA <= userB ? [userA, userB] : [userB, userA];
}

export function logIDOf(ref: LogRef): string {
  if (ref.kind === 'group') return `g:${ref.groupID}`;
  const [a, b] = pairOf(ref.a, ref.b);
  return `c:${a.length}:${a}${b}`;
}

export function c2cLog(userA: string, userB: string): string {
  return logIDOf({ kind: 'c2c', a: userA, b: userB });
}

export function groupLog(groupID: string): string {
  return logIDOf({ kind: 'group', groupID });
}

export function parseLogID(logID: string): LogRef | null {
  if (logID.startsWith('g:') && logID.length > 2) return { kind: 'group', groupID: logID.slice(2) };
  const match = /^c:(\d+):/.exec(logID);
  if (!match) return null;
  const rest = logID.slice(match[0].length);
  const length = Number(match[1]);
  if (length < 1 || length >= rest.length) return null;
  return { kind: 'c2c', a: rest.slice(0, length), b: rest.slice(length) };
}

export function userBucketOf(conversationID: string): number {
  return fnv1a(conversationID) % USER_BUCKETS;
}

export class MessageKeys {
  constructor(readonly prefix: string) {}

  head(logID: string): string {
    return `${this.prefix}h:${logID}`;
  }

  chunk(logID: string, chunk: number): string {
    return `${this.prefix}m:${chunk}:${logID}`;
  }

  bucket(userID: string, bucket: number): string {
    return `${this.prefix}u:${bucket}:${userID}`;
  }

  inbox(userID: string): string {
    return `${this.prefix}n:${userID}`;
  }

  merger(downloadKey: string): string {
    return `${this.prefix}x:${downloadKey}`;
  }

  meta(): string {
    return `${this.prefix}meta`;
  }

  parse(key: string): MessageKey | null {
    if (!key.startsWith(this.prefix)) return null;
    const rest = key.slice(this.prefix.length);
    if (rest === 'meta') return { kind: 'meta' };
    const body = rest.slice(2);
    if (rest.startsWith('h:') && body !== '') return { kind: 'head', logID: body };
    if (rest.startsWith('n:') && body !== '') return { kind: 'inbox', userID: body };
    if (rest.startsWith('x:') && body !== '') return { kind: 'merger', downloadKey: body };
    const numbered = /^([mu]):(\d+):(.+)$/.exec(rest);
    if (!numbered) return null;
    return numbered[1] === 'm'
      ? { kind: 'chunk', logID: numbered[3], chunk: Number(numbered[2]) }
      : { kind: 'bucket', userID: numbered[3], bucket: Number(numbered[2]) };
  }
}
