import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import { appContext } from '@/src/app/context';
import { EVENT, GROUP_NOTICE, TYPES } from '@/src/chat/constants';
import type { Message, MessageOf } from '@/src/chat/message-types';
import type {
  ChangeGroupOwnerOptions,
  CreateGroupOptions,
  SetGroupRemindTypeOptions,
  UpdateGroupProfileOptions,
} from '@/src/chat/port';
import type { Group, GroupApplication, JoinGroupResult } from '@/src/chat/types';
import { bindChatEvents, loadState } from './helpers/chat-store';
import { groupAfterTip, groupNoticesIn, groupTipsIn } from './helpers/group-events';

/**
 * My groups, live on GROUP_LIST_UPDATED and on group tips and notices (MESSAGE_RECEIVED), the join requests
 * I may decide, and the actions on a group as a whole.
 *
 * The list is what the service lists (getGroupList, GROUP_LIST_UPDATED) plus the live-stream groups
 * (AVChatRoom) this login entered. getGroupList never holds an AVChatRoom (seed 004, getGroupList: "does not
 * include TIM.TYPES.GRP_AVCHATROOM groups"), and the server's joined-group list has none, so after a relaunch
 * nobody would know the user is in one; while signed in the SDK keeps the room it joined in its own map
 * (index.js AVChatRoomHandler.handleJoinResult → updateGroupMap), i.e. being in a room lasts for this login.
 * The store remembers them the same way: from the join (or the creation, which joins), until the user
 * leaves, is removed, the room is dismissed, or the user signs out. Kept in memory only, as the SDK keeps it.
 */
export const useGroupsStore = defineStore('groups', () => {
  /** As the service lists them. */
  const listed = ref<Group[]>([]);
  /** AVChatRooms entered during this login, newest first. */
  const rooms = ref<Group[]>([]);
  /** Members online per remembered room (getGroupOnlineMemberCount): a room lists and counts those present. */
  const onlineCounts = ref<Record<string, number>>({});
  const list = computed(() => {
    const listedIDs = new Set(listed.value.map((group) => group.groupID));
    return [...rooms.value.filter((room) => !listedIDs.has(room.groupID)), ...listed.value];
  });
  const loaded = ref(false);
  const listLoad = loadState();
  const { loading, error } = listLoad;
  const applications = ref<GroupApplication[]>([]);
  const applicationsLoad = loadState();
  /** Why the last loadApplications failed; the list keeps what it had. */
  const applicationsError = applicationsLoad.error;

  const byID = computed(() => new Map(list.value.map((group) => [group.groupID, group])));

  function put(group: Group): void {
    const roomIndex = rooms.value.findIndex((item) => item.groupID === group.groupID);
    if (roomIndex >= 0) rooms.value.splice(roomIndex, 1, group);
    const index = listed.value.findIndex((item) => item.groupID === group.groupID);
    if (index >= 0) listed.value.splice(index, 1, group);
    else if (roomIndex < 0) listed.value.unshift(group);
  }

  function drop(groupID: string): void {
    listed.value = listed.value.filter((group) => group.groupID !== groupID);
    rooms.value = rooms.value.filter((group) => group.groupID !== groupID);
  }

  /**
   * A room this login entered. One room at a time: the SDK quits the previous one before joining another,
   * unless the user owns it (index.js AVChatRoomHandler._preCheck), so such a room is forgotten.
   */
  function remember(room: Group, me: string): void {
    rooms.value = [room, ...rooms.value.filter((item) => item.groupID !== room.groupID && item.ownerID === me)];
    void loadOnlineCount(room.groupID);
  }

  /** Never rejects: a count that cannot be fetched leaves the last one known. */
  async function loadOnlineCount(groupID: string): Promise<void> {
    try {
      const { memberCount } = (await appContext().backend.chat.getGroupOnlineMemberCount(groupID)).data;
      onlineCounts.value = { ...onlineCounts.value, [groupID]: memberCount };
    } catch {
      // Offline or not in the room: the list shows the room without a count.
    }
  }

  /**
   * Group tips and system notices, as they arrive: the list shows new counts, names, mute-all and owners at
   * once, and join requests appear and go as they are made and decided.
   */
  function onGroupMessages(messages: readonly Message[], me: string): void {
    let requestsChanged = false;
    for (const notice of groupNoticesIn(messages)) {
      const { groupID } = notice.groupProfile;
      switch (notice.operationType) {
        case GROUP_NOTICE.JOIN_REQUEST:
          requestsChanged = true;
          break;
        case GROUP_NOTICE.KICKED_OUT:
        case GROUP_NOTICE.DISMISSED:
        case GROUP_NOTICE.QUIT:
        case GROUP_NOTICE.AVCHATROOM_BANNED:
          // The SDK drops the group and its conversation on these (group-module.js _onMemberKicked, …).
          drop(groupID);
          applications.value = applications.value.filter((item) => item.groupID !== groupID);
          break;
        case GROUP_NOTICE.SET_ADMIN:
        case GROUP_NOTICE.CANCELED_ADMIN: {
          const group = byID.value.get(groupID);
          const role = notice.operationType === GROUP_NOTICE.SET_ADMIN ? TYPES.GRP_MBR_ROLE_ADMIN : TYPES.GRP_MBR_ROLE_MEMBER;
          if (group && group.selfInfo.role !== TYPES.GRP_MBR_ROLE_OWNER) put({ ...group, selfInfo: { ...group.selfInfo, role } });
          // An admin now handles the group's requests; a former one no longer does.
          requestsChanged = true;
          break;
        }
      }
    }
    for (const tip of groupTipsIn(messages)) {
      const { groupID } = tip.groupProfile;
      const group = byID.value.get(groupID);
      const next = group && groupAfterTip(group, tip, me);
      if (next && next !== group) put(next);
      if (tip.operationType === TYPES.GRP_TIP_MBR_JOIN) {
        // Whoever approved them (maybe another admin), their requests are settled.
        const joined = new Set(tip.userIDList);
        applications.value = applications.value.filter(
          (item) => item.groupID !== groupID || !joined.has(item.applicationType === 2 ? item.userID : item.applicant),
        );
      }
    }
    if (requestsChanged) void loadApplications();
  }

  const bind = bindChatEvents({
    listen: (chat) => {
      chat.on(EVENT.GROUP_LIST_UPDATED, (event) => {
        // A fetch answered with older data than this push must not overwrite it.
        listLoad.invalidate();
        listed.value = [...event.data];
        loaded.value = true;
        // A change of membership or role may bring or settle join requests to handle.
        void loadApplications();
      });
      chat.on(EVENT.MESSAGE_RECEIVED, (event) => onGroupMessages(event.data, chat.getLoginUser()));
    },
    signedOut: () => {
      listed.value = [];
      rooms.value = [];
      onlineCounts.value = {};
      applications.value = [];
      applicationsError.value = null;
      loaded.value = false;
    },
  });

  async function load(): Promise<void> {
    bind();
    await listLoad.run(
      () => appContext().backend.chat.getGroupList(),
      ({ data }) => {
        listed.value = data.groupList;
        loaded.value = true;
      },
    );
  }

  /** Never rejects: a failure is kept in applicationsError, as load() keeps its own in error. */
  async function loadApplications(): Promise<void> {
    bind();
    await applicationsLoad.run(
      () => appContext().backend.chat.getGroupApplicationList(),
      ({ data }) => {
        applications.value = data.applicationList;
      },
    );
  }

  async function handleApplication(application: GroupApplication, handleAction: 'Agree' | 'Reject'): Promise<void> {
    const { chat } = appContext().backend;
    try {
      const { group } = (await chat.handleGroupApplication({ application, handleAction })).data;
      put(group);
    } finally {
      // Handled here or by another admin meanwhile: either way the request leaves the list.
      await loadApplications();
    }
  }

  /**
   * Decides a join request from its notice (GRP_SYS_NOTICE 1 in `@TIM#SYSTEM`), as handleApplication does from
   * a list entry; `handleMessage` is the reply the applicant reads. 10024 when another admin decided first.
   */
  async function handleNotice(
    message: MessageOf<typeof TYPES.MSG_GRP_SYS_NOTICE>,
    handleAction: 'Agree' | 'Reject',
    handleMessage = '',
  ): Promise<Group> {
    bind();
    const { chat } = appContext().backend;
    try {
      const { group } = (await chat.handleGroupApplication({ message, handleAction, handleMessage })).data;
      if (byID.value.has(group.groupID)) put(group);
      return group;
    } finally {
      await loadApplications();
    }
  }

  /**
   * The freshest profile of one group (mine or not), put into the list when I am in it. A group of mine
   * opened before the list was loaded (by a link) brings the list along, so that what is shown of it follows
   * its tips like any listed group.
   */
  async function fetchProfile(groupID: string): Promise<Group> {
    bind();
    const { group } = (await appContext().backend.chat.getGroupProfile({ groupID })).data;
    if (!loaded.value && group.selfInfo.role) await load();
    if (byID.value.has(groupID)) put(group);
    return group;
  }

  /**
   * Creates the group; a live-stream group is then joined, as the SDK asks ("After creating an audio-video
   * group via this API, you need to call the joinGroup API", seed 004 createGroup), and remembered.
   */
  async function create(options: CreateGroupOptions): Promise<{ group: Group; overLimitUserIDList: string[] }> {
    bind();
    const { data } = await appContext().backend.chat.createGroup(options);
    if (data.group.type !== TYPES.GRP_AVCHATROOM) {
      put(data.group);
      return data;
    }
    const joined = await join(data.group.groupID);
    return { ...data, group: joined.group ?? data.group };
  }

  async function search(groupID: string): Promise<Group> {
    return (await appContext().backend.chat.searchGroupByID(groupID)).data.group;
  }

  async function join(groupID: string, applyMessage = ''): Promise<JoinGroupResult> {
    bind();
    const { chat } = appContext().backend;
    const { data } = await chat.joinGroup({ groupID, applyMessage });
    if (data.group?.type === TYPES.GRP_AVCHATROOM && data.status === TYPES.JOIN_STATUS_SUCCESS) remember(data.group, chat.getLoginUser());
    else if (data.group) put(data.group);
    return data;
  }

  /**
   * Optimistic: the group shows the new values at once and goes back to what it was if the service
   * refuses; the caller keeps the form so nothing typed is lost.
   */
  async function updateProfile(options: UpdateGroupProfileOptions): Promise<Group> {
    const before = byID.value.get(options.groupID);
    if (before) put(optimistic(before, options));
    try {
      const { group } = (await appContext().backend.chat.updateGroupProfile(options)).data;
      put(group);
      return group;
    } catch (caught) {
      if (before) put(before);
      throw caught;
    }
  }

  async function quit(groupID: string): Promise<void> {
    await appContext().backend.chat.quitGroup(groupID);
    drop(groupID);
  }

  async function dismiss(groupID: string): Promise<void> {
    await appContext().backend.chat.dismissGroup(groupID);
    drop(groupID);
  }

  async function transferOwner(options: ChangeGroupOwnerOptions): Promise<Group> {
    const { group } = (await appContext().backend.chat.changeGroupOwner(options)).data;
    put(group);
    return group;
  }

  async function setRemindType(options: SetGroupRemindTypeOptions): Promise<Group> {
    const { group } = (await appContext().backend.chat.setMessageRemindType(options)).data;
    put(group);
    return group;
  }

  /** A newer copy of a group an action elsewhere answered with (e.g. the member count after a removal). */
  function refreshed(group: Group): void {
    if (byID.value.has(group.groupID)) put(group);
  }

  return {
    list,
    rooms,
    onlineCounts,
    loadOnlineCount,
    refreshed,
    byID,
    loaded,
    loading,
    error,
    applications,
    applicationsError,
    load,
    loadApplications,
    handleApplication,
    handleNotice,
    fetchProfile,
    create,
    search,
    join,
    updateProfile,
    quit,
    dismiss,
    transferOwner,
    setRemindType,
  };
});

/** What the group will look like once the update lands; custom fields merge by key, as on the service. */
function optimistic(before: Group, options: UpdateGroupProfileOptions): Group {
  const { groupCustomField, ...fields } = options;
  const next: Group = { ...before };
  for (const [key, value] of Object.entries(fields)) {
    if (key !== 'groupID' && value !== undefined) (next as unknown as Record<string, unknown>)[key] = value;
  }
  if (groupCustomField) {
    const merged = new Map(before.groupCustomField.map((field) => [field.key, field.value]));
    for (const field of groupCustomField) merged.set(field.key, field.value);
    next.groupCustomField = [...merged].map(([key, value]) => ({ key, value }));
  }
  return next;
}
