import { TYPES } from '../../constants';
import type { GroupType } from '../../constants';
import { ChatError } from '../../errors';
import { utf8Bytes } from '../../rules/bytes';
import { GROUP_CODE } from './codes';
import { COMMUNITY_ID_PREFIX, GROUP_BYTES, SYSTEM_ID_PREFIX } from './limits';

/**
 * createGroup's custom groupID. The SDK itself refuses a Community ID without `@TGS#_` and an `@TGS#_` ID on
 * any other type (2602, group-module.js createGroup). The server then wants printable ASCII, ≤ 48 bytes, and
 * no `@TGS#` prefix, which it keeps for its own IDs ([LIM-zh]); its code for breaking that is UNCONFIRMED,
 * 10015 ("invalid groupID") here.
 */
export function checkCustomGroupID(type: GroupType, groupID: string): void {
  const community = type === TYPES.GRP_COMMUNITY;
  if (community !== groupID.startsWith(COMMUNITY_ID_PREFIX)) {
    throw new ChatError(
      GROUP_CODE.ILLEGAL_GROUP_ID,
      community
        ? `createGroup: a Community's groupID must start with ${COMMUNITY_ID_PREFIX}`
        : `createGroup: only a Community's groupID may start with ${COMMUNITY_ID_PREFIX}`,
    );
  }
  if (!/^[\x20-\x7e]+$/.test(groupID)) {
    throw new ChatError(GROUP_CODE.INVALID_GROUP_ID, 'createGroup: groupID must be printable ASCII (0x20-0x7E)');
  }
  if (utf8Bytes(groupID) > GROUP_BYTES.groupID) {
    throw new ChatError(GROUP_CODE.INVALID_GROUP_ID, `createGroup: groupID exceeds ${GROUP_BYTES.groupID} bytes`);
  }
  if (!community && groupID.startsWith(SYSTEM_ID_PREFIX)) {
    throw new ChatError(GROUP_CODE.INVALID_GROUP_ID, `createGroup: a custom groupID must not start with ${SYSTEM_ID_PREFIX}`);
  }
}

/**
 * The digit or letter after `@TGS#` per type imitates the IDs seen in the docs (`@TGS#2…`, `@TGS#a…` for
 * AVChatRoom); which character the live service uses per type is UNCONFIRMED. Communities get `@TGS#_`.
 */
const TYPE_MARK: Record<GroupType, string> = {
  Private: '1',
  Public: '2',
  ChatRoom: '3',
  AVChatRoom: 'a',
  Community: '_',
};

const ID_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

export function generateGroupID(
  type: GroupType,
  taken: (groupID: string) => boolean,
  random: () => number = Math.random,
): string {
  for (;;) {
    let body = '';
    for (let i = 0; i < 9; i++) body += ID_ALPHABET[Math.floor(random() * ID_ALPHABET.length)];
    const groupID = `${SYSTEM_ID_PREFIX}${TYPE_MARK[type]}${body}`;
    if (!taken(groupID)) return groupID;
  }
}
