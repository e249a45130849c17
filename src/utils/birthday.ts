import { isValidBirthday } from '@/src/chat/rules/birthday';

/** The rule lives with the other updateMyProfile rules; the UI imports it from here. */
export { isValidBirthday };

/** Date pickers speak timestamps; a birthday is a calendar date, so noon UTC keeps it stable in any zone. */
export function birthdayToTimestamp(value: number): number | null {
  if (!value || !isValidBirthday(value)) return null;
  const year = Math.floor(value / 10000);
  const month = Math.floor((value % 10000) / 100);
  const day = value % 100;
  return new Date(year, month - 1, day, 12).getTime();
}

export function timestampToBirthday(timestamp: number): number {
  const date = new Date(timestamp);
  return date.getFullYear() * 10000 + (date.getMonth() + 1) * 100 + date.getDate();
}

export function formatBirthday(value: number): string {
  if (!value) return '';
  const text = String(value).padStart(8, '0');
  return `${text.slice(0, 4)}-${text.slice(4, 6)}-${text.slice(6, 8)}`;
}
