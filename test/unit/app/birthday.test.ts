import { birthdayFromPicker, birthdayOf, formatBirthday, isValidBirthday } from '@/src/utils/birthday';

describe('birthday as a yyyymmdd number', () => {
  it('accepts real dates and 0 (unset)', () => {
    expect(isValidBirthday(0)).toBe(true);
    expect(isValidBirthday(20000101)).toBe(true);
    expect(isValidBirthday(20000229)).toBe(true);
  });

  it('refuses dates that do not exist and non-yyyymmdd numbers', () => {
    expect(isValidBirthday(20010229)).toBe(false);
    expect(isValidBirthday(20001301)).toBe(false);
    expect(isValidBirthday(20000431)).toBe(false);
    expect(isValidBirthday(123)).toBe(false);
    expect(isValidBirthday(20000101.5)).toBe(false);
  });

  it("round-trips through the date picker's yyyy-mm-dd", () => {
    expect(birthdayFromPicker(formatBirthday(19991231))).toBe(19991231);
    expect(birthdayFromPicker('1996-02-29')).toBe(19960229);
    expect(birthdayFromPicker('1997-02-29')).toBe(0);
    expect(birthdayFromPicker('')).toBe(0);
    expect(birthdayOf(new Date(2026, 5, 1, 23, 59))).toBe(20260601);
  });

  it('formats for display', () => {
    expect(formatBirthday(20240305)).toBe('2024-03-05');
    expect(formatBirthday(0)).toBe('');
  });
});
