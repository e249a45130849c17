import { defineStore } from 'pinia';
import { computed, ref, shallowRef } from 'vue';
import { appContext } from '@/src/app/context';
import { EVENT, TYPES } from '@/src/chat/constants';
import type { GroupRole } from '@/src/chat/constants';
import type { Message } from '@/src/chat/message-types';
import type { AddGroupMemberResult, CustomField, GroupMember } from '@/src/chat/types';
import { bindChatEvents, loadState } from './helpers/chat-store';
import { groupTipsIn, membersAfterTip } from './helpers/group-events';

/** The service's largest page; fewer round trips while still never loading the whole group at once. */
export const MEMBER_PAGE_SIZE = 100;
/** getGroupMemberProfile keeps at most this many IDs (index.d.ts getGroupMemberProfile). */
const MAX_PROFILE_QUERY = 50;

/**
 * The member list of the group being managed, fetched page by page on demand, and the actions on members.
 * Each action updates the row at once and puts it back if the service refuses.
 */
export const useMembersStore = defineStore('members', () => {
  const groupID = ref('');
  const role = ref<GroupRole | undefined>(undefined);
  const members = shallowRef<GroupMember[]>([]);
  const nextOffset = ref(0);
  const done = ref(false);
  const { loading, error, run, invalidate } = loadState();
  const pagesFetched = ref(0);

  function replace(member: GroupMember): void {
    members.value = members.value.map((item) => (item.userID === member.userID ? member : item));
  }

  /** Whether a member belongs in the list as filtered. */
  function shown(member: GroupMember): boolean {
    return role.value === undefined || member.role === role.value;
  }

  /**
   * Tips of the open group change its rows as they arrive: leavers go, roles and mutes change. Joiners come
   * with the next page; when the list is already complete they are fetched and added at its end, where
   * their join order puts them.
   */
  function onGroupMessages(messages: readonly Message[]): void {
    for (const tip of groupTipsIn(messages)) {
      if (tip.groupProfile.groupID !== groupID.value) continue;
      const next = membersAfterTip(members.value, tip, Math.floor(Date.now() / 1000));
      if (next !== members.value) members.value = next.filter(shown);
      if (tip.operationType === TYPES.GRP_TIP_MBR_JOIN && done.value) void addJoiners(groupID.value, tip.userIDList);
    }
  }

  /** Never rejects: a joiner that cannot be fetched now shows when the list is opened again. */
  async function addJoiners(id: string, userIDs: string[]): Promise<void> {
    const known = new Set(members.value.map((member) => member.userID));
    const missing = userIDs.filter((userID) => !known.has(userID)).slice(0, MAX_PROFILE_QUERY);
    if (missing.length === 0) return;
    try {
      const { data } = await appContext().backend.chat.getGroupMemberProfile({ groupID: id, userIDList: missing });
      if (groupID.value !== id) return;
      const present = new Set(members.value.map((member) => member.userID));
      members.value = members.value.concat(data.memberList.filter((member) => !present.has(member.userID) && shown(member)));
    } catch {
      // AVChatRooms have no member profiles (2687); a failed fetch leaves the rows to the next open.
    }
  }

  const bind = bindChatEvents({
    listen: (chat) => chat.on(EVENT.MESSAGE_RECEIVED, (event) => onGroupMessages(event.data)),
    signedOut: () => {
      invalidate();
      groupID.value = '';
      members.value = [];
      done.value = false;
    },
  });

  async function open(id: string, filter?: GroupRole): Promise<void> {
    bind();
    // A page of the list opened before is dropped when it lands; it no longer blocks the first page of this one.
    invalidate();
    groupID.value = id;
    role.value = filter;
    members.value = [];
    nextOffset.value = 0;
    done.value = false;
    pagesFetched.value = 0;
    await loadMore();
  }

  /** Fetches the next page unless one is on its way or the list is complete. */
  async function loadMore(): Promise<void> {
    if (loading.value || done.value || !groupID.value) return;
    await run(
      () =>
        appContext().backend.chat.getGroupMemberList({
          groupID: groupID.value,
          count: MEMBER_PAGE_SIZE,
          offset: nextOffset.value,
          role: role.value,
        }),
      ({ data }) => {
        const known = new Set(members.value.map((member) => member.userID));
        members.value = members.value.concat(data.memberList.filter((member) => !known.has(member.userID)));
        nextOffset.value = data.offset;
        done.value = data.offset === 0;
        pagesFetched.value += 1;
      },
    );
  }

  async function refresh(): Promise<void> {
    await open(groupID.value, role.value);
  }

  /** Searches only what is loaded: the service has no member search, and loading 6000 members to search is what this list avoids. */
  function searchLoaded(text: string): GroupMember[] {
    const needle = text.trim().toLowerCase();
    if (!needle) return members.value;
    return members.value.filter((member) =>
      [member.nameCard, member.nick, member.userID].some((value) => value.toLowerCase().includes(needle)),
    );
  }

  async function optimistic(userID: string, change: Partial<GroupMember>, call: () => Promise<GroupMember>): Promise<void> {
    const before = members.value.find((member) => member.userID === userID);
    if (before) replace({ ...before, ...change });
    try {
      replace(await call());
    } catch (caught) {
      if (before) replace(before);
      throw caught;
    }
  }

  function setRole(userID: string, next: GroupRole): Promise<void> {
    const { chat } = appContext().backend;
    return optimistic(userID, { role: next }, async () =>
      (await chat.setGroupMemberRole({ groupID: groupID.value, userID, role: next })).data.member,
    );
  }

  function mute(userID: string, muteTime: number): Promise<void> {
    const { backend } = appContext();
    const muteUntil = muteTime === 0 ? 0 : Math.floor(Date.now() / 1000) + muteTime;
    return optimistic(userID, { muteUntil }, async () =>
      (await backend.chat.setGroupMemberMuteTime({ groupID: groupID.value, userID, muteTime })).data.member,
    );
  }

  function setNameCard(userID: string, nameCard: string): Promise<void> {
    const { chat } = appContext().backend;
    return optimistic(userID, { nameCard }, async () =>
      (await chat.setGroupMemberNameCard({ groupID: groupID.value, userID, nameCard })).data.member,
    );
  }

  function setCustomField(userID: string, memberCustomField: CustomField[]): Promise<void> {
    const { chat } = appContext().backend;
    return optimistic(userID, {}, async () =>
      (await chat.setGroupMemberCustomField({ groupID: groupID.value, userID, memberCustomField })).data.member,
    );
  }

  /** getGroupMemberList leaves member custom fields out (as the SDK does); this asks for one member's. */
  async function customFieldsOf(userID: string): Promise<CustomField[]> {
    const { data } = await appContext().backend.chat.getGroupMemberProfile({ groupID: groupID.value, userIDList: [userID] });
    return data.memberList.find((member) => member.userID === userID)?.memberCustomField ?? [];
  }

  async function remove(userIDs: string[], reason: string): Promise<void> {
    const before = members.value;
    members.value = before.filter((member) => !userIDs.includes(member.userID));
    try {
      await appContext().backend.chat.deleteGroupMember({ groupID: groupID.value, userIDList: userIDs, reason });
    } catch (caught) {
      members.value = before;
      throw caught;
    }
  }

  async function add(userIDs: string[]): Promise<AddGroupMemberResult> {
    const { data } = await appContext().backend.chat.addGroupMember({ groupID: groupID.value, userIDList: userIDs });
    // Offsets are the service's cursors, so the list starts again rather than guessing where newcomers sit.
    if (data.successUserIDList.length > 0) await refresh();
    return data;
  }

  const count = computed(() => members.value.length);

  return {
    groupID,
    role,
    members,
    count,
    done,
    loading,
    error,
    pagesFetched,
    open,
    loadMore,
    refresh,
    searchLoaded,
    setRole,
    mute,
    setNameCard,
    setCustomField,
    customFieldsOf,
    remove,
    add,
  };
});
