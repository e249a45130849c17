import type { Translate } from './translate';

/**
 * When a conversation's last message came, as WeChat's chat list says it: the clock time today, "Yesterday",
 * the weekday for the rest of the last week, else the date (without the year in the current year). Calendar
 * days in the device's time zone, counted from `now`.
 */
export type TimeBucket =
  | { kind: 'today'; hours: number; minutes: number }
  | { kind: 'yesterday' }
  | { kind: 'weekday'; weekday: number }
  | { kind: 'date'; year: number; month: number; day: number; thisYear: boolean };

const DAY_MS = 86_400_000;

function startOfDay(date: Date): number {
  return new Date(date.getFullYear(), date.getMonth(), date.getDate()).getTime();
}

/** The bucket of a time in seconds (a lastTime) seen at `nowMs`; null for 0 (no message). */
export function timeBucket(seconds: number, nowMs: number): TimeBucket | null {
  if (!(seconds > 0)) return null;
  const at = new Date(seconds * 1000);
  const now = new Date(nowMs);
  // Rounded: a day with a daylight-saving change is 23 or 25 hours long.
  const days = Math.round((startOfDay(now) - startOfDay(at)) / DAY_MS);
  // A time ahead of the device's clock (a skewed clock) still reads as today.
  if (days <= 0) return { kind: 'today', hours: at.getHours(), minutes: at.getMinutes() };
  if (days === 1) return { kind: 'yesterday' };
  if (days < 7) return { kind: 'weekday', weekday: at.getDay() };
  return { kind: 'date', year: at.getFullYear(), month: at.getMonth() + 1, day: at.getDate(), thisYear: at.getFullYear() === now.getFullYear() };
}

function pad(value: number): string {
  return value < 10 ? `0${value}` : String(value);
}

/** The bucket in words: "09:05", "Yesterday" / "昨天", "Tuesday" / "星期二", "5/20" / "5月20日", "2025/12/31". */
export function conversationTimeText(seconds: number, nowMs: number, t: Translate): string {
  const bucket = timeBucket(seconds, nowMs);
  if (!bucket) return '';
  switch (bucket.kind) {
    case 'today':
      return `${pad(bucket.hours)}:${pad(bucket.minutes)}`;
    case 'yesterday':
      return t('conversations.time.yesterday');
    case 'weekday':
      return t(`conversations.time.weekdays.d${bucket.weekday}`);
    case 'date':
      return bucket.thisYear
        ? t('conversations.time.monthDay', { month: bucket.month, day: bucket.day })
        : t('conversations.time.date', { year: bucket.year, month: bucket.month, day: bucket.day });
  }
}
