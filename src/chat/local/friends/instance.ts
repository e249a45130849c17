import { EVENT, TYPES } from '../../constants';
import {
  ACCEPT_FRIEND_TYPES,
  ADD_FRIEND_TYPES,
  CHECK_FRIEND_TYPES,
  DELETE_FRIEND_TYPES,
  FRIEND_APPLICATION_TYPES,
} from '../../friend-types';
import type {
  AddFriendResult,
  CheckFriendResult,
  CreateFriendGroupResult,
  DeleteFriendResult,
  Friend,
  FriendApplicationListResult,
  FriendGroup,
  FriendGroupUpdateResult,
  FriendProfileResult,
} from '../../friend-types';
import { oneOf } from '../../guards';
import type { NoData } from '../../port';
import { utf8Bytes } from '../../rules/bytes';
import { remarkViolation, sdkSourceViolation } from '../../rules/friend-arguments';
import { FRIEND_CODE, FRIEND_LIMITS, friendCustomFieldViolation } from '../../rules/friends';
import type { ChatEventName, ChatEventPayloads, CustomField, UserFailure } from '../../types';
import type { Session } from '../core/session';
import { readOptions, requireArray, requireString, stringList } from '../groups/params';
import type { Options } from '../groups/params';
import { refuse } from './context';
import type { FriendContext } from './context';
import { checkFriends, deleteFriends, updateFriend } from './friend-ops';
import { createFriendGroup, deleteFriendGroup, moveFriends, renameFriendGroup } from './friend-groups';
import { acceptRequest, addFriend, deleteRequest, markRequestsRead, refuseRequest } from './requests';

type Emit = <E extends ChatEventName>(eventName: E, makeData: () => ChatEventPayloads[E]) => void;

function ok<T>(data: T): { code: 0; data: T } {
  return { code: 0, data };
}

const NOT_MY_FRIEND_TEXT = 'not on your friend list';

/** An optional string option the SDK forwards as it is: the server refuses anything else (30001). */
function forwardedString(api: string, options: Options, field: string): string {
  const value = options[field];
  if (value === undefined || value === null) return '';
  if (typeof value !== 'string') throw refuse(FRIEND_CODE.INVALID_PARAMETERS, `${api}: ${field} must be a string`);
  return value;
}

/**
 * The relationship chain as one SDK instance speaks it (relationship-module.js): its schema checks and
 * defaults, the refusals it makes from its own cache (2700, 2710, 2711, 2716), and the events it emits itself
 * before resolving (FRIEND_LIST_UPDATED after updateFriend, FRIEND_GROUP_LIST_UPDATED after a group change).
 * The cache is the server's state here, kept current by the server's pushes.
 */
export class FriendInstance {
  constructor(
    private readonly ctx: FriendContext,
    private readonly emit: Emit,
  ) {}

  /** What the SDK announces once its first sync after login is done (the group list only when not empty). */
  announce(session: Session): void {
    const userID = session.userID;
    this.emit(EVENT.FRIEND_LIST_UPDATED, () => this.ctx.listOf(userID));
    if (this.ctx.state.user(userID).meta.groups.length > 0) this.emit(EVENT.FRIEND_GROUP_LIST_UPDATED, () => this.ctx.groupsOf(userID));
    this.emit(EVENT.FRIEND_APPLICATION_LIST_UPDATED, () => this.ctx.requestsOf(userID));
  }

  getFriendList(session: Session) {
    return ok(this.ctx.listOf(session.userID));
  }

  addFriend(session: Session, raw: unknown): { code: 0; data: AddFriendResult } {
    const api = 'addFriend';
    const options = readOptions(api, raw);
    const to = requireString(api, options, 'to');
    const problem = sdkSourceViolation(api, options.source) ?? remarkViolation(api, options.remark);
    if (problem) throw problem;
    const type = oneOf(ADD_FRIEND_TYPES, options.type) ? options.type : TYPES.SNS_ADD_TYPE_BOTH;
    return ok(
      addFriend(this.ctx, session, {
        to,
        source: String(options.source),
        wording: forwardedString(api, options, 'wording'),
        remark: forwardedString(api, options, 'remark'),
        groupName: forwardedString(api, options, 'groupName'),
        type,
      }),
    );
  }

  /** The SDK keeps the first 1000 IDs and fails users not on its list with 2700 without asking the server. */
  deleteFriend(session: Session, raw: unknown): { code: 0; data: DeleteFriendResult } {
    const api = 'deleteFriend';
    const options = readOptions(api, raw);
    const userIDs = stringList(api, 'userIDList', requireArray(api, options, 'userIDList')).slice(0, FRIEND_LIMITS.maxDelete);
    const type = oneOf(DELETE_FRIEND_TYPES, options.type) ? options.type : TYPES.SNS_DELETE_TYPE_BOTH;
    const failureUserIDList: UserFailure[] = [];
    const friends: string[] = [];
    for (const userID of new Set(userIDs)) {
      if (this.isFriend(session, userID)) friends.push(userID);
      else failureUserIDList.push(this.notFriend(userID));
    }
    if (friends.length === 0) return ok({ successUserIDList: [], failureUserIDList });
    const { success, failure } = deleteFriends(this.ctx, session, friends, type);
    return ok({ successUserIDList: success.map((userID) => ({ userID })), failureUserIDList: [...failureUserIDList, ...failure] });
  }

  /** UNCONFIRMED: the server's answer past 1000 IDs (index.d.ts: "cannot exceed 1,000"); refused whole here. */
  checkFriend(session: Session, raw: unknown): { code: 0; data: CheckFriendResult } {
    const api = 'checkFriend';
    const options = readOptions(api, raw);
    const userIDs = stringList(api, 'userIDList', requireArray(api, options, 'userIDList'));
    if (userIDs.length > FRIEND_LIMITS.maxCheck) {
      throw refuse(FRIEND_CODE.INVALID_PARAMETERS, `${api}: at most ${FRIEND_LIMITS.maxCheck} userIDs per call, got ${userIDs.length}`);
    }
    const type = oneOf(CHECK_FRIEND_TYPES, options.type) ? options.type : TYPES.SNS_CHECK_TYPE_BOTH;
    return ok({ successUserIDList: checkFriends(this.ctx, session, userIDs, type), failureUserIDList: [] });
  }

  getFriendProfile(session: Session, raw: unknown): { code: 0; data: FriendProfileResult } {
    const api = 'getFriendProfile';
    const options = readOptions(api, raw);
    const friendList: Friend[] = [];
    const failureUserIDList: UserFailure[] = [];
    for (const userID of stringList(api, 'userIDList', requireArray(api, options, 'userIDList'))) {
      const friend = this.ctx.friendOf(session.userID, userID);
      if (friend) friendList.push(friend);
      else failureUserIDList.push(this.notFriend(userID));
    }
    return ok({ friendList, failureUserIDList });
  }

  updateFriend(session: Session, raw: unknown): { code: 0; data: Friend } {
    const api = 'updateFriend';
    const options = readOptions(api, raw);
    const userID = requireString(api, options, 'userID');
    const problem = remarkViolation(api, options.remark) ?? friendCustomFieldViolation(api, options.friendCustomField);
    if (problem) throw problem;
    if (!this.isFriend(session, userID)) throw refuse(FRIEND_CODE.NOT_MY_FRIEND, `${api}: ${userID} is ${NOT_MY_FRIEND_TEXT}`);
    const remark = typeof options.remark === 'string' ? options.remark : undefined;
    const custom = Array.isArray(options.friendCustomField) ? (options.friendCustomField as CustomField[]) : [];
    const friend = updateFriend(this.ctx, session, userID, remark, custom.map(({ key, value }) => ({ key, value })));
    // The SDK updates its copy and emits the list (throttled) whether or not anything changed.
    this.emit(EVENT.FRIEND_LIST_UPDATED, () => this.ctx.listOf(session.userID));
    return ok(friend);
  }

  getFriendApplicationList(session: Session): { code: 0; data: FriendApplicationListResult } {
    return ok(this.ctx.requestsOf(session.userID));
  }

  acceptFriendApplication(session: Session, raw: unknown): { code: 0; data: NoData } {
    const api = 'acceptFriendApplication';
    const options = readOptions(api, raw);
    const userID = requireString(api, options, 'userID');
    const remark = forwardedString(api, options, 'remark');
    const bytes = utf8Bytes(remark);
    if (bytes > FRIEND_LIMITS.remarkBytes) {
      throw refuse(FRIEND_CODE.INVALID_PARAMETERS, `${api}: the remark is ${bytes} bytes; at most ${FRIEND_LIMITS.remarkBytes} bytes are allowed`);
    }
    const type = oneOf(ACCEPT_FRIEND_TYPES, options.type) ? options.type : TYPES.SNS_APPLICATION_AGREE_AND_ADD;
    acceptRequest(this.ctx, session, userID, remark, type);
    return ok({});
  }

  refuseFriendApplication(session: Session, raw: unknown): { code: 0; data: NoData } {
    const api = 'refuseFriendApplication';
    refuseRequest(this.ctx, session, requireString(api, readOptions(api, raw), 'userID'));
    return ok({});
  }

  /** The SDK answers 2716 for a request not in its list, received ones unless `type` says sent. */
  deleteFriendApplication(session: Session, raw: unknown): { code: 0; data: NoData } {
    const api = 'deleteFriendApplication';
    const options = readOptions(api, raw);
    const userID = requireString(api, options, 'userID');
    const type = oneOf(FRIEND_APPLICATION_TYPES, options.type) ? options.type : TYPES.SNS_APPLICATION_SENT_TO_ME;
    const listed = this.ctx.state.user(session.userID).pending.some((record) => record.userID === userID && record.type === type);
    if (!listed) throw refuse(FRIEND_CODE.APPLICATION_NOT_FOUND, `${api}: there is no ${type} request of ${userID}`);
    deleteRequest(this.ctx, session, userID, type);
    return ok({});
  }

  setFriendApplicationRead(session: Session): { code: 0; data: NoData } {
    markRequestsRead(this.ctx, session);
    return ok({});
  }

  getFriendGroupList(session: Session): { code: 0; data: FriendGroup[] } {
    return ok(this.ctx.groupsOf(session.userID));
  }

  createFriendGroup(session: Session, raw: unknown): { code: 0; data: CreateFriendGroupResult } {
    const api = 'createFriendGroup';
    const options = readOptions(api, raw);
    const name = requireString(api, options, 'name');
    if (this.hasGroup(session, name)) throw refuse(FRIEND_CODE.FRIEND_GROUP_EXISTS, `${api}: you already have a friend group "${name}"`);
    const list = Array.isArray(options.userIDList) ? stringList(api, 'userIDList', options.userIDList) : [];
    const result = createFriendGroup(this.ctx, session, name, list);
    this.emitGroups(session);
    return ok(result);
  }

  deleteFriendGroup(session: Session, raw: unknown): { code: 0; data: FriendGroup } {
    const api = 'deleteFriendGroup';
    const name = this.existingGroup(session, api, readOptions(api, raw), 'name');
    const group = deleteFriendGroup(this.ctx, session, name);
    this.emitGroups(session);
    return ok(group);
  }

  addToFriendGroup(session: Session, raw: unknown): { code: 0; data: FriendGroupUpdateResult } {
    return this.moveFriends(session, 'addToFriendGroup', raw, true);
  }

  removeFromFriendGroup(session: Session, raw: unknown): { code: 0; data: FriendGroupUpdateResult } {
    return this.moveFriends(session, 'removeFromFriendGroup', raw, false);
  }

  renameFriendGroup(session: Session, raw: unknown): { code: 0; data: FriendGroup } {
    const api = 'renameFriendGroup';
    const options = readOptions(api, raw);
    const oldName = this.existingGroup(session, api, options, 'oldName');
    const group = renameFriendGroup(this.ctx, session, oldName, requireString(api, options, 'newName'));
    this.emitGroups(session);
    return ok(group);
  }

  /** The SDK sends only users on its friend list and emits only when it sent someone. */
  private moveFriends(session: Session, api: string, raw: unknown, into: boolean): { code: 0; data: FriendGroupUpdateResult } {
    const options = readOptions(api, raw);
    const name = this.existingGroup(session, api, options, 'name');
    const friends = stringList(api, 'userIDList', requireArray(api, options, 'userIDList')).filter((userID) => this.isFriend(session, userID));
    const { friendGroup, failureUserIDList } = moveFriends(this.ctx, session, name, friends, into);
    if (friends.length > 0) this.emitGroups(session);
    return ok({ friendGroup, failureUserIDList });
  }

  private existingGroup(session: Session, api: string, options: Options, field: string): string {
    const name = requireString(api, options, field);
    if (!this.hasGroup(session, name)) throw refuse(FRIEND_CODE.FRIEND_GROUP_NOT_FOUND, `${api}: you have no friend group "${name}"`);
    return name;
  }

  private hasGroup(session: Session, name: string): boolean {
    return this.ctx.state.user(session.userID).meta.groups.includes(name);
  }

  private emitGroups(session: Session): void {
    this.emit(EVENT.FRIEND_GROUP_LIST_UPDATED, () => this.ctx.groupsOf(session.userID));
  }

  private isFriend(session: Session, userID: string): boolean {
    return Boolean(this.ctx.state.user(session.userID).relations.get(userID)?.friend);
  }

  private notFriend(userID: string): UserFailure {
    return { userID, code: FRIEND_CODE.NOT_MY_FRIEND, message: `${userID} is ${NOT_MY_FRIEND_TEXT}` };
  }
}
