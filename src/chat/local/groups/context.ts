import { EVENT, TYPES } from '../../constants';
import { ChatError } from '../../errors';
import type { Group } from '../../types';
import type { GroupEventSink, ServiceHost } from '../core/host';
import type { Session } from '../core/session';
import { AccountDirectory } from './accounts';
import { GROUP_CODE } from './codes';
import type { GroupRecord, MemberRecord } from './model';
import { memberAtSeq, memberOf } from './reader';
import type { GroupState } from './state';
import { GroupTx } from './tx';
import { groupView } from './views';

export interface GroupPlan {
  /** Members per non-AVChatRoom group (10014 beyond); the plan's cap, 6000 on Enterprise. */
  maxMembersPerGroup: number;
  /** Groups one user may be in, AVChatRooms not counted (10037 beyond). */
  maxGroupsPerUser: number;
}

/**
 * What an operation answers, plus whether the caller's own instance should emit GROUP_LIST_UPDATED before
 * resolving, as the SDK does after create, join, quit, dismiss and transfer.
 */
export interface GroupOutcome<T> {
  data: T;
  selfListChanged: boolean;
}

export function answer<T>(data: T, selfListChanged = false): GroupOutcome<T> {
  return { data, selfListChanged };
}

export function refuse(code: number, message: string): ChatError {
  return new ChatError(code, message);
}

/** Everything the operations share: state, accounts, the clock, and the way events leave the service. */
export class GroupContext {
  readonly accounts: AccountDirectory;

  constructor(
    readonly host: Pick<ServiceHost, 'clock' | 'pushToUser' | 'problems'>,
    readonly state: GroupState,
    readonly plan: GroupPlan,
    accounts: AccountDirectory,
    /** Where group operations announce tips (to the group) and system notices (to users). */
    readonly events: GroupEventSink,
  ) {
    this.accounts = accounts;
  }

  nowSec(): number {
    return Math.floor(this.host.clock() / 1000);
  }

  tx(): GroupTx {
    return new GroupTx(this.state);
  }

  /** 10010: the group never existed or was dismissed. */
  requireGroup(api: string, groupID: string): GroupRecord {
    const group = this.state.profile(groupID);
    if (!group) throw refuse(GROUP_CODE.GROUP_NOT_FOUND, `${api}: group ${groupID} does not exist or was dismissed`);
    return group;
  }

  /**
   * UNCONFIRMED: the server's code for an operator who is not a member; 10007 ("permission denied", whose
   * V2TIMErrorCode.h example is a common member kicking) is the most likely for every refused operation.
   */
  requireMember(api: string, groupID: string, userID: string): MemberRecord {
    const member = memberOf(this.state, groupID, userID);
    if (!member) throw refuse(GROUP_CODE.PERMISSION_DENIED, `${api}: ${userID} is not a member of ${groupID}`);
    return member;
  }

  /**
   * The group and the user's membership when the user is in it, i.e. when the caller's SDK would have the
   * group in its list; undefined otherwise. Checks nothing, refuses nothing.
   */
  localGroup(groupID: string, userID: string): { group: GroupRecord; self: MemberRecord } | undefined {
    const group = this.state.profile(groupID);
    const self = group ? memberOf(this.state, groupID, userID) : undefined;
    return group && self ? { group, self } : undefined;
  }

  /** Group and operator as the server sees them: 10010 for no group, 10007 for an operator outside it. */
  operator(api: string, groupID: string, userID: string): { group: GroupRecord; self: MemberRecord } {
    const group = this.requireGroup(api, groupID);
    return { group, self: this.requireMember(api, groupID, userID) };
  }

  denied(api: string, what: string): ChatError {
    return refuse(GROUP_CODE.PERMISSION_DENIED, `${api}: permission denied, ${what}`);
  }

  /**
   * The user's groups as getGroupList answers. AVChatRooms are left out: the doc says the list never holds
   * them, and the server's joined-group list does not (the SDK adds a room it joined to its own copy only
   * for that login, which this service does not imitate).
   */
  listOf(userID: string): Group[] {
    const groups: Group[] = [];
    for (const [groupID, seq] of this.state.entriesOf(userID)) {
      const group = this.state.profile(groupID);
      if (!group || group.type === TYPES.GRP_AVCHATROOM) continue;
      const self = memberAtSeq(this.state, groupID, userID, seq);
      if (self) groups.push(groupView(group, self));
    }
    return groups;
  }

  /** GROUP_LIST_UPDATED with each user's whole list, as the SDK emits, to every instance but `except`. */
  notifyLists(userIDs: Iterable<string>, except?: Session): void {
    for (const userID of new Set(userIDs)) {
      this.host.pushToUser(userID, EVENT.GROUP_LIST_UPDATED, () => this.listOf(userID), except);
    }
  }

  /**
   * Members who have an account, i.e. who could have an instance to tell (bulk demo members cannot log in
   * without becoming accounts). Walking the accounts, not the members, keeps a 6000-member group unloaded.
   */
  accountMembers(groupID: string): string[] {
    return this.accounts.recordedUserIDs().filter((userID) => memberOf(this.state, groupID, userID) !== undefined);
  }

  /** Groups counted against maxGroupsPerUser: AVChatRooms are not (they have their own limit, 10036). */
  groupCount(userID: string): number {
    return this.state.entriesOf(userID).filter(([groupID]) => {
      const group = this.state.profile(groupID);
      return group !== undefined && group.type !== TYPES.GRP_AVCHATROOM;
    }).length;
  }

  atGroupLimit(userID: string, type: GroupRecord['type']): boolean {
    return type !== TYPES.GRP_AVCHATROOM && this.groupCount(userID) >= this.plan.maxGroupsPerUser;
  }
}
