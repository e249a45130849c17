/*
 * Group attributes as SDK 3.6.6 answers them (modules/group-module.js, GroupAttributesHandler): plain
 * key → value objects of strings; index.d.ts types them `any`.
 */

export type GroupAttributes = Record<string, string>;

/** initGroupAttributes, setGroupAttributes (the attributes sent) and getGroupAttributes (those asked for). */
export interface GroupAttributesResult {
  groupAttributes: GroupAttributes;
}

/** deleteGroupAttributes: the keys the caller's instance knew and removed. */
export interface GroupAttributeKeysResult {
  keyList: string[];
}

/** GROUP_ATTRIBUTES_UPDATED: every attribute of the group now, and what changed against the instance's view. */
export interface GroupAttributesUpdate {
  groupID: string;
  groupAttributes: GroupAttributes;
  updatedKeyList: string[];
  deletedKeyList: string[];
}
