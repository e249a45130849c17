/**
 * SDK 3.6.6 drops the answer of addToBlacklist: BlacklistHandler.addBlacklist reads `resultItem` from the
 * response wrapper instead of `response.data.resultItem` (index.js, `o._handleResponse(e.resultItem,!0)`;
 * removeFromBlacklist reads `e.data.resultItem` correctly), so its local list, which getBlacklist answers and
 * BLACKLIST_UPDATED carries, misses the users just blocked until the server's relation-chain push arrives.
 *
 * The overlay remembers the users this client blocked and the SDK has not listed yet, and adds them to every
 * list the adapter hands out. An entry leaves once the SDK lists it (the SDK is right again) or is unblocked.
 */
export class BlacklistOverlay {
  private readonly pending = new Set<string>();

  added(userIDs: readonly string[]): void {
    for (const id of userIDs) this.pending.add(id);
  }

  removed(userIDs: readonly string[]): void {
    for (const id of userIDs) this.pending.delete(id);
  }

  /** The SDK's list with this client's unlisted additions; entries the SDK now lists are dropped from the overlay. */
  merge(sdkList: readonly string[]): string[] {
    for (const id of sdkList) this.pending.delete(id);
    return [...sdkList, ...this.pending];
  }

  clear(): void {
    this.pending.clear();
  }
}
