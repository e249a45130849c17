import { TYPES } from '@/src/chat/constants';
import { checkProfileUpdate, sdkNickBytes } from '@/src/chat/rules/profile';
import { checkUserID } from '@/src/chat/rules/user-id';
import { utf8Bytes } from '@/src/chat/rules/bytes';

describe('profile rules (what updateMyProfile refuses)', () => {
  it('counts UTF-8 bytes', () => {
    expect(utf8Bytes('abc')).toBe(3);
    expect(utf8Bytes('你好')).toBe(6);
    expect(utf8Bytes('😀')).toBe(4);
  });

  it('accepts a valid update', () => {
    expect(
      checkProfileUpdate({
        nick: 'Alice',
        gender: TYPES.GENDER_FEMALE,
        birthday: 20000101,
        messageSettings: 1,
        profileCustomField: [{ key: 'Tag_Profile_Custom_Test1', value: 'x' }],
      }),
    ).toBeNull();
  });

  it('refuses a nick the SDK measures over 500 bytes with 2721', () => {
    expect(sdkNickBytes('a'.repeat(251))).toBe(502);
    expect(checkProfileUpdate({ nick: 'a'.repeat(250) })).toBeNull();
    expect(checkProfileUpdate({ nick: 'a'.repeat(251) })).toMatchObject({ code: 2721, field: 'nick', rule: 'tooLong' });
  });

  it('refuses values over the service limits with 40601', () => {
    expect(checkProfileUpdate({ selfSignature: '你'.repeat(167) })).toMatchObject({ code: 40601, field: 'selfSignature', limit: 500, actual: 501 });
    expect(checkProfileUpdate({ location: 'x'.repeat(17) })).toMatchObject({ code: 40601, field: 'location', limit: 16 });
    expect(checkProfileUpdate({ profileCustomField: [{ key: 'Tag_Profile_Custom_Test1', value: 'x'.repeat(501) }] })).toMatchObject({
      code: 40601,
      field: 'Tag_Profile_Custom_Test1',
    });
  });

  it('refuses bad dates, enums, types and keys', () => {
    expect(checkProfileUpdate({ birthday: 20010230 })).toMatchObject({ code: 40605, rule: 'notDate' });
    expect(checkProfileUpdate({ birthday: '20000101' } as unknown as Record<string, unknown>)).toMatchObject({ code: 2721 });
    expect(checkProfileUpdate({ gender: 'Gender_Type_Robot' } as unknown as Record<string, unknown>)).toMatchObject({ code: 2721, field: 'gender' });
    expect(checkProfileUpdate({ messageSettings: 2 })).toMatchObject({ code: 2721 });
    expect(checkProfileUpdate({ unknownKey: 'x' })).toMatchObject({ code: 2721, field: 'unknownKey' });
    expect(checkProfileUpdate({})).toMatchObject({ code: 2721 });
    expect(checkProfileUpdate({ profileCustomField: [{ key: 'Tag_Profile_Custom_TooLongKey', value: 'x' }] })).toMatchObject({ code: 40009 });
    expect(checkProfileUpdate({ profileCustomField: [{ key: 'Tag_Profile_Custom_Other', value: 'x' }] }, ['Tag_Profile_Custom_Test1'])).toMatchObject({
      code: 40009,
    });
    expect(checkProfileUpdate({ adminForbidType: TYPES.FORBID_TYPE_SEND_OUT })).toMatchObject({ code: 40008 });
  });

  it('validates userIDs as login does', () => {
    expect(checkUserID('alice')).toBeNull();
    expect(checkUserID('')).toMatchObject({ rule: 'required' });
    expect(checkUserID('a'.repeat(33))).toMatchObject({ rule: 'tooLong', limit: 32, actual: 33 });
    expect(checkUserID('你'.repeat(11))).toMatchObject({ rule: 'tooLong', actual: 33 });
  });
});
