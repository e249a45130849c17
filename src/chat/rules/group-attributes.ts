import { utf8Bytes } from './bytes';
import { RuleViolation } from './violation';

/**
 * Group attributes' limits (index.d.ts initGroupAttributes; seed 004; Web guide
 * https://www.tencentcloud.com/document/product/1047/48174): at most 16 keys, a key at most 32 bytes, a value
 * at most 4 KB, all keys and values together at most 16 KB. The SDK checks none of them; the server refuses
 * with 10004 (UNCONFIRMED: the group service's "invalid parameter" is the closest documented code).
 */
export const GROUP_ATTRIBUTE_LIMITS = {
  maxKeys: 16,
  keyBytes: 32,
  valueBytes: 4096,
  totalBytes: 16384,
} as const;

export const GROUP_ATTRIBUTE_CODE = {
  INVALID_PARAMETER: 10004,
  PERMISSION_DENIED: 10007,
  GROUP_NOT_FOUND: 10010,
  /** Another member changed the attributes since this instance last saw them (Web guide: 10056). */
  MODIFIED_BY_OTHERS: 10056,
  /** The SDK's per-command frequency limit (index.es.js OVER_FREQUENCY_LIMIT). */
  OVER_FREQUENCY_LIMIT: 2996,
} as const;

function refuse(field: string, message: string, limit?: number, actual?: number): RuleViolation {
  const rule = limit === undefined ? 'badKey' : 'tooLong';
  return new RuleViolation(GROUP_ATTRIBUTE_CODE.INVALID_PARAMETER, message, { field, rule, limit, actual });
}

/** Whether the attributes a group would hold after a change stay within the limits; the first broken rule otherwise. */
export function groupAttributesViolation(attributes: Readonly<Record<string, string>>): RuleViolation | null {
  const keys = Object.keys(attributes);
  if (keys.length > GROUP_ATTRIBUTE_LIMITS.maxKeys) {
    return refuse('groupAttributes', `A group holds at most ${GROUP_ATTRIBUTE_LIMITS.maxKeys} attributes, this would make ${keys.length}`, GROUP_ATTRIBUTE_LIMITS.maxKeys, keys.length);
  }
  let total = 0;
  for (const key of keys) {
    if (key === '') return refuse('groupAttributes', 'An attribute key must not be empty');
    const keyBytes = utf8Bytes(key);
    if (keyBytes > GROUP_ATTRIBUTE_LIMITS.keyBytes) {
      return refuse('groupAttributes', `The key "${key}" is ${keyBytes} bytes; at most ${GROUP_ATTRIBUTE_LIMITS.keyBytes} are allowed`, GROUP_ATTRIBUTE_LIMITS.keyBytes, keyBytes);
    }
    const valueBytes = utf8Bytes(attributes[key]);
    if (valueBytes > GROUP_ATTRIBUTE_LIMITS.valueBytes) {
      return refuse('groupAttributes', `The value of "${key}" is ${valueBytes} bytes; at most ${GROUP_ATTRIBUTE_LIMITS.valueBytes} are allowed`, GROUP_ATTRIBUTE_LIMITS.valueBytes, valueBytes);
    }
    total += keyBytes + valueBytes;
  }
  if (total > GROUP_ATTRIBUTE_LIMITS.totalBytes) {
    return refuse('groupAttributes', `All attributes together would be ${total} bytes; at most ${GROUP_ATTRIBUTE_LIMITS.totalBytes} are allowed`, GROUP_ATTRIBUTE_LIMITS.totalBytes, total);
  }
  return null;
}
