/**
 * What a group tip changes in a group and in a loaded member list, as the SDK applies tips to its own copies
 * (group-module.js _handleTips). The stores' live behaviour on the service is in groups-live.test.ts.
 */
import { GROUP_NOTICE, TYPES } from '@/src/chat/constants';
import type { GroupTipPayload, Message, MessageFields } from '@/src/chat/message-types';
import type { Group, GroupMember } from '@/src/chat/types';
import { groupAfterTip, groupNoticesIn, groupTipsIn, membersAfterTip } from '@/src/stores/helpers/group-events';
import { messageFields } from './message-fields';

const GROUP_ID = 'g1';

function group(overrides: Partial<Group> = {}): Group {
  return {
    groupID: GROUP_ID,
    name: 'Coffee',
    avatar: '',
    type: TYPES.GRP_PUBLIC,
    introduction: '',
    notification: '',
    ownerID: 'alice',
    createTime: 1,
    infoSequence: 1,
    lastInfoTime: 1,
    selfInfo: { userID: 'bob', role: TYPES.GRP_MBR_ROLE_MEMBER, joinTime: 1, nameCard: '', messageRemindType: TYPES.MSG_REMIND_ACPT_AND_NOTE, memberCustomField: [] },
    lastMessage: { lastTime: 0, lastSequence: 0, fromAccount: '', messageForShow: '' },
    nextMessageSeq: 1,
    memberCount: 3,
    maxMemberCount: 2000,
    joinOption: TYPES.JOIN_OPTIONS_NEED_PERMISSION,
    inviteOption: TYPES.INVITE_OPTIONS_DISABLE_INVITE,
    groupCustomField: [{ key: 'level', value: 'low' }, { key: 'city', value: 'SZ' }],
    muteAllMembers: false,
    isSupportTopic: false,
    ...overrides,
  };
}

function member(userID: string, role: GroupMember['role'] = TYPES.GRP_MBR_ROLE_MEMBER): GroupMember {
  return { userID, avatar: '', nick: userID, role, joinTime: 1, lastSendMsgTime: 0, nameCard: '', muteUntil: 0, memberCustomField: [], isOnline: false };
}

function tip(operationType: GroupTipPayload['operationType'], fields: Partial<GroupTipPayload> = {}): GroupTipPayload {
  return {
    operatorID: 'alice',
    operationType,
    userIDList: ['alice'],
    groupProfile: { from: 'alice', groupID: GROUP_ID, groupName: 'Coffee', to: GROUP_ID },
    operatorInfo: { userID: 'alice', nick: '', avatar: '' },
    memberList: [],
    memberNum: 3,
    ...fields,
  };
}

const FIELDS: MessageFields = messageFields({
  conversationID: `GROUP${GROUP_ID}`,
  conversationType: TYPES.CONV_GROUP,
  to: GROUP_ID,
  from: '@TIM#SYSTEM',
  flow: 'in',
  isRead: false,
});

describe('group tips in the stores', () => {
  it('picks tips and notices out of a MESSAGE_RECEIVED batch', () => {
    const joined = tip(TYPES.GRP_TIP_MBR_JOIN);
    const notice = {
      operatorID: 'dave',
      operationType: GROUP_NOTICE.JOIN_REQUEST,
      groupProfile: { from: 'dave', groupID: GROUP_ID, name: 'Coffee', to: 'alice', groupType: TYPES.GRP_PUBLIC },
      handleMessage: '',
      authentication: 'a',
      messageKey: 1,
      userDefinedField: '',
    };
    const batch: Message[] = [
      { ...FIELDS, type: TYPES.MSG_TEXT, payload: { text: 'hi' } },
      { ...FIELDS, type: TYPES.MSG_GRP_TIP, payload: joined },
      { ...FIELDS, conversationID: '@TIM#SYSTEM', conversationType: TYPES.CONV_SYSTEM, type: TYPES.MSG_GRP_SYS_NOTICE, payload: notice },
    ];
    expect(groupTipsIn(batch)).toEqual([joined]);
    expect(groupNoticesIn(batch)).toEqual([notice]);
  });

  it('join, quit and kick set the member count; a tip that changes nothing keeps the object', () => {
    const before = group();
    expect(groupAfterTip(before, tip(TYPES.GRP_TIP_MBR_JOIN, { memberNum: 4 }), 'bob').memberCount).toBe(4);
    expect(groupAfterTip(before, tip(TYPES.GRP_TIP_MBR_KICKED_OUT, { memberNum: 2 }), 'bob').memberCount).toBe(2);
    expect(groupAfterTip(before, tip(TYPES.GRP_TIP_MBR_QUIT, { memberNum: 3 }), 'bob')).toBe(before);
    expect(groupAfterTip(before, tip(TYPES.GRP_TIP_MBR_PROFILE_UPDATED), 'bob')).toBe(before);
  });

  it('a profile tip applies its keys: name, mute-all, custom fields merged by key, and the owner with my role', () => {
    const after = groupAfterTip(
      group(),
      tip(TYPES.GRP_TIP_GRP_PROFILE_UPDATED, {
        newGroupProfile: { groupName: 'Beans', muteAllMembers: true, notification: 'n', groupCustomField: [{ key: 'level', value: 'high' }, { key: 'city', value: '' }] },
      }),
      'bob',
    );
    expect(after).toMatchObject({ name: 'Beans', muteAllMembers: true, notification: 'n', groupCustomField: [{ key: 'level', value: 'high' }] });
    const mine = groupAfterTip(group(), tip(TYPES.GRP_TIP_GRP_PROFILE_UPDATED, { newGroupProfile: { ownerID: 'bob' } }), 'bob');
    expect(mine).toMatchObject({ ownerID: 'bob', selfInfo: { role: TYPES.GRP_MBR_ROLE_OWNER } });
    const former = group({ selfInfo: { ...group().selfInfo, userID: 'alice', role: TYPES.GRP_MBR_ROLE_OWNER } });
    expect(groupAfterTip(former, tip(TYPES.GRP_TIP_GRP_PROFILE_UPDATED, { newGroupProfile: { ownerID: 'bob' } }), 'alice').selfInfo.role).toBe(TYPES.GRP_MBR_ROLE_MEMBER);
  });

  it('admin tips naming me change my role; naming someone else they do not', () => {
    expect(groupAfterTip(group(), tip(TYPES.GRP_TIP_MBR_SET_ADMIN, { userIDList: ['bob'] }), 'bob').selfInfo.role).toBe(TYPES.GRP_MBR_ROLE_ADMIN);
    const before = group();
    expect(groupAfterTip(before, tip(TYPES.GRP_TIP_MBR_SET_ADMIN, { userIDList: ['carol'] }), 'bob')).toBe(before);
  });

  it('member rows: leavers go, roles follow admin and owner tips, a mute sets muteUntil from now', () => {
    const rows = [member('alice', TYPES.GRP_MBR_ROLE_OWNER), member('bob'), member('carol')];
    expect(membersAfterTip(rows, tip(TYPES.GRP_TIP_MBR_KICKED_OUT, { userIDList: ['carol'] }), 100).map((row) => row.userID)).toEqual(['alice', 'bob']);
    expect(membersAfterTip(rows, tip(TYPES.GRP_TIP_MBR_QUIT, { userIDList: ['zed'] }), 100)).toBe(rows);
    expect(membersAfterTip(rows, tip(TYPES.GRP_TIP_MBR_SET_ADMIN, { userIDList: ['bob'] }), 100)[1].role).toBe(TYPES.GRP_MBR_ROLE_ADMIN);
    const transferred = membersAfterTip(rows, tip(TYPES.GRP_TIP_GRP_PROFILE_UPDATED, { newGroupProfile: { ownerID: 'carol' } }), 100);
    expect(transferred.map((row) => row.role)).toEqual([TYPES.GRP_MBR_ROLE_MEMBER, TYPES.GRP_MBR_ROLE_MEMBER, TYPES.GRP_MBR_ROLE_OWNER]);
    const muted = membersAfterTip(rows, tip(TYPES.GRP_TIP_MBR_PROFILE_UPDATED, { userIDList: ['bob'], memberList: [{ userID: 'bob', nick: '', avatar: '', muteTime: 60 }] }), 100);
    expect(muted[1].muteUntil).toBe(160);
    expect(muted[0]).toBe(rows[0]);
    const unmuted = membersAfterTip(muted, tip(TYPES.GRP_TIP_MBR_PROFILE_UPDATED, { userIDList: ['bob'], memberList: [{ userID: 'bob', nick: '', avatar: '', muteTime: 0 }] }), 200);
    expect(unmuted[1].muteUntil).toBe(0);
  });
});
