import { isValidBirthday } from '@/src/chat/rules/birthday';

/** The rule lives with the other updateMyProfile rules; the UI imports it from here. */
export { isValidBirthday };

/** A calendar day as the profile keeps it (yyyymmdd), in the device's time zone. */
export function birthdayOf(date: Date): number {
  return date.getFullYear() * 10000 + (date.getMonth() + 1) * 100 + date.getDate();
}

/** The platform date picker's "yyyy-mm-dd" as yyyymmdd; 0 when it is not a real date. */
export function birthdayFromPicker(value: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const birthday = match ? Number(`${match[1]}${match[2]}${match[3]}`) : 0;
  return isValidBirthday(birthday) ? birthday : 0;
}

/** yyyymmdd as the date picker and people read it: "yyyy-mm-dd"; '' when unset. */
export function formatBirthday(value: number): string {
  if (!value) return '';
  const text = String(value).padStart(8, '0');
  return `${text.slice(0, 4)}-${text.slice(4, 6)}-${text.slice(6, 8)}`;
}
