import { TYPES } from '@/src/chat/constants';
import type { GroupType } from '@/src/chat/constants';
import type { LocalClient, LocalServer } from '@/src/chat/local';
import type { CreateGroupOptions } from '@/src/chat/port';
import { loginReady } from './helpers';

export const ALL_TYPES: GroupType[] = [
  TYPES.GRP_WORK,
  TYPES.GRP_PUBLIC,
  TYPES.GRP_MEETING,
  TYPES.GRP_AVCHATROOM,
  TYPES.GRP_COMMUNITY,
];

/** Options the SDK typings would not accept, for the checks the service makes on bad input. */
export function raw<T>(value: unknown): T {
  return value as T;
}

export async function users(server: LocalServer, ...userIDs: string[]): Promise<LocalClient[]> {
  const clients: LocalClient[] = [];
  for (const userID of userIDs) clients.push(await loginReady(server, userID));
  return clients;
}

/** Creates a group of `type` owned by `owner` with `members` (AVChatRoom members join, having no memberList). */
export async function groupOf(
  owner: LocalClient,
  type: GroupType,
  members: LocalClient[] = [],
  extra: Partial<CreateGroupOptions> = {},
): Promise<string> {
  const room = type === TYPES.GRP_AVCHATROOM;
  const { group } = (
    await owner.createGroup({
      type,
      name: `${type} group`,
      memberList: room ? undefined : members.map((member) => ({ userID: member.getLoginUser() })),
      ...extra,
    })
  ).data;
  if (room) for (const member of members) await member.joinGroup({ groupID: group.groupID });
  return group.groupID;
}

/** Every storage key under the group prefix with its size in bytes (UTF-8). */
export function groupKeySizes(storage: { keys(): string[]; getItem(key: string): string | null }, prefix = 'chat:grp:'): Map<string, number> {
  const sizes = new Map<string, number>();
  for (const key of storage.keys()) {
    if (!key.startsWith(prefix)) continue;
    sizes.set(key, Buffer.byteLength(storage.getItem(key) ?? '', 'utf8'));
  }
  return sizes;
}
