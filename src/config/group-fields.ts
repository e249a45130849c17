import type { LocalizedName } from './profile-fields';

/**
 * Display names of the group custom fields (group profile) and the member custom fields your app registers
 * in the Chat console, in each language the app speaks. The group page offers a cell for each group field
 * named here, and the member fields page one for each member field; a key with no name here shows as it is
 * stored. Edit these lists when you register fields for your app.
 */
export const GROUP_CUSTOM_FIELD_NAMES: Readonly<Record<string, LocalizedName>> = {
  // The demo groups' fields (src/chat/local/groups/demo-groups.ts).
  project: { 'zh-Hans': '项目', en: 'Project' },
  level: { 'zh-Hans': '级别', en: 'Level' },
  city: { 'zh-Hans': '城市', en: 'City' },
  theme: { 'zh-Hans': '本月主题', en: 'Theme of the month' },
};

export const MEMBER_CUSTOM_FIELD_NAMES: Readonly<Record<string, LocalizedName>> = {
  team: { 'zh-Hans': '团队', en: 'Team' },
  dept: { 'zh-Hans': '部门', en: 'Department' },
  camera: { 'zh-Hans': '相机', en: 'Camera' },
  shift: { 'zh-Hans': '班次', en: 'Shift' },
};
