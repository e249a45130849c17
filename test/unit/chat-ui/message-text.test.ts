import { createI18n } from 'vue-i18n';
import { TYPES } from '@/src/chat/constants';
import type { GroupTipPayload, Message } from '@/src/chat/message-types';
import { compileMessages } from '@/src/locales';
import { en } from '@/src/locales/en';
import { zhHans } from '@/src/locales/zh-Hans';
import { bodyPreview, muteLength, tipText, type Translate } from '@/src/utils/message-text';
import { estimateRowHeight, mediaSize, rowKind } from '@/src/components/chat/chat-row';

function translate(locale: 'en' | 'zh-Hans'): Translate {
  const i18n = createI18n({ legacy: false, locale, messages: { en: compileMessages(en), 'zh-Hans': compileMessages(zhHans) } });
  return (key, named) => (named ? i18n.global.t(key, named) : i18n.global.t(key));
}

function tip(change: Partial<GroupTipPayload>): GroupTipPayload {
  return {
    operatorID: 'alice',
    operationType: TYPES.GRP_TIP_MBR_JOIN,
    userIDList: ['bob'],
    groupProfile: { from: 'alice', groupID: 'g', groupName: 'Coffee', to: 'g' },
    operatorInfo: { userID: 'alice', nick: 'Alice', avatar: '' },
    memberList: [{ userID: 'bob', nick: 'Bob', avatar: '' }],
    memberNum: 3,
    ...change,
  };
}

describe('group tips as sentences', () => {
  const t = translate('en');
  const zh = translate('zh-Hans');

  it('name who did what, with "You" for the reader', () => {
    expect(tipText(tip({}), 'carol', t)).toBe('Alice invited Bob to the group');
    expect(tipText(tip({ operatorID: 'bob', operatorInfo: { userID: 'bob', nick: 'Bob', avatar: '' } }), 'carol', t)).toBe('Bob joined the group');
    expect(tipText(tip({}), 'bob', t)).toBe('Alice invited You to the group');
    expect(tipText(tip({ operationType: TYPES.GRP_TIP_MBR_QUIT }), 'carol', t)).toBe('Bob left the group');
    expect(tipText(tip({ operationType: TYPES.GRP_TIP_MBR_KICKED_OUT, memberList: [{ userID: 'bob', nick: 'Bob', avatar: '', reason: 'spam' }] }), 'carol', t)).toBe(
      'Alice removed Bob from the group (spam)',
    );
    expect(tipText(tip({ operationType: TYPES.GRP_TIP_MBR_SET_ADMIN }), 'carol', zh)).toBe('Bob成为管理员');
  });

  it('profile changes and mutes', () => {
    const profile = (newGroupProfile: GroupTipPayload['newGroupProfile']) => tip({ operationType: TYPES.GRP_TIP_GRP_PROFILE_UPDATED, newGroupProfile });
    expect(tipText(profile({ groupName: 'Beans' }), 'carol', t)).toBe('Alice renamed the group to "Beans"');
    expect(tipText(profile({ muteAllMembers: true }), 'alice', zh)).toBe('你开启了全员禁言');
    expect(tipText(profile({ ownerID: 'bob' }), 'carol', t)).toBe('Bob is now the group owner');
    const muted = tip({ operationType: TYPES.GRP_TIP_MBR_PROFILE_UPDATED, memberList: [{ userID: 'bob', nick: 'Bob', avatar: '', muteTime: 3600 }] });
    expect(tipText(muted, 'carol', t)).toBe('Alice muted Bob for 1 h');
    expect(tipText({ ...muted, memberList: [{ userID: 'bob', nick: 'Bob', avatar: '', muteTime: 0 }] }, 'carol', zh)).toBe('Alice解除了Bob的禁言');
    expect(muteLength(600, t)).toBe('10 min');
    expect(muteLength(7 * 86400, zh)).toBe('7天');
  });

  it('previews by type', () => {
    expect(bodyPreview({ type: TYPES.MSG_IMAGE, payload: { uuid: '', imageFormat: 1, imageInfoArray: [] } }, 'me', t)).toBe('[Photo]');
    expect(bodyPreview({ type: TYPES.MSG_LOCATION, payload: { description: 'Seesaw', latitude: 1, longitude: 2 } }, 'me', zh)).toBe('[位置] Seesaw');
  });
});

describe('row layout', () => {
  const base = { ID: 'x', flow: 'in', isRevoked: false, cloudCustomData: '', atUserList: [] } as unknown as Message;

  it('kinds: tips and recalled messages are centred lines', () => {
    expect(rowKind({ ...base, type: TYPES.MSG_GRP_TIP } as Message)).toBe('tip');
    expect(rowKind({ ...base, type: TYPES.MSG_TEXT, isRevoked: true } as Message)).toBe('recalled');
    expect(rowKind({ ...base, type: TYPES.MSG_MERGER } as Message)).toBe('merger');
  });

  it('thumbnails keep the picture’s proportions within 160 px', () => {
    const image = { ...base, type: TYPES.MSG_IMAGE, payload: { imageInfoArray: [{ width: 400, height: 300 }] } } as unknown as Message;
    expect(mediaSize(image)).toEqual({ width: 160, height: 120 });
    const tall = { ...base, type: TYPES.MSG_IMAGE, payload: { imageInfoArray: [{ width: 100, height: 2000 }] } } as unknown as Message;
    expect(mediaSize(tall)).toEqual({ width: 60, height: 160 });
  });

  it('estimates grow with the text and the separator', () => {
    const short = { ...base, type: TYPES.MSG_TEXT, payload: { text: 'Hi' } } as Message;
    const long = { ...base, type: TYPES.MSG_TEXT, payload: { text: 'word '.repeat(80) } } as Message;
    const options = { time: false, name: false, width: 375 };
    expect(estimateRowHeight(short, options)).toBe(16 + 20 + 24);
    expect(estimateRowHeight(long, options)).toBeGreaterThan(estimateRowHeight(short, options) + 24 * 5);
    expect(estimateRowHeight(short, { ...options, time: true })).toBe(estimateRowHeight(short, options) + 36);
  });
});
