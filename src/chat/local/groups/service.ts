import { ChatError } from '../../errors';
import type {
  AddGroupMemberResult,
  CreateGroupResult,
  DeleteGroupMemberResult,
  Group,
  GroupApplicationListResult,
  GroupIDResult,
  GroupListResult,
  GroupMemberListResult,
  GroupMemberProfileResult,
  GroupMemberResult,
  GroupResult,
  JoinGroupResult,
  OnlineMemberCountResult,
} from '../../types';
import type { ServerCore, Session } from '../server';
import { getGroupApplicationList, handleGroupApplication } from './applications';
import { GroupContext } from './context';
import type { GroupOutcome, GroupPlan } from './context';
import { createGroup } from './create-group';
import { seedDemoGroups } from './demo-groups';
import { GroupStore } from './group-store';
import {
  changeGroupOwner,
  dismissGroup,
  getGroupList,
  getGroupOnlineMemberCount,
  getGroupProfile,
  searchGroupByID,
  setMessageRemindType,
  updateGroupProfile,
} from './group-ops';
import { joinGroup, quitGroup } from './join-quit';
import { DEFAULT_PLAN } from './limits';
import { addGroupMember, deleteGroupMember } from './member-add-remove';
import { setGroupMemberCustomField, setGroupMemberMuteTime, setGroupMemberNameCard, setGroupMemberRole } from './member-edit';
import { getGroupMemberList, getGroupMemberProfile } from './member-list';
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
 * in the operation files. Every method takes the caller's session and the SDK call's raw options, and answers
 * what the SDK would resolve with (or throws what it would reject with).
 */
export class GroupService {
  private readonly ctx: GroupContext;

  constructor(core: ServerCore, options: GroupServiceOptions = {}) {
    const store = new GroupStore(core.storage, core.keyPrefix, core.problems);
    const state = new GroupState(store);
    const plan: GroupPlan = {
      maxMembersPerGroup: positive(options.maxMembersPerGroup, DEFAULT_PLAN.maxMembersPerGroup),
      maxGroupsPerUser: positive(options.maxGroupsPerUser, DEFAULT_PLAN.maxGroupsPerUser),
    };
    this.ctx = new GroupContext(core, state, plan);
    // Another tab changed a group key: drop what memory holds for it; the next use reads the new value.
    core.watchExternalKeys(store.prefix, (key) => {
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

  /** What GROUP_LIST_UPDATED carries for a user: their whole group list. */
  groupListOf(userID: string): Group[] {
    return this.ctx.listOf(userID);
  }

  getGroupList(session: Session): GroupOutcome<GroupListResult> {
    return getGroupList(this.ctx, session);
  }

  getGroupProfile(session: Session, options: unknown): GroupOutcome<GroupResult> {
    return getGroupProfile(this.ctx, session, options);
  }

  createGroup(session: Session, options: unknown): GroupOutcome<CreateGroupResult> {
    return createGroup(this.ctx, session, options);
  }

  updateGroupProfile(session: Session, options: unknown): GroupOutcome<GroupResult> {
    return updateGroupProfile(this.ctx, session, options);
  }

  dismissGroup(session: Session, groupID: unknown): GroupOutcome<GroupIDResult> {
    return dismissGroup(this.ctx, session, groupID);
  }

  joinGroup(session: Session, options: unknown): GroupOutcome<JoinGroupResult> {
    return joinGroup(this.ctx, session, options);
  }

  quitGroup(session: Session, groupID: unknown): GroupOutcome<GroupIDResult> {
    return quitGroup(this.ctx, session, groupID);
  }

  searchGroupByID(session: Session, groupID: unknown): GroupOutcome<GroupResult> {
    return searchGroupByID(this.ctx, session, groupID);
  }

  getGroupOnlineMemberCount(session: Session, groupID: unknown): GroupOutcome<OnlineMemberCountResult> {
    return getGroupOnlineMemberCount(this.ctx, session, groupID);
  }

  changeGroupOwner(session: Session, options: unknown): GroupOutcome<GroupResult> {
    return changeGroupOwner(this.ctx, session, options);
  }

  getGroupApplicationList(session: Session): GroupOutcome<GroupApplicationListResult> {
    return getGroupApplicationList(this.ctx, session);
  }

  handleGroupApplication(session: Session, options: unknown): GroupOutcome<GroupResult> {
    return handleGroupApplication(this.ctx, session, options);
  }

  setMessageRemindType(session: Session, options: unknown): GroupOutcome<GroupResult> {
    return setMessageRemindType(this.ctx, session, options);
  }

  getGroupMemberList(session: Session, options: unknown): GroupOutcome<GroupMemberListResult> {
    return getGroupMemberList(this.ctx, session, options);
  }

  getGroupMemberProfile(session: Session, options: unknown): GroupOutcome<GroupMemberProfileResult> {
    return getGroupMemberProfile(this.ctx, session, options);
  }

  addGroupMember(session: Session, options: unknown): GroupOutcome<AddGroupMemberResult> {
    return addGroupMember(this.ctx, session, options);
  }

  deleteGroupMember(session: Session, options: unknown): GroupOutcome<DeleteGroupMemberResult> {
    return deleteGroupMember(this.ctx, session, options);
  }

  setGroupMemberMuteTime(session: Session, options: unknown): GroupOutcome<GroupMemberResult> {
    return setGroupMemberMuteTime(this.ctx, session, options);
  }

  setGroupMemberRole(session: Session, options: unknown): GroupOutcome<GroupMemberResult> {
    return setGroupMemberRole(this.ctx, session, options);
  }

  setGroupMemberNameCard(session: Session, options: unknown): GroupOutcome<GroupMemberResult> {
    return setGroupMemberNameCard(this.ctx, session, options);
  }

  setGroupMemberCustomField(session: Session, options: unknown): GroupOutcome<GroupMemberResult> {
    return setGroupMemberCustomField(this.ctx, session, options);
  }
}
