import { defineStore } from 'pinia';
import { ref } from 'vue';
import { appContext } from '@/src/app/context';
import { EVENT } from '@/src/chat/constants';
import type { GroupAttributes } from '@/src/chat/group-attribute-types';
import { GROUP_ATTRIBUTE_CODE, groupAttributesViolation } from '@/src/chat/rules/group-attributes';
import { toErrorLike } from '@/src/chat/errors';
import { bindChatEvents } from './helpers/chat-store';

/**
 * Group attributes (key → value strings every member of a group may read and change; group-module.js
 * GroupAttributesHandler), per group the page has opened: fetched with getGroupAttributes, then kept current
 * by GROUP_ATTRIBUTES_UPDATED (another member's change, and the SDK's event after one's own). The limits are
 * checked before sending (16 keys, key ≤ 32 bytes, value ≤ 4 KB, 16 KB in all: 10004).
 */
export const useGroupAttributesStore = defineStore('group-attributes', () => {
  const byGroup = ref<Record<string, GroupAttributes>>({});

  const bind = bindChatEvents({
    listen: (chat) =>
      chat.on(EVENT.GROUP_ATTRIBUTES_UPDATED, (event) => {
        byGroup.value = { ...byGroup.value, [event.data.groupID]: { ...event.data.groupAttributes } };
      }),
    signedOut: () => {
      byGroup.value = {};
    },
  });

  function of(groupID: string): GroupAttributes | undefined {
    return byGroup.value[groupID];
  }

  function put(groupID: string, attributes: GroupAttributes): void {
    byGroup.value = { ...byGroup.value, [groupID]: attributes };
  }

  /** Rejects with the service's code (10007 not a member, 10010 no such group, 2996 too often). */
  async function load(groupID: string): Promise<GroupAttributes> {
    bind();
    const { data } = await appContext().backend.chat.getGroupAttributes({ groupID, keyList: [] });
    put(groupID, { ...data.groupAttributes });
    return data.groupAttributes;
  }

  /**
   * Someone else changed the attributes since this device last read them (10056): the store reads them again,
   * so the page shows what is there now, and rejects with the code.
   */
  async function reloadAfter(groupID: string, caught: unknown): Promise<never> {
    if (toErrorLike(caught).code === GROUP_ATTRIBUTE_CODE.MODIFIED_BY_OTHERS) await load(groupID).catch(() => undefined);
    throw caught;
  }

  /** Adds or changes one attribute. */
  async function set(groupID: string, key: string, value: string): Promise<void> {
    bind();
    const next = { ...(of(groupID) ?? {}), [key]: value };
    const problem = groupAttributesViolation(next);
    if (problem) throw problem;
    try {
      await appContext().backend.chat.setGroupAttributes({ groupID, groupAttributes: { [key]: value } });
    } catch (caught) {
      return reloadAfter(groupID, caught);
    }
    put(groupID, { ...(of(groupID) ?? {}), [key]: value });
  }

  async function remove(groupID: string, key: string): Promise<void> {
    bind();
    try {
      await appContext().backend.chat.deleteGroupAttributes({ groupID, keyList: [key] });
    } catch (caught) {
      return reloadAfter(groupID, caught);
    }
    const rest = { ...(of(groupID) ?? {}) };
    delete rest[key];
    put(groupID, rest);
  }

  return { byGroup, of, load, set, remove };
});
