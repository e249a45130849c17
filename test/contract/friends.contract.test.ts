/**
 * The relationship chain in the SDK's terms only (seed 004, relationship-module.js), so that every assertion
 * holds on Tencent Cloud Chat too (CHAT_BACKEND=cloud). Limits that need thousands of accounts (3000 friends,
 * 100 pending requests) and the 32 friend groups are covered by the embedded service's unit tests.
 */
import { EVENT, TYPES } from '@/src/chat/constants';
import type { AddFriendOptions } from '@/src/chat/port';
import { eventsDuring, freshUserID, rejectionCode, teardown } from './harness';
import { isSchemaFailure, refusal } from './group-helpers';
import {
  CUSTOM_KEY,
  WEB,
  befriend,
  createFriendUsers,
  groupsUpdate,
  ids,
  listUpdate,
  raw,
  relationState,
  requestsUpdate,
  setAllowType,
  uid,
} from './friend-helpers';

jest.setTimeout(90_000);
afterEach(teardown);

describe('friend list', () => {
  it('a new account has no friends, no requests and no friend groups', async () => {
    const [alice] = await createFriendUsers(1);
    await expect(alice.getFriendList()).resolves.toEqual({ code: 0, data: [] });
    await expect(alice.getFriendApplicationList()).resolves.toEqual({ code: 0, data: { friendApplicationList: [], unreadCount: 0 } });
    await expect(alice.getFriendGroupList()).resolves.toEqual({ code: 0, data: [] });
  });

  it('addFriend to someone who accepts anyone adds both ways by default and both lists announce it', async () => {
    const [alice, bob] = await createFriendUsers(2);
    const aliceSees = listUpdate(alice, (list) => list.some((friend) => friend.userID === uid(bob)));
    const bobSees = listUpdate(bob, (list) => list.some((friend) => friend.userID === uid(alice)));
    await expect(alice.addFriend({ to: uid(bob), source: WEB })).resolves.toEqual({ code: 0, data: { userID: uid(bob), code: 0 } });
    const [aliceEvent] = await Promise.all([aliceSees, bobSees]);

    const friend = aliceEvent.data.find((entry) => entry.userID === uid(bob));
    expect(friend).toMatchObject({ userID: uid(bob), remark: '', groupList: [], source: WEB, friendCustomField: [] });
    expect(typeof friend?.addTime).toBe('number');
    expect(friend?.profile.userID).toBe(uid(bob));
    expect(ids((await alice.getFriendList()).data)).toEqual([uid(bob)]);
    expect(ids((await bob.getFriendList()).data)).toEqual([uid(alice)]);
    const check = await alice.checkFriend({ userIDList: [uid(bob)] });
    expect(check.data).toEqual({ successUserIDList: [{ userID: uid(bob), code: 0, relation: TYPES.SNS_TYPE_BOTH_WAY }], failureUserIDList: [] });
  });

  it('addFriend with a remark and a group name: the friend carries both and the group exists', async () => {
    const [alice, bob] = await createFriendUsers(2);
    const seen = listUpdate(alice, (list) => list.some((friend) => friend.userID === uid(bob)));
    await alice.addFriend({ to: uid(bob), source: WEB, remark: 'Bobby', groupName: 'Work' });
    const friend = (await seen).data.find((entry) => entry.userID === uid(bob));
    expect(friend).toMatchObject({ remark: 'Bobby', groupList: ['Work'] });
    const groups = (await alice.getFriendGroupList()).data;
    expect(groups).toEqual([{ name: 'Work', userIDList: [uid(bob)], count: 1 }]);
  });

  it('Add_Type_Single adds one way: the checks from each side say so', async () => {
    const [alice, bob] = await createFriendUsers(2);
    const seen = listUpdate(alice, (list) => list.some((friend) => friend.userID === uid(bob)));
    await alice.addFriend({ to: uid(bob), source: WEB, type: TYPES.SNS_ADD_TYPE_SINGLE });
    await seen;
    expect((await bob.getFriendList()).data).toEqual([]);
    const fromAlice = (await alice.checkFriend({ userIDList: [uid(bob)], type: TYPES.SNS_CHECK_TYPE_BOTH })).data.successUserIDList;
    expect(fromAlice).toEqual([{ userID: uid(bob), code: 0, relation: TYPES.SNS_TYPE_A_WITH_B }]);
    const fromBob = (await bob.checkFriend({ userIDList: [uid(alice)], type: TYPES.SNS_CHECK_TYPE_BOTH })).data.successUserIDList;
    expect(fromBob).toEqual([{ userID: uid(alice), code: 0, relation: TYPES.SNS_TYPE_B_WITH_A }]);
    const single = (await bob.checkFriend({ userIDList: [uid(alice)], type: TYPES.SNS_CHECK_TYPE_SINGLE })).data.successUserIDList;
    expect(single).toEqual([{ userID: uid(alice), code: 0, relation: TYPES.SNS_TYPE_NO_RELATION }]);
  });

  it('checkFriend of a stranger is NoRelation', async () => {
    const [alice, carol] = await createFriendUsers(2);
    const result = (await alice.checkFriend({ userIDList: [uid(carol)] })).data;
    expect(result).toEqual({ successUserIDList: [{ userID: uid(carol), code: 0, relation: TYPES.SNS_TYPE_NO_RELATION }], failureUserIDList: [] });
  });

  it('addFriend to someone who accepts no one is refused with 30516 and changes nothing', async () => {
    const [alice, bob] = await createFriendUsers(2);
    await setAllowType(bob, TYPES.ALLOW_TYPE_DENY_ANY);
    const [aliceBefore, bobBefore] = [await relationState(alice), await relationState(bob)];
    expect(await rejectionCode(alice.addFriend({ to: uid(bob), source: WEB }))).toBe(30516);
    expect(await relationState(alice)).toEqual(aliceBefore);
    expect(await relationState(bob)).toEqual(bobBefore);
  });

  it('addFriend to a friend is refused with 30001 and changes nothing', async () => {
    const [alice, bob] = await createFriendUsers(2);
    await befriend(alice, bob);
    const before = await relationState(alice);
    expect(await rejectionCode(alice.addFriend({ to: uid(bob), source: WEB, remark: 'again' }))).toBe(30001);
    expect(await relationState(alice)).toEqual(before);
  });

  it('addFriend to an account that does not exist is refused', async () => {
    const [alice] = await createFriendUsers(1);
    const code = await rejectionCode(alice.addFriend({ to: freshUserID('nobody'), source: WEB }));
    expect(code).toBe(30003);
    expect((await alice.getFriendList()).data).toEqual([]);
  });

  it('the SDK refuses a source without AddSource_Type_ or with a long keyword, and a remark over 96 characters', async () => {
    const [alice, bob] = await createFriendUsers(2);
    const attempts: AddFriendOptions[] = [
      raw<AddFriendOptions>({ to: uid(bob) }),
      { to: uid(bob), source: 'Web' },
      { to: uid(bob), source: 'AddSource_Type_Somewhere' },
      { to: uid(bob), source: WEB, remark: 'r'.repeat(97) },
      raw<AddFriendOptions>({ source: WEB }),
    ];
    for (const options of attempts) expect(isSchemaFailure(await refusal(() => alice.addFriend(options)))).toBe(true);
    expect((await alice.getFriendList()).data).toEqual([]);
    expect((await bob.getFriendList()).data).toEqual([]);
  });

  it('the service refuses with 30001 a remark over 96 bytes, a greeting over 256 bytes and a group name over 30 bytes', async () => {
    const [alice, bob] = await createFriendUsers(2);
    const before = await relationState(alice);
    // 33 Chinese characters: within the SDK's 96-character check, 99 bytes on the server.
    expect(await rejectionCode(alice.addFriend({ to: uid(bob), source: WEB, remark: '好'.repeat(33) }))).toBe(30001);
    expect(await rejectionCode(alice.addFriend({ to: uid(bob), source: WEB, wording: 'w'.repeat(257) }))).toBe(30001);
    expect(await rejectionCode(alice.addFriend({ to: uid(bob), source: WEB, groupName: 'g'.repeat(31) }))).toBe(30001);
    expect(await relationState(alice)).toEqual(before);
    expect((await bob.getFriendList()).data).toEqual([]);
  });
});

describe('friend requests', () => {
  it('to someone who confirms: resolves with 30539, the sender lists it as sent, the receiver as received and unread', async () => {
    const [alice, bob] = await createFriendUsers(2);
    await setAllowType(bob, TYPES.ALLOW_TYPE_NEED_CONFIRM);
    const sent = requestsUpdate(alice, (result) => result.friendApplicationList.some((entry) => entry.userID === uid(bob)));
    const received = requestsUpdate(bob, (result) => result.friendApplicationList.some((entry) => entry.userID === uid(alice)));
    const response = await alice.addFriend({ to: uid(bob), source: WEB, wording: 'Hello Bob' });
    expect(response.data).toMatchObject({ userID: uid(bob), code: 30539 });

    const aliceList = (await sent).data;
    expect(aliceList.friendApplicationList).toEqual([
      expect.objectContaining({ userID: uid(bob), type: TYPES.SNS_APPLICATION_SENT_BY_ME, wording: 'Hello Bob', source: WEB }),
    ]);
    expect(aliceList.unreadCount).toBe(0);
    const bobList = (await received).data;
    expect(bobList.friendApplicationList).toEqual([
      expect.objectContaining({ userID: uid(alice), type: TYPES.SNS_APPLICATION_SENT_TO_ME, wording: 'Hello Bob', source: WEB }),
    ]);
    expect(bobList.unreadCount).toBe(1);
    expect(typeof bobList.friendApplicationList[0].time).toBe('number');
    expect((await alice.getFriendList()).data).toEqual([]);
    expect((await bob.getFriendList()).data).toEqual([]);
  });

  it('accepting (AgreeAndAdd by default) makes both friends with their remarks and empties both request lists', async () => {
    const [alice, bob] = await createFriendUsers(2);
    await setAllowType(bob, TYPES.ALLOW_TYPE_NEED_CONFIRM);
    const waiting = requestsUpdate(bob, (result) => result.friendApplicationList.length === 1);
    await alice.addFriend({ to: uid(bob), source: WEB, remark: 'Bob from work' });
    await waiting;

    const aliceSees = listUpdate(alice, (list) => list.some((friend) => friend.userID === uid(bob)));
    const bobSees = listUpdate(bob, (list) => list.some((friend) => friend.userID === uid(alice)));
    const aliceRequests = requestsUpdate(alice, (result) => result.friendApplicationList.length === 0);
    const bobRequests = requestsUpdate(bob, (result) => result.friendApplicationList.length === 0);
    await expect(bob.acceptFriendApplication({ userID: uid(alice), remark: 'Alice' })).resolves.toMatchObject({ code: 0 });
    await Promise.all([aliceSees, bobSees, aliceRequests, bobRequests]);

    expect((await alice.getFriendList()).data).toEqual([expect.objectContaining({ userID: uid(bob), remark: 'Bob from work' })]);
    expect((await bob.getFriendList()).data).toEqual([expect.objectContaining({ userID: uid(alice), remark: 'Alice' })]);
    expect((await bob.getFriendApplicationList()).data).toEqual({ friendApplicationList: [], unreadCount: 0 });
  });

  it('accepting with Response_Action_Agree adds one way: the sender lists the receiver only', async () => {
    const [alice, bob] = await createFriendUsers(2);
    await setAllowType(bob, TYPES.ALLOW_TYPE_NEED_CONFIRM);
    const waiting = requestsUpdate(bob, (result) => result.friendApplicationList.length === 1);
    await alice.addFriend({ to: uid(bob), source: WEB });
    await waiting;
    const aliceSees = listUpdate(alice, (list) => list.some((friend) => friend.userID === uid(bob)));
    await bob.acceptFriendApplication({ userID: uid(alice), type: TYPES.SNS_APPLICATION_AGREE });
    await aliceSees;
    expect((await bob.getFriendList()).data).toEqual([]);
    const check = (await bob.checkFriend({ userIDList: [uid(alice)] })).data.successUserIDList;
    expect(check).toEqual([{ userID: uid(alice), code: 0, relation: TYPES.SNS_TYPE_B_WITH_A }]);
  });

  it('refusing empties both request lists and makes no friends', async () => {
    const [alice, bob] = await createFriendUsers(2);
    await setAllowType(bob, TYPES.ALLOW_TYPE_NEED_CONFIRM);
    const waiting = requestsUpdate(bob, (result) => result.friendApplicationList.length === 1);
    await alice.addFriend({ to: uid(bob), source: WEB });
    await waiting;
    const aliceRequests = requestsUpdate(alice, (result) => result.friendApplicationList.length === 0);
    await expect(bob.refuseFriendApplication({ userID: uid(alice) })).resolves.toMatchObject({ code: 0 });
    await aliceRequests;
    expect((await bob.getFriendApplicationList()).data.friendApplicationList).toEqual([]);
    expect((await alice.getFriendList()).data).toEqual([]);
    expect((await bob.getFriendList()).data).toEqual([]);
  });

  it('deleteFriendApplication removes a received request from the receiver’s list only; a request not listed is 2716', async () => {
    const [alice, bob] = await createFriendUsers(2);
    await setAllowType(bob, TYPES.ALLOW_TYPE_NEED_CONFIRM);
    const waiting = requestsUpdate(bob, (result) => result.friendApplicationList.length === 1);
    await alice.addFriend({ to: uid(bob), source: WEB });
    await waiting;

    const before = await relationState(bob);
    expect(await rejectionCode(bob.deleteFriendApplication({ userID: uid(alice), type: TYPES.SNS_APPLICATION_SENT_BY_ME }))).toBe(2716);
    expect(await rejectionCode(bob.deleteFriendApplication({ userID: freshUserID('nobody') }))).toBe(2716);
    expect(await relationState(bob)).toEqual(before);

    const emptied = requestsUpdate(bob, (result) => result.friendApplicationList.length === 0);
    await expect(bob.deleteFriendApplication({ userID: uid(alice) })).resolves.toEqual({ code: 0, data: {} });
    await emptied;
    expect((await alice.getFriendApplicationList()).data.friendApplicationList).toEqual([
      expect.objectContaining({ userID: uid(bob), type: TYPES.SNS_APPLICATION_SENT_BY_ME }),
    ]);
  });

  it('accepting or refusing a request that is not there is refused with 30614 and changes nothing', async () => {
    const [alice, bob] = await createFriendUsers(2);
    const [aliceBefore, bobBefore] = [await relationState(alice), await relationState(bob)];
    expect(await rejectionCode(bob.acceptFriendApplication({ userID: uid(alice) }))).toBe(30614);
    expect(await rejectionCode(bob.refuseFriendApplication({ userID: uid(alice) }))).toBe(30614);
    expect(isSchemaFailure(await refusal(() => bob.acceptFriendApplication(raw({}))))).toBe(true);
    expect(await relationState(alice)).toEqual(aliceBefore);
    expect(await relationState(bob)).toEqual(bobBefore);
  });

  it('setFriendApplicationRead brings the unread count to 0', async () => {
    const [alice, bob] = await createFriendUsers(2);
    await setAllowType(bob, TYPES.ALLOW_TYPE_NEED_CONFIRM);
    const waiting = requestsUpdate(bob, (result) => result.unreadCount === 1);
    await alice.addFriend({ to: uid(bob), source: WEB });
    await waiting;
    const read = requestsUpdate(bob, (result) => result.unreadCount === 0 && result.friendApplicationList.length === 1);
    await expect(bob.setFriendApplicationRead()).resolves.toMatchObject({ code: 0 });
    await read;
    expect((await bob.getFriendApplicationList()).data.unreadCount).toBe(0);
  });
});

describe('deleting, checking and updating friends', () => {
  it('deleteFriend removes both ways by default; a user who is not a friend fails with 2700', async () => {
    const [alice, bob, carol] = await createFriendUsers(3);
    await befriend(alice, bob);
    const aliceSees = listUpdate(alice, (list) => list.length === 0);
    const bobSees = listUpdate(bob, (list) => list.length === 0);
    const response = await alice.deleteFriend({ userIDList: [uid(bob), uid(carol)] });
    expect(response.data.successUserIDList).toEqual([{ userID: uid(bob) }]);
    expect(response.data.failureUserIDList).toEqual([expect.objectContaining({ userID: uid(carol), code: 2700 })]);
    await Promise.all([aliceSees, bobSees]);
    expect((await bob.getFriendList()).data).toEqual([]);
  });

  it('Delete_Type_Single keeps the caller on the other user’s list', async () => {
    const [alice, bob] = await createFriendUsers(2);
    await befriend(alice, bob);
    const aliceSees = listUpdate(alice, (list) => list.length === 0);
    await alice.deleteFriend({ userIDList: [uid(bob)], type: TYPES.SNS_DELETE_TYPE_SINGLE });
    await aliceSees;
    expect(ids((await bob.getFriendList()).data)).toEqual([uid(alice)]);
    const check = (await alice.checkFriend({ userIDList: [uid(bob)] })).data.successUserIDList;
    expect(check).toEqual([{ userID: uid(bob), code: 0, relation: TYPES.SNS_TYPE_B_WITH_A }]);
  });

  it('deleteFriend of nobody’s friend resolves with every user failed and changes nothing', async () => {
    const [alice, bob] = await createFriendUsers(2);
    const quiet = await eventsDuring(alice, EVENT.FRIEND_LIST_UPDATED, async () => {
      const response = await alice.deleteFriend({ userIDList: [uid(bob)] });
      expect(response.data).toEqual({ successUserIDList: [], failureUserIDList: [expect.objectContaining({ userID: uid(bob), code: 2700 })] });
    });
    expect(quiet).toEqual([]);
  });

  it('getFriendProfile answers friends; others fail with 2700', async () => {
    const [alice, bob, carol] = await createFriendUsers(3);
    await befriend(alice, bob);
    const { data } = await alice.getFriendProfile({ userIDList: [uid(bob), uid(carol)] });
    expect(data.friendList).toEqual([expect.objectContaining({ userID: uid(bob), profile: expect.objectContaining({ userID: uid(bob) }) })]);
    expect(data.failureUserIDList).toEqual([expect.objectContaining({ userID: uid(carol), code: 2700 })]);
  });

  it('updateFriend sets the remark and custom fields, resolves with the friend and announces the list', async () => {
    const [alice, bob] = await createFriendUsers(2);
    await befriend(alice, bob);
    const seen = listUpdate(alice, (list) => list.some((friend) => friend.remark === 'Bobby'));
    const response = await alice.updateFriend({ userID: uid(bob), remark: 'Bobby', friendCustomField: [{ key: CUSTOM_KEY, value: 'blue' }] });
    expect(response.data).toMatchObject({ userID: uid(bob), remark: 'Bobby', friendCustomField: [{ key: CUSTOM_KEY, value: 'blue' }] });
    await seen;
    const again = await alice.updateFriend({ userID: uid(bob), friendCustomField: [{ key: CUSTOM_KEY, value: 'green' }] });
    expect(again.data).toMatchObject({ remark: 'Bobby', friendCustomField: [{ key: CUSTOM_KEY, value: 'green' }] });
    // Bob's own list is not touched by Alice's remark.
    expect((await bob.getFriendList()).data).toEqual([expect.objectContaining({ userID: uid(alice), remark: '' })]);
  });

  it('updateFriend refuses a non-friend (2700), a remark over 96 bytes (30001) and bad custom keys (schema); nothing changes', async () => {
    const [alice, bob, carol] = await createFriendUsers(3);
    await befriend(alice, bob);
    const before = await relationState(alice);
    expect(await rejectionCode(alice.updateFriend({ userID: uid(carol), remark: 'Carol' }))).toBe(2700);
    expect(await rejectionCode(alice.updateFriend({ userID: uid(bob), remark: '好'.repeat(33) }))).toBe(30001);
    expect(isSchemaFailure(await refusal(() => alice.updateFriend({ userID: uid(bob), remark: 'x'.repeat(97) })))).toBe(true);
    expect(isSchemaFailure(await refusal(() => alice.updateFriend({ userID: uid(bob), friendCustomField: [{ key: 'Tag_Profile_Custom_X', value: 'v' }] })))).toBe(true);
    expect(isSchemaFailure(await refusal(() => alice.updateFriend(raw({ userID: uid(bob), friendCustomField: [{ key: CUSTOM_KEY, value: 1 }] }))))).toBe(true);
    expect(await relationState(alice)).toEqual(before);
  });

  it('a friend’s profile change reaches the friend as PROFILE_UPDATED and in the friend list', async () => {
    const [alice, bob] = await createFriendUsers(2);
    await befriend(alice, bob);
    const profile = new Promise<void>((resolve) => {
      alice.on(EVENT.PROFILE_UPDATED, (event) => {
        if (event.data.some((entry) => entry.userID === uid(bob) && entry.nick === 'Bob Builder')) resolve();
      });
    });
    const list = listUpdate(alice, (friends) => friends.some((friend) => friend.profile.nick === 'Bob Builder'));
    await bob.updateMyProfile({ nick: 'Bob Builder' });
    await Promise.all([profile, list]);
  });
});

describe('the blocklist and friends (seed 001)', () => {
  it('blocking a friend ends the friendship both ways', async () => {
    const [alice, bob] = await createFriendUsers(2);
    await befriend(alice, bob);
    const aliceSees = listUpdate(alice, (list) => list.length === 0);
    const bobSees = listUpdate(bob, (list) => list.length === 0);
    await alice.addToBlacklist({ userIDList: [uid(bob)] });
    await Promise.all([aliceSees, bobSees]);
    const check = (await bob.checkFriend({ userIDList: [uid(alice)] })).data.successUserIDList;
    expect(check).toEqual([{ userID: uid(alice), code: 0, relation: TYPES.SNS_TYPE_NO_RELATION }]);
  });

  it('neither side of a block may send a friend request: 30515 for the blocker, 30525 for the blocked', async () => {
    const [alice, bob] = await createFriendUsers(2);
    await alice.addToBlacklist({ userIDList: [uid(bob)] });
    const [aliceBefore, bobBefore] = [await relationState(alice), await relationState(bob)];
    expect(await rejectionCode(alice.addFriend({ to: uid(bob), source: WEB }))).toBe(30515);
    expect(await rejectionCode(bob.addFriend({ to: uid(alice), source: WEB }))).toBe(30525);
    expect(await relationState(alice)).toEqual(aliceBefore);
    expect(await relationState(bob)).toEqual(bobBefore);
  });

  it('blocking drops a request waiting between the two', async () => {
    const [alice, bob] = await createFriendUsers(2);
    await setAllowType(bob, TYPES.ALLOW_TYPE_NEED_CONFIRM);
    const waiting = requestsUpdate(bob, (result) => result.friendApplicationList.length === 1);
    await alice.addFriend({ to: uid(bob), source: WEB });
    await waiting;
    const emptied = requestsUpdate(bob, (result) => result.friendApplicationList.length === 0);
    await bob.addToBlacklist({ userIDList: [uid(alice)] });
    await emptied;
    expect((await alice.getFriendApplicationList()).data.friendApplicationList).toEqual([]);
  });
});

describe('friend groups', () => {
  it('createFriendGroup with friends and a stranger: the friends are in, the stranger fails, the list is announced', async () => {
    const [alice, bob, carol, dave] = await createFriendUsers(4);
    await befriend(alice, bob);
    await befriend(alice, carol);
    const announced = groupsUpdate(alice, (groups) => groups.some((group) => group.name === 'Family'));
    const response = await alice.createFriendGroup({ name: 'Family', userIDList: [uid(bob), uid(carol), uid(dave)] });
    expect(response.data.friendGroup).toMatchObject({ name: 'Family', count: 2 });
    expect([...response.data.friendGroup.userIDList].sort()).toEqual([uid(bob), uid(carol)].sort());
    expect(response.data.failureUserIDList).toEqual([expect.objectContaining({ userID: uid(dave) })]);
    await announced;
    const bobEntry = (await alice.getFriendList()).data.find((friend) => friend.userID === uid(bob));
    expect(bobEntry?.groupList).toEqual(['Family']);
  });

  it('a name in use is 2710, a name over 30 bytes 30001, an unknown group 2711; nothing changes', async () => {
    const [alice, bob] = await createFriendUsers(2);
    await befriend(alice, bob);
    await alice.createFriendGroup({ name: 'Family', userIDList: [uid(bob)] });
    const before = await relationState(alice);
    expect(await rejectionCode(alice.createFriendGroup({ name: 'Family', userIDList: [] }))).toBe(2710);
    expect(await rejectionCode(alice.createFriendGroup({ name: '家'.repeat(11), userIDList: [] }))).toBe(30001);
    expect(await rejectionCode(alice.deleteFriendGroup({ name: 'Nope' }))).toBe(2711);
    expect(await rejectionCode(alice.addToFriendGroup({ name: 'Nope', userIDList: [uid(bob)] }))).toBe(2711);
    expect(await rejectionCode(alice.removeFromFriendGroup({ name: 'Nope', userIDList: [uid(bob)] }))).toBe(2711);
    expect(await rejectionCode(alice.renameFriendGroup({ oldName: 'Nope', newName: 'Other' }))).toBe(2711);
    expect(await relationState(alice)).toEqual(before);
  });

  it('addToFriendGroup and removeFromFriendGroup move friends; users who are not friends are left out', async () => {
    const [alice, bob, carol] = await createFriendUsers(3);
    await befriend(alice, bob);
    await alice.createFriendGroup({ name: 'Gym', userIDList: [] });
    const added = await alice.addToFriendGroup({ name: 'Gym', userIDList: [uid(bob), uid(carol)] });
    expect(added.data).toEqual({ friendGroup: { name: 'Gym', userIDList: [uid(bob)], count: 1 }, failureUserIDList: [] });
    const removed = await alice.removeFromFriendGroup({ name: 'Gym', userIDList: [uid(bob)] });
    expect(removed.data.friendGroup).toEqual({ name: 'Gym', userIDList: [], count: 0 });
    expect((await alice.getFriendList()).data[0].groupList).toEqual([]);
  });

  it('renameFriendGroup renames it everywhere; deleteFriendGroup removes it from the friends too', async () => {
    const [alice, bob] = await createFriendUsers(2);
    await befriend(alice, bob);
    await alice.createFriendGroup({ name: 'Old', userIDList: [uid(bob)] });
    const renamed = await alice.renameFriendGroup({ oldName: 'Old', newName: 'New' });
    expect(renamed.data).toEqual({ name: 'New', userIDList: [uid(bob)], count: 1 });
    expect((await alice.getFriendList()).data[0].groupList).toEqual(['New']);
    const deleted = await alice.deleteFriendGroup({ name: 'New' });
    expect(deleted.data).toMatchObject({ name: 'New', userIDList: [] });
    expect((await alice.getFriendGroupList()).data).toEqual([]);
    expect((await alice.getFriendList()).data[0].groupList).toEqual([]);
  });

  it('deleting a friend takes them out of the friend groups', async () => {
    const [alice, bob] = await createFriendUsers(2);
    await befriend(alice, bob);
    await alice.createFriendGroup({ name: 'Close', userIDList: [uid(bob)] });
    const regrouped = groupsUpdate(alice, (groups) => groups.some((group) => group.name === 'Close' && group.count === 0));
    await alice.deleteFriend({ userIDList: [uid(bob)] });
    await regrouped;
    expect((await alice.getFriendGroupList()).data).toEqual([{ name: 'Close', userIDList: [], count: 0 }]);
  });
});
