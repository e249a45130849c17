/**
 * Display names of the custom profile fields (`Tag_Profile_Custom_*`, registered in the Chat console) in
 * each language the app speaks. My profile offers a cell for each field named here (and for each key of
 * VITE_PROFILE_CUSTOM_KEYS), and cards label them with these names; a key with no name here shows without
 * its prefix. Edit this list when you register fields for your app.
 */
export interface LocalizedName {
  'zh-Hans': string;
  en: string;
}

export const PROFILE_CUSTOM_FIELD_NAMES: Readonly<Record<string, LocalizedName>> = {
  // The demo data's one field (src/chat/local/demo-people.ts): a short line about the person.
  Tag_Profile_Custom_Test1: { 'zh-Hans': '个性标签', en: 'Tagline' },
};
