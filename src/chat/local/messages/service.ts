import { EVENT } from '../../constants';
import { ChatError } from '../../errors';
import type { GroupDirectory, GroupEventSink, GroupNoticeDraft, GroupTipDraft, Presence, ServiceHost } from '../core/host';
import type { MediaPort } from '../core/ports';
import type { FriendRemarks } from '../core/relations';
import type { Session } from '../core/session';
import { MessagingContext, resolveMessagingOptions } from './context';
import type { MessagingAccounts, MessagingOptions } from './context';
import { seedDemoConversations } from './demo';
import { InstanceConversations } from './instance-conversations';
import { InstanceMessages } from './instance-messages';
import { InstanceState } from './instance-state';
import type { Emit } from './instance-state';
import { SendState } from './send';
import { MessageStore } from './store';
import { GroupEvents } from './tips';
import type { BlacklistService } from '../blacklist';

/** One logged-in instance's messaging: its memory, its message calls and its conversation calls. */
export interface InstanceMessaging {
  readonly state: InstanceState;
  readonly messages: InstanceMessages;
  readonly conversations: InstanceConversations;
}

export interface MessageServiceDeps {
  host: ServiceHost;
  presence: Pick<Presence, 'isOnline'>;
  accounts: MessagingAccounts;
  blacklists: Pick<BlacklistService, 'list'>;
  groups: GroupDirectory;
  media: MediaPort;
  options: MessagingOptions;
  /** Friends' remarks, which C2C conversations show. */
  remarks: FriendRemarks;
  seed?: 'demo' | 'none';
}

/**
 * Messages and conversations of the embedded service: the store (./store, chunked per conversation), the
 * server's rules (send.ts, edit.ts, history.ts, conversation-ops.ts), group tips and notices (tips.ts), and
 * what each SDK instance holds in memory (instance-*.ts).
 */
export class MessageService implements GroupEventSink {
  readonly ctx: MessagingContext;
  readonly store: MessageStore;
  private readonly events: GroupEvents;
  private readonly sendState = new SendState();

  constructor(deps: MessageServiceDeps) {
    this.store = new MessageStore(deps.host.storage, deps.host.keyPrefix, deps.host.problems);
    this.ctx = new MessagingContext(deps.host, deps.presence, this.store, deps.accounts, deps.blacklists, deps.groups, deps.media, resolveMessagingOptions(deps.options), deps.remarks);
    this.events = new GroupEvents(this.ctx);
    // Another tab wrote a message key: memory forgets it, the next use reads the new value.
    deps.host.watchExternalKeys(this.store.keys.prefix, (key) => void this.store.forget(key));
    if (deps.seed === 'demo' && !this.store.meta().seeded) {
      try {
        seedDemoConversations(this.ctx);
      } catch (error) {
        // The store has listed the failed write in `problems`; the service runs on without demo messages.
        if (!(error instanceof ChatError)) throw error;
      }
    }
  }

  groupTip(groupID: string, tip: GroupTipDraft, except?: Session): void {
    this.events.groupTip(groupID, tip, except);
  }

  groupNotice(userIDs: readonly string[], notice: GroupNoticeDraft, except?: Session): void {
    this.events.groupNotice(userIDs, notice, except);
  }

  /** Messaging for a new login; `emit` reaches the instance's listeners. */
  open(session: Session, emit: Emit): InstanceMessaging {
    const state = new InstanceState(this.ctx, session, emit);
    return { state, messages: new InstanceMessages(state, this.sendState), conversations: new InstanceConversations(state) };
  }

  /**
   * Once the instance is ready: the notices that waited for this login arrive (MESSAGE_RECEIVED), and the
   * conversation list is announced, as the SDK does after its first sync.
   */
  ready(instance: InstanceMessaging, emit: Emit): void {
    const notices = this.events.takeInbox(instance.state.userID);
    if (notices.length > 0 && instance.state.onPush(EVENT.MESSAGE_RECEIVED, () => notices)) {
      emit(EVENT.MESSAGE_RECEIVED, () => notices.map((notice) => ({ ...notice })));
    }
    instance.state.changed();
  }
}
