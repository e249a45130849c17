import type { ChatSDK } from '@tencentcloud/chat';
import { ChatError, ERROR_CODE } from '../errors';
import type {
  C2CRemindTypeResult,
  ConversationIDListResult,
  ConversationIDResult,
  ConversationListResult,
  ConversationResult,
} from '../message-types';
import type { DeleteConversationListOptions, MessagingPort, SetC2CRemindTypeOptions } from '../port';
import type { ChatResponse } from '../types';
import { toConversation, toConversations } from './conversation-shape';
import type { MessageInstances } from './message-instances';
import { count, fields, list, text, texts } from './read';
import { dataOf, isThenable, ok } from './response';

/** The conversation calls of MessagingPort, each forwarded to the SDK method of the same name. */
type ConversationCall =
  | 'getConversationList'
  | 'getConversationProfile'
  | 'deleteConversation'
  | 'pinConversation'
  | 'setConversationDraft'
  | 'clearHistoryMessage'
  | 'getTotalUnreadMessageCount';

/** The SDK instance's conversation calls the adapter forwards to. */
export type SdkConversations = Pick<ChatSDK, ConversationCall | 'setMessageRemindType'>;

export type CloudConversationCalls = Pick<MessagingPort, ConversationCall> & {
  /** setMessageRemindType's userIDList form; the adapter routes the groupID form to its group calls. */
  setC2CRemindType(options: SetC2CRemindTypeOptions): Promise<ChatResponse<C2CRemindTypeResult>>;
};

/** Our option types narrow the SDK's enum-typed fields; the values are what the SDK takes. */
type SdkArg<K extends keyof SdkConversations> = Parameters<SdkConversations[K]>[0];
const sdkArg = <K extends keyof SdkConversations>(value: unknown): SdkArg<K> => value as SdkArg<K>;

/** The conversation calls of the cloud backend; conversations leave as plain copies (conversation-shape.ts). */
export function createCloudConversations(sdk: () => SdkConversations, instances: MessageInstances): CloudConversationCalls {
  const conversationIDOf = (response: unknown): ConversationIDResult => ({ conversationID: text(fields(dataOf(response)).conversationID) });

  async function deleteConversation(conversationID: string): Promise<ChatResponse<ConversationIDResult>>;
  async function deleteConversation(options: DeleteConversationListOptions): Promise<ChatResponse<ConversationIDListResult>>;
  async function deleteConversation(
    options: string | DeleteConversationListOptions,
  ): Promise<ChatResponse<ConversationIDResult> | ChatResponse<ConversationIDListResult>> {
    const data = fields(dataOf(await sdk().deleteConversation(options)));
    // The SDK drops the conversation's messages from its memory (ConversationModule.deleteLocalConv → clearMemMsg).
    if (typeof options === 'string') {
      const result = { conversationID: text(data.conversationID, options) };
      instances.forgetConversations([result.conversationID]);
      return ok(result);
    }
    const result = { conversationIDList: texts(data.conversationIDList) };
    instances.forgetConversations(result.conversationIDList);
    return ok(result);
  }

  return {
    async getConversationList(options) {
      const data = fields(dataOf(await sdk().getConversationList(sdkArg<'getConversationList'>(options))));
      const result: ConversationListResult = {
        conversationList: toConversations(data.conversationList),
        isSyncCompleted: data.isSyncCompleted === true,
      };
      return ok(result);
    },
    async getConversationProfile(conversationID) {
      const result: ConversationResult = { conversation: toConversation(fields(dataOf(await sdk().getConversationProfile(conversationID))).conversation) };
      return ok(result);
    },
    deleteConversation,
    pinConversation: async (options) => ok(conversationIDOf(await sdk().pinConversation(options))),
    // The SDK answers { code: 0, conversation } inside data (ConversationModule.setConvDraft).
    setConversationDraft: async (options) =>
      ok({ conversation: toConversation(fields(dataOf(await sdk().setConversationDraft(options))).conversation) }),
    async clearHistoryMessage(conversationID) {
      const result = conversationIDOf(await sdk().clearHistoryMessage(conversationID));
      instances.forgetConversations([conversationID]);
      return ok(result);
    },
    getTotalUnreadMessageCount() {
      const total: unknown = sdk().getTotalUnreadMessageCount();
      if (isThenable(total)) {
        // Refused while not ready: the SDK's API layer answers a rejected promise even for this synchronous call.
        total.then(undefined, () => undefined);
        throw new ChatError(ERROR_CODE.SDK_NOT_READY, 'The chat SDK is not ready');
      }
      return count(total);
    },
    async setC2CRemindType(options) {
      const data = fields(dataOf(await sdk().setMessageRemindType(sdkArg<'setMessageRemindType'>(options))));
      return ok({
        successUserIDList: list(data.successUserIDList).map((item) => ({ userID: text(fields(item).userID) })),
        failureUserIDList: list(data.failureUserIDList).map((item) => ({ userID: text(fields(item).userID), code: count(fields(item).code) })),
      });
    },
  };
}
