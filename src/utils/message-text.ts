import { TYPES } from '@/src/chat/constants';
import type { MessageBody } from '@/src/chat/message-types';
import { groupTipText } from './group-tip-text';
import type { Translate } from './translate';

/**
 * One line for a message's content, as previews, quotes and merged-message abstracts show it: the text, the
 * file name or the location, else the type in brackets ("[Photo]").
 */
export function bodyPreview(body: MessageBody, me: string, t: Translate): string {
  switch (body.type) {
    case TYPES.MSG_TEXT:
      return body.payload.text;
    case TYPES.MSG_IMAGE:
      return t('chat.types.image');
    case TYPES.MSG_VIDEO:
      return t('chat.types.video');
    case TYPES.MSG_AUDIO:
      return t('chat.types.audio');
    case TYPES.MSG_FILE:
      return `${t('chat.types.file')} ${body.payload.fileName}`;
    case TYPES.MSG_FACE:
      return t('chat.types.face');
    case TYPES.MSG_LOCATION:
      return `${t('chat.types.location')} ${body.payload.description}`;
    case TYPES.MSG_CUSTOM:
      return body.payload.description || t('chat.types.custom');
    case TYPES.MSG_MERGER:
      return `${t('chat.types.merger')} ${body.payload.title}`;
    case TYPES.MSG_GRP_TIP:
      return groupTipText(body.payload, me, t);
    case TYPES.MSG_GRP_SYS_NOTICE:
      return t('chat.types.notice');
  }
}
