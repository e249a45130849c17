import { TYPES } from '@/src/chat/constants';
import { ChatError } from '@/src/chat/errors';
import { checkProfileUpdate } from '@/src/chat/rules/profile';
import { validateCustomStatus } from '@/src/chat/rules/status';
import { checkUserID } from '@/src/chat/rules/user-id';
import { sdkNickBytes, utf8Bytes } from '@/src/chat/rules/bytes';
import { RuleViolation } from '@/src/chat/rules/violation';

describe('profile rules (what updateMyProfile refuses)', () => {
  it('counts UTF-8 bytes', () => {
    expect(utf8Bytes('abc')).toBe(3);
    expect(utf8Bytes('你好')).toBe(6);
    expect(utf8Bytes('😀')).toBe(4);
    expect(utf8Bytes('\ud800')).toBe(3);
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
    expect(checkProfileUpdate({ nick: 'a'.repeat(251) })).toMatchObject({
      code: 2721,
      field: 'nick',
      rule: 'tooLong',
      limit: 500,
      actual: 502,
    });
    // Within the SDK's count but over 500 UTF-8 bytes: the server's 40601.
    expect(checkProfileUpdate({ nick: '你'.repeat(167) })).toMatchObject({ code: 40601, field: 'nick', limit: 500, actual: 501 });
  });

  it('refuses values over the service limits with 40601', () => {
    expect(checkProfileUpdate({ selfSignature: '你'.repeat(167) })).toMatchObject({ code: 40601, field: 'selfSignature', limit: 500, actual: 501 });
    expect(checkProfileUpdate({ location: 'x'.repeat(17) })).toMatchObject({ code: 40601, field: 'location', limit: 16 });
    expect(checkProfileUpdate({ profileCustomField: [{ key: 'Tag_Profile_Custom_Test1', value: 'x'.repeat(501) }] })).toMatchObject({
      code: 40601,
      field: 'Tag_Profile_Custom_Test1',
      rule: 'tooLong',
      limit: 500,
      actual: 501,
    });
  });

  it('answers as the SDK does: duplicate custom keys pass, a non-array profileCustomField is the code-less -1', () => {
    expect(
      checkProfileUpdate({
        profileCustomField: [
          { key: 'Tag_Profile_Custom_Test1', value: 'x' },
          { key: 'Tag_Profile_Custom_Test1', value: 'y' },
        ],
      }),
    ).toBeNull();
    const notArray = { profileCustomField: { key: 'Tag_Profile_Custom_Test1', value: 'x' } } as unknown as Record<string, unknown>;
    expect(checkProfileUpdate(notArray)).toMatchObject({ code: -1, field: 'profileCustomField', rule: 'badValue' });
    expect(checkProfileUpdate({ profileCustomField: [] })).toMatchObject({ code: 2722, field: 'options', rule: 'required' });
  });

  it("checks the SDK's rules before the server's, custom fields first, and the first bad item decides", () => {
    // A bad custom key (2721) wins over a location the server refuses, wherever the keys stand.
    expect(
      checkProfileUpdate({ location: 'x'.repeat(17), profileCustomField: [{ key: 'Nickname', value: 'x' }] }),
    ).toMatchObject({ code: 2721, field: 'profileCustomField', rule: 'badKey' });
    // Any SDK refusal (2721) wins over any server refusal (40xxx).
    expect(checkProfileUpdate({ location: 'x'.repeat(17), messageSettings: 2 })).toMatchObject({
      code: 2721,
      field: 'messageSettings',
    });
    expect(checkProfileUpdate({ location: 'x'.repeat(17), birthday: 1 })).toMatchObject({ code: 40601, field: 'location' });
    expect(checkProfileUpdate({ birthday: 1, location: 'x'.repeat(17) })).toMatchObject({ code: 40605, field: 'birthday' });
  });

  it('returns RuleViolations, which are ChatErrors with the service code and message', () => {
    const violation = checkProfileUpdate({ location: 'x'.repeat(17) });
    expect(violation).toBeInstanceOf(RuleViolation);
    expect(violation).toBeInstanceOf(ChatError);
    expect(violation?.message).toBe('updateMyProfile: location exceeds 16 bytes');
  });

  it('refuses bad dates, enums, types and keys', () => {
    expect(checkProfileUpdate({ birthday: 20010230 })).toMatchObject({ code: 40605, field: 'birthday', rule: 'notDate' });
    expect(checkProfileUpdate({ birthday: 0 })).toBeNull();
    expect(checkProfileUpdate({ level: -1 })).toMatchObject({ code: 40605, field: 'level', rule: 'notInteger' });
    expect(checkProfileUpdate({ birthday: '20000101' } as unknown as Record<string, unknown>)).toMatchObject({ code: 2721 });
    expect(checkProfileUpdate({ gender: 'Gender_Type_Robot' } as unknown as Record<string, unknown>)).toMatchObject({ code: 2721, field: 'gender' });
    expect(checkProfileUpdate({ messageSettings: 2 })).toMatchObject({ code: 2721 });
    expect(checkProfileUpdate({ unknownKey: 'x' })).toMatchObject({ code: 2721, field: 'unknownKey' });
    expect(checkProfileUpdate({})).toMatchObject({ code: 2721 });
    expect(checkProfileUpdate({ profileCustomField: [{ key: 'Tag_Profile_Custom_TooLongKey', value: 'x' }] })).toMatchObject({
      code: 40009,
      field: 'Tag_Profile_Custom_TooLongKey',
      rule: 'badKey',
    });
    expect(checkProfileUpdate({ profileCustomField: [{ key: 'Tag_Profile_Custom_Other', value: 'x' }] }, ['Tag_Profile_Custom_Test1'])).toMatchObject({
      code: 40009,
    });
    expect(checkProfileUpdate({ adminForbidType: TYPES.FORBID_TYPE_SEND_OUT })).toMatchObject({ code: 40008, field: 'adminForbidType' });
    expect(checkProfileUpdate({ adminForbidType: TYPES.FORBID_TYPE_SEND_OUT }, [], true)).toBeNull();
  });

  it('validates userIDs as login does', () => {
    expect(checkUserID('alice')).toBeNull();
    expect(checkUserID('u'.repeat(32))).toBeNull();
    expect(checkUserID('')).toMatchObject({ code: -1, field: 'userID', rule: 'required' });
    expect(checkUserID(undefined)).toMatchObject({ code: -1, rule: 'required' });
    expect(checkUserID('a'.repeat(33))).toMatchObject({ code: 70402, field: 'userID', rule: 'tooLong', limit: 32, actual: 33 });
    expect(checkUserID('你'.repeat(11))).toMatchObject({ rule: 'tooLong', actual: 33 });
  });

  it('validates a custom status as setSelfStatus does', () => {
    expect(validateCustomStatus({ customStatus: '忙'.repeat(33) + 'a' })).toBe('忙'.repeat(33) + 'a');
    expect(validateCustomStatus({ customStatus: '' })).toBe('');
    expect(() => validateCustomStatus({ customStatus: 'a'.repeat(101) })).toThrow(
      expect.objectContaining({ code: 70402, field: 'customStatus', rule: 'tooLong', limit: 100, actual: 101 }),
    );
    expect(() => validateCustomStatus({ customStatus: 5 })).toThrow(
      expect.objectContaining({ code: -1, field: 'customStatus', rule: 'badValue' }),
    );
  });
});
