import { TYPES } from '../../constants';
import { ChatError, errorText } from '../../errors';
import type { MessagingContext } from './context';
import { BUDGET_LOW_WATER } from './limits';
import { dropOldestChunk } from './log';
import type { StoredBody, StoredMessage } from './model';
import { chunkOf } from './store';
import type { MessageTx } from './tx';

/** The kept files a message refers to (its url fields), for discarding when the message is dropped. */
export function mediaURLs(message: StoredBody): string[] {
  switch (message.ty) {
    case TYPES.MSG_IMAGE:
      return [...new Set(message.p.imageInfoArray.map((info) => info.url).filter((url) => url !== ''))];
    case TYPES.MSG_FILE:
      return message.p.fileUrl ? [message.p.fileUrl] : [];
    case TYPES.MSG_AUDIO:
      return message.p.url ? [message.p.url] : [];
    case TYPES.MSG_VIDEO:
      return [message.p.videoUrl, message.p.thumbUrl].filter((url) => url !== '');
    default:
      return [];
  }
}

/**
 * Lets go of what dropped messages held: their kept files (unless a forwarded copy still uses one, then its
 * count goes down instead) and the stored list of a large merged message. Staged in `tx`; the files are
 * discarded by `discardAfterCommit` once the change is written.
 */
export function releaseMedia(tx: MessageTx, dropped: readonly StoredMessage[]): string[] {
  const forwarded = { ...tx.forwarded() };
  const discard: string[] = [];
  for (const message of dropped) {
    if (message.ty === TYPES.MSG_MERGER && message.p.downloadKey) tx.setMerger(message.p.downloadKey, null);
    for (const url of mediaURLs(message)) {
      const uses = forwarded[url] ?? 0;
      if (uses > 0) {
        if (uses === 1) delete forwarded[url];
        else forwarded[url] = uses - 1;
      } else discard.push(url);
    }
  }
  tx.setForwarded(forwarded);
  return discard;
}

export function discardAfterCommit(ctx: MessagingContext, urls: readonly string[]): void {
  for (const url of urls) {
    ctx.media.discard(url).catch((error: unknown) => ctx.report(`discarding ${url} failed: ${errorText(error)}`));
  }
}

/**
 * Commits a change that follows one already made (housekeeping, a tip of a group change): a refusal is
 * listed in `problems` by the store and changes nothing, and the caller's call stands. Kept files the change
 * lets go are discarded once it is written.
 */
export function commitQuietly(ctx: MessagingContext, tx: MessageTx, urls: readonly string[] = []): boolean {
  try {
    tx.commit();
  } catch (error) {
    if (!(error instanceof ChatError)) throw error;
    return false;
  }
  discardAfterCommit(ctx, urls);
  return true;
}

/** Whether every kept message of the log's oldest chunk is older than the roaming window. */
function oldestChunkExpired(tx: MessageTx, logID: string, cutoff: number): boolean {
  const head = tx.head(logID);
  if (!head || head.lo >= head.n) return false;
  const chunk = tx.chunk(logID, chunkOf(head.lo));
  const last = chunk[chunk.length - 1];
  return last !== undefined ? last.tm < cutoff : head.ft < cutoff;
}

/**
 * Drops the log's chunks whose messages are all older than the roaming window (the plan keeps 7 days);
 * getMessageList also skips single messages past it, so a half-expired chunk shows only what is in time.
 */
export function expireLog(ctx: MessagingContext, logID: string): void {
  const cutoff = ctx.nowSec() - ctx.options.roamingSeconds;
  const head = ctx.store.head(logID);
  if (!head || head.lo >= head.n || head.ft >= cutoff) return;
  const tx = ctx.tx();
  const dropped: StoredMessage[] = [];
  while (oldestChunkExpired(tx, logID, cutoff)) dropped.push(...dropOldestChunk(tx, logID));
  if (dropped.length > 0) commitQuietly(ctx, tx, releaseMedia(tx, dropped));
}

/** The log holding the oldest kept message, across every conversation. */
function oldestLog(ctx: MessagingContext): string | undefined {
  let oldest: { logID: string; ft: number } | undefined;
  for (const logID of ctx.store.logIDs()) {
    const head = ctx.store.head(logID);
    if (!head || head.lo >= head.n) continue;
    if (!oldest || head.ft < oldest.ft) oldest = { logID, ft: head.ft };
  }
  return oldest?.logID;
}

/**
 * Keeps the store within its budget: past it, the oldest chunks of all conversations go first (expired ones
 * before any other, since they are the oldest) until the store is back under BUDGET_LOW_WATER of it. The
 * conversation list stays: heads keep their last message.
 */
export function enforceBudget(ctx: MessagingContext): void {
  const budget = ctx.options.storageBudget;
  if (ctx.store.meta().b <= budget) return;
  const target = budget * BUDGET_LOW_WATER;
  while (ctx.store.meta().b > target) {
    const logID = oldestLog(ctx);
    if (!logID) return;
    const tx = ctx.tx();
    const dropped = dropOldestChunk(tx, logID);
    if (!commitQuietly(ctx, tx, releaseMedia(tx, dropped))) return;
  }
}

/** After a write to a log: its expired history goes, then the budget is checked. */
export function afterWrite(ctx: MessagingContext, logID: string): void {
  expireLog(ctx, logID);
  enforceBudget(ctx);
}
