import { TYPES } from '../../constants';
import { canHandleApplications } from '../../rules/group-permissions';
import type { GroupApplication, GroupApplicationListResult, GroupResult } from '../../types';
import type { Session } from '../core/session';
import { paramsFailed } from '../status';
import { GROUP_CODE } from './codes';
import { answer, refuse } from './context';
import type { GroupContext, GroupOutcome } from './context';
import { HANDLED_APPLICATIONS_KEPT } from './limits';
import { roomLeft, stageJoin } from './membership';
import type { ApplicationRecord } from './model';
import { optionalString, readOptions } from './params';
import { memberAtSeq, memberOf } from './reader';
import type { GroupTx } from './tx';
import { groupView } from './views';

/** A repeated request (same applicant, same invitee) replaces the pending one: one entry per person. */
export function addApplication(tx: GroupTx, application: Omit<ApplicationRecord, 'id'>): void {
  const book = tx.applications(application.groupID);
  const id = `${application.time.toString(36)}${Math.random().toString(36).slice(2, 10)}`;
  const pending = book.pending.filter(
    (other) =>
      !(other.type === application.type && other.applicant === application.applicant && other.userID === application.userID),
  );
  tx.setApplications(application.groupID, { pending: [...pending, { ...application, id }], handled: book.handled });
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

/**
 * The application the SDK passes back. Only the `application` form is served: the `message` form needs the
 * group system notice messages this template does not have.
 */
function readApplicationRef(api: string, value: unknown): ApplicationRef {
  const read = (name: string): unknown => (typeof value === 'object' && value !== null ? Reflect.get(value, name) : undefined);
  const groupID = read('groupID');
  const applicant = read('applicant');
  if (typeof groupID !== 'string' || groupID === '' || typeof applicant !== 'string' || applicant === '') {
    throw paramsFailed(api, 'application must be an entry of getGroupApplicationList');
  }
  const auth = read('authentication');
  const userID = read('userID');
  return {
    groupID,
    applicant,
    userID: typeof userID === 'string' ? userID : '',
    type: read('applicationType') === 2 ? 2 : 0,
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
  optionalString(api, options, 'handleMessage');
  const action = options.handleAction;
  if (action !== 'Agree' && action !== 'Reject') {
    // UNCONFIRMED code: the SDK sends any string; the server's "invalid parameter".
    throw refuse(GROUP_CODE.INVALID_PARAMETER, `${api}: handleAction must be 'Agree' or 'Reject'`);
  }
  const ref = readApplicationRef(api, options.application);
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
  // The applicant's instances fetch the group on the approval notice and emit the new list (notice 2).
  if (joined) ctx.notifyLists([joiner]);
  const after = ctx.requireGroup(api, ref.groupID);
  return answer({ group: groupView(after, memberOf(ctx.state, ref.groupID, session.userID)) });
}
