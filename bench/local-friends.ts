/**
 * Friend list figures of the embedded chat service for lists of 300 and 3000 friends (half Chinese, half Latin
 * names): the time of an addFriend, the bytes and keys one change writes, loading the list (a new service over
 * the same storage, login, getFriendList), sorting it A–Z with pinyin (src/utils/contact-index.ts, as the
 * Contacts screen does), and the first screen (load + sort + the first rows). Not a test: it prints a table.
 * Run with `npm run bench` or `node bench/run.mjs bench/local-friends.ts`.
 */
import { createLocalServer } from '@/src/chat/local';
import type { LocalClient } from '@/src/chat/local';
import { clearSortKeys, sectionsByName, setPinyinReader, sortKey } from '@/src/utils/contact-index';
import { readPinyin } from '@/src/utils/pinyin-reader';
import { friendName } from '@/src/utils/names';
import { cost, countingStorage, login, timed } from './local-service';
import { median } from './stats';

const SIZES = [300, 3000];
const REPEAT = 15;
/** Rows a 375 × 812 screen shows of a contact list (section headers included). */
const FIRST_SCREEN_ROWS = 15;
const WEB = 'AddSource_Type_Bench';

const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周', '徐', '孙', '马', '朱', '胡', '郭', '何', '高', '林', '曾', '单', '欧阳'];
const GIVEN = ['伟', '芳', '娜', '秀英', '敏', '静', '丽', '强', '磊', '军', '洋', '勇', '艳', '杰', '娟', '涛', '明', '超', '秀兰', '霞'];
const FIRST = ['Alice', 'Bob', 'Carol', 'David', 'Émile', 'Frank', 'Grace', 'Heidi', 'Ivan', 'Judy', 'Mallory', 'Niaj', 'Olivia', 'Peggy', 'Quinn', 'Rupert', 'Sybil', 'Trent', 'Victor', 'Walter', 'Yvonne', 'Zoe'];
const LAST = ['Smith', 'Jones', 'Taylor', 'Brown', 'Wilson', 'Evans', 'Thomas', 'Johnson', 'Roberts', 'Walker', 'Wright', 'Robinson'];

function friendID(n: number): string {
  return `friend${String(n).padStart(4, '0')}`;
}

/** Every other friend has a Chinese name; names repeat only after a few hundred friends. */
function nickOf(n: number): string {
  const k = n >> 1;
  if (n % 2 === 0) return `${SURNAMES[k % SURNAMES.length]}${GIVEN[Math.floor(k / SURNAMES.length) % GIVEN.length]}`;
  return `${FIRST[k % FIRST.length]} ${LAST[Math.floor(k / FIRST.length) % LAST.length]}`;
}

/** Imported accounts with a nick each (what a user directory would hold), and the list's owner. */
function accounts(count: number): Record<string, string> {
  const records: Record<string, string> = { 'chat:user:me': JSON.stringify({ v: 1, profile: { userID: 'me', nick: 'Me' } }) };
  for (let n = 1; n <= count; n += 1) {
    records[`chat:user:${friendID(n)}`] = JSON.stringify({ v: 1, profile: { userID: friendID(n), nick: nickOf(n) } });
  }
  return records;
}

async function measure(size: number): Promise<Record<string, string>> {
  const storage = countingStorage(accounts(size + 1));
  const server = createLocalServer({ storage });
  const me = await login(server, 'me');
  const adds: number[] = [];
  for (let n = 1; n <= size; n += 1) adds.push(await timed(() => me.addFriend({ to: friendID(n), source: WEB })));

  const middle = friendID(Math.floor(size / 2));
  await me.deleteFriend({ userIDList: [friendID(size)] });
  const addBytes = await cost(storage, () => me.addFriend({ to: friendID(size), source: WEB }));
  const remarkBytes = await cost(storage, () => me.updateFriend({ userID: middle, remark: '备注 remark' }));
  const deleteBytes = await cost(storage, () => me.deleteFriend({ userIDList: [middle] }));
  await me.addFriend({ to: middle, source: WEB });
  const groupBytes = await cost(storage, () => me.createFriendGroup({ name: 'Bench', userIDList: [friendID(1), friendID(2)] }));

  const loads: number[] = [];
  const sorts: number[] = [];
  const resorts: number[] = [];
  const screens: number[] = [];
  let firstRows: string[] = [];
  for (let n = 0; n < REPEAT; n += 1) {
    let list: Awaited<ReturnType<LocalClient['getFriendList']>>['data'] = [];
    const again = createLocalServer({ storage });
    loads.push(
      await timed(async () => {
        const client = await login(again, 'me');
        list = (await client.getFriendList()).data;
      }),
    );
    clearSortKeys();
    sorts.push(await timed(() => sectionsByName(list, friendName)));
    resorts.push(await timed(() => sectionsByName(list, friendName)));
    clearSortKeys();
    const fresh = createLocalServer({ storage });
    screens.push(
      await timed(async () => {
        const client = await login(fresh, 'me');
        const sections = sectionsByName((await client.getFriendList()).data, friendName);
        const rows: string[] = [];
        for (const section of sections) {
          if (rows.length >= FIRST_SCREEN_ROWS) break;
          rows.push(`[${section.letter}]`);
          for (const friend of section.items) {
            if (rows.length >= FIRST_SCREEN_ROWS) break;
            rows.push(friendName(friend));
          }
        }
        firstRows = rows;
      }),
    );
    again.close();
    fresh.close();
  }

  const snsKeys = storage.keys().filter((key) => key.startsWith('chat:sns:') && key.endsWith(':me'));
  const sizes = snsKeys.map((key) => Buffer.byteLength(storage.getItem(key) ?? ''));
  server.close();
  if (size === SIZES[SIZES.length - 1]) console.log(`First screen at ${size}: ${firstRows.join(' · ')}\n`);
  return {
    friends: size.toLocaleString('en'),
    'addFriend (ms)': median(adds).toFixed(3),
    'add: bytes / keys': addBytes,
    remark: remarkBytes,
    delete: deleteBytes,
    'new group with 2': groupBytes,
    'restart + login + getFriendList (ms)': median(loads).toFixed(1),
    'sort A–Z with pinyin (ms)': median(sorts).toFixed(1),
    'sort again (ms)': median(resorts).toFixed(1),
    'first screen (ms)': median(screens).toFixed(1),
    "owner's keys / KB": `${snsKeys.length} / ${(sizes.reduce((sum, value) => sum + value, 0) / 1024).toFixed(1)}`,
    'largest value (KB)': (Math.max(...sizes) / 1024).toFixed(1),
  };
}

async function main(): Promise<void> {
  // The pinyin reader decodes its table on its first call: once per app start, before the first sort.
  setPinyinReader(readPinyin);
  const firstCall = await timed(() => sortKey('张伟'));
  // One discarded round first, so that no size is timed while the JIT is still warming up.
  await measure(SIZES[0]);
  const rows: Array<Record<string, string>> = [];
  for (const size of SIZES) rows.push(await measure(size));
  const columns = Object.keys(rows[0]);
  console.log(`| ${columns.join(' | ')} |`);
  console.log(`|${columns.map(() => '---').join('|')}|`);
  for (const row of rows) console.log(`| ${columns.map((column) => row[column]).join(' | ')} |`);
  console.log(`\nMedians of ${REPEAT} runs (addFriend: of every add). Every friendship is two-way; half the names are Chinese.`);
  console.log(`"sort" works out every name's key; "sort again" (the next FRIEND_LIST_UPDATED) reuses them; "first screen" is a`);
  console.log(`restart, login, getFriendList, sort and the first ${FIRST_SCREEN_ROWS} rows. The pinyin reader's first call in a process (decoding its table): ${firstCall.toFixed(1)} ms.`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
