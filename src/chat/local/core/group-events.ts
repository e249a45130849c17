import type { GroupEventSink, GroupNoticeDraft, GroupTipDraft } from './host';
import type { Session } from './session';

/**
 * The group service is built before the domain that turns its events into messages (which reads groups),
 * so it gets this relay, and the messages domain connects to it once it exists. Until then (or in a
 * service built without messaging) events go nowhere, as tips go nowhere in the console when disabled.
 */
export class GroupEventRelay implements GroupEventSink {
  private target: GroupEventSink | null = null;

  connect(target: GroupEventSink): void {
    this.target = target;
  }

  groupTip(groupID: string, tip: GroupTipDraft, except?: Session): void {
    this.target?.groupTip(groupID, tip, except);
  }

  groupNotice(userIDs: readonly string[], notice: GroupNoticeDraft, except?: Session): void {
    this.target?.groupNotice(userIDs, notice, except);
  }
}
