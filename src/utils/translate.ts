/**
 * vue-i18n's `t`, passed into the pure text helpers of src/utils so that they stay plain functions: pages
 * hand them the app's `t`, unit tests a `t` over the same locale files.
 */
export type Translate = (key: string, named?: Record<string, unknown>) => string;

/** An English sentence may start with a name such as "you": its first letter goes upper case (Chinese has none). */
export function sentenceCase(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
