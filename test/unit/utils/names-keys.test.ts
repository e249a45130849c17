import { CUSTOM_KEY_PREFIX } from '@/src/chat/rules/profile';
import { shortKey } from '@/src/utils/custom-key';
import { TYPES } from '@/src/chat/constants';
import { conversationName, friendName, memberName, personName } from '@/src/utils/names';

describe('memberName', () => {
  it('prefers the name card, then the nickname, then the userID', () => {
    expect(memberName({ nameCard: 'Boss', nick: 'Bob', userID: 'bob' })).toBe('Boss');
    expect(memberName({ nameCard: '', nick: 'Bob', userID: 'bob' })).toBe('Bob');
    expect(memberName({ nameCard: '', nick: '', userID: 'bob' })).toBe('bob');
  });

  it('puts the remark you gave a friend before everything, as WeChat does in groups', () => {
    expect(memberName({ nameCard: 'Boss', nick: 'Bob', userID: 'bob' }, 'My brother')).toBe('My brother');
    expect(memberName({ nameCard: 'Boss', nick: 'Bob', userID: 'bob' }, '')).toBe('Boss');
  });
});

describe('personName, friendName, conversationName', () => {
  it('remark, then nickname, then userID', () => {
    expect(personName({ userID: 'bob', nick: 'Bob', remark: 'Bobby' })).toBe('Bobby');
    expect(personName({ userID: 'bob', nick: 'Bob' })).toBe('Bob');
    expect(personName({ userID: 'bob' })).toBe('bob');
    expect(friendName({ userID: 'bob', remark: '', profile: { nick: '鲍勃' } })).toBe('鲍勃');
    expect(friendName({ userID: 'bob', remark: '老鲍', profile: { nick: '鲍勃' } })).toBe('老鲍');
  });

  it('a C2C chat by its remark, nickname or userID; a group by its name or ID', () => {
    const c2c = { conversationID: 'C2Cbob', type: TYPES.CONV_C2C, remark: '', userProfile: { userID: 'bob', nick: 'Bob', avatar: '' } };
    expect(conversationName(c2c)).toBe('Bob');
    expect(conversationName({ ...c2c, remark: 'Bobby' })).toBe('Bobby');
    expect(conversationName({ ...c2c, userProfile: undefined })).toBe('bob');
    const group = { conversationID: 'GROUP@TGS#1', type: TYPES.CONV_GROUP, remark: '', groupProfile: { groupID: '@TGS#1', name: 'Coffee', avatar: '', type: TYPES.GRP_PUBLIC } };
    expect(conversationName(group)).toBe('Coffee');
    expect(conversationName({ ...group, groupProfile: undefined })).toBe('@TGS#1');
  });
});

describe('shortKey', () => {
  it('drops the custom field prefix and leaves other keys alone', () => {
    expect(shortKey(`${CUSTOM_KEY_PREFIX}Hobby`)).toBe('Hobby');
    expect(shortKey('Hobby')).toBe('Hobby');
  });
});
