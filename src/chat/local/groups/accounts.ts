import { demoAvatar } from '../demo-seed';
import type { AccountService } from '../accounts/accounts';
import type { Presence } from '../core/host';
import type { BulkMembers } from './model';
import type { GroupState } from './state';

/**
 * Accounts as the group service sees them. The demo's 6000-member group is filled with "imported" accounts
 * (`member0001`…) that have no stored profile: writing 6000 user records would cost ~2.5 MB of the phone's
 * 10 MB and seconds of start-up, and the real service lets members exist whose profile was never set. They
 * count as existing accounts (so they can be added to other groups), and their nick and avatar are derived
 * from the ID until someone logs in as one of them, which creates a real record that then takes precedence.
 */
export class AccountDirectory {
  constructor(
    private readonly accounts: Pick<AccountService, 'hasUser' | 'nickAndAvatar' | 'userIDs'>,
    private readonly presence: Pick<Presence, 'isOnline'>,
    private readonly state: GroupState,
  ) {}

  exists(userID: string): boolean {
    return this.accounts.hasUser(userID) || this.bulkNumber(userID) !== null;
  }

  /** Accounts with a stored record (bulk members are not among them until they log in). */
  recordedUserIDs(): string[] {
    return this.accounts.userIDs();
  }

  hasRecord(userID: string): boolean {
    return this.accounts.hasUser(userID);
  }

  card(userID: string): { nick: string; avatar: string } {
    const known = this.accounts.nickAndAvatar(userID);
    if (known) return known;
    const bulk = this.state.groupMeta().bulk;
    if (bulk && bulkNumberOf(bulk, userID) !== null) {
      return { nick: `Member ${userID.slice(bulk.prefix.length)}`, avatar: demoAvatar('default') };
    }
    return { nick: '', avatar: '' };
  }

  isOnline(userID: string): boolean {
    return this.presence.isOnline(userID);
  }

  /** Accounts with a logged-in instance in this process. */
  onlineUserIDs(): string[] {
    return this.accounts.userIDs().filter((userID) => this.isOnline(userID));
  }

  private bulkNumber(userID: string): number | null {
    const bulk = this.state.groupMeta().bulk;
    return bulk ? bulkNumberOf(bulk, userID) : null;
  }
}

export function bulkMemberID(bulk: BulkMembers, number: number): string {
  return `${bulk.prefix}${String(number).padStart(bulk.digits, '0')}`;
}

export function bulkNumberOf(bulk: BulkMembers, userID: string): number | null {
  if (!userID.startsWith(bulk.prefix)) return null;
  const digits = userID.slice(bulk.prefix.length);
  if (digits.length !== bulk.digits || !/^\d+$/.test(digits)) return null;
  const number = Number(digits);
  return number >= 1 && number <= bulk.count ? number : null;
}
