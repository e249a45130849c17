/**
 * Message figures of the embedded chat service: a conversation of 100 / 1,000 / 10,000 messages (a send,
 * the first page, a page deep in history, a restart with login and first page, what a send writes), a list
 * of 500 conversations, the storage 1,000 text messages take, and 100,000 messages sent under the default
 * budget with every value under WeChat's 1 MB. Not a test: it prints tables. `npm run bench`.
 */
import { TYPES } from '@/src/chat/constants';
import { createLocalServer } from '@/src/chat/local';
import type { LocalClient, LocalServer, LocalServerOptions } from '@/src/chat/local';
import type { KeyValueStorage } from '@/src/platform/port';
import { countingStorage, login, timed } from './local-service';
import { median } from './stats';

const MSG = 'chat:msg:';
const REPEAT = 25;
const BIG_BUDGET = 64 * 1024 * 1024;

/**
 * The message store's keys and values: UTF-8 bytes, characters (what its budget counts), the largest
 * value in bytes, and how many keys.
 */
function footprint(storage: KeyValueStorage): { bytes: number; chars: number; largest: number; keys: number } {
  let bytes = 0;
  let chars = 0;
  let largest = 0;
  let keys = 0;
  for (const key of storage.keys()) {
    if (!key.startsWith(MSG)) continue;
    const value = storage.getItem(key) ?? '';
    const size = Buffer.byteLength(value);
    bytes += Buffer.byteLength(key) + size;
    chars += key.length + value.length;
    largest = Math.max(largest, size);
    keys += 1;
  }
  return { bytes, chars, largest, keys };
}

/** What the store counts itself (its summary key), read after a send. */
function counted(storage: KeyValueStorage): number {
  return (JSON.parse(storage.getItem(`${MSG}meta`) ?? '{"b":0}') as { b: number }).b;
}

function text(i: number): string {
  return `Message ${i}: see you at the café at ten, bring the notes`;
}

async function send(client: LocalClient, to: string, body: string): Promise<string> {
  const message = client.createTextMessage({ to, conversationType: TYPES.CONV_C2C, payload: { text: body } });
  await client.sendMessage(message);
  return message.ID;
}

const ms = (value: number) => value.toFixed(3);
const kb = (bytes: number) => (bytes / 1024).toFixed(1);

function serverOn(storage: KeyValueStorage, extra: LocalServerOptions = {}): LocalServer {
  // A clock that moves 1 ms a call keeps every message distinct in time, as real sends are.
  let now = Date.UTC(2026, 10, 24, 9);
  return createLocalServer({ storage, clock: () => (now += 1), eventThrottle: { intervalMs: 0 }, ...extra });
}

async function conversationOf(size: number): Promise<Record<string, string>> {
  const storage = countingStorage();
  const server = serverOn(storage, { messageStorageBudget: BIG_BUDGET });
  const alice = await login(server, 'alice');
  const bob = await login(server, 'bob');
  await bob.logout();
  const ids: string[] = [];
  for (let i = 0; i < size; i++) ids.push(await send(alice, 'bob', text(i)));
  const sends: number[] = [];
  const bytes: number[] = [];
  for (let i = 0; i < REPEAT; i++) {
    const before = storage.written;
    sends.push(await timed(() => send(alice, 'bob', text(size + i))));
    bytes.push(storage.written - before);
  }
  const firstPage: number[] = [];
  for (let i = 0; i < REPEAT; i++) firstPage.push(await timed(() => alice.getMessageList({ conversationID: 'C2Cbob' })));
  const deepCursor = ids[Math.floor(size / 2)];
  const deepPage: number[] = [];
  for (let i = 0; i < REPEAT; i++) deepPage.push(await timed(() => alice.getMessageList({ conversationID: 'C2Cbob', nextReqMessageID: deepCursor })));
  const restarts: number[] = [];
  for (let i = 0; i < 5; i++) {
    restarts.push(
      await timed(async () => {
        const again = serverOn(storage, { messageStorageBudget: BIG_BUDGET });
        const client = await login(again, 'alice');
        await client.getMessageList({ conversationID: 'C2Cbob' });
        await client.logout();
      }),
    );
  }
  // A cursor the new process has never seen (an app reopened on a deep page): found by reading back.
  const coldDeep: number[] = [];
  for (let i = 0; i < 5; i++) {
    const client = await login(serverOn(storage, { messageStorageBudget: BIG_BUDGET }), 'alice');
    coldDeep.push(await timed(() => client.getMessageList({ conversationID: 'C2Cbob', nextReqMessageID: deepCursor })));
    await client.logout();
  }
  const used = footprint(storage);
  return {
    messages: size.toLocaleString('en'),
    'send (ms)': ms(median(sends)),
    'bytes / send': median(bytes).toLocaleString('en'),
    'first page (ms)': ms(median(firstPage)),
    'page at the middle (ms)': ms(median(deepPage)),
    'restart + login + first page (ms)': ms(median(restarts)),
    'after a restart, a page at the middle (ms)': ms(median(coldDeep)),
    'store (KB)': kb(used.bytes),
    'largest value (KB)': kb(used.largest),
  };
}

async function manyConversations(count: number): Promise<Record<string, string>> {
  const storage = countingStorage();
  const server = serverOn(storage, { maxInstancesPerUser: 2 });
  const alice = await login(server, 'alice');
  for (let i = 0; i < count; i++) {
    const peer = `peer${String(i).padStart(3, '0')}`;
    const client = await login(server, peer);
    await send(client, 'alice', `hello from ${peer}`);
    await client.logout();
  }
  const lists: number[] = [];
  let listed = 0;
  for (let i = 0; i < REPEAT; i++) lists.push(await timed(async () => (listed = (await alice.getConversationList()).data.conversationList.length)));
  const totals: number[] = [];
  for (let i = 0; i < REPEAT; i++) totals.push(await timed(async () => alice.getTotalUnreadMessageCount()));
  const restarts: number[] = [];
  for (let i = 0; i < 5; i++) {
    restarts.push(
      await timed(async () => {
        const client = await login(serverOn(storage), 'alice');
        await client.getConversationList();
        await client.logout();
      }),
    );
  }
  const before = storage.written;
  await send(await login(server, 'peer250'), 'alice', 'one more');
  return {
    conversations: listed.toLocaleString('en'),
    'getConversationList (ms)': ms(median(lists)),
    'getTotalUnreadMessageCount (ms)': ms(median(totals)),
    'restart + login + list (ms)': ms(median(restarts)),
    'bytes written by a message into it': (storage.written - before).toLocaleString('en'),
    'store (KB)': kb(footprint(storage).bytes),
  };
}

async function perThousand(): Promise<Record<string, string>> {
  const storage = countingStorage();
  const server = serverOn(storage);
  const alice = await login(server, 'alice');
  await login(server, 'bob');
  for (let i = 0; i < 1000; i++) await send(alice, 'bob', text(i));
  const used = footprint(storage);
  return {
    'text length': `${text(999).length} characters`,
    'store (KB)': kb(used.bytes),
    keys: String(used.keys),
    'per message (B)': Math.round(used.bytes / 1000).toLocaleString('en'),
  };
}

async function hundredThousand(): Promise<Record<string, string>> {
  const storage = countingStorage();
  const server = serverOn(storage);
  const alice = await login(server, 'alice');
  for (const peer of ['bob', 'carol', 'dave']) await (await login(server, peer)).logout();
  const peers = ['bob', 'carol', 'dave'];
  let largest = 0;
  let peakChars = 0;
  let peakBytes = 0;
  let peakCounted = 0;
  let drift = 0;
  const started = performance.now();
  const total = 100_000;
  for (let i = 0; i < total; i++) {
    await send(alice, peers[i % 3], text(i));
    peakCounted = Math.max(peakCounted, counted(storage));
    if (i % 1000 === 999) {
      const used = footprint(storage);
      peakChars = Math.max(peakChars, used.chars);
      peakBytes = Math.max(peakBytes, used.bytes);
      largest = Math.max(largest, used.largest);
      drift = Math.max(drift, Math.abs(used.chars - counted(storage)));
    }
  }
  const seconds = (performance.now() - started) / 1000;
  const kept = (await alice.getConversationList()).data.conversationList.length;
  let history = 0;
  let cursor = '';
  for (;;) {
    const { data } = await alice.getMessageList({ conversationID: 'C2Cbob', nextReqMessageID: cursor });
    history += data.messageList.length;
    if (data.isCompleted) break;
    cursor = data.nextReqMessageID;
  }
  const budget = 2 * 1024 * 1024;
  return {
    sent: total.toLocaleString('en'),
    'time (s)': seconds.toFixed(1),
    'budget (K characters)': kb(budget),
    'peak after a send, as counted (K characters)': kb(peakCounted),
    'peak, measured every 1,000 (K characters / KB)': `${kb(peakChars)} / ${kb(peakBytes)}`,
    // The store does not count its own summary key (~55 characters).
    'count vs measured (characters)': String(drift),
    'largest value (KB)': kb(largest),
    'conversations listed': String(kept),
    'messages still in one conversation': history.toLocaleString('en'),
    problems: String(server.problems.length),
  };
}

/** A Markdown table, as the members bench prints, ready for the README. */
function table(title: string, rows: Array<Record<string, string>>): void {
  const columns = Object.keys(rows[0] ?? {});
  console.log(`\n${title}\n`);
  console.log(`| ${columns.join(' | ')} |`);
  console.log(`|${columns.map(() => '---').join('|')}|`);
  for (const row of rows) console.log(`| ${columns.map((column) => row[column]).join(' | ')} |`);
}

async function main(): Promise<void> {
  const sizes = [];
  for (const size of [100, 1_000, 10_000]) sizes.push(await conversationOf(size));
  table('A C2C conversation by history length (medians of 25; restarts of 5)', sizes);
  table('A list of 500 conversations (medians of 25; restarts of 5)', [await manyConversations(500)]);
  table('Storage of 1,000 text messages', [await perThousand()]);
  table('100,000 messages under the default budget (2 MiB of characters)', [await hundredThousand()]);
}

void main();
