/**
 * The service stores birthdays as a yyyymmdd number (e.g. 20000101); 0 means unset. True for 0 and for a
 * yyyymmdd that names a real calendar day.
 */
export function isValidBirthday(value: number): boolean {
  if (value === 0) return true;
  if (!Number.isInteger(value) || value < 10000101 || value > 99991231) return false;
  const year = Math.floor(value / 10000);
  const month = Math.floor((value % 10000) / 100);
  const day = value % 100;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
