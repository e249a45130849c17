import { TYPES } from '@/src/chat/constants';
import type { Gateway } from './gateway';
import { cloudClient, signIn, startGateway, teardown } from './harness';

let gateway: Gateway;
beforeEach(() => {
  gateway = startGateway();
  gateway.addUser('alice');
  gateway.addUser('bob', { Tag_Profile_IM_Nick: 'Bob', Tag_Profile_IM_Gender: 'Gender_Type_Male' });
});
afterEach(() => teardown(gateway));

// Issue 13, item 6.
describe('what the real SDK leaves open', () => {
  test('an unset gender reads as GENDER_UNKNOWN, a set one as it is', async () => {
    const chat = cloudClient();
    await signIn(chat, 'alice');

    expect((await chat.getMyProfile()).data.gender).toBe(TYPES.GENDER_UNKNOWN);
    const profiles = (await chat.getUserProfile({ userIDList: ['alice', 'bob'] })).data;
    expect(Object.fromEntries(profiles.map((p) => [p.userID, p.gender]))).toEqual({
      alice: TYPES.GENDER_UNKNOWN,
      bob: TYPES.GENDER_MALE,
    });
  });

  test("without the status feature (3122) others' status reads as no status, not as a failed call", async () => {
    const chat = cloudClient();
    await signIn(chat, 'alice');

    const status = await chat.getUserStatus({ userIDList: ['bob'] });
    expect(status.data.successUserList).toEqual([]);
    expect(status.data.failureUserList).toEqual([{ userID: 'bob', code: 3122, message: expect.any(String) }]);
    const subscribed = await chat.subscribeUserStatus({ userIDList: ['bob'] });
    expect(subscribed.data.failureUserList.map((f) => f.code)).toEqual([3122]);
    await expect(chat.unsubscribeUserStatus({ userIDList: ['bob'] })).resolves.toMatchObject({ code: 0 });
  });

  test('with the feature, the service’s answer passes through', async () => {
    gateway.userStatusEnabled = true;
    const chat = cloudClient();
    await signIn(chat, 'alice');

    const status = await chat.getUserStatus({ userIDList: ['bob'] });
    expect(status.data.failureUserList).toEqual([]);
    expect(status.data.successUserList.map((s) => s.userID)).toEqual(['bob']);
  });

  test('a member change in a group the SDK has not listed yet answers the group and the member', async () => {
    const chat = cloudClient();
    await signIn(chat, 'alice');
    // Made an owner elsewhere after the SDK synced its group list (no push reached this client).
    gateway.addGroup({
      groupID: 'team',
      type: 'Public',
      name: 'Team',
      ownerID: 'alice',
      joinOption: 'NeedPermission',
      members: [
        { userID: 'alice', role: 'Owner' },
        { userID: 'bob', role: 'Member' },
      ],
    });

    const { data } = await chat.setGroupMemberMuteTime({ groupID: 'team', userID: 'bob', muteTime: 600 });

    expect(data.group).toMatchObject({ groupID: 'team', name: 'Team' });
    expect(data.member).toMatchObject({ userID: 'bob', role: TYPES.GRP_MBR_ROLE_MEMBER });
    expect(data.member.muteUntil).toBeGreaterThan(Date.now() / 1000);
  });
});
