import { ChatError } from '../errors';
import type { ChatResponse } from '../types';

/*
 * The envelopes of the SDK's answers, read in one place. index.d.ts declares every result `Promise<any>`;
 * these helpers are where a response gets our type.
 */

/**
 * `{ code: 0, data }` of an imResponse, `data` taken on trust from the SDK documentation (the contract suite and
 * the normalisers check the shapes against the real SDK).
 */
export function typed<T>(response: unknown): ChatResponse<T> {
  if (!response || typeof response !== 'object' || !('data' in response)) {
    throw new ChatError(-1, 'The Chat SDK resolved without a response object');
  }
  return { code: 0, data: response.data as T };
}

/** The `data` of an imResponse, unread: the caller's normaliser gives it its type. */
export function dataOf(response: unknown): unknown {
  return typed<unknown>(response).data;
}

export const ok = <T>(data: T): ChatResponse<T> => ({ code: 0, data });

/**
 * What a call the port answers with "nothing to read" resolves with. SDK 3.6.6 resolves some of them with
 * `undefined` (FriendApplicationHandler acceptApplication / refuseApplication / setApplicationRead in
 * relationship-module.js return nothing from their `then`), others with `{ code: 0, data: {} }`.
 */
export const done = (): ChatResponse<Record<string, never>> => ({ code: 0, data: {} });

export function errorCode(error: unknown): number | undefined {
  const code: unknown = error && typeof error === 'object' ? Reflect.get(error, 'code') : undefined;
  return typeof code === 'number' ? code : undefined;
}

/** A promise-like value: what the SDK's API layer hands back instead of a result when it refuses a call. */
export function isThenable(value: unknown): value is PromiseLike<unknown> {
  return typeof value === 'object' && value !== null && typeof Reflect.get(value, 'then') === 'function';
}
