import { READ_ALL_SCOPES, TYPES } from '../../constants';
import { ChatError, errorText } from '../../errors';
import { isRecord } from '../../guards';
import type {
  DeleteMessageResult,
  Message,
  MessageListResult,
  MessagePayloads,
  MessageResult,
  SendMessageOptions,
} from '../../message-types';
import type { ChatResponse } from '../../types';
import type { MediaKind } from '../core/ports';
import { MESSAGE_CODE } from './codes';
import { parseConversationID } from './context';
import {
  customPayload,
  facePayload,
  fail,
  forwardedBody,
  locationPayload,
  mergerPayload,
  newMessage,
  readCreateOptions,
  textPayload,
} from './create';
import type { Creator, Options } from './create';
import { deleteMessages, modify, revoke } from './edit';
import { pageOf } from './history';
import type { InstanceState } from './instance-state';
import { MERGER_INLINE_BYTES, MESSAGE_PAGE } from './limits';
import { MEDIA_KIND, checkMedia, extensionOf, mediaUUID, sentAudio, sentFile, sentImage, sentVideo, unsentAudio, unsentFile, unsentImage, unsentVideo } from './media';
import type { MediaType } from './media';
import { sendStored } from './send';
import type { SendState } from './send';
import { clonePayload } from './views';
import { utf8Bytes } from '../../rules/bytes';
import { markAllRead, markRead } from './conversation-ops';

function ok<T>(data: T): ChatResponse<T> {
  return { code: 0, data };
}

const UPLOAD_FAIL: Record<MediaKind, number> = {
  image: MESSAGE_CODE.MSG_SEND_FAIL,
  audio: MESSAGE_CODE.AUDIO_UPLOAD_FAIL,
  video: MESSAGE_CODE.VIDEO_UPLOAD_FAIL,
  file: MESSAGE_CODE.FILE_UPLOAD_FAIL,
};

/** A message argument the SDK's schemas accept: an object (its validators then look at its fields). */
function requireMessage(api: string, message: unknown): Message {
  if (!isRecord(message) || typeof message.ID !== 'string') throw fail(api, 'message', 'must be a message');
  return message as unknown as Message;
}

/**
 * The message half of an instance's SDK calls: creating (synchronous, on the device), sending with the
 * SDK's checks and uploads, recall, delete, modify and history. Server decisions are in send.ts, edit.ts and
 * history.ts.
 */
export class InstanceMessages {
  constructor(
    private readonly state: InstanceState,
    private readonly sendState: SendState,
  ) {}

  private creator(): Creator {
    const { ctx, userID } = this.state;
    const card = ctx.card(userID);
    return {
      userID,
      ...card,
      nameCard: (groupID) => ctx.groups.member(groupID, userID)?.nameCard ?? '',
      now: () => ctx.host.clock(),
      nextClientSequence: () => this.state.nextClientSequence(),
    };
  }

  /** Keeps the new message in memory until it is sent (the SDK's `_messageOptionsMap`). */
  private created(message: Message, media?: NonNullable<ReturnType<InstanceState['pending']['get']>>['media']): Message {
    this.state.pending.set(message.ID, { message, media });
    return message;
  }

  create<T extends keyof MessagePayloads>(api: string, raw: unknown, type: T, read: (api: string, payload: Options) => MessagePayloads[T]): Message {
    const options = readCreateOptions(api, raw);
    return this.created(newMessage(this.creator(), options, type, read(api, options.payload)));
  }

  /**
   * Image, audio, video and file messages: the platform reads the file; one it cannot send makes no message
   * (the SDK warns and returns undefined, index.es.js createImageMessage in a mini program given a File).
   */
  createMedia(api: string, raw: unknown, type: MediaType): Message | undefined {
    const options = readCreateOptions(api, raw);
    if (options.payload.file === undefined || options.payload.file === null) throw fail(api, 'payload.file', 'is required');
    const kind = MEDIA_KIND[type];
    const description = this.state.ctx.media.describe(kind, options.payload.file);
    if (!description) return undefined;
    const userID = this.state.userID;
    const uuid = mediaUUID(userID, extensionOf(description.name));
    const creator = this.creator();
    const message =
      type === TYPES.MSG_IMAGE
        ? newMessage(creator, options, TYPES.MSG_IMAGE, unsentImage(uuid))
        : type === TYPES.MSG_FILE
          ? newMessage(creator, options, TYPES.MSG_FILE, unsentFile(uuid, description))
          : type === TYPES.MSG_AUDIO
            ? newMessage(creator, options, TYPES.MSG_AUDIO, unsentAudio(uuid, description))
            : newMessage(creator, options, TYPES.MSG_VIDEO, unsentVideo(userID, description));
    const onProgress = typeof options.onProgress === 'function' ? (options.onProgress as (percent: number) => void) : undefined;
    return this.created(message, { kind, file: options.payload.file, description, onProgress });
  }

  createMerger(api: string, raw: unknown): Message {
    return this.create(api, raw, TYPES.MSG_MERGER, mergerPayload);
  }

  createForward(raw: unknown): Message {
    const options = readCreateOptions('createForwardMessage', raw);
    const body = forwardedBody(raw && isRecord(raw) ? raw.payload : undefined);
    const message = newMessage(
      this.creator(),
      { ...options, cloudCustomData: typeof options.cloudCustomData === 'string' && options.cloudCustomData ? options.cloudCustomData : body.cloudCustomData },
      body.type,
      clonePayload(body.payload) as never,
    );
    return this.created(message);
  }

  createText(api: string, raw: unknown): Message {
    return this.create(api, raw, TYPES.MSG_TEXT, textPayload);
  }

  createCustom(raw: unknown): Message {
    return this.create('createCustomMessage', raw, TYPES.MSG_CUSTOM, customPayload);
  }

  createFace(raw: unknown): Message {
    return this.create('createFaceMessage', raw, TYPES.MSG_FACE, facePayload);
  }

  createLocation(raw: unknown): Message {
    return this.create('createLocationMessage', raw, TYPES.MSG_LOCATION, locationPayload);
  }

  // ---- sending -------------------------------------------------------------------------------------------

  /** The SDK's failure path (index.es.js `_onSendMessageFailed`): status fail, the message in `data.message`. */
  private failed(message: Message, error: unknown): ChatError {
    message.status = 'fail';
    const { code, text } = error instanceof ChatError ? { code: error.code, text: error.message } : { code: MESSAGE_CODE.MSG_SEND_FAIL, text: errorText(error) };
    return new ChatError(code, text, { message });
  }

  /** Uploads (keeps) the file with progress 0→1 and fills the payload's urls and sizes. */
  private async upload(message: Message, media: NonNullable<ReturnType<InstanceState['pending']['get']>>['media']): Promise<void> {
    if (!media) return;
    const refusal = checkMedia(media.kind, media.description);
    if (refusal) throw refusal;
    let kept;
    try {
      kept = await this.state.ctx.media.keep(media.kind, media.file, (percent) => {
        try {
          media.onProgress?.(percent);
        } catch (error) {
          // The SDK swallows a throwing onProgress (MSG_ONPROGRESS_ERR is returned into the uploader and dropped).
          this.state.ctx.report(`onProgress threw: ${errorText(error)}`);
        }
      });
    } catch (error) {
      throw new ChatError(UPLOAD_FAIL[media.kind], `sendMessage: keeping the ${media.kind} failed: ${errorText(error)}`);
    }
    switch (message.type) {
      case TYPES.MSG_IMAGE:
        message.payload = sentImage(message.payload, media.description, kept);
        break;
      case TYPES.MSG_FILE:
        message.payload = sentFile(message.payload, kept);
        break;
      case TYPES.MSG_AUDIO:
        message.payload = sentAudio(message.payload, kept);
        break;
      case TYPES.MSG_VIDEO:
        message.payload = sentVideo(message.payload, kept);
        break;
    }
  }

  /** The element's `sendable()` (index.es.js): a custom message needs one non-empty field, a file its url. */
  private sendable(message: Message): boolean {
    if (message.type === TYPES.MSG_CUSTOM) return message.payload.data !== '' || message.payload.description !== '' || message.payload.extension !== '';
    return true;
  }

  /**
   * sendMessage / resendMessage (index.es.js sendMessageInstance): the conversation type (2106, the message
   * untouched), the upload and its checks, then the server; any failure after the type check leaves the
   * message with status fail in memory and in `error.data.message`. Large merged lists are kept apart and
   * sent with a downloadKey, as the SDK uploads them.
   */
  async send(raw: unknown, options: SendMessageOptions = {}, resend = false): Promise<ChatResponse<MessageResult>> {
    const api = resend ? 'resendMessage' : 'sendMessage';
    if (!isRecord(raw) || typeof raw.ID !== 'string') throw new ChatError(MESSAGE_CODE.NOT_A_MESSAGE, `${api}: the argument must be a message created by this instance`);
    const pending = this.state.pending.get(raw.ID);
    if (!pending) throw new ChatError(MESSAGE_CODE.NOT_A_MESSAGE, `${api}: message ${raw.ID} was not created by this instance (or was sent already)`);
    const { message } = pending;
    const held: unknown = raw;
    if (message.conversationType !== TYPES.CONV_C2C && message.conversationType !== TYPES.CONV_GROUP) {
      throw new ChatError(MESSAGE_CODE.INVALID_CONV_TYPE, `${api}: conversationType must be C2C or GROUP`);
    }
    message.status = 'unSend';
    let kept = false;
    try {
      await this.upload(message, pending.media);
      kept = pending.media !== undefined;
      if (!this.sendable(message)) throw new ChatError(MESSAGE_CODE.NOT_SENDABLE, `${api}: the message has nothing to send`);
      const sent = this.sendToServer(message, options);
      Object.assign(message, sent);
      if (held !== message) Object.assign(raw, sent);
    } catch (error) {
      if (kept) this.releaseKept(message);
      const refusal = this.failed(message, error);
      if (held !== message) Object.assign(raw, { status: 'fail' });
      throw refusal;
    }
    this.state.pending.delete(message.ID);
    this.state.remember(message);
    if (message.conversationType === TYPES.CONV_GROUP && this.state.ctx.groups.group(message.to)?.type === TYPES.GRP_AVCHATROOM) {
      this.state.rooms.set(message.to, message);
    }
    if (options.onlineUserOnly !== true) this.state.changed();
    return ok({ message });
  }

  private sendToServer(message: Message, options: SendMessageOptions): Message {
    const session = this.state.session;
    if (message.type !== TYPES.MSG_MERGER || utf8Bytes(JSON.stringify(message)) <= MERGER_INLINE_BYTES) {
      return sendStored(this.state.ctx, session, this.sendState, message, options);
    }
    const list = message.payload.messageList;
    const downloadKey = `${session.userID}-${message.ID}`;
    const tx = this.state.ctx.tx();
    tx.setMerger(downloadKey, JSON.stringify(list));
    tx.commit();
    const uploaded = { ...message, payload: { ...message.payload, downloadKey, pbDownloadKey: downloadKey, messageList: [] } } as Message;
    try {
      const sent = sendStored(this.state.ctx, session, this.sendState, uploaded, options);
      return { ...sent, payload: { ...sent.payload, messageList: list } } as Message;
    } catch (error) {
      const undo = this.state.ctx.tx();
      undo.setMerger(downloadKey, null);
      undo.commit();
      throw error;
    }
  }

  private releaseKept(message: Message): void {
    const urls =
      message.type === TYPES.MSG_IMAGE
        ? [message.payload.imageInfoArray[0]?.url ?? '']
        : message.type === TYPES.MSG_FILE
          ? [message.payload.fileUrl]
          : message.type === TYPES.MSG_AUDIO
            ? [message.payload.url]
            : message.type === TYPES.MSG_VIDEO
              ? [message.payload.videoUrl]
              : [];
    for (const url of urls.filter((value) => value !== '')) {
      this.state.ctx.media.discard(url).catch((error: unknown) => this.state.ctx.report(`discarding ${url} failed: ${errorText(error)}`));
    }
  }

  // ---- recall, delete, modify ----------------------------------------------------------------------------

  /** revokeMessage: the SDK's validator refuses system notices and recalled messages (-1) before the server. */
  revoke(raw: unknown): ChatResponse<MessageResult> {
    const message = requireMessage('revokeMessage', raw);
    if (message.conversationType === TYPES.CONV_SYSTEM) throw fail('revokeMessage', 'message', 'cannot be a group system notice');
    if (message.isRevoked) throw fail('revokeMessage', 'message', 'was recalled already');
    let revoked: Message;
    try {
      revoked = revoke(this.state.ctx, this.state.session, message);
    } catch (error) {
      if (error instanceof ChatError) throw new ChatError(error.code, error.message, { message });
      throw error;
    }
    Object.assign(message, revoked);
    this.state.remember(message);
    this.state.changed();
    return ok({ message });
  }

  /**
   * deleteMessage: group system notices cannot be deleted (2116), nor AVChatRoom messages (10035, seed 004
   * L1044); otherwise the first message's conversation, successful messages only, at most 30.
   */
  delete(raw: unknown): ChatResponse<DeleteMessageResult> {
    if (!Array.isArray(raw) || raw.length === 0) throw fail('deleteMessage', 'messageList', 'must be a non-empty array');
    const messages = raw.map((entry) => requireMessage('deleteMessage', entry));
    const first = messages[0];
    if (first.conversationType === TYPES.CONV_SYSTEM) {
      throw new ChatError(MESSAGE_CODE.CANNOT_DELETE_SYSTEM_NOTICE, 'deleteMessage: group system notices cannot be deleted; delete the @TIM#SYSTEM conversation instead');
    }
    if (first.conversationType === TYPES.CONV_GROUP && this.state.ctx.groups.group(first.to)?.type === TYPES.GRP_AVCHATROOM) {
      throw new ChatError(MESSAGE_CODE.AVCHATROOM_CANNOT_DELETE, 'deleteMessage: AVChatRoom messages are not stored and cannot be deleted');
    }
    const deleted = deleteMessages(this.state.ctx, this.state.session, messages);
    const ids = new Set(deleted.map((message) => message.ID));
    for (const message of messages) {
      if (!ids.has(message.ID)) continue;
      message.isDeleted = true;
      this.state.forget(message.ID);
    }
    if (deleted.length > 0) this.state.changed();
    return ok({ messageList: messages.filter((message) => ids.has(message.ID)) });
  }

  /** modifyMessage: not for system notices (-1) nor in AVChatRooms (2481, index.es.js modifyRemoteMessage). */
  modify(raw: unknown): ChatResponse<MessageResult> {
    const message = requireMessage('modifyMessage', raw);
    if (message.conversationType === TYPES.CONV_SYSTEM) throw fail('modifyMessage', 'message', 'cannot be a group system notice');
    if (message.conversationType === TYPES.CONV_GROUP && this.state.ctx.groups.group(message.to)?.type === TYPES.GRP_AVCHATROOM) {
      throw new ChatError(MESSAGE_CODE.MODIFY_DISABLED_IN_AVCHATROOM, 'modifyMessage: AVChatRoom messages cannot be modified', { message });
    }
    const modified = modify(this.state.ctx, this.state.session, message);
    const known = this.state.find(message.ID);
    if (known) Object.assign(known, modified);
    this.state.remember(known ?? modified);
    return ok({ message: modified });
  }

  // ---- history -------------------------------------------------------------------------------------------

  /** getMessageList (index.es.js): count a positive integer, at most 15 (default 15). */
  getMessageList(raw: unknown): ChatResponse<MessageListResult> {
    const api = 'getMessageList';
    if (!isRecord(raw)) throw fail(api, 'options', 'must be an object');
    const ref = parseConversationID(raw.conversationID);
    if (!ref) throw fail(api, 'conversationID', 'must be C2C<userID>, GROUP<groupID> or @TIM#SYSTEM');
    const cursor = raw.nextReqMessageID;
    if (cursor !== undefined && cursor !== null && typeof cursor !== 'string') throw fail(api, 'nextReqMessageID', 'must be a string');
    const count = raw.count;
    if (count !== undefined && count !== null && !/^[1-9][0-9]*$/.test(String(count))) throw fail(api, 'count', 'must be a positive integer');
    const size = typeof count === 'number' || typeof count === 'string' ? Math.min(MESSAGE_PAGE, Number(count)) : MESSAGE_PAGE;
    const result =
      ref.type === TYPES.CONV_SYSTEM
        ? this.systemPage(typeof cursor === 'string' ? cursor : '', size)
        : pageOf(this.state.ctx, this.state.userID, ref, typeof cursor === 'string' ? cursor : '', size);
    for (const message of result.messageList) this.state.remember(message);
    return ok(result);
  }

  /** @TIM#SYSTEM: only what this instance holds (index.es.js getHistoryMessages skips CONV_SYSTEM). */
  private systemPage(cursor: string, count: number): MessageListResult {
    const all = this.state.system?.messages ?? [];
    const end = cursor ? all.findIndex((message) => message.ID === cursor) : all.length;
    if (end < 0) return { messageList: [], nextReqMessageID: '', isCompleted: true };
    const start = Math.max(0, end - count);
    const page = all.slice(start, end).map((message) => ({ ...message }));
    return { messageList: page, nextReqMessageID: start > 0 ? all[start].ID : '', isCompleted: start === 0 };
  }

  find(messageID: unknown): Message | null {
    return typeof messageID === 'string' ? this.state.find(messageID) : null;
  }

  /** A merged message sent with a downloadKey: its list from where the sender kept it (2450 for other types). */
  downloadMerger(raw: unknown): Message {
    const message = requireMessage('downloadMergerMessage', raw);
    if (message.type !== TYPES.MSG_MERGER) throw new ChatError(MESSAGE_CODE.MERGER_TYPE_INVALID, 'downloadMergerMessage: not a merged message');
    if (!message.payload.downloadKey) return message;
    const json = this.state.ctx.store.merger(message.payload.downloadKey);
    if (json === null) throw new ChatError(MESSAGE_CODE.MERGER_DOWNLOAD_FAIL, 'downloadMergerMessage: the merged list is no longer kept');
    const list = JSON.parse(json) as typeof message.payload.messageList;
    return { ...message, payload: { ...message.payload, messageList: list } };
  }

  // ---- read marks ----------------------------------------------------------------------------------------

  /** setMessageRead: unread to 0 and @-mentions cleared; C2C tells the peer (MESSAGE_READ_BY_PEER). */
  setMessageRead(raw: unknown): ChatResponse<Record<string, never>> {
    const api = 'setMessageRead';
    const ref = parseConversationID(isRecord(raw) ? raw.conversationID : undefined);
    if (!ref) throw fail(api, 'conversationID', 'must be C2C<userID>, GROUP<groupID> or @TIM#SYSTEM');
    if (ref.type === TYPES.CONV_SYSTEM) {
      if (this.state.system && this.state.system.unread > 0) {
        this.state.system.unread = 0;
        for (const message of this.state.system.messages) message.isRead = true;
        this.state.changed();
      }
      return ok({});
    }
    if (markRead(this.state.ctx, this.state.session, ref)) this.state.changed();
    return ok({});
  }

  setAllMessageRead(raw: unknown): ChatResponse<Record<string, never>> {
    const scope = isRecord(raw) ? raw.scope : undefined;
    if (scope !== undefined && scope !== '' && !READ_ALL_SCOPES.includes(scope as (typeof READ_ALL_SCOPES)[number])) {
      throw fail('setAllMessageRead', 'scope', `must be one of ${READ_ALL_SCOPES.join(', ')}`);
    }
    const c2c = scope !== TYPES.READ_ALL_GROUP_MSG;
    const groups = scope !== TYPES.READ_ALL_C2C_MSG;
    if (markAllRead(this.state.ctx, this.state.session, c2c, groups)) this.state.changed();
    return ok({});
  }
}
