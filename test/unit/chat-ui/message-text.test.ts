import { TYPES } from '@/src/chat/constants';
import type { GroupTipPayload, Message } from '@/src/chat/message-types';
import { bodyPreview } from '@/src/utils/message-text';
import { translator } from '../utils/translator';
import { estimateRowHeight, mediaSize, rowKind } from '@/src/components/chat/chat-row';

describe('message previews', () => {
  const t = translator('en');
  const zh = translator('zh-Hans');

  it('previews by type', () => {
    expect(bodyPreview({ type: TYPES.MSG_IMAGE, payload: { uuid: '', imageFormat: 1, imageInfoArray: [] } }, 'me', t)).toBe('[Photo]');
    expect(bodyPreview({ type: TYPES.MSG_LOCATION, payload: { description: 'Seesaw', latitude: 1, longitude: 2 } }, 'me', zh)).toBe('[位置] Seesaw');
    // A tip reads as the chat's centred line does (group-tip-text.ts).
    const joined: GroupTipPayload = {
      operatorID: 'bob',
      operationType: TYPES.GRP_TIP_MBR_JOIN,
      userIDList: ['bob'],
      groupProfile: { from: 'bob', groupID: 'g', groupName: 'Coffee', to: 'g' },
      operatorInfo: { userID: 'bob', nick: 'Bob', avatar: '' },
      memberList: [{ userID: 'bob', nick: 'Bob', avatar: '' }],
      memberNum: 3,
    };
    expect(bodyPreview({ type: TYPES.MSG_GRP_TIP, payload: joined }, 'me', t)).toBe('Bob joined the group');
    expect(bodyPreview({ type: TYPES.MSG_GRP_TIP, payload: joined }, 'me', zh)).toBe('“Bob”加入了群聊');
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
