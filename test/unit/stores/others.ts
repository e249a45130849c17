import type { LocalClient } from '@/src/chat/local';
import { flush, type StoreWorld } from './context';

/** Another person using the same service, outside the stores. */
export async function person(world: StoreWorld, userID: string): Promise<LocalClient> {
  const client = world.server.createClient();
  await client.login({ userID, userSig: 'sig' });
  await world.server.settle();
  return client;
}

/** Waits for what the pushes and the loads they start bring (each step is one more turn of the queue). */
export async function until(condition: () => boolean): Promise<void> {
  for (let turn = 0; turn < 200 && !condition(); turn += 1) await flush();
  expect(condition()).toBe(true);
}
