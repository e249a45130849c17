import { TYPES } from '@/src/chat/constants';
import { createMemoryStorage } from '@/src/chat/local';
import type { LocalClient } from '@/src/chat/local';
import type { Message } from '@/src/chat/message-types';
import type { KeyValueStorage } from '@/src/platform/port';

export const MSG_PREFIX = 'chat:msg:';

export async function sendText(from: LocalClient, to: string, text: string, group = false): Promise<Message> {
  const message = from.createTextMessage({ to, conversationType: group ? TYPES.CONV_GROUP : TYPES.CONV_C2C, payload: { text } });
  return (await from.sendMessage(message)).data.message;
}

/** Every message of a conversation, oldest first. */
export async function allMessages(client: LocalClient, conversationID: string): Promise<Message[]> {
  const all: Message[] = [];
  let cursor = '';
  for (;;) {
    const { data } = await client.getMessageList({ conversationID, nextReqMessageID: cursor });
    all.unshift(...data.messageList);
    if (data.isCompleted) return all;
    cursor = data.nextReqMessageID;
  }
}

export interface MeteredStorage extends KeyValueStorage {
  /** Characters (key + value) and keys written since the last reset. */
  written: { chars: number; keys: string[] };
  reads: string[];
  reset(): void;
  /** Throws like a full quota on every write while true. */
  full: boolean;
}

export function meteredStorage(initial: Record<string, string> = {}): MeteredStorage {
  const inner = createMemoryStorage(initial);
  const storage: MeteredStorage = {
    written: { chars: 0, keys: [] },
    reads: [],
    full: false,
    reset() {
      storage.written = { chars: 0, keys: [] };
      storage.reads = [];
    },
    getItem(key) {
      storage.reads.push(key);
      return inner.getItem(key);
    },
    setItem(key, value) {
      if (storage.full) throw new Error('QuotaExceededError: storage is full');
      storage.written.chars += key.length + value.length;
      storage.written.keys.push(key);
      inner.setItem(key, value);
    },
    removeItem: (key) => inner.removeItem(key),
    keys: () => inner.keys(),
  };
  return storage;
}

/** Characters the message store takes in `storage`, and its largest value. */
export function messageFootprint(storage: KeyValueStorage): { total: number; largest: number; keys: number } {
  let total = 0;
  let largest = 0;
  let keys = 0;
  for (const key of storage.keys()) {
    if (!key.startsWith(MSG_PREFIX) || key === `${MSG_PREFIX}meta`) continue;
    const value = storage.getItem(key) ?? '';
    total += key.length + value.length;
    largest = Math.max(largest, value.length);
    keys += 1;
  }
  return { total, largest, keys };
}
