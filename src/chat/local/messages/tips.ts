import { EVENT, GROUP_NOTICE, TYPES } from '../../constants';
import type { GroupSystemNoticePayload, GroupTipPayload, Message } from '../../message-types';
import type { GroupEventSink, GroupFacts, GroupNoticeDraft, GroupTipDraft } from '../core/host';
import type { Session } from '../core/session';
import type { MessagingContext } from './context';
import { SYSTEM_TINY_ID, messageRandom } from './context';
import { groupLog } from './keys';
import { NOTICE_INBOX_KEPT } from './limits';
import { appendMessage, dropLog } from './log';
import type { StoredMessage } from './model';
import { afterWrite, commitQuietly, releaseMedia } from './retention';
import { messageView } from './views';

/** Tips whose message nick/avatar are the first member's, not the operator's (index.es.js setGroupTipElement). */
const MEMBER_TIPS: readonly number[] = [TYPES.GRP_TIP_MBR_JOIN, TYPES.GRP_TIP_MBR_KICKED_OUT, TYPES.GRP_TIP_MBR_SET_ADMIN, TYPES.GRP_TIP_MBR_CANCELED_ADMIN];

/**
 * The messages domain's side of group events: a tip becomes a TIMGroupTipElem message in the group's history
 * (none in an AVChatRoom) delivered to the members' instances; a notice becomes a TIMGroupSystemNoticeElem
 * for each addressee's `@TIM#SYSTEM` conversation, which the SDK keeps in memory only: it is pushed to the
 * instances online, and kept for the next login of a user with none (UNCONFIRMED: the real service syncs
 * them per device).
 */
export class GroupEvents implements GroupEventSink {
  constructor(private readonly ctx: MessagingContext) {}

  groupTip(groupID: string, draft: GroupTipDraft, except?: Session): void {
    const { ctx } = this;
    const group = ctx.groups.group(groupID);
    if (!group) return;
    const now = ctx.nowSec();
    const operator = ctx.card(draft.operatorID);
    const payload: GroupTipPayload = {
      operatorID: draft.operatorID,
      operationType: draft.operationType,
      userIDList: draft.userIDList.length > 0 ? [...draft.userIDList] : [draft.operatorID],
      groupProfile: { from: draft.operatorID, groupID, groupName: group.name, to: groupID },
      operatorInfo: { userID: draft.operatorID, ...operator },
      memberList: draft.memberList.map((member) => ({ ...member })),
      memberNum: draft.memberNum,
    };
    if (draft.newGroupProfile) payload.newGroupProfile = { ...draft.newGroupProfile };
    const face = MEMBER_TIPS.includes(draft.operationType) && draft.memberList[0] ? draft.memberList[0] : operator;
    const message = this.systemMessage(now, TYPES.MSG_GRP_TIP, payload, { n: face.nick, a: face.avatar, op: draft.operatorID });
    const stored = group.type === TYPES.GRP_AVCHATROOM ? message : this.storeTip(group, message, draft);
    const where = { groupID };
    ctx.pushOnline(ctx.groups.accountMembers(groupID), EVENT.MESSAGE_RECEIVED, (user) => [ctx.viewOf(stored, user, where)], except);
  }

  groupNotice(userIDs: readonly string[], draft: GroupNoticeDraft, except?: Session): void {
    const { ctx } = this;
    const group = ctx.groups.group(draft.groupID);
    const now = ctx.nowSec();
    const addressees = [...new Set(userIDs)];
    const notices = addressees.map((userID) => {
      const payload: GroupSystemNoticePayload = {
        operatorID: draft.operatorID,
        operationType: draft.operationType,
        groupProfile: {
          from: draft.operatorID,
          groupID: draft.groupID,
          name: draft.groupName ?? group?.name ?? '',
          to: userID,
          groupType: draft.groupType ?? group?.type ?? TYPES.GRP_WORK,
        },
        handleMessage: draft.handleMessage,
        authentication: draft.authentication ?? '',
        messageKey: draft.messageKey ?? now * 1000,
        userDefinedField: draft.userDefinedField ?? '',
      };
      return { userID, stored: this.systemMessage(now, TYPES.MSG_GRP_SYS_NOTICE, payload, {}) };
    });
    const offline = notices.filter(({ userID }) => !ctx.presence.isOnline(userID));
    if (offline.length > 0) this.keepForLater(offline, now);
    for (const { userID, stored } of notices) {
      ctx.pushOnline([userID], EVENT.MESSAGE_RECEIVED, (user) => [noticeView(stored, user)], except);
    }
    if (draft.operationType === GROUP_NOTICE.DISMISSED) this.dropHistory(draft.groupID);
  }

  /** Notices kept for the user's next login (its first instance takes them), oldest dropped past the limit. */
  takeInbox(userID: string): Message[] {
    const notices = this.ctx.store.inbox(userID);
    if (notices.length === 0) return [];
    const tx = this.ctx.tx();
    tx.setInbox(userID, []);
    commitQuietly(this.ctx, tx);
    const cutoff = this.ctx.nowSec() - this.ctx.options.roamingSeconds;
    return notices.filter((notice) => notice.tm >= cutoff).map((notice) => noticeView(notice, userID));
  }

  private systemMessage<T extends StoredMessage['ty']>(
    now: number,
    ty: T,
    p: Extract<StoredMessage, { ty: T }>['p'],
    extra: Partial<StoredMessage>,
  ): StoredMessage {
    const random = messageRandom();
    return { k: 0, id: `${SYSTEM_TINY_ID}-${now}-${random}`, ty, p, f: TYPES.CONV_SYSTEM, tm: now, ct: now, cs: 0, r: random, ...extra } as StoredMessage;
  }

  /**
   * Appends the tip; a joiner's read mark starts before it (their unread counts from their join), the
   * leavers' records go. A storage failure is listed in `problems` and the tip is still delivered live:
   * the group change it tells of has happened.
   */
  private storeTip(group: GroupFacts, message: StoredMessage, draft: GroupTipDraft): StoredMessage {
    const { ctx } = this;
    const logID = groupLog(group.groupID);
    const conversationID = `${TYPES.CONV_GROUP}${group.groupID}`;
    const tx = ctx.tx();
    const before = tx.head(logID);
    const stored: StoredMessage = { ...message, k: before?.n ?? 1 };
    if (draft.operationType === TYPES.GRP_TIP_MBR_JOIN) {
      for (const userID of draft.userIDList) {
        if (userID === draft.operatorID) continue;
        tx.setConversation(userID, conversationID, { rs: stored.k - 1, rc: before?.tot ?? 0, o: 0 });
      }
    }
    if (draft.operationType === TYPES.GRP_TIP_MBR_QUIT || draft.operationType === TYPES.GRP_TIP_MBR_KICKED_OUT) {
      for (const userID of draft.userIDList) tx.setConversation(userID, conversationID, null);
    }
    appendMessage(tx, logID, stored, undefined, ctx.host.clock());
    if (ctx.groups.member(group.groupID, draft.operatorID)) {
      const record = tx.conversation(draft.operatorID, conversationID) ?? {};
      tx.setConversation(draft.operatorID, conversationID, { ...record, o: (record.o ?? 0) + 1 });
    }
    if (commitQuietly(ctx, tx)) afterWrite(ctx, logID);
    return stored;
  }

  private keepForLater(notices: ReadonlyArray<{ userID: string; stored: StoredMessage }>, now: number): void {
    const tx = this.ctx.tx();
    const cutoff = now - this.ctx.options.roamingSeconds;
    for (const { userID, stored } of notices) {
      const kept = tx.inbox(userID).filter((notice) => notice.tm >= cutoff);
      tx.setInbox(userID, [...kept, stored].slice(-NOTICE_INBOX_KEPT));
    }
    commitQuietly(this.ctx, tx);
  }

  /** A dismissed group's history goes with it (its members' conversations went with the group). */
  private dropHistory(groupID: string): void {
    const tx = this.ctx.tx();
    commitQuietly(this.ctx, tx, releaseMedia(tx, dropLog(tx, groupLog(groupID))));
  }
}

/** A notice as its addressee sees it in `@TIM#SYSTEM`. */
export function noticeView(stored: StoredMessage, userID: string): Message {
  return messageView(stored, {
    viewer: userID,
    conversationType: TYPES.CONV_SYSTEM,
    conversationID: TYPES.CONV_SYSTEM,
    groupID: '',
    peer: '',
    // Arrives unread; the instance keeps its own read state of @TIM#SYSTEM.
    readK: -1,
    peerReadK: 0,
    card: () => ({ nick: '', avatar: '' }),
  });
}
