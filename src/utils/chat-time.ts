/**
 * Times in a chat, as WeChat shows them: a separator above a message that follows more than five minutes of
 * silence (and above the first one), reading "10:42" today, "Yesterday 10:42", the weekday within the week,
 * else the date.
 */
import { timeBucket } from './conversation-time';

/** Five minutes of silence start a new time separator (WeChat, TUIKit MessageTimestamp). */
export const SEPARATOR_GAP_SECONDS = 5 * 60;

/** Whether a message at `time` gets a separator above it, after a message at `previous` (undefined: first). */
export function needsSeparator(time: number, previous: number | undefined): boolean {
  return previous === undefined || time - previous > SEPARATOR_GAP_SECONDS;
}

export interface TimeWords {
  yesterday: string;
  /** Sunday first, as Date.getDay counts. */
  weekdays: readonly string[];
  /** e.g. (y, m, d) => `${y}/${m}/${d}` or `${y}年${m}月${d}日`. */
  date: (year: number, month: number, day: number) => string;
}

function pad(value: number): string {
  return value < 10 ? `0${value}` : String(value);
}

/** The separator's text for a message at `seconds`, seen at `now` (ms): the chat list's day buckets, with the clock. */
export function separatorText(seconds: number, now: number, words: TimeWords): string {
  const at = new Date(seconds * 1000);
  const clock = `${pad(at.getHours())}:${pad(at.getMinutes())}`;
  const bucket = timeBucket(seconds, now);
  if (bucket?.kind === 'today') return clock;
  if (bucket?.kind === 'yesterday') return `${words.yesterday} ${clock}`;
  if (bucket?.kind === 'weekday') return `${words.weekdays[bucket.weekday]} ${clock}`;
  return `${words.date(at.getFullYear(), at.getMonth() + 1, at.getDate())} ${clock}`;
}

/** "0:07", "1:05": a voice or video length. */
export function durationText(seconds: number): string {
  const whole = Math.max(0, Math.round(seconds));
  return `${Math.floor(whole / 60)}:${pad(whole % 60)}`;
}

/** "374 B", "1.5 KB", "2.3 MB": a file's size. */
export function fileSizeText(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
