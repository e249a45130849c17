import { defineStore } from 'pinia';
import { ref } from 'vue';
import { appContext } from '@/src/app/context';
import { EVENT, TYPES } from '@/src/chat/constants';
import type { Group } from '@/src/chat/types';
import { GRID_MAX } from '@/src/utils/avatar-grid';
import { bindChatEvents } from './helpers/chat-store';
import { groupTipsIn } from './helpers/group-events';

/** Tips after which a group's first members may be others. */
const MEMBERSHIP_TIPS: ReadonlySet<number> = new Set([
  TYPES.GRP_TIP_MBR_JOIN,
  TYPES.GRP_TIP_MBR_QUIT,
  TYPES.GRP_TIP_MBR_KICKED_OUT,
  TYPES.GRP_TIP_BAN_AVCHATROOM_MEMBER,
]);

/**
 * The avatars of a group's first members, for the 9-grid that stands for a group without a picture (as
 * WeChat and TUIKit draw it): one getGroupMemberList page of nine per group, fetched once per group while
 * signed in, and again when someone joins or leaves it.
 */
export const useGroupFacesStore = defineStore('groupFaces', () => {
  /** groupID → avatar URLs of its first members, in member order ('' for someone without one). */
  const faces = ref<Record<string, string[]>>({});
  const inFlight = new Set<string>();

  const bind = bindChatEvents({
    listen: (chat) =>
      chat.on(EVENT.MESSAGE_RECEIVED, (event) => {
        for (const tip of groupTipsIn(event.data)) {
          const { groupID } = tip.groupProfile;
          if (MEMBERSHIP_TIPS.has(tip.operationType) && faces.value[groupID]) void fetch(groupID);
        }
      }),
    signedOut: () => {
      faces.value = {};
    },
  });

  /** Never rejects: a group whose members cannot be read keeps a single default tile. */
  async function fetch(groupID: string): Promise<void> {
    if (inFlight.has(groupID)) return;
    inFlight.add(groupID);
    try {
      const { data } = await appContext().backend.chat.getGroupMemberList({ groupID, count: GRID_MAX, offset: 0 });
      faces.value = { ...faces.value, [groupID]: data.memberList.slice(0, GRID_MAX).map((member) => member.avatar) };
    } catch {
      // Not a member (any more), or offline: the grid shows one default tile.
    } finally {
      inFlight.delete(groupID);
    }
  }

  /** Fetches the grid of each group that has no picture and no grid yet (groups of the list, or of conversations). */
  async function ensure(groups: readonly Pick<Group, 'groupID' | 'avatar'>[]): Promise<void> {
    bind();
    await Promise.all(groups.filter((group) => !group.avatar && !faces.value[group.groupID]).map((group) => fetch(group.groupID)));
  }

  return { faces, ensure };
});
