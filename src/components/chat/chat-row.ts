import { TYPES } from '@/src/chat/constants';
import type { Message } from '@/src/chat/message-types';
import { replyOf } from '@/src/chat/quote';
import { splitEmoji } from '@/src/utils/emoji';

export type RowKind = 'tip' | 'recalled' | 'text' | 'image' | 'video' | 'audio' | 'file' | 'face' | 'location' | 'merger' | 'custom';

/** How a message is drawn: a centred line (tips, recalled messages) or a bubble of its type. */
export function rowKind(message: Message): RowKind {
  if (message.type === TYPES.MSG_GRP_TIP || message.type === TYPES.MSG_GRP_SYS_NOTICE) return 'tip';
  if (message.isRevoked) return 'recalled';
  switch (message.type) {
    case TYPES.MSG_TEXT:
      return 'text';
    case TYPES.MSG_IMAGE:
      return 'image';
    case TYPES.MSG_VIDEO:
      return 'video';
    case TYPES.MSG_AUDIO:
      return 'audio';
    case TYPES.MSG_FILE:
      return 'file';
    case TYPES.MSG_FACE:
      return 'face';
    case TYPES.MSG_LOCATION:
      return 'location';
    case TYPES.MSG_MERGER:
      return 'merger';
    default:
      return 'custom';
  }
}

const MEDIA_MAX = 160;
const MEDIA_MIN = 60;

/** The thumbnail's box: the picture's proportions within 160 × 160 px (WeChat's size), at least 60 px a side. */
export function mediaSize(message: Message): { width: number; height: number } {
  let width = 0;
  let height = 0;
  if (message.type === TYPES.MSG_IMAGE) {
    const info = message.payload.imageInfoArray.find((entry) => entry.width > 0 && entry.height > 0);
    width = info?.width ?? 0;
    height = info?.height ?? 0;
  } else if (message.type === TYPES.MSG_VIDEO) {
    width = message.payload.snapshotWidth || message.payload.thumbWidth;
    height = message.payload.snapshotHeight || message.payload.thumbHeight;
  }
  if (!width || !height) return { width: MEDIA_MAX, height: MEDIA_MAX };
  const scale = MEDIA_MAX / Math.max(width, height);
  return { width: Math.max(MEDIA_MIN, Math.round(width * scale)), height: Math.max(MEDIA_MIN, Math.round(height * scale)) };
}

/** Characters of about 17 px text that fit a bubble's line: CJK count double. */
function textUnits(text: string): number {
  let units = 0;
  for (const char of text) units += char.charCodeAt(0) > 0x2e80 ? 2 : 1.1;
  return units;
}

/**
 * A row's height before it is measured, close enough that measuring rarely moves the list: the row's padding
 * (16) and separator (36), and the bubble by type. `width` is the window's width.
 */
export function estimateRowHeight(message: Message, options: { time: boolean; name: boolean; width: number }): number {
  let height = 16 + (options.time ? 36 : 0);
  const kind = rowKind(message);
  if (kind === 'tip' || kind === 'recalled') return height + 30;
  if (options.name) height += 22;
  switch (kind) {
    case 'text': {
      const units = message.type === TYPES.MSG_TEXT ? splitEmoji(message.payload.text).reduce((sum, part) => sum + (part.kind === 'emoji' ? 2.6 : textUnits(part.text)), 0) : 0;
      const perLine = Math.max(10, (options.width - 132) / 9.4);
      const lines = message.type === TYPES.MSG_TEXT ? message.payload.text.split('\n').length - 1 + Math.ceil(Math.max(1, units) / perLine) : 1;
      height += 20 + 24 * lines;
      break;
    }
    case 'image':
    case 'video':
      height += mediaSize(message).height;
      break;
    case 'face':
      height += 96;
      break;
    case 'audio':
      height += 44;
      break;
    case 'file':
    case 'location':
      height += 68;
      break;
    case 'merger':
      height += 20 + 22 + 18 * (message.type === TYPES.MSG_MERGER ? Math.min(3, message.payload.abstractList.length) : 0) + 28;
      break;
    default:
      height += 20 + 22 + 28;
  }
  if (replyOf(message)) height += 50;
  return Math.max(height, 16 + (options.time ? 36 : 0) + 44);
}
