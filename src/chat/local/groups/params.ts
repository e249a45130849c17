import type { RuleViolation } from '../../rules/violation';
import { paramsViolation } from '../../rules/violation';

/**
 * The SDK's parameter schemas (index.es.js `Ts`, checked by `Ut`/`Gt`) for the group APIs. A required value
 * that is "empty" (undefined, null, '', [], 0) or of the wrong type fails with the code-less
 * "Params validate failed." (-1) before anything is sent; optional values are only type-checked.
 */
export type Options = Record<string, unknown>;

function fail(api: string, field: string, detail: string): RuleViolation {
  return paramsViolation(api, `${field} ${detail}`, { field, rule: 'badValue' });
}

export function readOptions(api: string, options: unknown): Options {
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw paramsViolation(api, 'options must be an object', { field: 'options', rule: 'required' });
  }
  return options as Options;
}

export function requireString(api: string, options: Options, field: string): string {
  const value = options[field];
  if (typeof value !== 'string' || value === '') throw fail(api, field, 'is required and must be a non-empty string');
  return value;
}

/** A bare groupID argument (dismissGroup, quitGroup, searchGroupByID, getGroupOnlineMemberCount). */
export function requireGroupIDArg(api: string, groupID: unknown): string {
  return requireString(api, { groupID }, 'groupID');
}

export function optionalString(api: string, options: Options, field: string): string | undefined {
  const value = options[field];
  if (value === undefined || value === null || value === '') return value === '' ? '' : undefined;
  if (typeof value !== 'string') throw fail(api, field, 'must be a string');
  return value;
}

export function requireArray(api: string, options: Options, field: string): unknown[] {
  const value = options[field];
  if (!Array.isArray(value) || value.length === 0) throw fail(api, field, 'is required and must be a non-empty array');
  return value;
}

export function optionalArray(api: string, options: Options, field: string): unknown[] | undefined {
  const value = options[field];
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value)) throw fail(api, field, 'must be an array');
  return value;
}

/** A list the SDK passes on as strings; anything else in it is refused here rather than sent. */
export function stringList(api: string, field: string, list: readonly unknown[]): string[] {
  if (!list.every((entry): entry is string => typeof entry === 'string')) throw fail(api, field, 'must hold strings only');
  return [...list] as string[];
}

export function optionalNumber(api: string, options: Options, field: string): number | undefined {
  const value = options[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'number' || Number.isNaN(value)) throw fail(api, field, 'must be a number');
  return value;
}

export function optionalBoolean(api: string, options: Options, field: string): boolean | undefined {
  const value = options[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'boolean') throw fail(api, field, 'must be a boolean');
  return value;
}
