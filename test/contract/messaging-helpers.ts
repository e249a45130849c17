/**
 * Helpers of the messaging contract suites, in the SDK's terms only (ChatPort + MessagingPort), so that they
 * hold against Tencent Cloud Chat as well as the embedded service.
 */
import { EVENT, TYPES } from '@/src/chat/constants';
import type { Conversation, Message } from '@/src/chat/message-types';
import type { MessagingClient } from './harness';
import { waitForEvent } from './harness';

export function uid(chat: MessagingClient): string {
  return chat.getLoginUser();
}

/** A text message to a user. */
export function textTo(from: MessagingClient, to: MessagingClient | string, text: string): Message {
  return from.createTextMessage({ to: typeof to === 'string' ? to : uid(to), conversationType: TYPES.CONV_C2C, payload: { text } });
}

export function textToGroup(from: MessagingClient, groupID: string, text: string): Message {
  return from.createTextMessage({ to: groupID, conversationType: TYPES.CONV_GROUP, payload: { text } });
}

/** Sends and resolves with the sent message once `receiver` has received it. */
export async function deliver(from: MessagingClient, message: Message, receiver?: MessagingClient): Promise<Message> {
  const arrived = receiver ? received(receiver, message.ID) : null;
  const { data } = await from.sendMessage(message);
  if (arrived) await arrived;
  return data.message;
}

/** The MESSAGE_RECEIVED that carries the message with this ID. */
export async function received(chat: MessagingClient, messageID: string): Promise<Message> {
  const event = await waitForEvent(chat, EVENT.MESSAGE_RECEIVED, (candidate) => candidate.data.some((message) => message.ID === messageID));
  const message = event.data.find((candidate) => candidate.ID === messageID);
  if (!message) throw new Error('unreachable');
  return message;
}

export async function conversationOf(chat: MessagingClient, conversationID: string): Promise<Conversation | undefined> {
  const { conversationList } = (await chat.getConversationList()).data;
  return conversationList.find((conversation) => conversation.conversationID === conversationID);
}

/** Waits for CONVERSATION_LIST_UPDATED whose list satisfies `matches`. */
export function listUpdate(chat: MessagingClient, matches: (list: Conversation[]) => boolean) {
  return waitForEvent(chat, EVENT.CONVERSATION_LIST_UPDATED, (event) => matches(event.data));
}

export function find(list: Conversation[], conversationID: string): Conversation | undefined {
  return list.find((conversation) => conversation.conversationID === conversationID);
}

/** The messages of a conversation, oldest first, every page. */
export async function history(chat: MessagingClient, conversationID: string): Promise<Message[]> {
  const all: Message[] = [];
  let cursor = '';
  for (let page = 0; page < 100; page++) {
    const { data } = await chat.getMessageList({ conversationID, nextReqMessageID: cursor });
    all.unshift(...data.messageList);
    if (data.isCompleted) return all;
    cursor = data.nextReqMessageID;
  }
  throw new Error('getMessageList never completed');
}

/** The error a refused call rejected with (code and the data the SDK attaches). */
export async function refusedWith(promise: Promise<unknown>): Promise<{ code: number; data: Record<string, unknown> }> {
  try {
    await promise;
  } catch (error) {
    const code: unknown = error && typeof error === 'object' ? Reflect.get(error, 'code') : undefined;
    const data: unknown = error && typeof error === 'object' ? Reflect.get(error, 'data') : undefined;
    return { code: typeof code === 'number' ? code : Number.NaN, data: data && typeof data === 'object' ? (data as Record<string, unknown>) : {} };
  }
  throw new Error('expected the call to be refused, but it succeeded');
}

/** The code of a call that may throw synchronously (the SDK's schema checks) or reject. */
export async function codeOf(call: () => unknown): Promise<number> {
  return (await refusedWith(Promise.resolve().then(call))).code;
}

export function isSchemaFailure(code: number): boolean {
  return code === -1 || Number.isNaN(code);
}
