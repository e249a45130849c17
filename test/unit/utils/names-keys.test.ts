import { CUSTOM_KEY_PREFIX } from '@/src/chat/rules/profile';
import { shortKey } from '@/src/utils/custom-key';
import { memberName } from '@/src/utils/names';

describe('memberName', () => {
  it('prefers the name card, then the nickname, then the userID', () => {
    expect(memberName({ nameCard: 'Boss', nick: 'Bob', userID: 'bob' })).toBe('Boss');
    expect(memberName({ nameCard: '', nick: 'Bob', userID: 'bob' })).toBe('Bob');
    expect(memberName({ nameCard: '', nick: '', userID: 'bob' })).toBe('bob');
  });
});

describe('shortKey', () => {
  it('drops the custom field prefix and leaves other keys alone', () => {
    expect(shortKey(`${CUSTOM_KEY_PREFIX}Hobby`)).toBe('Hobby');
    expect(shortKey('Hobby')).toBe('Hobby');
  });
});
