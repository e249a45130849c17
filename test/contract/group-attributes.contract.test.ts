/**
 * Group attributes in the SDK's terms only (seed 004, group-module.js GroupAttributesHandler), for every group
 * type: SDK 3.6.6 checks no type (its 2641/2642 are gone), and the Web guide lists topics as the only place
 * without them. Codes the docs leave open are asserted as the embedded service answers; the cloud run says
 * whether the real service agrees.
 */
import { EVENT, TYPES } from '@/src/chat/constants';
import type { GroupType } from '@/src/chat/constants';
import type { GroupAttributesUpdate } from '@/src/chat/group-attribute-types';
import type { InitGroupAttributesOptions } from '@/src/chat/port';
import { eventsDuring, rejectionCode, teardown, waitForEvent } from './harness';
import { ALL_TYPES, createGroupOf, isSchemaFailure, refusal } from './group-helpers';
import { createFriendUsers, raw } from './friend-helpers';
import type { FriendClient } from './friend-helpers';

jest.setTimeout(90_000);
afterEach(teardown);

function attributesUpdate(chat: FriendClient, groupID: string, matches: (update: GroupAttributesUpdate) => boolean) {
  return waitForEvent(chat, EVENT.GROUP_ATTRIBUTES_UPDATED, (event) => event.data.groupID === groupID && matches(event.data));
}

async function room(type: GroupType): Promise<{ groupID: string; owner: FriendClient; member: FriendClient; outsider: FriendClient }> {
  const [owner, member, outsider] = await createFriendUsers(3);
  const group = await createGroupOf(owner, type, [member]);
  return { groupID: group.groupID, owner, member, outsider };
}

async function all(chat: FriendClient, groupID: string): Promise<Record<string, string>> {
  return (await chat.getGroupAttributes({ groupID, keyList: [] })).data.groupAttributes;
}

describe.each(ALL_TYPES)('group attributes in a %s group', (type) => {
  it('init, set, get and delete; every member hears GROUP_ATTRIBUTES_UPDATED with what changed', async () => {
    const { groupID, owner, member } = await room(type);
    const ownerHears = attributesUpdate(owner, groupID, (update) => update.updatedKeyList.includes('seat1'));
    const memberHears = attributesUpdate(member, groupID, (update) => update.updatedKeyList.includes('seat1'));
    const init = await owner.initGroupAttributes({ groupID, groupAttributes: { seat1: 'alice', seat2: '' } });
    expect(init).toEqual({ code: 0, data: { groupAttributes: { seat1: 'alice', seat2: '' } } });
    const [ownerEvent, memberEvent] = await Promise.all([ownerHears, memberHears]);
    for (const event of [ownerEvent, memberEvent]) {
      expect(event.data.groupAttributes).toEqual({ seat1: 'alice', seat2: '' });
      expect([...event.data.updatedKeyList].sort()).toEqual(['seat1', 'seat2']);
      expect(event.data.deletedKeyList).toEqual([]);
    }

    const changed = attributesUpdate(member, groupID, (update) => update.updatedKeyList.includes('seat2'));
    await expect(owner.setGroupAttributes({ groupID, groupAttributes: { seat2: 'bob' } })).resolves.toEqual({
      code: 0,
      data: { groupAttributes: { seat2: 'bob' } },
    });
    expect((await changed).data).toEqual({ groupID, groupAttributes: { seat1: 'alice', seat2: 'bob' }, updatedKeyList: ['seat2'], deletedKeyList: [] });
    await expect(member.getGroupAttributes({ groupID, keyList: ['seat2', 'nope'] })).resolves.toEqual({ code: 0, data: { groupAttributes: { seat2: 'bob' } } });

    const removed = attributesUpdate(member, groupID, (update) => update.deletedKeyList.includes('seat1'));
    await expect(owner.deleteGroupAttributes({ groupID, keyList: ['seat1'] })).resolves.toEqual({ code: 0, data: { keyList: ['seat1'] } });
    expect((await removed).data.groupAttributes).toEqual({ seat2: 'bob' });

    const cleared = attributesUpdate(member, groupID, (update) => update.deletedKeyList.includes('seat2'));
    await expect(owner.deleteGroupAttributes({ groupID, keyList: [] })).resolves.toEqual({ code: 0, data: { keyList: ['seat2'] } });
    await cleared;
    expect(await all(owner, groupID)).toEqual({});
  });

  it('someone outside the group may not use its attributes; nothing changes', async () => {
    const { groupID, owner, outsider } = await room(type);
    await owner.initGroupAttributes({ groupID, groupAttributes: { topic: 'hello' } });
    expect(await rejectionCode(outsider.initGroupAttributes({ groupID, groupAttributes: { topic: 'spam' } }))).toBe(10007);
    expect(await rejectionCode(outsider.setGroupAttributes({ groupID, groupAttributes: { topic: 'spam' } }))).toBe(10007);
    expect(await rejectionCode(outsider.deleteGroupAttributes({ groupID, keyList: [] }))).toBe(10007);
    expect(await rejectionCode(outsider.getGroupAttributes({ groupID, keyList: [] }))).toBe(10007);
    expect(await all(owner, groupID)).toEqual({ topic: 'hello' });
  });
});

describe('group attribute limits and conflicts', () => {
  it('more than 16 keys, a key over 32 bytes, a value over 4 KB, over 16 KB in all: refused with 10004, nothing changes', async () => {
    const { groupID, owner } = await room(ALL_TYPES[1]);
    await owner.initGroupAttributes({ groupID, groupAttributes: { keep: 'me' } });
    const seventeen = Object.fromEntries(Array.from({ length: 17 }, (_, index) => [`k${index}`, 'v']));
    const tooBig = Object.fromEntries(Array.from({ length: 5 }, (_, index) => [`k${index}`, 'v'.repeat(4000)]));
    const attempts: Array<Record<string, string>> = [seventeen, { ['k'.repeat(33)]: 'v' }, { big: 'v'.repeat(4097) }, tooBig];
    const quiet = await eventsDuring(owner, EVENT.GROUP_ATTRIBUTES_UPDATED, async () => {
      for (const groupAttributes of attempts) {
        expect(await rejectionCode(owner.setGroupAttributes({ groupID, groupAttributes }))).toBe(10004);
      }
      expect(await rejectionCode(owner.initGroupAttributes({ groupID, groupAttributes: seventeen }))).toBe(10004);
    });
    expect(quiet).toEqual([]);
    expect(await all(owner, groupID)).toEqual({ keep: 'me' });
  });

  it('the SDK refuses empty or non-string attributes and a missing keyList', async () => {
    const { groupID, owner } = await room(ALL_TYPES[1]);
    const attempts: Array<() => Promise<unknown>> = [
      () => owner.initGroupAttributes({ groupID, groupAttributes: {} }),
      () => owner.setGroupAttributes(raw<InitGroupAttributesOptions>({ groupID, groupAttributes: { seat: 1 } })),
      () => owner.getGroupAttributes(raw({ groupID })),
      () => owner.deleteGroupAttributes(raw({ groupID, keyList: [1] })),
      () => owner.initGroupAttributes(raw({ groupAttributes: { seat: 'x' } })),
    ];
    for (const attempt of attempts) expect(isSchemaFailure(await refusal(attempt))).toBe(true);
    expect(await all(owner, groupID)).toEqual({});
  });

  it('a change from a view that missed another member’s change is refused with 10056 until the attributes are read again', async () => {
    const [owner, member, late] = await createFriendUsers(3);
    // A Work group: any member may invite, so `late` can join after the attributes were set.
    const { groupID } = await createGroupOf(owner, TYPES.GRP_WORK, [member]);
    const heard = attributesUpdate(member, groupID, (update) => update.updatedKeyList.includes('seat1'));
    await owner.initGroupAttributes({ groupID, groupAttributes: { seat1: 'owner' } });
    await heard;
    await owner.addGroupMember({ groupID, userIDList: [late.getLoginUser()] });

    // `late` was not in the group when seat1 was set: its instance has never seen it.
    expect(await rejectionCode(late.setGroupAttributes({ groupID, groupAttributes: { seat1: 'late' } }))).toBe(10056);
    expect(await rejectionCode(late.deleteGroupAttributes({ groupID, keyList: ['seat1'] }))).toBe(10056);
    expect(await all(owner, groupID)).toEqual({ seat1: 'owner' });

    // The member heard the change and is up to date; `late` is, once it has read the attributes.
    await expect(member.setGroupAttributes({ groupID, groupAttributes: { seat1: 'member' } })).resolves.toMatchObject({ code: 0 });
    expect(await all(late, groupID)).toEqual({ seat1: 'member' });
    // The owner's instance answers from its copy, which the change's notice brings up to date.
    const ownerHears = attributesUpdate(owner, groupID, (update) => update.groupAttributes.seat1 === 'late');
    await expect(late.setGroupAttributes({ groupID, groupAttributes: { seat1: 'late' } })).resolves.toMatchObject({ code: 0 });
    await ownerHears;
    expect(await all(owner, groupID)).toEqual({ seat1: 'late' });
  });
});
