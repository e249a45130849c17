import { defineStore } from 'pinia';
import { computed, ref, shallowRef } from 'vue';
import { appContext } from '@/src/app/context';
import { EVENT, TYPES } from '@/src/chat/constants';
import type { GroupRole } from '@/src/chat/constants';
import type { Message } from '@/src/chat/message-types';
import type { AddGroupMemberResult, CustomField, DeleteGroupMemberResult, GroupMember } from '@/src/chat/types';
import { bindChatEvents, loadState } from './helpers/chat-store';
import { groupTipsIn, membersAfterTip } from './helpers/group-events';

/** The service's largest page; fewer round trips while still never loading the whole group at once. */
export const MEMBER_PAGE_SIZE = 100;
/** getGroupMemberProfile keeps at most this many IDs (index.d.ts getGroupMemberProfile). */
const MAX_PROFILE_QUERY = 50;
/** Owner and admins are few (at most 10 admins in a Public group); a guard against a cursor that never ends. */
const MAX_LEADER_PAGES = 10;

const isLeader = (member: GroupMember) => member.role === TYPES.GRP_MBR_ROLE_OWNER || member.role === TYPES.GRP_MBR_ROLE_ADMIN;

/**
 * The member list of the group being managed, in role sections (owner, admins, everyone else), and the
 * actions on members. Owner and admins are fetched whole with the service's role filter; everyone else
 * comes page by page on demand. A member beyond the loaded pages is found by exact userID
 * (getGroupMemberProfile). Each action updates the row at once and puts it back if the service refuses.
 */
export const useMembersStore = defineStore('members', () => {
  const groupID = ref('');
  /** Every member known so far, once each: owner and admins first, then the pages in join order. */
  const members = shallowRef<GroupMember[]>([]);
  /** A member looked up by exact userID, who may not be in the loaded pages. */
  const found = shallowRef<GroupMember | null>(null);
  const nextOffset = ref(0);
  const done = ref(false);
  const { loading, error, run, invalidate } = loadState();
  const pagesFetched = ref(0);
  /** Counts opens, so answers for a list opened before are dropped. */
  let opened = 0;
  let lookupSeq = 0;

  const owners = computed(() => members.value.filter((member) => member.role === TYPES.GRP_MBR_ROLE_OWNER));
  const admins = computed(() => members.value.filter((member) => member.role === TYPES.GRP_MBR_ROLE_ADMIN));
  const others = computed(() => members.value.filter((member) => !isLeader(member)));
  const count = computed(() => members.value.length);

  function merge(list: readonly GroupMember[]): void {
    const known = new Set(members.value.map((member) => member.userID));
    const fresh = list.filter((member) => !known.has(member.userID));
    if (fresh.length > 0) members.value = members.value.concat(fresh);
  }

  function replace(member: GroupMember): void {
    members.value = members.value.map((item) => (item.userID === member.userID ? member : item));
    if (found.value?.userID === member.userID) found.value = member;
  }

  /**
   * Tips of the open group change its rows as they arrive: leavers go, roles and mutes change. Joiners come
   * with the next page; when the list is already complete they are fetched and added at its end, where
   * their join order puts them.
   */
  function onGroupMessages(messages: readonly Message[]): void {
    for (const tip of groupTipsIn(messages)) {
      if (tip.groupProfile.groupID !== groupID.value) continue;
      const now = Math.floor(Date.now() / 1000);
      const next = membersAfterTip(members.value, tip, now);
      if (next !== members.value) members.value = [...next];
      if (found.value) {
        const [after] = membersAfterTip([found.value], tip, now);
        found.value = after ?? null;
      }
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
      if (groupID.value === id) merge(data.memberList);
    } catch {
      // AVChatRooms have no member profiles (2687); a failed fetch leaves the rows to the next open.
    }
  }

  const bind = bindChatEvents({
    listen: (chat) => chat.on(EVENT.MESSAGE_RECEIVED, (event) => onGroupMessages(event.data)),
    signedOut: () => {
      invalidate();
      opened += 1;
      groupID.value = '';
      members.value = [];
      found.value = null;
      done.value = false;
    },
  });

  /** Owner and admins, whole (never rejects: without them the pages still bring them, in join order). */
  async function loadLeaders(id: string, mine: number): Promise<void> {
    const { chat } = appContext().backend;
    for (const role of [TYPES.GRP_MBR_ROLE_OWNER, TYPES.GRP_MBR_ROLE_ADMIN] as GroupRole[]) {
      let offset = 0;
      for (let page = 0; page < MAX_LEADER_PAGES; page += 1) {
        try {
          const { data } = await chat.getGroupMemberList({ groupID: id, count: MEMBER_PAGE_SIZE, offset, role });
          if (mine !== opened) return;
          merge(data.memberList);
          offset = data.offset;
        } catch {
          return;
        }
        if (offset === 0) break;
      }
    }
  }

  async function open(id: string): Promise<void> {
    bind();
    // A page of the list opened before is dropped when it lands; it no longer blocks the first page of this one.
    invalidate();
    opened += 1;
    groupID.value = id;
    members.value = [];
    found.value = null;
    nextOffset.value = 0;
    done.value = false;
    pagesFetched.value = 0;
    await Promise.all([loadLeaders(id, opened), loadMore()]);
  }

  /** Fetches the next page unless one is on its way or the list is complete. */
  async function loadMore(): Promise<void> {
    if (loading.value || done.value || !groupID.value) return;
    await run(
      () => appContext().backend.chat.getGroupMemberList({ groupID: groupID.value, count: MEMBER_PAGE_SIZE, offset: nextOffset.value }),
      ({ data }) => {
        merge(data.memberList);
        nextOffset.value = data.offset;
        done.value = data.offset === 0;
        pagesFetched.value += 1;
      },
    );
  }

  async function refresh(): Promise<void> {
    await open(groupID.value);
  }

  /** Searches only what is loaded: the service has no member search, and loading 6000 members to search is what this list avoids. */
  function searchLoaded(text: string): GroupMember[] {
    const needle = text.trim().toLowerCase();
    if (!needle) return members.value;
    return members.value.filter((member) =>
      [member.nameCard, member.nick, member.userID].some((value) => value.toLowerCase().includes(needle)),
    );
  }

  /**
   * The member whose userID is exactly `userID`, loaded or not (getGroupMemberProfile), kept in `found`;
   * null when nobody in the group has it. Never rejects: a group without member profiles (an AVChatRoom,
   * 2687) or a failed call finds nobody. A later lookup makes an earlier answer stale.
   */
  async function lookup(userID: string): Promise<GroupMember | null> {
    const mine = (lookupSeq += 1);
    const id = userID.trim();
    const loaded = members.value.find((member) => member.userID === id);
    let result: GroupMember | null = loaded ?? null;
    if (id && !loaded && groupID.value) {
      try {
        const { data } = await appContext().backend.chat.getGroupMemberProfile({ groupID: groupID.value, userIDList: [id] });
        result = data.memberList.find((member) => member.userID === id) ?? null;
      } catch {
        result = null;
      }
    }
    if (mine === lookupSeq) found.value = result;
    return result;
  }

  function clearLookup(): void {
    lookupSeq += 1;
    found.value = null;
  }

  function current(userID: string): GroupMember | undefined {
    return members.value.find((member) => member.userID === userID) ?? (found.value?.userID === userID ? found.value : undefined);
  }

  async function optimistic(userID: string, change: Partial<GroupMember>, call: () => Promise<GroupMember>): Promise<void> {
    const before = current(userID);
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

  /** One member as the service has them now, custom fields included (which getGroupMemberList leaves out, as the SDK does). */
  async function memberProfile(userID: string): Promise<GroupMember | undefined> {
    const { data } = await appContext().backend.chat.getGroupMemberProfile({ groupID: groupID.value, userIDList: [userID] });
    return data.memberList.find((member) => member.userID === userID);
  }

  async function customFieldsOf(userID: string): Promise<CustomField[]> {
    return (await memberProfile(userID))?.memberCustomField ?? [];
  }

  /** Resolves with the group as it is after the removal (its new member count). */
  async function remove(userIDs: string[], reason: string): Promise<DeleteGroupMemberResult> {
    const before = members.value;
    const beforeFound = found.value;
    members.value = before.filter((member) => !userIDs.includes(member.userID));
    if (found.value && userIDs.includes(found.value.userID)) found.value = null;
    try {
      return (await appContext().backend.chat.deleteGroupMember({ groupID: groupID.value, userIDList: userIDs, reason })).data;
    } catch (caught) {
      members.value = before;
      found.value = beforeFound;
      throw caught;
    }
  }

  async function add(userIDs: string[]): Promise<AddGroupMemberResult> {
    const { data } = await appContext().backend.chat.addGroupMember({ groupID: groupID.value, userIDList: userIDs });
    // Offsets are the service's cursors, so the list starts again rather than guessing where newcomers sit.
    if (data.successUserIDList.length > 0 && done.value) await addJoiners(groupID.value, data.successUserIDList);
    return data;
  }

  return {
    groupID,
    members,
    owners,
    admins,
    others,
    found,
    count,
    done,
    loading,
    error,
    pagesFetched,
    open,
    loadMore,
    refresh,
    searchLoaded,
    lookup,
    clearLookup,
    setRole,
    mute,
    setNameCard,
    setCustomField,
    customFieldsOf,
    memberProfile,
    remove,
    add,
  };
});
