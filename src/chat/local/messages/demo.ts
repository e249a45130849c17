import type { MessagingContext } from './context';

/** Demo conversations (filled in below). */
export function seedDemoConversations(ctx: MessagingContext): void {
  const tx = ctx.tx();
  tx.markSeeded();
  tx.commit();
}
