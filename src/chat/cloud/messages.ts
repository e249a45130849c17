import type { ChatSDK, Message as SdkMessage } from '@tencentcloud/chat';
import { TYPES } from '../constants';
import { ChatError, ERROR_CODE } from '../errors';
import type { Message, MessageListResult, MessageResult } from '../message-types';
import type { MessagingPort } from '../port';
import type { ChatResponse } from '../types';
import { CLOUD_CODE } from './codes';
import type { MessageInstances } from './message-instances';
import { toMessage, toMessages } from './message-shape';
import { fields, list, text } from './read';
import { dataOf, done, errorCode, isThenable, ok } from './response';

/** The message calls of MessagingPort, each forwarded to the SDK method of the same name. */
type MessageCall =
  | 'createTextMessage'
  | 'createTextAtMessage'
  | 'createImageMessage'
  | 'createAudioMessage'
  | 'createVideoMessage'
  | 'createFileMessage'
  | 'createCustomMessage'
  | 'createFaceMessage'
  | 'createLocationMessage'
  | 'createMergerMessage'
  | 'createForwardMessage'
  | 'downloadMergerMessage'
  | 'sendMessage'
  | 'resendMessage'
  | 'revokeMessage'
  | 'deleteMessage'
  | 'modifyMessage'
  | 'getMessageList'
  | 'findMessage'
  | 'setMessageRead'
  | 'setAllMessageRead';

/** The SDK instance's message calls the adapter forwards to. */
export type SdkMessaging = Pick<ChatSDK, 'isReady' | MessageCall>;

export type CloudMessageCalls = Pick<MessagingPort, MessageCall>;

/** Message types whose payload modifyMessage sends again; others change cloudCustomData only (MessageModule.modifyRemoteMessage). */
const EDITABLE_TYPES: readonly string[] = [TYPES.MSG_TEXT, TYPES.MSG_CUSTOM, TYPES.MSG_LOCATION, TYPES.MSG_FACE];

/** The SDK calls onProgress with the upload's percent as a number 0–1 (index.es.js sendMessageInstance's uploader). */
function progressOf(value: unknown): number {
  const raw = typeof value === 'number' ? value : Number(fields(value).percent);
  return Number.isFinite(raw) ? Math.min(1, Math.max(0, raw)) : 0;
}

/**
 * The options of a create call as the SDK may keep them: it rewrites `payload.file` of the object it is given
 * (createImageMessage / createFileMessage in mini programs) and keeps the options until the upload
 * (`_messageOptionsMap`), so it gets its own copy, with onProgress held to a number 0–1.
 */
function createOptions<O extends { payload: object; onProgress?: (percent: number) => void }>(options: O): O {
  const { onProgress } = options;
  return {
    ...options,
    payload: { ...options.payload },
    ...(onProgress ? { onProgress: (value: unknown) => onProgress(progressOf(value)) } : {}),
  };
}

/** Our option types narrow the SDK's `any` payloads; the values are what the SDK reads. */
type SdkArg<K extends keyof SdkMessaging> = Parameters<SdkMessaging[K]>[0];
const sdkArg = <K extends keyof SdkMessaging>(value: unknown): SdkArg<K> => value as SdkArg<K>;

/**
 * The message calls of the cloud backend. Messages leave as plain copies in our shape (message-shape.ts); the
 * SDK's instances stay in `instances`, which each call that takes a message looks its instance up in.
 */
export function createCloudMessages(sdk: () => SdkMessaging, instances: MessageInstances): CloudMessageCalls {
  const out = (instance: unknown): Message => toMessage(instances.remember(instance as SdkMessage));
  const outAll = (raw: unknown): Message[] => {
    for (const item of list(raw)) instances.remember(item as SdkMessage);
    return toMessages(raw);
  };

  /**
   * The instance for a message the app passes back. A message this client never saw goes to the SDK as the
   * caller's copy (cloned: the SDK writes into what it is given), so that the SDK answers for it (2105).
   */
  const instanceOf = (message: Message): SdkMessage =>
    instances.resolve(message) ?? ({ ...message, payload: { ...message.payload } } as unknown as SdkMessage);

  /**
   * A refusal of a message call, as a ChatError with the SDK's code and message. A failed send carries the
   * message in `data.message` (MessageModule._onSendMessageFailed): ours, with status 'fail', its instance kept
   * so that resendMessage finds it.
   */
  function refusal(error: unknown): unknown {
    const code = errorCode(error);
    if (code === undefined || !(error instanceof Error)) return error;
    const data = { ...fields(Reflect.get(error, 'data')) };
    if (fields(data.message).ID !== undefined) data.message = out(data.message);
    return new ChatError(code, error.message, data);
  }
  async function call<T>(run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (error) {
      throw refusal(error);
    }
  }

  /**
   * A message the SDK created, as our copy. Refused calls come back from the SDK's API layer as a rejected
   * promise instead of a message (not ready: index.es.js `wr`); the port's create calls are synchronous, so the
   * refusal is thrown here.
   */
  function created(made: unknown): Message | undefined {
    if (made === undefined || made === null) return undefined;
    if (isThenable(made)) {
      made.then(undefined, () => undefined);
      if (!sdk().isReady()) throw new ChatError(ERROR_CODE.SDK_NOT_READY, 'The chat SDK is not ready');
      throw new ChatError(-1, 'The chat SDK refused to create the message');
    }
    return out(made);
  }
  function createdMessage(made: unknown, api: string): Message {
    const message = created(made);
    if (!message) throw new ChatError(-1, `${api}: the chat SDK created no message`);
    return message;
  }

  const answer = (response: unknown): ChatResponse<MessageResult> => ok({ message: out(fields(dataOf(response)).message) });

  return {
    createTextMessage: (options) => createdMessage(sdk().createTextMessage(sdkArg<'createTextMessage'>(createOptions(options))), 'createTextMessage'),
    createTextAtMessage: (options) =>
      createdMessage(sdk().createTextAtMessage(sdkArg<'createTextAtMessage'>(createOptions(options))), 'createTextAtMessage'),
    // Undefined where the SDK cannot send that file on this platform (it warns and returns nothing).
    createImageMessage: (options) => created(sdk().createImageMessage(sdkArg<'createImageMessage'>(createOptions(options)))),
    createAudioMessage: (options) => created(sdk().createAudioMessage(sdkArg<'createAudioMessage'>(createOptions(options)))),
    createVideoMessage: (options) => created(sdk().createVideoMessage(sdkArg<'createVideoMessage'>(createOptions(options)))),
    createFileMessage: (options) => created(sdk().createFileMessage(sdkArg<'createFileMessage'>(createOptions(options)))),
    createCustomMessage: (options) =>
      createdMessage(sdk().createCustomMessage(sdkArg<'createCustomMessage'>(createOptions(options))), 'createCustomMessage'),
    createFaceMessage: (options) => createdMessage(sdk().createFaceMessage(sdkArg<'createFaceMessage'>(createOptions(options))), 'createFaceMessage'),
    createLocationMessage: (options) =>
      createdMessage(sdk().createLocationMessage(sdkArg<'createLocationMessage'>(createOptions(options))), 'createLocationMessage'),
    createMergerMessage(options) {
      const messageList = options.payload.messageList.map(instanceOf);
      return createdMessage(
        sdk().createMergerMessage(sdkArg<'createMergerMessage'>({ ...options, payload: { ...options.payload, messageList } })),
        'createMergerMessage',
      );
    },
    createForwardMessage(options) {
      // The SDK answers both refusals with a rejected promise in place of the message (createForwardMessage).
      if (options.payload.type === TYPES.MSG_GRP_TIP) {
        throw new ChatError(CLOUD_CODE.MSG_FORWARD_TYPE_INVALID, 'createForwardMessage: group tips cannot be forwarded');
      }
      const payload = instances.resolve(options.payload);
      if (!payload) throw new ChatError(CLOUD_CODE.MSG_FORWARD_INVALID_ELEMENTS, 'createForwardMessage: payload must be a message of this client');
      return createdMessage(sdk().createForwardMessage(sdkArg<'createForwardMessage'>({ ...options, payload })), 'createForwardMessage');
    },
    // Resolves with the message itself, its list filled in (MergerMessageHandler.downloadMergerMessage).
    downloadMergerMessage: (message) =>
      call(async () => out(await sdk().downloadMergerMessage(sdkArg<'downloadMergerMessage'>(instanceOf(message))))),

    sendMessage(message, options) {
      const instance = instanceOf(message);
      return instances.sendingOf(instance.ID, () => call(async () => answer(await sdk().sendMessage(instance, options))));
    },
    resendMessage(message, options) {
      const instance = instanceOf(message);
      return instances.sendingOf(instance.ID, () => call(async () => answer(await sdk().resendMessage(instance, options))));
    },
    revokeMessage: (message) => call(async () => answer(await sdk().revokeMessage(instanceOf(message)))),
    async deleteMessage(messageList) {
      const { messageList: deleted } = fields(await call(async () => dataOf(await sdk().deleteMessage(messageList.map(instanceOf)))));
      const result = { messageList: outAll(deleted) };
      // Deleted messages leave the SDK's memory (MessageListHandler.onMessageDeleted).
      instances.forget(result.messageList.map((item) => item.ID));
      return ok(result);
    },
    modifyMessage(message) {
      const instance = instanceOf(message);
      // The caller edited its copy; the SDK sends the instance's payload (elements) and cloudCustomData.
      if (EDITABLE_TYPES.includes(message.type)) Object.assign(fields(instance.payload), message.payload);
      instance.cloudCustomData = message.cloudCustomData;
      return call(async () => answer(await sdk().modifyMessage(instance)));
    },
    async getMessageList(options) {
      const data = fields(dataOf(await sdk().getMessageList(options)));
      const result: MessageListResult = {
        messageList: outAll(data.messageList),
        nextReqMessageID: text(data.nextReqMessageID),
        isCompleted: data.isCompleted === true,
      };
      return ok(result);
    },
    findMessage(messageID) {
      const found: unknown = sdk().findMessage(messageID);
      if (isThenable(found)) {
        found.then(undefined, () => undefined);
        throw new ChatError(ERROR_CODE.SDK_NOT_READY, 'The chat SDK is not ready');
      }
      return found ? out(found) : null;
    },
    setMessageRead: async (options) => {
      await sdk().setMessageRead(options);
      return done();
    },
    setAllMessageRead: async (options) => {
      await sdk().setAllMessageRead(sdkArg<'setAllMessageRead'>(options ?? {}));
      return done();
    },
  };
}
