import { defineStore } from 'pinia';
import { appContext } from '@/src/app/context';
import { EVENT } from '@/src/chat/constants';
import { ChatError } from '@/src/chat/errors';
import type { FriendGroup, FriendGroupFailure } from '@/src/chat/friend-types';
import { FRIEND_CODE, FRIEND_LIMITS, groupNameViolation } from '@/src/chat/rules/friends';
import { pushedList } from './helpers/chat-store';

/**
 * The signed-in user's friend groups (WeChat's tags): names and members. From getFriendGroupList, then
 * FRIEND_GROUP_LIST_UPDATED (the SDK emits it after each of its own changes and on the server's notices).
 * Names are checked before sending: not empty, ≤ 30 bytes (30001), unique (2710), at most 32 groups (30011).
 */
export const useFriendGroupsStore = defineStore('friend-groups', () => {
  const { list, loaded, loading, error, bind, load } = pushedList<FriendGroup>({
    listen: (chat, apply) => chat.on(EVENT.FRIEND_GROUP_LIST_UPDATED, (event) => apply(event.data)),
    fetch: async (chat) => (await chat.getFriendGroupList()).data,
  });

  function follow(): void {
    bind();
  }

  function get(name: string): FriendGroup | undefined {
    return list.value.find((group) => group.name === name);
  }

  /** The names of the groups `userID` is in, in the list's order. */
  function groupsOf(userID: string): string[] {
    return list.value.filter((group) => group.userIDList.includes(userID)).map((group) => group.name);
  }

  /**
   * Puts the service's answer in the list. The SDK has usually emitted the new list already (before the call
   * resolves), so a renamed group may be there under its new name.
   */
  function put(group: FriendGroup, replacing = group.name): void {
    let at = list.value.findIndex((item) => item.name === replacing);
    if (at < 0) at = list.value.findIndex((item) => item.name === group.name);
    list.value = at < 0 ? [...list.value, group] : list.value.map((item, index) => (index === at ? group : item));
  }

  /** What the service would refuse about a new name (the same rules the SDK and the server apply). */
  function nameProblem(name: string, field: string, except = ''): Error | null {
    const violation = groupNameViolation(field, name);
    if (violation) return violation;
    if (name !== except && get(name)) return new ChatError(FRIEND_CODE.FRIEND_GROUP_EXISTS, `a friend group "${name}" exists`);
    return null;
  }

  /** Creates a group with these friends in it. */
  async function create(name: string, userIDs: string[] = []): Promise<FriendGroup> {
    bind();
    const problem = nameProblem(name, 'name');
    if (problem) throw problem;
    if (list.value.length >= FRIEND_LIMITS.maxGroups) {
      throw new ChatError(FRIEND_CODE.GROUP_COUNT_LIMIT, `at most ${FRIEND_LIMITS.maxGroups} friend groups`);
    }
    const { data } = await appContext().backend.chat.createFriendGroup({ name, userIDList: userIDs });
    put(data.friendGroup);
    return data.friendGroup;
  }

  async function rename(oldName: string, newName: string): Promise<FriendGroup> {
    bind();
    if (oldName === newName) return get(oldName) ?? { name: oldName, userIDList: [], count: 0 };
    const problem = nameProblem(newName, 'newName', oldName);
    if (problem) throw problem;
    const { data } = await appContext().backend.chat.renameFriendGroup({ oldName, newName });
    put(data, oldName);
    return data;
  }

  /** Deletes the group; its members stay your friends. */
  async function remove(name: string): Promise<void> {
    bind();
    await appContext().backend.chat.deleteFriendGroup({ name });
    list.value = list.value.filter((group) => group.name !== name);
  }

  /** Answers the users the service could not move (each with its code). */
  async function addMembers(name: string, userIDs: string[]): Promise<FriendGroupFailure[]> {
    bind();
    if (userIDs.length === 0) return [];
    const { data } = await appContext().backend.chat.addToFriendGroup({ name, userIDList: userIDs });
    put(data.friendGroup);
    return data.failureUserIDList;
  }

  async function removeMembers(name: string, userIDs: string[]): Promise<FriendGroupFailure[]> {
    bind();
    if (userIDs.length === 0) return [];
    const { data } = await appContext().backend.chat.removeFromFriendGroup({ name, userIDList: userIDs });
    put(data.friendGroup);
    return data.failureUserIDList;
  }

  /** Puts `userID` in exactly the groups named (adding and removing what differs). */
  async function setGroupsOf(userID: string, names: readonly string[]): Promise<FriendGroupFailure[]> {
    const current = groupsOf(userID);
    const failures: FriendGroupFailure[] = [];
    for (const name of names) if (!current.includes(name)) failures.push(...(await addMembers(name, [userID])));
    for (const name of current) if (!names.includes(name)) failures.push(...(await removeMembers(name, [userID])));
    return failures;
  }

  return { list, loaded, loading, error, follow, load, get, groupsOf, nameProblem, create, rename, remove, addMembers, removeMembers, setGroupsOf };
});
