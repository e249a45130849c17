/**
 * Member figures of the embedded chat service for groups of 60, 600 and 6000 members: the time of one
 * member page, of a mute, of a restart (a new service over the same storage, login, first page), and the
 * bytes each kind of change writes, over a storage wrapper that counts them. Not a test: it prints a table.
 * Run with `npm run bench` (bench/run.mjs bundles this file with esbuild and runs it in Node).
 */
import { TYPES } from '@/src/chat/constants';
import type { GroupRole } from '@/src/chat/constants';
import { createLocalServer } from '@/src/chat/local';
import { cost, countingStorage, login, timed } from './local-service';
import { median } from './stats';

const GROUP = '@TGS#3DEMOALLHANDS';
const SIZES = [60, 600, 6000];
const REPEAT = 25;

function memberID(n: number): string {
  return `member${String(n).padStart(4, '0')}`;
}

async function measure(size: number): Promise<Record<string, string>> {
  const storage = countingStorage();
  const server = createLocalServer({ storage, seed: 'demo', maxMembersPerGroup: size });
  const alice = await login(server, 'alice');
  const middle = Math.floor(size / 2);
  // A full page from the middle of the group (from the start when it has fewer than 200 members).
  const pageAt = Math.max(0, Math.min(middle, size - 100));
  // The bulk members follow the ~30 demo accounts; pick one of them in the middle of the group.
  const target = memberID(Math.max(1, middle - 30));

  await alice.getGroupMemberList({ groupID: GROUP, count: 100, offset: pageAt });
  const pages: number[] = [];
  for (let n = 0; n < REPEAT; n++) pages.push(await timed(() => alice.getGroupMemberList({ groupID: GROUP, count: 100, offset: pageAt })));
  const mutes: number[] = [];
  for (let n = 0; n < REPEAT; n++) mutes.push(await timed(() => alice.setGroupMemberMuteTime({ groupID: GROUP, userID: target, muteTime: 60 + n })));

  const restarts: number[] = [];
  for (let n = 0; n < 5; n++) {
    restarts.push(
      await timed(async () => {
        const again = createLocalServer({ storage, seed: 'demo', maxMembersPerGroup: size });
        const client = await login(again, 'alice');
        await client.getGroupMemberList({ groupID: GROUP, count: 100 });
        again.close();
      }),
    );
  }

  const muteBytes = await cost(storage, () => alice.setGroupMemberMuteTime({ groupID: GROUP, userID: target, muteTime: 600 }));
  const cardBytes = await cost(storage, () => alice.setGroupMemberNameCard({ groupID: GROUP, userID: target, nameCard: 'bench' }));
  const roleBytes = await cost(storage, () => alice.setGroupMemberRole({ groupID: GROUP, userID: target, role: TYPES.GRP_MBR_ROLE_ADMIN as GroupRole }));
  const kickBytes = await cost(storage, () => alice.deleteGroupMember({ groupID: GROUP, userIDList: [memberID(1)] }));
  const newcomer = await login(server, 'bench_newcomer');
  const joinBytes = await cost(storage, () => newcomer.joinGroup({ groupID: GROUP }));

  const groupKeys = storage.keys().filter((key) => key.startsWith('chat:grp:'));
  const sizes = groupKeys.map((key) => Buffer.byteLength(storage.getItem(key) ?? ''));
  server.close();
  return {
    members: size.toLocaleString('en'),
    'page of ≤ 100 (ms)': median(pages).toFixed(3),
    'mute (ms)': median(mutes).toFixed(3),
    'restart + login + first page (ms)': median(restarts).toFixed(1),
    'mute: bytes / keys': muteBytes,
    'name card': cardBytes,
    role: roleBytes,
    kick: kickBytes,
    join: joinBytes,
    'group keys, all groups (KB)': `${groupKeys.length} / ${(sizes.reduce((sum, value) => sum + value, 0) / 1024).toFixed(1)}`,
    'largest value (KB)': (Math.max(...sizes) / 1024).toFixed(1),
  };
}

async function main(): Promise<void> {
  // One discarded round first, so that no size is timed while the JIT is still warming up.
  for (const size of SIZES) await measure(size);
  const rows: Array<Record<string, string>> = [];
  for (const size of SIZES) rows.push(await measure(size));
  const columns = Object.keys(rows[0]);
  console.log(`| ${columns.join(' | ')} |`);
  console.log(`|${columns.map(() => '---').join('|')}|`);
  for (const row of rows) console.log(`| ${columns.map((column) => row[column]).join(' | ')} |`);
  console.log(`\nMedians of ${REPEAT} runs (restart: 5). Demo data of every size includes the other demo groups (~30 accounts).`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
