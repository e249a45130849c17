/**
 * The built-in emoji: small PNGs under static/emoji/ (Twemoji graphics, CC-BY 4.0, drawn by
 * scripts/make-emoji.mjs), travelling inside text messages as keys in brackets — "[微笑]" from a reader of
 * Chinese, "[Smile]" from a reader of English, as WeChat and TUIKit send them — and shown as images by
 * whoever reads either form. A key the table does not know stays text.
 */
export interface Emoji {
  /** The PNG's name under static/emoji/ (the Twemoji code point). */
  file: string;
  zh: string;
  en: string;
}

export const EMOJI: readonly Emoji[] = [
  { file: '1f642', zh: '微笑', en: 'Smile' },
  { file: '1f600', zh: '呲牙', en: 'Grin' },
  { file: '1f602', zh: '笑哭', en: 'Joy' },
  { file: '1f609', zh: '眨眼', en: 'Wink' },
  { file: '1f60a', zh: '害羞', en: 'Shy' },
  { file: '1f60d', zh: '色', en: 'Heart Eyes' },
  { file: '1f618', zh: '飞吻', en: 'Kiss' },
  { file: '1f60e', zh: '酷', en: 'Cool' },
  { file: '1f914', zh: '思考', en: 'Thinking' },
  { file: '1f644', zh: '白眼', en: 'Eye Roll' },
  { file: '1f62d', zh: '大哭', en: 'Sob' },
  { file: '1f622', zh: '流泪', en: 'Tear' },
  { file: '1f620', zh: '发怒', en: 'Angry' },
  { file: '1f631', zh: '惊恐', en: 'Scream' },
  { file: '1f62e', zh: '惊讶', en: 'Surprised' },
  { file: '1f634', zh: '睡', en: 'Sleepy' },
  { file: '1f973', zh: '庆祝', en: 'Party' },
  { file: '1f44d', zh: '强', en: 'Thumbs Up' },
  { file: '1f44e', zh: '弱', en: 'Thumbs Down' },
  { file: '1f44f', zh: '鼓掌', en: 'Clap' },
  { file: '1f64f', zh: '合十', en: 'Thanks' },
  { file: '1f4aa', zh: '加油', en: 'Strong' },
  { file: '1f44c', zh: 'OK', en: 'OK' },
  { file: '2764', zh: '爱心', en: 'Heart' },
  { file: '1f494', zh: '心碎', en: 'Broken Heart' },
  { file: '1f339', zh: '玫瑰', en: 'Rose' },
  { file: '1f389', zh: '礼花', en: 'Celebrate' },
  { file: '2615', zh: '咖啡', en: 'Coffee' },
  { file: '1f382', zh: '蛋糕', en: 'Cake' },
  { file: '1f525', zh: '火', en: 'Fire' },
  { file: '1f4af', zh: '满分', en: '100' },
  { file: '1f440', zh: '看', en: 'Eyes' },
];

const BY_NAME = new Map<string, Emoji>();
for (const emoji of EMOJI) {
  BY_NAME.set(emoji.zh, emoji);
  BY_NAME.set(emoji.en, emoji);
}

/** The key a sender writes for an emoji, in their language. */
export function emojiKey(emoji: Emoji, locale: string): string {
  return `[${locale.startsWith('zh') ? emoji.zh : emoji.en}]`;
}

/**
 * Where the emoji pictures are: in the chat subpackage (SUBPACKAGES.chat in src/app/routes.ts), whose pages
 * alone show them, so that the mini program's main package does not carry them (≈ 90 KB).
 */
export const EMOJI_FOLDER = 'src/subpackages/chat/static/emoji';

export function emojiUrl(emoji: Emoji): string {
  return `/${EMOJI_FOLDER}/${emoji.file}.png`;
}

export type TextPart = { kind: 'text'; text: string } | { kind: 'emoji'; emoji: Emoji; key: string };

/** A text split into plain runs and known emoji keys, in order ("Hi[Smile]" → text "Hi", emoji Smile). */
export function splitEmoji(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let plain = '';
  const pattern = /\[([^[\]]{1,16})\]/g;
  let last = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const emoji = BY_NAME.get(match[1]);
    if (!emoji) continue;
    plain += text.slice(last, match.index);
    if (plain) parts.push({ kind: 'text', text: plain });
    plain = '';
    parts.push({ kind: 'emoji', emoji, key: match[0] });
    last = match.index + match[0].length;
  }
  plain += text.slice(last);
  if (plain) parts.push({ kind: 'text', text: plain });
  return parts;
}

/**
 * Removes the last character of a text as a person sees it: a whole emoji key when the text ends with one
 * (the emoji panel's delete key), else one code point.
 */
export function deleteLast(text: string): string {
  const match = /\[([^[\]]{1,16})\]$/.exec(text);
  if (match && BY_NAME.has(match[1])) return text.slice(0, match.index);
  const chars = Array.from(text);
  chars.pop();
  return chars.join('');
}
