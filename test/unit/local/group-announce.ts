import { LocalClient } from '@/src/chat/local';
import type { GroupNoticeDraft, GroupTipDraft } from '@/src/chat/local/core/host';
import type { Session } from '@/src/chat/local/core/session';
import { ServerCore } from '@/src/chat/local/server';
import type { LocalServerOptions } from '@/src/chat/local/server';
import { T0 } from './helpers';

export interface RecordedTip {
  groupID: string;
  tip: GroupTipDraft;
  except?: Session;
}

export interface RecordedNotice {
  userIDs: readonly string[];
  notice: GroupNoticeDraft;
  except?: Session;
}

/**
 * A server core whose group events (ServerCore.groupEvents, the relay the messages domain connects to) are
 * recorded as the group service hands them over; they still go on to whatever is connected.
 */
export function recordingCore(options: LocalServerOptions = {}) {
  const core = new ServerCore({ clock: () => T0, ...options });
  const tips: RecordedTip[] = [];
  const notices: RecordedNotice[] = [];
  const relay = core.groupEvents;
  const forwardTip = relay.groupTip.bind(relay);
  const forwardNotice = relay.groupNotice.bind(relay);
  relay.groupTip = (groupID, tip, except) => {
    tips.push({ groupID, tip: structuredClone(tip), except });
    forwardTip(groupID, tip, except);
  };
  relay.groupNotice = (userIDs, notice, except) => {
    notices.push({ userIDs: [...userIDs], notice: structuredClone(notice), except });
    forwardNotice(userIDs, notice, except);
  };

  async function login(userID: string): Promise<LocalClient> {
    const client = new LocalClient(core);
    core.registerEndpoint(client);
    await client.login({ userID, userSig: 'sig' });
    await core.settle();
    if (!client.isReady()) throw new Error(`${userID} did not become ready`);
    return client;
  }

  /** Forgets what was recorded so far (the set-up's own events). */
  function reset(): void {
    tips.length = 0;
    notices.length = 0;
  }

  /** The instance an event skipped, named by the client it belongs to. */
  function skipped(except: Session | undefined): LocalClient | undefined {
    return except?.endpoint as LocalClient | undefined;
  }

  return { core, tips, notices, login, reset, skipped };
}
