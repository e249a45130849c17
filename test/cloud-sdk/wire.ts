/**
 * Message, conversation and relationship-chain bodies in the service's wire format (PascalCase, as the SDK
 * decodes them: the global and per-command keyMaps of index.js ProtocolHandler, then camelCase for the rest),
 * for scripting the Gateway's answers and pushes. Keys are chosen so that the SDK reads what the comment names.
 */
import type { Gateway } from './gateway';

export interface WireMessageInit {
  from: string;
  to: string;
  /** MsgSeq → sequence (C2C: the sender's client sequence). */
  sequence: number;
  /** MsgRandom → random. */
  random: number;
  /** MsgTimeStamp → time (seconds). */
  time: number;
  /** TinyId → tinyID: with MsgClientTime and MsgRandom it makes the message ID (`${tinyID}-${clientTime}-${random}`). */
  tinyID: string;
  text: string;
  nick?: string;
}

/** A text element: MsgBody → elements, MsgType → type, MsgContent → content. */
export const textBody = (text: string) => [{ MsgType: 'TIMTextElem', MsgContent: { Text: text } }];

/** The ID the SDK gives a message it decodes (Message.generateMessageID, index.es.js). */
export const messageID = (message: WireMessageInit): string => `${message.tinyID}-${message.time}-${message.random}`;

/** What identifies a C2C message on the wire: its parties, sequence, random, times and the sender's tinyID. */
function messageKeys(message: WireMessageInit): Record<string, unknown> {
  return {
    From_Account: message.from,
    To_Account: message.to,
    MsgSeq: message.sequence,
    MsgRandom: message.random,
    MsgTimeStamp: message.time,
    MsgClientTime: message.time,
    TinyId: message.tinyID,
  };
}

/** One C2C message as getroammsg's MsgList and msg_push's C2cMsgArray carry it. */
export function c2cMessage(message: WireMessageInit): Record<string, unknown> {
  return {
    ...messageKeys(message),
    ...(message.nick ? { From_AccountNick: message.nick } : {}),
    MsgBody: textBody(message.text),
  };
}

/** Pushes new C2C messages to `userID` (im_open_push.msg_push, event 1 → MsgDispatcher._onC2CMsgArray). */
export function pushC2CMessages(gateway: Gateway, userID: string, messages: WireMessageInit[]): number {
  return gateway.push(userID, 'im_open_push.msg_push', { EventArray: [{ Event: 1, C2cMsgArray: messages.map(c2cMessage) }] });
}

/**
 * Pushes the recall of C2C messages to `userID` (C2cNotifyMsgArray → C2CNotifyMessageArray,
 * WithdrawC2cMsgNotify → c2cMessageRevokedNotify, C2cWithdrawInfoArray → revokedInfos; C2CModule.onMsgRevoked).
 */
export function pushC2CRevoke(gateway: Gateway, userID: string, messages: WireMessageInit[], revoker: string): number {
  return gateway.push(userID, 'im_open_push.msg_push', {
    EventArray: [
      {
        Event: 5,
        C2cNotifyMsgArray: [
          {
            WithdrawC2cMsgNotify: {
              // The recalled message's keys, without its body and sender profile, and who recalled it.
              C2cWithdrawInfoArray: messages.map((message) => ({ ...messageKeys(message), RevokerInfo: { Revoker_Account: revoker } })),
            },
          },
        ],
      },
    ],
  });
}

/** A C2C entry of page_get's SessionItem (ConversationModule._getConvOptions reads these). */
export function c2cSession(peer: { userID: string; nick: string; avatar: string }, last: WireMessageInit): Record<string, unknown> {
  return {
    Type: 1,
    To_Account: peer.userID,
    C2cNick: peer.nick,
    C2cImage: peer.avatar,
    MsgTime: last.time,
    MsgSeq: last.sequence,
    LastC2cMsgFromAccount: last.from,
    LastMsg: { MsgBody: textBody(last.text) },
    C2cPeerReadTime: 0,
    TopFlags: 0,
  };
}

/** page_get's answer: one page, complete. */
export const sessionPage = (items: Array<Record<string, unknown>>) => ({
  CompleteFlag: 1,
  TimeStamp: 1,
  StartIndex: 0,
  TopTimeStamp: 0,
  TopStartIndex: 0,
  SessionItem: items,
});

/** getroammsg's answer: the history of a C2C conversation, oldest first; Complete 1 = nothing older. */
export const roamingPage = (messages: WireMessageInit[], complete: boolean) => ({
  Complete: complete ? 1 : 0,
  MsgKey: complete ? '' : 'next-key',
  LastMsgTime: messages[0]?.time ?? 0,
  MsgList: messages.map(c2cMessage),
});

/** A friend of friend_get's UserDataItem, with the relationship tags FriendHandler reads (class `pt`). */
export function friendItem(userID: string, tags: { remark?: string; addTime?: number; source?: string; groups?: string[] }) {
  const valueItem: Array<{ Tag: string; Value: unknown }> = [];
  if (tags.remark !== undefined) valueItem.push({ Tag: 'Tag_SNS_IM_Remark', Value: tags.remark });
  if (tags.addTime !== undefined) valueItem.push({ Tag: 'Tag_SNS_IM_AddTime', Value: tags.addTime });
  if (tags.source !== undefined) valueItem.push({ Tag: 'Tag_SNS_IM_AddSource', Value: tags.source });
  if (tags.groups !== undefined) valueItem.push({ Tag: 'Tag_SNS_IM_Group', Value: tags.groups });
  return { To_Account: userID, ValueItem: valueItem };
}

/** friend_get's answer: every friend in one complete page. */
export const friendPage = (items: Array<ReturnType<typeof friendItem>>) => ({
  FriendNum: items.length,
  CompleteFlag: 1,
  NextStartIndex: 0,
  StandardSequence: 1,
  CustomSequence: 1,
  UserDataItem: items,
});

/** One answer per user of a friend_* batch command (ResultItem → resultList of { to, resultCode, resultInfo }). */
export const resultItems = (results: Array<{ userID: string; code: number; info?: string }>) => ({
  ResultItem: results.map(({ userID, code, info }) => ({ To_Account: userID, ResultCode: code, ResultInfo: info ?? '' })),
});
