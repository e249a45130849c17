import { EVENT, TYPES } from '@/src/chat/constants';
import type { Friend, FriendApplicationListResult } from '@/src/chat/friend-types';
import type { Gateway } from './gateway';
import { cloudClient, signIn, startGateway, teardown, until } from './harness';
import { friendItem, friendPage, resultItems } from './wire';

const WEB = 'AddSource_Type_Web';

let gateway: Gateway;
beforeEach(() => {
  gateway = startGateway();
  gateway.addUser('alice');
  gateway.addUser('bob', { Tag_Profile_IM_Nick: 'Bob', Tag_Profile_IM_Gender: '' });
  gateway.addUser('carol', { Tag_Profile_IM_Nick: 'Carol' });
  gateway.handle('friend_get', () => friendPage([friendItem('bob', { remark: 'Bobby', addTime: 1_700_000_000, source: WEB, groups: ['Coffee'] })]));
  gateway.handle('pendency_get', () => ({
    PendencyItem: [{ To_Account: 'carol', PendencyType: TYPES.SNS_APPLICATION_SENT_TO_ME, AddSource: WEB, AddWording: 'Hi, it’s Carol', AddTime: 1_700_000_050, Nick: 'Carol' }],
    UnreadPendencyCount: 1,
    StartTime: 0,
    CurrentSequence: 1,
  }));
});
afterEach(() => teardown(gateway));

// Issue 12: the relationship chain goes to the real SDK; the app gets plain copies in friend-types.ts's shapes.
describe('friends through the real SDK', () => {
  test('getFriendList answers the friends the SDK synced at sign-in, as our Friend', async () => {
    const chat = cloudClient();
    const pushed: Friend[][] = [];
    chat.on(EVENT.FRIEND_LIST_UPDATED, (event) => pushed.push(event.data));
    await signIn(chat, 'alice');
    // The SDK fills each friend's profile from a profile request after the list (FriendHandler._pagingGetFriendProfile).
    await until(() => pushed.some((list) => list[0]?.profile.nick === 'Bob'));

    const { data } = await chat.getFriendList();

    expect(data).toHaveLength(1);
    const [bob] = data;
    expect(bob).toMatchObject({ userID: 'bob', remark: 'Bobby', groupList: ['Coffee'], source: WEB, addTime: 1_700_000_000, friendCustomField: [] });
    expect(Object.keys(bob).sort()).toEqual(['addTime', 'friendCustomField', 'groupList', 'profile', 'remark', 'source', 'userID']);
    // An unset gender reads as "not set", as everywhere else in the app.
    expect(bob.profile).toMatchObject({ userID: 'bob', nick: 'Bob', gender: TYPES.GENDER_UNKNOWN });
    expect(pushed.at(-1)).toEqual(data);
    // A copy: the app changing it does not change the SDK's list.
    bob.groupList.push('Tea');
    expect((await chat.getFriendList()).data[0].groupList).toEqual(['Coffee']);
  });

  test('addFriend to someone who must approve resolves with 30539 (the request waits)', async () => {
    gateway.handle('friend_add', () => resultItems([{ userID: 'carol', code: 30539, info: 'pending' }]));
    const chat = cloudClient();
    await signIn(chat, 'alice');

    const { data } = await chat.addFriend({ to: 'carol', source: WEB, wording: 'Hello' });

    expect(data).toEqual({ userID: 'carol', code: 30539, message: expect.any(String) });
    expect(gateway.commandsOf('friend_add').map((entry) => entry.body)).toEqual([
      { From_Account: 'alice', AddFriendItem: [{ To_Account: 'carol', AddSource: WEB, AddWording: 'Hello' }], AddType: TYPES.SNS_ADD_TYPE_BOTH },
    ]);
  });

  test('addFriend refused by the service rejects with its code (30525: on the user’s blocklist)', async () => {
    gateway.handle('friend_add', () => resultItems([{ userID: 'carol', code: 30525, info: 'in blacklist' }]));
    const chat = cloudClient();
    await signIn(chat, 'alice');

    await expect(chat.addFriend({ to: 'carol', source: WEB })).rejects.toMatchObject({ code: 30525 });
  });

  test('requests: the list in our shape; accept, refuse and mark read answer { code: 0, data: {} } (the SDK: undefined)', async () => {
    gateway.handle('friend_response', (_userID, body) => {
      const [item] = body.ResponseFriendItem as Array<{ To_Account: string }>;
      return resultItems([{ userID: item.To_Account, code: 0 }]);
    });
    const chat = cloudClient();
    const updates: FriendApplicationListResult[] = [];
    chat.on(EVENT.FRIEND_APPLICATION_LIST_UPDATED, (event) => updates.push(event.data));
    await signIn(chat, 'alice');
    await until(() => updates.length > 0);

    expect((await chat.getFriendApplicationList()).data).toEqual({
      friendApplicationList: [
        { userID: 'carol', avatar: '', nick: 'Carol', time: 1_700_000_050, source: WEB, wording: 'Hi, it’s Carol', type: TYPES.SNS_APPLICATION_SENT_TO_ME },
      ],
      unreadCount: 1,
    });
    expect(updates[0].friendApplicationList.map((application) => application.userID)).toEqual(['carol']);

    await expect(chat.setFriendApplicationRead()).resolves.toEqual({ code: 0, data: {} });
    await expect(chat.acceptFriendApplication({ userID: 'carol', remark: 'C.' })).resolves.toEqual({ code: 0, data: {} });
    await expect(chat.refuseFriendApplication({ userID: 'carol' })).resolves.toEqual({ code: 0, data: {} });
    expect(gateway.commandsOf('friend_response').map((entry) => entry.body.ResponseFriendItem)).toEqual([
      [{ To_Account: 'carol', Remark: 'C.', ResponseAction: TYPES.SNS_APPLICATION_AGREE_AND_ADD }],
      [{ To_Account: 'carol', ResponseAction: 'Response_Action_Reject' }],
    ]);
    expect(gateway.commandsOf('pendency_report')).toHaveLength(1);
  });
});
