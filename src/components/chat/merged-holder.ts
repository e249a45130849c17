import type { Message } from '@/src/chat/message-types';

/**
 * The merged message the chat-history page shows: a message is too large for a page URL, so the chat puts it
 * here right before it navigates, and the page takes it when it loads. A stack, so that a merged message
 * inside another opens on top and going back shows the outer one again.
 */
const stack: Message[] = [];

export function showMerged(message: Message): void {
  stack.push(message);
}

/** The message to show (the newest put here); the page calls releaseMerged when it unloads. */
export function currentMerged(): Message | undefined {
  return stack[stack.length - 1];
}

export function releaseMerged(message: Message): void {
  const at = stack.lastIndexOf(message);
  if (at >= 0) stack.splice(at, 1);
}
