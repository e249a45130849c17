import type { Message as SdkMessage } from '@tencentcloud/chat';

/**
 * Which SDK Message instance belongs to a message ID. The SDK's sendMessage and resendMessage refuse anything
 * but its own instances (`e instanceof Hi`, index.es.js, code 2105), and revoke / delete / modify change the
 * instance they are given; stores hold copies (Vue proxies of our Message), so the adapter hands out copies and
 * keeps the instances here: those it created, and those it saw arrive (MESSAGE_RECEIVED and the other message
 * events, getMessageList, findMessage, results), and asks the SDK's own memory (findMessage) first.
 *
 * The map stays as small as the SDK's memory: entries go when their conversation is deleted or cleared, when
 * they are deleted, and all at once when the session ends; when it grows past `sweepAbove` anyway (messages
 * created and never sent, conversations the SDK dropped on a push from another device), the entries the SDK
 * no longer holds are dropped, except messages being sent right now and the `keepRecent` last remembered (a
 * message just created is not in the SDK's memory until it is sent).
 */
export class MessageInstances {
  private readonly byID = new Map<string, SdkMessage>();
  /** Messages between sendMessage and its answer: the SDK holds them only once they are sent (or failed). */
  private readonly sending = new Set<string>();
  private sweepAt: number;

  constructor(
    /** The SDK's own lookup (findMessage), null when it holds no such message or cannot answer. */
    private readonly find: (messageID: string) => SdkMessage | null,
    private readonly sweepAbove = 1000,
    private readonly keepRecent = 50,
  ) {
    this.sweepAt = sweepAbove;
  }

  get size(): number {
    return this.byID.size;
  }

  /**
   * Keeps the instance for its ID and hands it back. Anything else (the caller's copy the SDK was given when
   * no instance was found, and handed back) is not kept: an instance has its elements, which is how the SDK
   * itself tells one (createForwardMessage: `Be(a._elements)`, index.es.js).
   */
  remember<M extends SdkMessage>(instance: M): M {
    if (!Array.isArray(Reflect.get(instance, '_elements'))) return instance;
    this.byID.delete(instance.ID);
    this.byID.set(instance.ID, instance);
    if (this.byID.size > this.sweepAt) this.sweep();
    return instance;
  }

  /**
   * The SDK's instance for a message the caller holds (the instance itself, or a copy of it), or null. The
   * instance in the SDK's memory wins over a remembered one: the SDK replaces its instances when it refetches
   * a conversation's history (getMessageList without a cursor empties its memory first, index.es.js
   * `clearMemMsg`), and the map keeps those it does not hold, such as a message created and not sent yet.
   */
  resolve(message: { ID: string }): SdkMessage | null {
    const found = this.find(message.ID);
    if (found) return this.remember(found);
    return this.byID.get(message.ID) ?? null;
  }

  /** Runs a send of this message; the entry is kept however the SDK answers (a failed message can be resent). */
  async sendingOf<T>(messageID: string, send: () => Promise<T>): Promise<T> {
    this.sending.add(messageID);
    try {
      return await send();
    } finally {
      this.sending.delete(messageID);
    }
  }

  forget(messageIDs: readonly string[]): void {
    for (const id of messageIDs) this.byID.delete(id);
  }

  forgetConversations(conversationIDs: readonly string[]): void {
    const gone = new Set(conversationIDs);
    for (const [id, instance] of this.byID) if (gone.has(instance.conversationID)) this.byID.delete(id);
  }

  clear(): void {
    this.byID.clear();
    this.sending.clear();
    this.sweepAt = this.sweepAbove;
  }

  /** Drops what the SDK no longer holds; if it still holds more than `sweepAbove`, waits for twice as many. */
  private sweep(): void {
    // Map order is the order of remember(): the last `keepRecent` entries stay.
    let older = this.byID.size - this.keepRecent;
    for (const [id, instance] of this.byID) {
      if (older-- <= 0) break;
      if (this.sending.has(id)) continue;
      if (this.find(id) !== instance) this.byID.delete(id);
    }
    this.sweepAt = Math.max(this.sweepAbove, this.byID.size * 2);
  }
}
