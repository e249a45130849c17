import { createChatAdapter } from '@/src/chat/cloud/adapter';
import { EVENT, TYPES } from '@/src/chat/constants';
import { ChatError } from '@/src/chat/errors';
import type { ChatEvent, UserStatus } from '@/src/chat/types';

import { GROUP, MEMBER, fakeSdk, ok } from './fake-sdk';

describe('createChatAdapter', () => {
  test('login forwards the options and keeps only the typed result', async () => {
    const { sdk } = fakeSdk();
    const chat = createChatAdapter(sdk);
    await expect(chat.login({ userID: 'alice', userSig: 'sig' })).resolves.toEqual({ code: 0, data: { repeatLogin: true } });
    expect(sdk.login).toHaveBeenCalledWith({ userID: 'alice', userSig: 'sig' });
  });

  test('login without repeatLogin in the answer reports false', async () => {
    const { sdk } = fakeSdk();
    sdk.login.mockResolvedValueOnce(ok({}) as never);
    const response = await createChatAdapter(sdk).login({ userID: 'a', userSig: 's' });
    expect(response).toEqual({ code: 0, data: { repeatLogin: false } });
  });

  test('logout, destroy and the synchronous getters forward', async () => {
    const { sdk } = fakeSdk();
    const chat = createChatAdapter(sdk);
    await expect(chat.logout()).resolves.toEqual({ code: 0, data: {} });
    await expect(chat.destroy()).resolves.toBeUndefined();
    expect(chat.isReady()).toBe(true);
    expect(chat.getLoginUser()).toBe('alice');
    expect(sdk.logout).toHaveBeenCalledTimes(1);
    expect(sdk.destroy).toHaveBeenCalledTimes(1);
  });

  test.each([
    ['getMyProfile', undefined, { userID: 'alice', nick: 'Alice', gender: 'Gender_Type_Female' }],
    ['getUserProfile', { userIDList: ['bob'] }, [{ userID: 'bob', gender: 'Gender_Type_Male' }]],
    ['updateMyProfile', { nick: 'A.' }, { userID: 'alice', nick: 'A.', gender: 'Gender_Type_Female' }],
    ['setSelfStatus', { customStatus: 'busy' }, { userID: 'alice', statusType: 1, customStatus: 'busy' }],
    ['getUserStatus', { userIDList: ['bob'] }, { successUserList: [], failureUserList: [] }],
    ['subscribeUserStatus', { userIDList: ['bob'] }, { failureUserList: [] }],
    ['unsubscribeUserStatus', { userIDList: ['bob'] }, { failureUserList: [] }],
  ] as const)('%s forwards its options and resolves { code: 0, data }', async (method, options, data) => {
    const { sdk } = fakeSdk();
    const chat = createChatAdapter(sdk);
    const call = chat[method] as (options?: unknown) => Promise<unknown>;
    await expect(call(options)).resolves.toEqual({ code: 0, data });
    if (options === undefined) expect(sdk[method]).toHaveBeenCalledWith();
    else expect(sdk[method]).toHaveBeenCalledWith(options);
  });

  test.each([
    ['getBlacklist', undefined, ['mallory']],
    ['addToBlacklist', { userIDList: ['bob'] }, ['mallory', 'bob']],
    ['removeFromBlacklist', { userIDList: ['mallory'] }, ['bob']],
    ['getGroupList', undefined, { groupList: [GROUP], isSyncCompleted: true }],
    ['createGroup', { type: TYPES.GRP_WORK, name: 'Group one', memberList: [{ userID: 'bob' }] }, { group: GROUP, overLimitUserIDList: [] }],
    ['joinGroup', { groupID: 'g1' }, { status: TYPES.JOIN_STATUS_WAIT_APPROVAL }],
    ['getGroupMemberList', { groupID: 'g1', count: 30, offset: 0 }, { memberList: [MEMBER], offset: 0 }],
    ['getGroupMemberProfile', { groupID: 'g1', userIDList: ['bob'] }, { memberList: [MEMBER] }],
    ['deleteGroupMember', { groupID: 'g1', userIDList: ['bob'] }, { group: GROUP, userIDList: ['bob'] }],
    ['setGroupMemberRole', { groupID: 'g1', userID: 'bob', role: TYPES.GRP_MBR_ROLE_ADMIN }, { group: GROUP, member: MEMBER }],
    ['setGroupMemberMuteTime', { groupID: 'g1', userID: 'bob', muteTime: 600 }, { group: GROUP, member: MEMBER }],
  ] as const)('%s forwards what it is given and resolves { code: 0, data }', async (method, options, data) => {
    const { sdk } = fakeSdk();
    const call = createChatAdapter(sdk)[method] as (options?: unknown) => Promise<unknown>;
    await expect(call(options)).resolves.toEqual({ code: 0, data });
    if (options === undefined) expect(sdk[method]).toHaveBeenCalledWith();
    else expect(sdk[method]).toHaveBeenCalledWith(options);
  });

  test.each([
    ['dismissGroup', { groupID: 'g1' }],
    ['quitGroup', { groupID: 'g1' }],
    ['searchGroupByID', { group: GROUP }],
    ['getGroupOnlineMemberCount', { memberCount: 3 }],
  ] as const)('%s passes the groupID itself, as the SDK takes it', async (method, data) => {
    const { sdk } = fakeSdk();
    await expect(createChatAdapter(sdk)[method]('g1')).resolves.toEqual({ code: 0, data });
    expect(sdk[method]).toHaveBeenCalledWith('g1');
  });

  test('a refused addToBlacklist rejects with the SDK error (2742 for blocking only yourself)', async () => {
    const { sdk } = fakeSdk();
    const imError = Object.assign(new Error('cannot add yourself'), { code: 2742 });
    sdk.addToBlacklist.mockRejectedValueOnce(imError);
    await expect(createChatAdapter(sdk).addToBlacklist({ userIDList: ['alice'] })).rejects.toBe(imError);
  });

  test('unsubscribeUserStatus without options cancels all subscriptions', async () => {
    const { sdk } = fakeSdk();
    await createChatAdapter(sdk).unsubscribeUserStatus();
    expect(sdk.unsubscribeUserStatus).toHaveBeenCalledWith({ userIDList: undefined });
  });

  test("rejections are the SDK's own imError, untouched", async () => {
    const { sdk } = fakeSdk();
    const imError = Object.assign(new Error('profile value too long'), { code: 40601 });
    sdk.updateMyProfile.mockRejectedValueOnce(imError);
    await expect(createChatAdapter(sdk).updateMyProfile({ nick: 'x'.repeat(600) })).rejects.toBe(imError);
  });

  test('an answer without data is a ChatError rather than undefined data', async () => {
    const { sdk } = fakeSdk();
    sdk.getMyProfile.mockResolvedValueOnce(undefined as never);
    await expect(createChatAdapter(sdk).getMyProfile()).rejects.toBeInstanceOf(ChatError);
  });

  test("an unset gender ('') in any profile answer or push reads as GENDER_UNKNOWN", async () => {
    const { sdk, emit } = fakeSdk();
    sdk.getMyProfile.mockResolvedValueOnce(ok({ userID: 'alice', nick: 'Alice', gender: '' }) as never);
    sdk.getUserProfile.mockResolvedValueOnce(ok([{ userID: 'bob', gender: '' }]) as never);
    const chat = createChatAdapter(sdk);
    const pushed: unknown[] = [];
    chat.on(EVENT.PROFILE_UPDATED, (event) => pushed.push(event.data));

    expect((await chat.getMyProfile()).data.gender).toBe(TYPES.GENDER_UNKNOWN);
    expect((await chat.getUserProfile({ userIDList: ['bob'] })).data[0].gender).toBe(TYPES.GENDER_UNKNOWN);
    emit(EVENT.PROFILE_UPDATED, [{ userID: 'carol', gender: '' }]);
    expect(pushed).toEqual([[{ userID: 'carol', gender: TYPES.GENDER_UNKNOWN }]]);
  });

  test('on/off subscribe through the SDK, and off really unsubscribes', () => {
    const { sdk, emit } = fakeSdk();
    const chat = createChatAdapter(sdk);
    const seen: Array<ChatEvent<UserStatus[]>> = [];
    const handler = (event: ChatEvent<UserStatus[]>) => seen.push(event);
    const status: UserStatus = { userID: 'bob', statusType: TYPES.USER_STATUS_OFFLINE, customStatus: '' };

    chat.on(EVENT.USER_STATUS_UPDATED, handler);
    emit(EVENT.USER_STATUS_UPDATED, [status]);
    chat.off(EVENT.USER_STATUS_UPDATED, handler);
    emit(EVENT.USER_STATUS_UPDATED, [status]);

    expect(sdk.on).toHaveBeenCalledWith('onUserStatusUpdated', expect.any(Function));
    expect(sdk.off).toHaveBeenCalledWith('onUserStatusUpdated', sdk.on.mock.calls.find(([name]) => name === 'onUserStatusUpdated')?.[1]);
    expect(seen).toEqual([{ name: 'onUserStatusUpdated', data: [status] }]);
  });
});
