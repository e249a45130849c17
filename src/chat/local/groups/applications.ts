import { GROUP_NOTICE, TYPES } from '../../constants';
import { canHandleApplications } from '../../rules/group-permissions';
import type { GroupApplication, GroupApplicationListResult, GroupResult } from '../../types';
import type { Session } from '../core/session';
import { paramsFailed } from '../status';
import { announceNotice, announceTip } from './announce';
import { GROUP_CODE } from './codes';
import { answer, refuse } from './context';
import type { GroupContext, GroupOutcome } from './context';
import { HANDLED_APPLICATIONS_KEPT } from './limits';
import { roomLeft, stageJoin } from './membership';
import type { ApplicationRecord, GroupRecord } from './model';
import { optionalString, readOptions } from './params';
import type { Options } from './params';
import { memberAtSeq, memberOf } from './reader';
import type { GroupTx } from './tx';
import { groupView } from './views';

/** A repeated request (same applicant, same invitee) replaces the pending one: one entry per person. */
export function addApplication(tx: GroupTx, application: Omit<ApplicationRecord, 'id'>): ApplicationRecord {
  const book = tx.applications(application.groupID);
  const record: ApplicationRecord = { ...application, id: `${application.time.toString(36)}${Math.random().toString(36).slice(2, 10)}` };
  const pending = book.pending.filter(
    (other) =>
      !(other.type === application.type && other.applicant === application.applicant && other.userID === application.userID),
  );
  tx.setApplications(application.groupID, { pending: [...pending, record], handled: book.handled });
  return record;
}

function toApplication(ctx: GroupContext, record: ApplicationRecord, groupName: string): GroupApplication {
  return {
    applicant: record.applicant,
    applicantNick: ctx.accounts.card(record.applicant).nick,
    groupID: record.groupID,
    groupName,
    applicationType: record.type,
    userID: record.userID,
    note: record.note,
    authentication: record.id,
    messageKey: record.time,
  };
}

/** Pending requests of every group the caller owns or administers, oldest first. */
export function getGroupApplicationList(ctx: GroupContext, session: Session): GroupOutcome<GroupApplicationListResult> {
  const list: GroupApplication[] = [];
  for (const [groupID, seq] of ctx.state.entriesOf(session.userID)) {
    const group = ctx.state.profile(groupID);
    const self = group ? memberAtSeq(ctx.state, groupID, session.userID, seq) : undefined;
    if (!group || !self || !canHandleApplications(self.role)) continue;
    for (const record of ctx.state.applications(groupID).pending) list.push(toApplication(ctx, record, group.name));
  }
  list.sort((a, b) => a.messageKey - b.messageKey);
  return answer({ applicationList: list });
}

interface ApplicationRef {
  groupID: string;
  applicant: string;
  userID: string;
  type: number;
  authentication: string | undefined;
}

function field(value: unknown, name: string): unknown {
  return typeof value === 'object' && value !== null ? Reflect.get(value, name) : undefined;
}

/**
 * The application the SDK passes back, in either form it takes (group-module.js handleGroupApplication):
 * `message`, the join request notice (GRP_SYS_NOTICE 1: `payload.operatorID` is the applicant, with
 * `groupProfile.groupID`, `authentication` and `messageKey`), which it prefers; or `application`, an entry of
 * getGroupApplicationList.
 */
function readApplicationRef(api: string, options: Options): ApplicationRef {
  const payload = field(options.message, 'payload');
  if (payload !== undefined) {
    const groupID = field(field(payload, 'groupProfile'), 'groupID');
    const applicant = field(payload, 'operatorID');
    const auth = field(payload, 'authentication');
    if (typeof groupID !== 'string' || groupID === '' || typeof applicant !== 'string' || applicant === '') {
      throw paramsFailed(api, 'message must be a group system notice of a join request');
    }
    return { groupID, applicant, userID: '', type: 0, authentication: typeof auth === 'string' && auth !== '' ? auth : undefined };
  }
  const value = options.application;
  const groupID = field(value, 'groupID');
  const applicant = field(value, 'applicant');
  if (typeof groupID !== 'string' || groupID === '' || typeof applicant !== 'string' || applicant === '') {
    throw paramsFailed(api, 'application must be an entry of getGroupApplicationList');
  }
  const auth = field(value, 'authentication');
  const userID = field(value, 'userID');
  return {
    groupID,
    applicant,
    userID: typeof userID === 'string' ? userID : '',
    type: field(value, 'applicationType') === 2 ? 2 : 0,
    authentication: typeof auth === 'string' && auth !== '' ? auth : undefined,
  };
}

function matches(record: ApplicationRecord, ref: ApplicationRef): boolean {
  if (ref.authentication !== undefined) return record.id === ref.authentication;
  return record.applicant === ref.applicant && record.type === ref.type && (ref.type === 0 || record.userID === ref.userID);
}

/**
 * Owner or admin only (10007). Once one of them decided, the request is gone: a second decision gets 10024.
 * Agreeing when the group is full is refused with 10014 and leaves the request pending.
 */
export function handleGroupApplication(ctx: GroupContext, session: Session, raw: unknown): GroupOutcome<GroupResult> {
  const api = 'handleGroupApplication';
  const options = readOptions(api, raw);
  const handleMessage = optionalString(api, options, 'handleMessage') ?? '';
  const action = options.handleAction;
  if (action !== 'Agree' && action !== 'Reject') {
    // UNCONFIRMED code: the SDK sends any string; the server's "invalid parameter".
    throw refuse(GROUP_CODE.INVALID_PARAMETER, `${api}: handleAction must be 'Agree' or 'Reject'`);
  }
  const ref = readApplicationRef(api, options);
  const { group, self } = ctx.operator(api, ref.groupID, session.userID);
  if (!canHandleApplications(self.role)) throw ctx.denied(api, 'only the owner and admins handle applications');
  const book = ctx.state.applications(ref.groupID);
  const record = book.pending.find((entry) => matches(entry, ref));
  if (!record) {
    if (book.handled.some((entry) => matches(entry, ref))) {
      throw refuse(GROUP_CODE.ALREADY_HANDLED, `${api}: this application was already handled`);
    }
    // UNCONFIRMED code: an application the server never had.
    throw refuse(GROUP_CODE.INVALID_PARAMETER, `${api}: no such pending application`);
  }
  const tx = ctx.tx();
  const joiner = record.type === 0 ? record.applicant : record.userID;
  let joined = false;
  // UNCONFIRMED: agreeing to someone who got in meanwhile (invited) just closes the request.
  if (action === 'Agree' && !memberOf(ctx.state, ref.groupID, joiner)) {
    if (roomLeft(group) < 1) throw refuse(GROUP_CODE.GROUP_FULL, `${api}: ${ref.groupID} is full`);
    if (ctx.atGroupLimit(joiner, group.type)) {
      throw refuse(GROUP_CODE.TOO_MANY_GROUPS, `${api}: ${joiner} is already in ${ctx.plan.maxGroupsPerUser} groups`);
    }
    stageJoin(tx, ref.groupID, joiner, TYPES.GRP_MBR_ROLE_MEMBER, ctx.nowSec());
    joined = true;
  }
  const handled = [...book.handled, record].slice(-HANDLED_APPLICATIONS_KEPT);
  tx.setApplications(ref.groupID, { pending: book.pending.filter((entry) => entry !== record), handled });
  tx.commit();
  announceDecision(ctx, session, group, record, action, handleMessage, joined);
  // The applicant's instances fetch the group on the approval notice and emit the new list (notice 2).
  if (joined) ctx.notifyLists([joiner]);
  const after = ctx.requireGroup(api, ref.groupID);
  return answer({ group: groupView(after, memberOf(ctx.state, ref.groupID, session.userID)) });
}

/**
 * A request to join: the applicant hears the decision (2 agreed / 3 rejected, with the handler's
 * handleMessage), and a join is a JOIN tip to the group. Other admins get nothing: their copy of the request
 * goes stale and handling it answers 10024 (seed 004 handleGroupApplication).
 *
 * UNCONFIRMED, a member's invitation waiting for approval (applicationType 2; TIMGroupReportType
 * kTIMGroupReport_InviteReqToAdmin, for which the Web SDK has no operationType): an approval pulls the
 * invitee in as addGroupMember does (7 to the invitee, JOIN tip); a refusal tells nobody.
 */
function announceDecision(
  ctx: GroupContext,
  session: Session,
  group: GroupRecord,
  record: ApplicationRecord,
  action: 'Agree' | 'Reject',
  handleMessage: string,
  joined: boolean,
): void {
  const operatorID = session.userID;
  if (record.type === 0) {
    const operationType = action === 'Agree' ? GROUP_NOTICE.JOIN_ACCEPTED : GROUP_NOTICE.JOIN_REJECTED;
    announceNotice(ctx, [record.applicant], group, { operationType, operatorID, handleMessage });
  } else if (joined) {
    announceNotice(ctx, [record.userID], group, { operationType: GROUP_NOTICE.INVITED, operatorID });
  }
  // UNCONFIRMED: the JOIN tip of an approved request names the handler as operator (the tip's text is about
  // userIDList either way, index.es.js Message nick/avatar from memberList[0] for JOIN).
  const joiner = record.type === 0 ? record.applicant : record.userID;
  if (joined) announceTip(ctx, group.groupID, { operationType: TYPES.GRP_TIP_MBR_JOIN, operatorID, userIDList: [joiner] });
}
