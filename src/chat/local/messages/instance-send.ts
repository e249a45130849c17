import { TYPES } from '../../constants';
import { ChatError, errorText } from '../../errors';
import { isRecord } from '../../guards';
import type { Message, MessageResult, SendMessageOptions } from '../../message-types';
import { utf8Bytes } from '../../rules/bytes';
import type { ChatResponse } from '../../types';
import { ok } from '../core/answer';
import type { MediaKind } from '../core/ports';
import { MESSAGE_CODE } from './codes';
import type { InstanceState, Pending } from './instance-state';
import { MERGER_INLINE_BYTES } from './limits';
import { checkMedia, sentAudio, sentFile, sentImage, sentVideo } from './media';
import type { StoredBody } from './model';
import { mediaURLs } from './retention';
import { sendStored } from './send';
import type { SendState } from './send';

const UPLOAD_FAIL: Record<MediaKind, number> = {
  image: MESSAGE_CODE.MSG_SEND_FAIL,
  audio: MESSAGE_CODE.AUDIO_UPLOAD_FAIL,
  video: MESSAGE_CODE.VIDEO_UPLOAD_FAIL,
  file: MESSAGE_CODE.FILE_UPLOAD_FAIL,
};

/** A Message's type and payload as the store pairs them (the Message union keeps them matched). */
function bodyOf(message: Message): StoredBody {
  return { ty: message.type, p: message.payload } as StoredBody;
}

/**
 * The device's half of sendMessage (index.es.js sendMessageInstance): the conversation type, the upload with
 * its checks and progress, the sendable check, then the server (send.ts); the SDK's failure path after that.
 */
export class InstanceSender {
  constructor(
    private readonly state: InstanceState,
    private readonly sendState: SendState,
  ) {}

  /** The SDK's failure path (index.es.js `_onSendMessageFailed`): status fail, the message in `data.message`. */
  private failed(message: Message, error: unknown): ChatError {
    message.status = 'fail';
    const { code, text } = error instanceof ChatError ? { code: error.code, text: error.message } : { code: MESSAGE_CODE.MSG_SEND_FAIL, text: errorText(error) };
    return new ChatError(code, text, { message });
  }

  /** Uploads (keeps) the file with progress 0→1 and fills the payload's urls and sizes. */
  private async upload(message: Message, media: Pending['media']): Promise<void> {
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
      const sent = this.sendToServer(message, options, pending.media !== undefined);
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
      this.state.roomMessage(message.to, message);
    }
    if (options.onlineUserOnly !== true) this.state.changed();
    return ok({ message });
  }

  /** A media message that uploaded nothing (a forwarded copy) reuses the original's kept files. */
  private sendToServer(message: Message, options: SendMessageOptions, uploaded: boolean): Message {
    const session = this.state.session;
    const reused = uploaded ? [] : mediaURLs(bodyOf(message));
    if (message.type !== TYPES.MSG_MERGER || utf8Bytes(JSON.stringify(message)) <= MERGER_INLINE_BYTES) {
      return sendStored(this.state.ctx, session, this.sendState, message, options, reused);
    }
    const list = message.payload.messageList;
    const downloadKey = `${session.userID}-${message.ID}`;
    const tx = this.state.ctx.tx();
    tx.setMerger(downloadKey, JSON.stringify(list));
    tx.commit();
    const apart = { ...message, payload: { ...message.payload, downloadKey, pbDownloadKey: downloadKey, messageList: [] } } as Message;
    try {
      const sent = sendStored(this.state.ctx, session, this.sendState, apart, options);
      return { ...sent, payload: { ...sent.payload, messageList: list } } as Message;
    } catch (error) {
      const undo = this.state.ctx.tx();
      undo.setMerger(downloadKey, null);
      undo.commit();
      throw error;
    }
  }

  private releaseKept(message: Message): void {
    for (const url of mediaURLs(bodyOf(message))) {
      this.state.ctx.media.discard(url).catch((error: unknown) => this.state.ctx.report(`discarding ${url} failed: ${errorText(error)}`));
    }
  }


}
