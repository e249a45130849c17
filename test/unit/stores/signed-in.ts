import type { LocalServer } from '@/src/chat/local';
import type { MemoryPlatformOptions } from '@/src/platform/memory';
import { useSessionStore } from '@/src/stores/session';
import { installWorld, type StoreWorld } from './context';

/** A fresh world (see installWorld) with `userID` signed in through the session store, as a launch does. */
export async function signedIn(userID: string, platformOptions: MemoryPlatformOptions = {}, server?: LocalServer): Promise<StoreWorld> {
  const world = installWorld(platformOptions, server);
  await useSessionStore().start();
  await useSessionStore().login(userID);
  return world;
}
