import { customFieldLabel, editableCustomKeys } from '@/src/utils/custom-fields';

const NAMES = { Tag_Profile_Custom_Mood: { 'zh-Hans': '心情', en: 'Mood' } };

describe('custom profile fields', () => {
  it('are labelled with their configured name in the language shown, never the raw key', () => {
    expect(customFieldLabel('Tag_Profile_Custom_Mood', 'zh-Hans', NAMES)).toBe('心情');
    expect(customFieldLabel('Tag_Profile_Custom_Mood', 'en', NAMES)).toBe('Mood');
    expect(customFieldLabel('Tag_Profile_Custom_City', 'en', NAMES)).toBe('City');
  });

  it('offered for editing: named, then registered, then held; only registered ones when keys are registered', () => {
    expect(editableCustomKeys(NAMES, [], ['Tag_Profile_Custom_Old'])).toEqual(['Tag_Profile_Custom_Mood', 'Tag_Profile_Custom_Old']);
    expect(editableCustomKeys(NAMES, ['Tag_Profile_Custom_City'], [])).toEqual(['Tag_Profile_Custom_City']);
    expect(editableCustomKeys(NAMES, ['Tag_Profile_Custom_City', 'Tag_Profile_Custom_Mood'], ['Tag_Profile_Custom_Mood'])).toEqual([
      'Tag_Profile_Custom_Mood',
      'Tag_Profile_Custom_City',
    ]);
  });
});
