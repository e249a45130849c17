import type { LocalizedName } from '@/src/config/profile-fields';
import type { AppLocale } from '@/src/locales';
import { shortKey } from './custom-key';

/** A custom profile field's label in `locale`: its configured display name, else the key without its prefix. */
export function customFieldLabel(key: string, locale: AppLocale, names: Readonly<Record<string, LocalizedName>>): string {
  return names[key]?.[locale] || shortKey(key);
}

/**
 * The custom fields my profile offers, in a stable order: the named ones, then the registered ones
 * (VITE_PROFILE_CUSTOM_KEYS), then any other the profile already holds. When keys are registered, only
 * those (and what the profile holds) are offered: the service refuses the rest.
 */
export function editableCustomKeys(
  names: Readonly<Record<string, LocalizedName>>,
  registered: readonly string[],
  held: readonly string[],
): string[] {
  const named = Object.keys(names).filter((key) => registered.length === 0 || registered.includes(key));
  return [...new Set([...named, ...registered, ...held])];
}
