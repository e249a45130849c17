import { CUSTOM_KEY_PREFIX } from '@/src/chat/rules/profile';

/** A profile custom field key without its Tag_Profile_Custom_ prefix, as labels and class names show it. */
export function shortKey(key: string): string {
  return key.startsWith(CUSTOM_KEY_PREFIX) ? key.slice(CUSTOM_KEY_PREFIX.length) : key;
}
