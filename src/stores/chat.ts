import { defineStore, getActivePinia } from 'pinia';
import type { Pinia } from 'pinia';
import { computed, ref, shallowRef } from 'vue';
import { appContext } from '@/src/app/context';
import { EVENT, TYPES } from '@/src/chat/constants';
import type { MessagePriority, SendableConversationType } from '@/src/chat/constants';
import { ChatError, toErrorLike } from '@/src/chat/errors';
import type { ErrorLike } from '@/src/chat/errors';
import type {
  Conversation,
  CustomPayload,
  FacePayload,
  LocationPayload,
  Message,
  MessageFile,
  MessageTarget,
  SendMessageOptions,
} from '@/src/chat/message-types';
import type { CreateImageMessageOptions } from '@/src/chat/port';
import { replyTo, withReply } from '@/src/chat/quote';
import type { ChatEventHandler, ChatEventName } from '@/src/chat/types';
import { loadState } from './helpers/chat-store';
import { groupTipsIn } from './helpers/group-events';
import {
  applyPeerRead,
  applyRevoked,
  held,
  mergeLive,
  passed,
  prependPage,
  replaceKnown,
  withoutIDs,
} from './helpers/message-list';
import { messagingChat } from './helpers/messaging';
import { useConversationsStore } from './conversations';
import { useGroupsStore } from './groups';

/** getMessageList's page (the SDK clamps `count` to 15). */
export const MESSAGE_PAGE_SIZE = 15;
/** deleteMessage takes at most 30 messages (index.es.js deleteMessage keeps the first 30). */
export const MAX_DELETE_MESSAGES = 30;
/** What revokeMessage answers once the recall window is over: 20016 in C2C, 10031 in groups (TUIKit says "too late" for both). */
export const RECALL_TOO_LATE_CODES: readonly number[] = [20016, 10031];
/** The service's default recall window (2 minutes, configurable in the console): the chat offers Recall within it. */
export const RECALL_WINDOW_SECONDS = 120;

/** What a message sent from the chat may carry besides its content. */
export interface ComposeOptions {
  /** The message replied to: its reference goes into cloudCustomData (src/chat/quote.ts). */
  quote?: Message;
  /** Custom JSON of the app; a quote is added to it. */
  cloudCustomData?: string;
  priority?: MessagePriority;
  needReadReceipt?: boolean;
  /** sendMessage's options. An `onlineUserOnly` message (e.g. a typing signal) is not shown in the list. */
  sendOptions?: SendMessageOptions;
}

export interface TextOptions extends ComposeOptions {
  /** Groups: userIDs to mention, or TYPES.MSG_AT_ALL (owner and admins; see canMentionAll). */
  atUserList?: string[];
}

/** The merged message's texts; the page writes them in the reader's language. */
export interface MergedForwardText {
  /** e.g. "Chat history of alice and bob". */
  title: string;
  /** Up to a few "sender: preview" lines shown on the card. */
  abstractList: string[];
  /** What clients that cannot show merged messages display instead. */
  compatibleText: string;
}

export interface ForwardOutcome {
  sent: Message[];
  /** Messages that could not be forwarded, with why (2453: group tips cannot be forwarded). */
  failed: Array<{ message: Message; error: ErrorLike }>;
}

/** Who a chat is with: `C2C<userID>` or `GROUP<groupID>`. */
export function chatTarget(conversationID: string): MessageTarget & { conversationID: string } {
  for (const conversationType of [TYPES.CONV_C2C, TYPES.CONV_GROUP] as SendableConversationType[]) {
    if (conversationID.startsWith(conversationType) && conversationID.length > conversationType.length) {
      return { conversationID, conversationType, to: conversationID.slice(conversationType.length) };
    }
  }
  throw new ChatError(-1, `${conversationID} is not a C2C or group conversation`);
}

/**
 * The SDK drops a failed message from its list instead of marking it when a server callback refused it
 * (index.es.js `_onSendMessageFailed`: codes 10100–10200 for groups, 120001–130000 for C2C).
 */
function droppedOnFailure(code: number): boolean {
  return (code >= 10100 && code <= 10200) || (code >= 120001 && code <= 130000);
}

/** The message a refused call carries in `error.data.message` (send, revoke, modify's latest version). */
function messageOfError(caught: unknown): Message | undefined {
  const data: unknown = caught && typeof caught === 'object' ? Reflect.get(caught, 'data') : undefined;
  const message: unknown = data && typeof data === 'object' ? Reflect.get(data, 'message') : undefined;
  return message && typeof message === 'object' && typeof Reflect.get(message, 'ID') === 'string' ? (message as Message) : undefined;
}

/**
 * One open conversation: its history page by page, optimistic sends with progress, resend, recall, delete,
 * modify, forward, read marking, and what arrives live (MESSAGE_RECEIVED, _MODIFIED, _REVOKED, _READ_BY_PEER).
 * Made per conversation by retainChat / useChatStore, dropped by releaseChat when the last page using it
 * closes. Actions reject with the service's error (a ChatError-like `{code, message}`); no toasts here.
 */
function chatStore(conversationID: string) {
  const target = chatTarget(conversationID);
  const isGroup = target.conversationType === TYPES.CONV_GROUP;

  /** Oldest first, one entry per message ID; each entry is a plain copy (see helpers/message-list.ts). */
  const messages = shallowRef<readonly Message[]>([]);
  /** Upload progress (0–1) of media being sent, by message ID. */
  const progress = ref<Record<string, number>>({});
  /** Why a message failed to send (status 'fail'), by message ID: what the red "!" explains. */
  const sendErrors = ref<Record<string, ErrorLike>>({});
  const nextReqMessageID = ref('');
  /** True once the oldest message is loaded. */
  const isCompleted = ref(false);
  /** True once the first page arrived. */
  const loaded = ref(false);
  const history = loadState();
  /** Whether the chat is on screen: arriving messages are then marked read at once. */
  const shown = ref(false);
  const me = ref('');
  /** The conversation as fetched when the chat opened (getConversationProfile); see `conversation`. */
  const fetched = shallowRef<Conversation | null>(null);
  const conversationError = ref<ErrorLike | null>(null);
  /** Groups: until when (seconds) I am muted here; 0 when not. */
  const selfMuteUntil = ref(0);

  /** The conversation row: live from the conversations store when it holds it, else as fetched. */
  const conversation = computed(() => useConversationsStore().byID.get(conversationID) ?? fetched.value);
  const group = computed(() => (isGroup ? useGroupsStore().byID.get(target.to) : undefined));
  const role = computed(() => group.value?.selfInfo.role ?? '');
  const isAdmin = computed(() => role.value === TYPES.GRP_MBR_ROLE_OWNER || role.value === TYPES.GRP_MBR_ROLE_ADMIN);
  /** Groups: "everyone" may be offered in the @ picker (owner and admins). */
  const canMentionAll = computed(() => isGroup && isAdmin.value);
  /** Groups: mute-all is on and I am not allowed to speak through it (owner and admins are). */
  const mutedByAll = computed(() => isGroup && group.value?.muteAllMembers === true && !isAdmin.value);
  /** The draft kept for this conversation ('' when none): what the input starts with. */
  const draft = computed(() => useConversationsStore().draftOf(conversationID));

  function put(message: Message): void {
    messages.value = mergeLive(messages.value, [held(message)]);
  }

  function find(messageID: string): Message | undefined {
    return messages.value.find((message) => message.ID === messageID);
  }

  /** Where a message is in `messages` (-1 when not loaded): for scrolling to a quoted message. */
  function indexOf(messageID: string): number {
    return messages.value.findIndex((message) => message.ID === messageID);
  }

  function setProgress(messageID: string, value: number): void {
    progress.value = { ...progress.value, [messageID]: Math.min(1, Math.max(0, value)) };
  }

  function forget(ids: ReadonlySet<string>): void {
    messages.value = withoutIDs(messages.value, ids);
    const keep = <T>(record: Record<string, T>) => Object.fromEntries(Object.entries(record).filter(([id]) => !ids.has(id)));
    progress.value = keep(progress.value);
    sendErrors.value = keep(sendErrors.value);
  }

  function mine<T extends { conversationID: string }>(list: readonly T[]): T[] {
    return list.filter((message) => message.conversationID === conversationID);
  }

  // ---- events ------------------------------------------------------------------------------------------

  const unsubscribers: Array<() => void> = [];

  function subscribe(): void {
    if (unsubscribers.length > 0) return;
    const { chat } = appContext().backend;
    const on = <E extends ChatEventName>(eventName: E, handler: ChatEventHandler<E>): void => {
      chat.on(eventName, handler);
      unsubscribers.push(() => chat.off(eventName, handler));
    };
    on(EVENT.MESSAGE_RECEIVED, (event) => received(event.data));
    on(EVENT.MESSAGE_MODIFIED, (event) => {
      messages.value = replaceKnown(messages.value, mine(event.data).map(held));
    });
    on(EVENT.MESSAGE_REVOKED, (event) => {
      messages.value = applyRevoked(messages.value, mine(event.data));
    });
    on(EVENT.MESSAGE_READ_BY_PEER, (event) => {
      if (!isGroup) messages.value = applyPeerRead(messages.value, mine(event.data));
    });
    on(EVENT.SDK_NOT_READY, reset);
  }

  function unsubscribe(): void {
    for (const off of unsubscribers.splice(0)) off();
  }

  /** New messages here (others', and mine from the account's other instances), merged without repeats. */
  function received(all: readonly Message[]): void {
    const arrived = mine(all);
    if (arrived.length === 0) return;
    messages.value = mergeLive(messages.value, arrived.map(held));
    if (isGroup) followMuteTips(arrived);
    if (shown.value) void markRead();
  }

  /** GRP_TIP_MBR_PROFILE_UPDATED naming me: my mute here starts or ends (group-module.js `_onMemberInfoModified`). */
  function followMuteTips(arrived: readonly Message[]): void {
    for (const tip of groupTipsIn(arrived)) {
      if (tip.operationType !== TYPES.GRP_TIP_MBR_PROFILE_UPDATED) continue;
      const entry = tip.memberList.find((member) => member.userID === me.value && typeof member.muteTime === 'number');
      if (entry?.muteTime !== undefined) selfMuteUntil.value = entry.muteTime > 0 ? Math.floor(Date.now() / 1000) + entry.muteTime : 0;
    }
  }

  function reset(): void {
    history.invalidate();
    messages.value = [];
    progress.value = {};
    sendErrors.value = {};
    nextReqMessageID.value = '';
    isCompleted.value = false;
    loaded.value = false;
    fetched.value = null;
    selfMuteUntil.value = 0;
  }

  // ---- opening, history, reading -----------------------------------------------------------------------

  /**
   * Starts following the conversation and loads what the chat shows first: the newest page, the conversation
   * (fetched when it is not in the list yet, so a draft can be kept for it), and in groups the group and my
   * mute. Opening again (another page of the same chat, or a retry) loads the first page only if it is
   * missing. Never rejects: failures are in `error` (history) and `conversationError`.
   */
  async function open(): Promise<void> {
    subscribe();
    me.value = appContext().backend.chat.getLoginUser();
    // A second page of the same chat opens what is loaded; it does not page back.
    const work: Array<Promise<void>> = [loaded.value ? Promise.resolve() : loadOlder(), fetchConversation()];
    if (isGroup) work.push(fetchGroup());
    await Promise.all(work);
  }

  async function fetchConversation(): Promise<void> {
    try {
      fetched.value = await useConversationsStore().profile(conversationID);
      conversationError.value = null;
    } catch (caught) {
      conversationError.value = toErrorLike(caught);
    }
  }

  /** The group (role, mute-all) and my own mute; a group seen from outside has neither to give. */
  async function fetchGroup(): Promise<void> {
    try {
      await useGroupsStore().fetchProfile(target.to);
    } catch {
      // Shown from the conversation row instead; sending will say why it is refused.
    }
    await fetchSelfMute();
  }

  async function fetchSelfMute(): Promise<void> {
    try {
      const { data } = await appContext().backend.chat.getGroupMemberProfile({ groupID: target.to, userIDList: [me.value] });
      selfMuteUntil.value = data.memberList.find((member) => member.userID === me.value)?.muteUntil ?? 0;
    } catch {
      // AVChatRooms have no member profiles (2687); not a member: nothing to show.
    }
  }

  /**
   * The next older page (the newest one first), 15 messages, oldest first; nothing when one is on its way or
   * the history is complete. Never rejects: a failure is in `error`.
   */
  async function loadOlder(): Promise<void> {
    if (history.loading.value || isCompleted.value) return;
    const cursor = loaded.value ? nextReqMessageID.value : '';
    if (loaded.value && cursor === '') return;
    await history.run(
      () =>
        messagingChat().getMessageList({
          conversationID,
          count: MESSAGE_PAGE_SIZE,
          ...(cursor ? { nextReqMessageID: cursor } : {}),
        }),
      ({ data }) => {
        messages.value = prependPage(messages.value, data.messageList.map(held));
        nextReqMessageID.value = data.nextReqMessageID;
        isCompleted.value = data.isCompleted || data.nextReqMessageID === '';
        loaded.value = true;
      },
    );
  }

  /** The page shows the chat: what is unread becomes read (and the C2C peer sees it). */
  async function show(): Promise<void> {
    shown.value = true;
    await markRead();
  }

  function hide(): void {
    shown.value = false;
  }

  let reading: Promise<void> | null = null;
  let readAgain = false;

  /**
   * Marks the conversation read. Arrivals during a mark make one more mark after it rather than one each.
   * Never rejects: a failed mark is retried on the next show or arrival.
   */
  async function markRead(): Promise<void> {
    if (reading) {
      readAgain = true;
      return reading;
    }
    reading = (async () => {
      do {
        readAgain = false;
        try {
          await useConversationsStore().markRead(conversationID);
        } catch {
          // Nothing to tell the reader; the badge stays until a later mark succeeds.
        }
      } while (readAgain && shown.value);
    })();
    try {
      await reading;
    } finally {
      reading = null;
    }
  }

  // ---- sending -----------------------------------------------------------------------------------------

  function baseOptions(options: ComposeOptions) {
    let cloudCustomData = options.cloudCustomData ?? '';
    if (options.quote) cloudCustomData = withReply(cloudCustomData, replyTo(options.quote));
    return {
      to: target.to,
      conversationType: target.conversationType,
      ...(cloudCustomData ? { cloudCustomData } : {}),
      ...(options.priority ? { priority: options.priority } : {}),
      ...(options.needReadReceipt ? { needReadReceipt: true } : {}),
    };
  }

  /**
   * Sends a message made by the port: shown at once as 'unSend', then replaced by the service's answer
   * ('success', server time) or kept as 'fail' with the reason in sendErrors. Rejects with that reason.
   */
  async function deliver(message: Message, sendOptions?: SendMessageOptions): Promise<Message> {
    const listed = sendOptions?.onlineUserOnly !== true;
    if (listed) {
      put({ ...message, status: 'unSend' });
      clearSendError(message.ID);
    }
    try {
      const { data } = await messagingChat().sendMessage(message, sendOptions);
      if (listed) put(data.message);
      return data.message;
    } catch (caught) {
      if (listed) sendFailed(message, caught);
      throw caught;
    }
  }

  function clearSendError(messageID: string): void {
    if (!(messageID in sendErrors.value)) return;
    const next = { ...sendErrors.value };
    delete next[messageID];
    sendErrors.value = next;
  }

  function sendFailed(message: Message, caught: unknown): void {
    const error = toErrorLike(caught);
    if (droppedOnFailure(error.code)) {
      forget(new Set([message.ID]));
      return;
    }
    put({ ...(messageOfError(caught) ?? message), status: 'fail' });
    sendErrors.value = { ...sendErrors.value, [message.ID]: error };
    // The mute may have started while its tip was not seen: the input should say so now.
    if (isGroup && error.code === 10017) void fetchSelfMute();
  }

  /*
   * The send actions make the message synchronously, and throw synchronously when the SDK refuses to make it
   * (nothing is added: the page keeps what was typed). Otherwise the message is in `messages` when they
   * return, and the promise settles with the sent message or the send's refusal (the message stays, 'fail').
   */

  function sendText(text: string, options: TextOptions = {}): Promise<Message> {
    const chat = messagingChat();
    const base = baseOptions(options);
    const atUserList = isGroup ? (options.atUserList ?? []) : [];
    const message =
      atUserList.length > 0
        ? chat.createTextAtMessage({ ...base, payload: { text, atUserList } })
        : chat.createTextMessage({ ...base, payload: { text } });
    return deliver(message, options.sendOptions);
  }

  type MediaCreate = (options: CreateImageMessageOptions) => Message | undefined;

  /** Media: progress from 0 to 1 in `progress[ID]` while the file uploads. */
  function sendMedia(create: MediaCreate, file: MessageFile, options: ComposeOptions): Promise<Message> {
    let messageID = '';
    const message = create({
      ...baseOptions(options),
      payload: { file },
      onProgress: (percent) => {
        if (messageID) setProgress(messageID, percent);
      },
    });
    // The SDK makes nothing of a file the platform cannot send (e.g. a browser File in a mini program).
    if (!message) throw new ChatError(-1, 'This file cannot be sent from this platform.');
    messageID = message.ID;
    setProgress(messageID, 0);
    return deliver(message, options.sendOptions);
  }

  /** `file`: the platform's ChosenMedia.file (image). */
  function sendImage(file: MessageFile, options: ComposeOptions = {}): Promise<Message> {
    return sendMedia((create) => messagingChat().createImageMessage(create), file, options);
  }

  /** `file`: the platform's ChosenMedia.file (video). */
  function sendVideo(file: MessageFile, options: ComposeOptions = {}): Promise<Message> {
    return sendMedia((create) => messagingChat().createVideoMessage(create), file, options);
  }

  /** `file`: the platform's RecordedAudio (mini programs; the Web SDK sends no audio). */
  function sendAudio(file: MessageFile, options: ComposeOptions = {}): Promise<Message> {
    return sendMedia((create) => messagingChat().createAudioMessage(create), file, options);
  }

  /** `file`: the platform's ChosenFile.file. */
  function sendFile(file: MessageFile, options: ComposeOptions = {}): Promise<Message> {
    return sendMedia((create) => messagingChat().createFileMessage(create), file, options);
  }

  function sendFace(payload: FacePayload, options: ComposeOptions = {}): Promise<Message> {
    return deliver(messagingChat().createFaceMessage({ ...baseOptions(options), payload }), options.sendOptions);
  }

  function sendLocation(payload: LocationPayload, options: ComposeOptions = {}): Promise<Message> {
    return deliver(messagingChat().createLocationMessage({ ...baseOptions(options), payload }), options.sendOptions);
  }

  /** At least one of data, description and extension must be non-empty. */
  function sendCustom(payload: Partial<CustomPayload>, options: ComposeOptions = {}): Promise<Message> {
    return deliver(messagingChat().createCustomMessage({ ...baseOptions(options), payload }), options.sendOptions);
  }

  /** Sends a failed message again (the page confirms first); media upload again with progress. */
  async function resend(message: Message, sendOptions?: SendMessageOptions): Promise<Message> {
    const current = find(message.ID) ?? message;
    put({ ...current, status: 'unSend' });
    clearSendError(current.ID);
    try {
      const { data } = await messagingChat().resendMessage(passed(current), sendOptions);
      put(data.message);
      return data.message;
    } catch (caught) {
      sendFailed(current, caught);
      throw caught;
    }
  }

  // ---- changing sent messages --------------------------------------------------------------------------

  /**
   * Recalls a message (own, within the service's window: 2 minutes by default). Rejects with the refusal:
   * 20016 (C2C) / 10031 (group) after the window, 10032 and 2110 when not allowed.
   */
  async function recall(message: Message): Promise<Message> {
    const { data } = await messagingChat().revokeMessage(passed(find(message.ID) ?? message));
    put({ ...data.message, isRevoked: true });
    return data.message;
  }

  /**
   * Deletes messages for me (the peer keeps theirs). At most 30 at a time, as the SDK takes (MAX_DELETE_MESSAGES;
   * the rest are left): sent messages through deleteMessage, failed ones, which only this device holds, from
   * the list directly; messages still sending are left. Resolves with the messages deleted.
   */
  async function remove(list: readonly Message[]): Promise<Message[]> {
    const chosen = list.filter((message) => message.conversationID === conversationID && message.status !== 'unSend').slice(0, MAX_DELETE_MESSAGES);
    const local = chosen.filter((message) => message.status === 'fail');
    const stored = chosen.filter((message) => message.status === 'success');
    let deleted: Message[] = [];
    if (stored.length > 0) deleted = (await messagingChat().deleteMessage(stored.map(passed))).data.messageList;
    forget(new Set([...local, ...deleted].map((message) => message.ID)));
    return [...local, ...deleted];
  }

  /**
   * Changes a sent message: the payload of text, custom, location and face messages, and cloudCustomData of
   * any. Rejects with 2480 when someone changed it first; the list then shows their version (the error's
   * `data.message`), and the page offers to edit that.
   */
  async function modify<M extends Message>(message: M, change: Partial<Pick<M, 'payload' | 'cloudCustomData'>>): Promise<Message> {
    const current = find(message.ID) ?? message;
    try {
      const { data } = await messagingChat().modifyMessage({ ...passed(current), ...change } as Message);
      put(data.message);
      return data.message;
    } catch (caught) {
      const latest = messageOfError(caught);
      if (toErrorLike(caught).code === 2480 && latest) put(latest);
      throw caught;
    }
  }

  // ---- forwarding --------------------------------------------------------------------------------------

  /**
   * Forwards messages one by one, in their order, to another conversation (or this one). Messages that
   * cannot be forwarded are reported in `failed`; the others are sent.
   */
  async function forward(list: readonly Message[], to: MessageTarget): Promise<ForwardOutcome> {
    const outcome: ForwardOutcome = { sent: [], failed: [] };
    const chat = messagingChat();
    for (const message of list) {
      try {
        const copy = chat.createForwardMessage({ to: to.to, conversationType: to.conversationType, payload: passed(message) });
        outcome.sent.push(await sendInto(`${to.conversationType}${to.to}`, copy));
      } catch (caught) {
        outcome.failed.push({ message, error: toErrorLike(caught) });
      }
    }
    return outcome;
  }

  /** Forwards messages as one merged message (chat history card); failed and unsent messages are left out. */
  async function forwardMerged(list: readonly Message[], to: MessageTarget, text: MergedForwardText): Promise<Message> {
    const messageList = list.filter((message) => message.status === 'success').map(passed);
    const merged = messagingChat().createMergerMessage({
      to: to.to,
      conversationType: to.conversationType,
      payload: { messageList, title: text.title, abstractList: text.abstractList, compatibleText: text.compatibleText },
    });
    return sendInto(`${to.conversationType}${to.to}`, merged);
  }

  // ---- drafts ------------------------------------------------------------------------------------------

  /** Keeps what is typed as the conversation's draft ('' removes it); releaseChat does it when the page closes. */
  async function saveDraft(text: string): Promise<void> {
    await useConversationsStore().saveDraft(conversationID, text);
  }

  return {
    conversationID,
    target,
    isGroup,
    messages,
    progress,
    sendErrors,
    nextReqMessageID,
    isCompleted,
    loaded,
    loading: history.loading,
    error: history.error,
    shown,
    me,
    conversation,
    conversationError,
    group,
    role,
    canMentionAll,
    mutedByAll,
    selfMuteUntil,
    draft,
    find,
    indexOf,
    open,
    loadOlder,
    show,
    hide,
    markRead,
    sendText,
    sendImage,
    sendVideo,
    sendAudio,
    sendFile,
    sendFace,
    sendLocation,
    sendCustom,
    deliver,
    resend,
    recall,
    remove,
    modify,
    forward,
    forwardMerged,
    saveDraft,
    unsubscribe,
  };
}

const definitions = new Map<string, ReturnType<typeof defineChatStore>>();

function defineChatStore(conversationID: string) {
  return defineStore(`chat:${conversationID}`, () => chatStore(conversationID));
}

export type ChatStore = ReturnType<ReturnType<typeof defineChatStore>>;

/** The chat store of a conversation (made on first use). Pages use retainChat / releaseChat around it. */
export function useChatStore(conversationID: string): ChatStore {
  let use = definitions.get(conversationID);
  if (!use) {
    chatTarget(conversationID);
    use = defineChatStore(conversationID);
    definitions.set(conversationID, use);
  }
  return use();
}

/** Chat stores kept by open pages, per pinia (tests make a pinia each), with how many pages keep each. */
const retained = new WeakMap<Pinia, Map<string, { store: ChatStore; count: number }>>();

function retainedHere(): Map<string, { store: ChatStore; count: number }> {
  const pinia = getActivePinia();
  if (!pinia) throw new Error('No active pinia: install it before using the chat stores.');
  let map = retained.get(pinia);
  if (!map) {
    map = new Map();
    retained.set(pinia, map);
  }
  return map;
}

/**
 * A chat page opens: the conversation's store, kept until the matching releaseChat (two pages of the same
 * conversation share it). The page then calls open() and show().
 */
export function retainChat(conversationID: string): ChatStore {
  const map = retainedHere();
  const entry = map.get(conversationID);
  if (entry) {
    entry.count += 1;
    return entry.store;
  }
  const store = useChatStore(conversationID);
  map.set(conversationID, { store, count: 1 });
  return store;
}

/**
 * A chat page closes: saves `draft` when given (the text left in the input), and disposes of the store once
 * no page keeps it. Resolves when the draft is kept; rejects when it could not be.
 */
export async function releaseChat(conversationID: string, draft?: string): Promise<void> {
  const map = retainedHere();
  const entry = map.get(conversationID);
  if (!entry) return;
  const saving = draft === undefined ? Promise.resolve() : entry.store.saveDraft(draft);
  entry.count -= 1;
  if (entry.count <= 0) {
    map.delete(conversationID);
    definitions.delete(conversationID);
    entry.store.unsubscribe();
    entry.store.$dispose();
    const pinia = getActivePinia();
    if (pinia) delete pinia.state.value[entry.store.$id];
  }
  await saving;
}

/** The open chat of a conversation, if a page keeps one. */
export function openChat(conversationID: string): ChatStore | undefined {
  return retainedHere().get(conversationID)?.store;
}

/**
 * Sends a message made for another conversation (forwarding): through that conversation's open chat store,
 * so it shows there as it goes, else straight to the port.
 */
async function sendInto(conversationID: string, message: Message): Promise<Message> {
  const open = openChat(conversationID);
  if (open) return open.deliver(message);
  return (await messagingChat().sendMessage(message)).data.message;
}

/**
 * A merged message's list, downloaded when it was too large to travel in the message (`payload.downloadKey`;
 * index.es.js downloadMergerMessage); a message that carries its list comes back as it is.
 */
export async function openMerged(message: Message): Promise<Message> {
  if (message.type !== TYPES.MSG_MERGER || !message.payload.downloadKey || message.payload.messageList.length > 0) return message;
  return held(await messagingChat().downloadMergerMessage(passed(message)));
}
