import { TYPES } from '@/src/chat/constants';
import { createLocalServer } from '@/src/chat/local';
import type { LocalClient, LocalServer } from '@/src/chat/local';
import type { Message } from '@/src/chat/message-types';
import { fakeTimers, manualClock } from '../local/helpers';
import type { StoreWorld } from './context';
import { flush } from './context';
import { signedIn } from './signed-in';

export interface MessagingWorld extends StoreWorld {
  /** The service's clock (ms), moved by the test (recall window, mutes). */
  clock: ReturnType<typeof manualClock>;
  /** The event throttle's timers (see fakeTimers). */
  throttle: ReturnType<typeof fakeTimers>;
  /** Another person (or another instance of an account) using the same service, outside the stores. */
  person(userID: string): Promise<LocalClient>;
  /** Delivers every push on its way, and the throttled list events that wait. */
  settle(): Promise<void>;
}

export interface MessagingWorldOptions {
  /** Instances an account may have at once (2 lets a test sign the store's user in elsewhere too). */
  maxInstancesPerUser?: number;
}

/**
 * The demo service with `userID` signed in through the session store. Pushes arrive after the call that
 * caused them (a turn later, as over a network); the list events are throttled on the test's timers.
 */
export async function messagingWorld(userID: string, options: MessagingWorldOptions = {}): Promise<MessagingWorld> {
  const clock = manualClock(Date.now());
  const throttle = fakeTimers();
  const server: LocalServer = createLocalServer({
    seed: 'demo',
    clock: clock.now,
    maxInstancesPerUser: options.maxInstancesPerUser,
    eventThrottle: { now: throttle.now, setTimer: throttle.setTimer },
  });
  const world = await signedIn(userID, {}, server);
  return {
    ...world,
    clock,
    throttle,
    async person(id) {
      const client = server.createClient();
      await client.login({ userID: id, userSig: 'sig' });
      await server.settle();
      if (!client.isReady()) throw new Error(`${id} did not become ready`);
      return client;
    },
    async settle() {
      await server.settle();
      server.flushEvents();
      await server.settle();
      await flush();
    },
  };
}

/** Waits (turn by turn, no fixed sleep) until `condition` holds; fails the test if it never does. */
export async function until(condition: () => boolean, what = 'the condition'): Promise<void> {
  for (let turn = 0; turn < 200 && !condition(); turn += 1) await flush();
  if (!condition()) throw new Error(`timed out waiting for ${what}`);
}

export async function textFrom(from: LocalClient, to: string, text: string, group = false): Promise<Message> {
  const message = from.createTextMessage({ to, conversationType: group ? TYPES.CONV_GROUP : TYPES.CONV_C2C, payload: { text } });
  return (await from.sendMessage(message)).data.message;
}

/** A chooser result as a mini program's chooseMedia gives it (what the memory media port reads). */
export function pickedImage(name = 'photo.png', size = 2048) {
  return { tempFiles: [{ tempFilePath: `wxfile://tmp/${name}`, size, width: 640, height: 480 }] };
}
