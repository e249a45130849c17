import { fieldEditFromText, fieldsToText } from '@/src/utils/custom-fields-text';

const BEFORE = [
  { key: 'team', value: 'roasting' },
  { key: 'shift', value: 'morning' },
];

describe('member custom fields as one line of text', () => {
  it('shows the fields as key=value pairs', () => {
    expect(fieldsToText(BEFORE)).toBe('team=roasting, shift=morning');
    expect(fieldsToText([])).toBe('');
  });

  it('sends only what changed, and a removed key as "" (which deletes it)', () => {
    expect(fieldEditFromText(BEFORE, 'team=roasting, shift=evening, desk=3')).toEqual({
      changes: [
        { key: 'shift', value: 'evening' },
        { key: 'desk', value: '3' },
      ],
    });
    expect(fieldEditFromText(BEFORE, 'team=roasting')).toEqual({ changes: [{ key: 'shift', value: '' }] });
    expect(fieldEditFromText(BEFORE, fieldsToText(BEFORE))).toEqual({ changes: [] });
  });

  it('takes full-width commas, blank parts and values holding "="', () => {
    expect(fieldEditFromText([], ' a=1，b=x=y, ,')).toEqual({
      changes: [
        { key: 'a', value: '1' },
        { key: 'b', value: 'x=y' },
      ],
    });
  });

  it('names the first part that is not key=value', () => {
    expect(fieldEditFromText(BEFORE, 'team=roasting, oops, =3')).toEqual({ malformed: 'oops' });
    expect(fieldEditFromText(BEFORE, '=3')).toEqual({ malformed: '=3' });
  });
});
