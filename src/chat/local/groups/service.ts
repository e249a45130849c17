import { ChatError } from '../../errors';
import type { Group } from '../../types';
import type { AccountService } from '../accounts/accounts';
import type { GroupDirectory, GroupEventSink, GroupFacts, MemberFacts, Presence, ServiceHost } from '../core/host';
import { AccountDirectory } from './accounts';
import { GroupContext } from './context';
import type { GroupPlan } from './context';
import { seedDemoGroups } from './demo-groups';
import { GroupStore } from './group-store';
import { DEFAULT_PLAN } from './limits';
import { memberOf } from './reader';
import { GroupState } from './state';

export interface GroupServiceOptions {
  seed?: 'demo' | 'none';
  /** The plan's members per group (non-AVChatRoom); default 6000. */
  maxMembersPerGroup?: number;
  /** The plan's groups per user; default 5000. */
  maxGroupsPerUser?: number;
}

function positive(value: number | undefined, fallback: number): number {
  return value !== undefined && Number.isInteger(value) && value > 0 ? value : fallback;
}

/**
 * Groups and group members of the embedded service: state in ./state (lazily loaded, chunked storage), rules
 * in the operation files, each of which takes `ctx`, the caller's session and the SDK call's raw options, and
 * answers what the SDK would resolve with (or throws what it would reject with).
 */
export class GroupService implements GroupDirectory {
  /** What the operations (applications.ts, group-ops.ts, member-*.ts, …) take; LocalClient calls them with it. */
  readonly ctx: GroupContext;

  constructor(
    host: ServiceHost,
    accounts: Pick<AccountService, 'hasUser' | 'nickAndAvatar' | 'userIDs'>,
    presence: Pick<Presence, 'isOnline'>,
    events: GroupEventSink,
    options: GroupServiceOptions = {},
  ) {
    const store = new GroupStore(host.storage, host.keyPrefix, host.problems);
    const state = new GroupState(store);
    const plan: GroupPlan = {
      maxMembersPerGroup: positive(options.maxMembersPerGroup, DEFAULT_PLAN.maxMembersPerGroup),
      maxGroupsPerUser: positive(options.maxGroupsPerUser, DEFAULT_PLAN.maxGroupsPerUser),
    };
    this.ctx = new GroupContext(host, state, plan, new AccountDirectory(accounts, presence, state), events);
    // Another tab changed a group key: drop what memory holds for it; the next use reads the new value.
    host.watchExternalKeys(store.prefix, (key) => {
      state.forget(key);
    });
    if (options.seed === 'demo' && !store.hasAnyGroup()) {
      try {
        seedDemoGroups(this.ctx, this.ctx.nowSec());
      } catch (error) {
        // The store has listed the failed write in `problems`; the service runs on without demo groups.
        if (!(error instanceof ChatError)) throw error;
      }
    }
  }

  group(groupID: string): GroupFacts | undefined {
    const group = this.ctx.state.profile(groupID);
    if (!group) return undefined;
    const { type, name, avatar, ownerID, muteAllMembers, memberCount } = group;
    return { groupID, type, name, avatar, ownerID, muteAllMembers, memberCount };
  }

  member(groupID: string, userID: string): MemberFacts | undefined {
    const member = memberOf(this.ctx.state, groupID, userID);
    if (!member) return undefined;
    return { role: member.role, nameCard: member.nameCard, muteUntil: member.muteUntil, remindType: member.remindType };
  }

  accountMembers(groupID: string): string[] {
    return this.ctx.accountMembers(groupID);
  }

  groupIDsOf(userID: string): string[] {
    return this.ctx.state.entriesOf(userID).map(([groupID]) => groupID);
  }

  /** What GROUP_LIST_UPDATED carries for a user: their whole group list. */
  groupListOf(userID: string): Group[] {
    return this.ctx.listOf(userID);
  }
}
