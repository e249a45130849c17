import { GROUP_NOTICE, TYPES } from '@/src/chat/constants';
import type { GroupTipType } from '@/src/chat/constants';
import type { Conversation, ConversationLastMessage, GroupSystemNoticePayload, GroupTipPayload } from '@/src/chat/message-types';
import { conversationName, conversationPreview, lastMessageText, mentionKind } from '@/src/utils/conversation-preview';
import { conversationTimeText, timeBucket } from '@/src/utils/conversation-time';
import { groupNoticeText } from '@/src/utils/group-notice-text';
import { groupTipText } from '@/src/utils/group-tip-text';
import { translator } from './translator';

const en = translator('en');
const zh = translator('zh-Hans');
const ME = 'alice';

function last(change: Partial<ConversationLastMessage>): ConversationLastMessage {
  return {
    lastTime: 1_780_000_000,
    lastSequence: 1,
    fromAccount: 'bob',
    messageForShow: '',
    type: TYPES.MSG_TEXT,
    payload: { text: 'hello' },
    isRevoked: false,
    cloudCustomData: '',
    nick: 'Bob',
    nameCard: '',
    version: 0,
    isPeerRead: false,
    revoker: '',
    ...change,
  };
}

function c2c(change: Partial<Conversation> = {}, message: Partial<ConversationLastMessage> = {}): Conversation {
  return {
    conversationID: 'C2Cbob',
    type: TYPES.CONV_C2C,
    subType: '',
    unreadCount: 0,
    lastMessage: last(message),
    userProfile: { userID: 'bob', nick: 'Bob', avatar: '' },
    groupAtInfoList: [],
    remark: '',
    isPinned: false,
    messageRemindType: '',
    markList: [],
    customData: '',
    conversationGroupList: [],
    draftText: '',
    ...change,
  };
}

function group(change: Partial<Conversation> = {}, message: Partial<ConversationLastMessage> = {}): Conversation {
  return c2c(
    {
      conversationID: 'GROUP@TGS#2DEMOPUBLIC',
      type: TYPES.CONV_GROUP,
      subType: TYPES.GRP_PUBLIC,
      userProfile: undefined,
      groupProfile: { groupID: '@TGS#2DEMOPUBLIC', name: 'Coffee Lovers', avatar: '', type: TYPES.GRP_PUBLIC },
      ...change,
    },
    message,
  );
}

function tip(operationType: GroupTipType, change: Partial<GroupTipPayload> = {}): GroupTipPayload {
  return {
    operatorID: 'alice',
    operationType,
    userIDList: ['quinn'],
    groupProfile: { from: 'alice', groupID: '@TGS#2DEMOPUBLIC', groupName: 'Coffee Lovers', to: '@TGS#2DEMOPUBLIC' },
    operatorInfo: { userID: 'alice', nick: 'Alice', avatar: '' },
    memberList: [{ userID: 'quinn', nick: 'Quinn', avatar: '' }],
    memberNum: 18,
    ...change,
  };
}

describe('conversation names', () => {
  it('prefers the remark, then the nick, then the userID; a group by its name, then its ID', () => {
    expect(conversationName(c2c({ remark: 'Bobby' }))).toBe('Bobby');
    expect(conversationName(c2c())).toBe('Bob');
    expect(conversationName(c2c({ userProfile: { userID: 'bob', nick: '', avatar: '' } }))).toBe('bob');
    expect(conversationName(c2c({ userProfile: undefined }))).toBe('bob');
    expect(conversationName(group())).toBe('Coffee Lovers');
    expect(conversationName(group({ groupProfile: undefined }))).toBe('@TGS#2DEMOPUBLIC');
  });
});

describe('the last message by type', () => {
  it.each([
    [TYPES.MSG_IMAGE, {}, '[Photo]', '[图片]'],
    [TYPES.MSG_VIDEO, {}, '[Video]', '[视频]'],
    [TYPES.MSG_AUDIO, { second: 3 }, '[Voice] 3″', '[语音] 3″'],
    [TYPES.MSG_FILE, { fileName: 'tasting-notes.txt' }, '[File] tasting-notes.txt', '[文件] tasting-notes.txt'],
    [TYPES.MSG_FACE, { index: 1, data: 'x' }, '[Sticker]', '[动画表情]'],
    [TYPES.MSG_LOCATION, { description: 'Huila\nColombia', longitude: 0, latitude: 0 }, '[Location] Huila Colombia', '[位置] Huila Colombia'],
    [TYPES.MSG_CUSTOM, { data: '{}', description: '', extension: '' }, '[Message]', '[消息]'],
    [TYPES.MSG_CUSTOM, { data: '{}', description: 'Order #42 shipped', extension: '' }, 'Order #42 shipped', 'Order #42 shipped'],
    [TYPES.MSG_MERGER, { title: 'Chat history' }, '[Chat history]', '[聊天记录]'],
  ] as const)('%s reads as WeChat writes it', (type, payload, english, chinese) => {
    const conversation = c2c({}, { type, payload: payload as ConversationLastMessage['payload'] });
    expect(lastMessageText(conversation, ME, en)).toBe(english);
    expect(lastMessageText(conversation, ME, zh)).toBe(chinese);
  });

  it('shows a text on one line', () => {
    expect(lastMessageText(c2c({}, { payload: { text: 'line one\n\nline two ' } }), ME, en)).toBe('line one line two');
  });

  it('falls back to the SDK preview for a type it does not know, and is empty without a message', () => {
    expect(lastMessageText(c2c({}, { type: TYPES.MSG_TEXT, payload: null, messageForShow: 'hi there' }), ME, en)).toBe('hi there');
    expect(lastMessageText(c2c({}, { type: '', payload: null, lastTime: 0 }), ME, en)).toBe('');
  });

  it("names the sender of others' group messages, not my own, and not a tip's", () => {
    expect(lastMessageText(group({}, { fromAccount: 'bob', nick: 'Bob', nameCard: 'Barista Bob' }), ME, en)).toBe('Barista Bob: hello');
    expect(lastMessageText(group({}, { fromAccount: 'bob', nick: 'Bob', type: TYPES.MSG_IMAGE, payload: null }), ME, zh)).toBe('Bob: [图片]');
    expect(lastMessageText(group({}, { fromAccount: ME, nick: 'Alice' }), ME, en)).toBe('hello');
    // Your remark for the sender comes first.
    const remarkOf = (userID: string) => (userID === 'bob' ? 'Bob (neighbour)' : '');
    expect(lastMessageText(group({}, { fromAccount: 'bob', nick: 'Bob', nameCard: 'Barista Bob' }), ME, en, remarkOf)).toBe('Bob (neighbour): hello');
    expect(lastMessageText(group({}, { fromAccount: 'alice', type: TYPES.MSG_GRP_TIP, payload: tip(TYPES.GRP_TIP_MBR_JOIN) }), 'bob', en)).toBe(
      'Quinn joined the group',
    );
  });

  it('says who recalled a message', () => {
    expect(lastMessageText(c2c({}, { isRevoked: true, fromAccount: ME }), ME, en)).toBe('You recalled a message');
    expect(lastMessageText(c2c({ remark: 'Bobby' }, { isRevoked: true }), ME, en)).toBe('Bobby recalled a message');
    expect(lastMessageText(group({}, { isRevoked: true, nameCard: 'Barista Bob' }), ME, zh)).toBe('“Barista Bob”撤回了一条消息');
    expect(lastMessageText(c2c({}, { isRevoked: true, fromAccount: ME }), ME, zh)).toBe('你撤回了一条消息');
  });
});

describe('markers', () => {
  it('puts a draft first, in place of the last message', () => {
    const preview = conversationPreview(c2c({ draftText: 'see you\nsoon', groupAtInfoList: [] }), ME, zh);
    expect(preview).toEqual({ marker: '[草稿]', markerKind: 'draft', text: 'see you soon' });
  });

  it('marks an unread mention of me over one of everyone', () => {
    const at = (...types: Array<1 | 2 | 3>) =>
      types.map((type, index) => ({ from: 'bob', groupID: 'g', messageSequence: index, atTypeArray: [type] }));
    expect(mentionKind(group({ groupAtInfoList: at(TYPES.CONV_AT_ALL) }))).toBe('atAll');
    expect(mentionKind(group({ groupAtInfoList: at(TYPES.CONV_AT_ALL, TYPES.CONV_AT_ME) }))).toBe('atMe');
    expect(mentionKind(group({ groupAtInfoList: at(TYPES.CONV_AT_ALL_AT_ME) }))).toBe('atMe');
    expect(mentionKind(group())).toBe('');
    expect(conversationPreview(group({ groupAtInfoList: at(TYPES.CONV_AT_ME) }), ME, zh)).toEqual({
      marker: '[有人@我]',
      markerKind: 'atMe',
      text: 'Bob: hello',
    });
    expect(conversationPreview(group({ groupAtInfoList: at(TYPES.CONV_AT_ALL) }), ME, en).marker).toBe('[@All]');
    expect(conversationPreview(group(), ME, en)).toEqual({ marker: '', markerKind: '', text: 'Bob: hello' });
  });
});

describe('group tips as sentences', () => {
  const cases: Array<[GroupTipPayload, string, string]> = [
    [tip(TYPES.GRP_TIP_MBR_JOIN), 'Quinn joined the group', '“Quinn”加入了群聊'],
    [tip(TYPES.GRP_TIP_MBR_QUIT, { operatorID: 'quinn' }), 'Quinn left the group', '“Quinn”退出了群聊'],
    [tip(TYPES.GRP_TIP_MBR_KICKED_OUT), 'Alice removed Quinn from the group', '“Alice”将“Quinn”移出了群聊'],
    [tip(TYPES.GRP_TIP_MBR_SET_ADMIN), 'Alice made Quinn an admin', '“Alice”将“Quinn”设为管理员'],
    [tip(TYPES.GRP_TIP_MBR_CANCELED_ADMIN), 'Alice removed Quinn as admin', '“Alice”取消了“Quinn”的管理员身份'],
    [
      tip(TYPES.GRP_TIP_GRP_PROFILE_UPDATED, { newGroupProfile: { groupName: 'Beans' } }),
      'Alice changed the group name to “Beans”',
      '“Alice”修改群名为“Beans”',
    ],
    [
      tip(TYPES.GRP_TIP_GRP_PROFILE_UPDATED, { newGroupProfile: { ownerID: 'quinn' } }),
      'Quinn is now the group owner',
      '“Quinn”已成为新群主',
    ],
    [tip(TYPES.GRP_TIP_GRP_PROFILE_UPDATED, { newGroupProfile: { muteAllMembers: true } }), 'Alice muted all members', '“Alice”开启了全员禁言'],
    [tip(TYPES.GRP_TIP_GRP_PROFILE_UPDATED, { newGroupProfile: { muteAllMembers: false } }), 'Alice unmuted all members', '“Alice”关闭了全员禁言'],
    [tip(TYPES.GRP_TIP_GRP_PROFILE_UPDATED, { newGroupProfile: { notification: 'Sat 10:00' } }), 'Alice updated the group notice', '“Alice”更新了群公告'],
    [tip(TYPES.GRP_TIP_GRP_PROFILE_UPDATED, { newGroupProfile: { joinOption: 'FreeAccess' } }), 'Alice changed the group settings', '“Alice”修改了群设置'],
    [
      tip(TYPES.GRP_TIP_MBR_PROFILE_UPDATED, { memberList: [{ userID: 'quinn', nick: 'Quinn', avatar: '', muteTime: 600 }] }),
      'Alice muted Quinn for 10 minutes',
      '“Alice”将“Quinn”禁言10分钟',
    ],
    [
      tip(TYPES.GRP_TIP_MBR_PROFILE_UPDATED, { memberList: [{ userID: 'quinn', nick: 'Quinn', avatar: '', muteTime: 60 }] }),
      'Alice muted Quinn for 1 minute',
      '“Alice”将“Quinn”禁言1分钟',
    ],
    [
      tip(TYPES.GRP_TIP_MBR_PROFILE_UPDATED, { memberList: [{ userID: 'quinn', nick: 'Quinn', avatar: '', muteTime: 3600 }] }),
      'Alice muted Quinn for 1 hour',
      '“Alice”将“Quinn”禁言1小时',
    ],
    [
      tip(TYPES.GRP_TIP_MBR_PROFILE_UPDATED, { memberList: [{ userID: 'quinn', nick: 'Quinn', avatar: '', muteTime: 7 * 86400 + 2 * 3600 }] }),
      'Alice muted Quinn for 7 days 2 hours',
      '“Alice”将“Quinn”禁言7天2小时',
    ],
    [
      // The server's "for ever" has no length to give.
      tip(TYPES.GRP_TIP_MBR_PROFILE_UPDATED, { memberList: [{ userID: 'quinn', nick: 'Quinn', avatar: '', muteTime: 4294967295 }] }),
      'Alice muted Quinn',
      '“Alice”将“Quinn”禁言',
    ],
    [
      tip(TYPES.GRP_TIP_MBR_PROFILE_UPDATED, {
        userIDList: ['quinn', 'rupert'],
        memberList: [
          { userID: 'quinn', nick: 'Quinn', avatar: '', muteTime: 600 },
          { userID: 'rupert', nick: 'Rupert', avatar: '', muteTime: 3600 },
        ],
      }),
      'Alice muted Quinn, Rupert',
      '“Alice”将“Quinn”、“Rupert”禁言',
    ],
    [
      tip(TYPES.GRP_TIP_MBR_PROFILE_UPDATED, { memberList: [{ userID: 'quinn', nick: 'Quinn', avatar: '', muteTime: 0 }] }),
      'Alice unmuted Quinn',
      '“Alice”解除了“Quinn”的禁言',
    ],
  ];
  it.each(cases.map(([payload, english, chinese]) => ({ payload, english, chinese })))('$english', ({ payload, english, chinese }) => {
    expect(groupTipText(payload, 'bob', en)).toBe(english);
    expect(groupTipText(payload, 'bob', zh)).toBe(chinese);
  });

  it('calls the signed-in user "you", at the start of a sentence too', () => {
    expect(groupTipText(tip(TYPES.GRP_TIP_MBR_KICKED_OUT), ME, en)).toBe('You removed Quinn from the group');
    expect(groupTipText(tip(TYPES.GRP_TIP_MBR_KICKED_OUT, { operatorID: 'bob', operatorInfo: { userID: 'bob', nick: 'Bob', avatar: '' }, userIDList: [ME] }), ME, en)).toBe(
      'Bob removed you from the group',
    );
    expect(groupTipText(tip(TYPES.GRP_TIP_MBR_JOIN, { userIDList: [ME] }), ME, zh)).toBe('你加入了群聊');
  });

  it('names at most three people and counts the rest; a userID stands in for a missing nick', () => {
    const ids = ['p1', 'p2', 'p3', 'p4', 'p5'];
    const many = tip(TYPES.GRP_TIP_MBR_JOIN, { userIDList: ids, memberList: ids.slice(0, 4).map((userID) => ({ userID, nick: userID.toUpperCase(), avatar: '' })) });
    expect(groupTipText(many, ME, en)).toBe('P1, P2, P3 and 2 more joined the group');
    expect(groupTipText(many, ME, zh)).toBe('“P1”、“P2”、“P3”等2人加入了群聊');
    expect(groupTipText(tip(TYPES.GRP_TIP_MBR_QUIT, { userIDList: ['zed'], memberList: [] }), ME, en)).toBe('Zed left the group');
  });
});

describe('group notices as sentences', () => {
  function notice(operationType: GroupSystemNoticePayload['operationType'], change: Partial<GroupSystemNoticePayload> = {}): GroupSystemNoticePayload {
    return {
      operatorID: 'heidi',
      operationType,
      groupProfile: { from: 'heidi', groupID: '@TGS#2DEMOPUBLIC', name: 'Coffee Lovers', to: ME, groupType: TYPES.GRP_PUBLIC },
      handleMessage: '',
      authentication: 'auth',
      messageKey: 1,
      userDefinedField: '',
      ...change,
    };
  }
  const names = (userID: string) => ({ heidi: 'Heidi', bob: 'Bob' })[userID] ?? userID;

  it('says what happened, with the note or reply apart', () => {
    expect(groupNoticeText(notice(GROUP_NOTICE.JOIN_REQUEST, { handleMessage: ' Hi! ' }), ME, names, en)).toEqual({
      text: 'Heidi wants to join Coffee Lovers',
      detail: 'Note: Hi!',
    });
    expect(groupNoticeText(notice(GROUP_NOTICE.JOIN_REQUEST), ME, names, zh)).toEqual({ text: '“Heidi”申请加入“Coffee Lovers”', detail: '' });
    expect(groupNoticeText(notice(GROUP_NOTICE.JOIN_REJECTED, { operatorID: 'bob', handleMessage: 'Full' }), ME, names, en)).toEqual({
      text: 'Your request to join Coffee Lovers was declined',
      detail: 'Reply: Full',
    });
    expect(groupNoticeText(notice(GROUP_NOTICE.KICKED_OUT, { operatorID: 'bob' }), ME, names, zh).text).toBe('“Bob”将你移出了“Coffee Lovers”');
    expect(groupNoticeText(notice(GROUP_NOTICE.DISMISSED, { operatorID: ME }), ME, names, en).text).toBe('You dismissed Coffee Lovers');
    expect(groupNoticeText(notice(GROUP_NOTICE.SET_ADMIN, { operatorID: 'bob' }), ME, names, en).text).toBe('Bob made you an admin of Coffee Lovers');
    expect(groupNoticeText(notice(GROUP_NOTICE.CANCELED_ADMIN, { operatorID: 'bob' }), ME, names, zh).text).toBe('“Bob”取消了你在“Coffee Lovers”的管理员身份');
    expect(groupNoticeText(notice(GROUP_NOTICE.INVITED, { operatorID: 'bob' }), ME, names, en).text).toBe('Bob added you to Coffee Lovers');
    expect(groupNoticeText(notice(GROUP_NOTICE.CUSTOM, { userDefinedField: 'Tasting moved to 11:00' }), ME, names, en).text).toBe(
      'Coffee Lovers: Tasting moved to 11:00',
    );
  });

  it('names a group without a name by its ID', () => {
    const unnamed = notice(GROUP_NOTICE.JOIN_ACCEPTED, { groupProfile: { from: '', groupID: '@TGS#X', name: '', to: ME, groupType: TYPES.GRP_PUBLIC } });
    expect(groupNoticeText(unnamed, ME, names, en).text).toBe('Your request to join @TGS#X was approved');
  });
});

describe('times as the chat list shows them (fixed clock: Monday 1 June 2026, 10:00 local time)', () => {
  const now = new Date(2026, 5, 1, 10, 0).getTime();
  const at = (...parts: [number, number, number, number?, number?]) => new Date(parts[0], parts[1], parts[2], parts[3] ?? 0, parts[4] ?? 0).getTime() / 1000;

  it('puts each time in its bucket', () => {
    expect(timeBucket(0, now)).toBeNull();
    expect(timeBucket(at(2026, 5, 1, 0, 5), now)).toEqual({ kind: 'today', hours: 0, minutes: 5 });
    // A message from a clock slightly ahead still reads as today.
    expect(timeBucket(at(2026, 5, 1, 10, 3), now)).toEqual({ kind: 'today', hours: 10, minutes: 3 });
    expect(timeBucket(at(2026, 4, 31, 23, 59), now)).toEqual({ kind: 'yesterday' });
    expect(timeBucket(at(2026, 4, 26, 8), now)).toEqual({ kind: 'weekday', weekday: 2 });
    expect(timeBucket(at(2026, 4, 25, 8), now)).toEqual({ kind: 'date', year: 2026, month: 5, day: 25, thisYear: true });
    expect(timeBucket(at(2025, 11, 31, 8), now)).toEqual({ kind: 'date', year: 2025, month: 12, day: 31, thisYear: false });
  });

  it('words them in both languages', () => {
    expect(conversationTimeText(at(2026, 5, 1, 9, 7), now, en)).toBe('09:07');
    expect(conversationTimeText(at(2026, 4, 31, 18), now, en)).toBe('Yesterday');
    expect(conversationTimeText(at(2026, 4, 31, 18), now, zh)).toBe('昨天');
    expect(conversationTimeText(at(2026, 4, 27, 18), now, en)).toBe('Wednesday');
    expect(conversationTimeText(at(2026, 4, 27, 18), now, zh)).toBe('星期三');
    expect(conversationTimeText(at(2026, 4, 20, 18), now, en)).toBe('5/20');
    expect(conversationTimeText(at(2026, 4, 20, 18), now, zh)).toBe('5月20日');
    expect(conversationTimeText(at(2025, 11, 31, 18), now, zh)).toBe('2025/12/31');
    expect(conversationTimeText(0, now, en)).toBe('');
  });
});
