import { READ_ALL_SCOPES, TYPES } from '../../constants';
import { ChatError } from '../../errors';
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
import { ok } from '../core/answer';
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
import { InstanceSender } from './instance-send';
import { MESSAGE_PAGE } from './limits';
import { MEDIA_KIND, extensionOf, mediaUUID, unsentAudio, unsentFile, unsentImage, unsentVideo } from './media';
import type { MediaType } from './media';
import type { SendState } from './send';
import { clonePayload } from './views';
import { markAllRead, markRead } from './conversation-ops';


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
  private readonly sender: InstanceSender;

  constructor(private readonly state: InstanceState, sendState: SendState) {
    this.sender = new InstanceSender(state, sendState);
  }

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

  /** sendMessage / resendMessage: the SDK's checks, the upload and the server (instance-send.ts). */
  send(raw: unknown, options: SendMessageOptions = {}, resend = false): Promise<ChatResponse<MessageResult>> {
    return this.sender.send(raw, options, resend);
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
