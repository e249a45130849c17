import { ref, shallowRef, type Ref } from 'vue';
import { appContext } from '@/src/app/context';
import { EVENT } from '@/src/chat/constants';
import { toErrorLike, type ErrorLike } from '@/src/chat/errors';
import type { ChatPort } from '@/src/chat/port';

/** How a store follows the chat port's events: what it listens to, and what it forgets when the user leaves. */
export interface ChatEvents {
  /** Subscribes the store's handlers; runs once per store, the first time the store talks to the service. */
  listen(chat: ChatPort): void;
  /** Runs on SDK_NOT_READY: whatever the store holds belonged to the user who just signed out or was kicked. */
  signedOut(): void;
}

/**
 * Returns the store's `bind()`: every action calls it before its first request, and only the first call
 * subscribes, so a store never handles an event twice however many pages use it.
 */
export function bindChatEvents(events: ChatEvents): () => void {
  let bound = false;
  return () => {
    if (bound) return;
    bound = true;
    const { chat } = appContext().backend;
    events.listen(chat);
    chat.on(EVENT.SDK_NOT_READY, () => events.signedOut());
  };
}

export interface LoadState {
  /** True while a load that still counts is on its way. */
  loading: Ref<boolean>;
  /**
   * Why the last load failed, until one succeeds. A retry keeps showing it (a list that shows its failure
   * in place of content must not claim to be empty meanwhile); screens with a loading state show that first.
   */
  error: Ref<ErrorLike | null>;
  /**
   * Fetches, then applies the answer unless `invalidate()` came in between. Never rejects: a failure is
   * kept in `error`, as a load's caller (a page's show) has nobody to hand it to.
   */
  run<T>(fetch: () => Promise<T>, apply?: (answer: T) => void): Promise<void>;
  /**
   * The loads on their way no longer count (what they fetched is older than what the store holds now, or
   * was asked for another list): their answers and failures are dropped, and the state reads idle until the
   * next run.
   */
  invalidate(): void;
}

/** The loading flag and error of a store's (or page's) load, with the guard that keeps stale answers out. */
export function loadState(): LoadState {
  const loading = ref(false);
  const error = ref<ErrorLike | null>(null);
  let generation = 0;

  async function run<T>(fetch: () => Promise<T>, apply?: (answer: T) => void): Promise<void> {
    const mine = generation;
    loading.value = true;
    try {
      const answer = await fetch();
      if (mine !== generation) return;
      apply?.(answer);
      error.value = null;
    } catch (caught) {
      if (mine === generation) error.value = toErrorLike(caught);
    } finally {
      if (mine === generation) loading.value = false;
    }
  }

  function invalidate(): void {
    generation += 1;
    loading.value = false;
    error.value = null;
  }

  return { loading, error, run, invalidate };
}

/** Where a pushed list comes from: the event that brings it whole, and the call that fetches it. */
export interface PushedListSource<T> {
  /** Subscribes `apply` to the event that carries the whole list. */
  listen(chat: ChatPort, apply: (items: readonly T[]) => void): void;
  fetch(chat: ChatPort): Promise<readonly T[]>;
}

/**
 * A list the service sends again whole on every change (FRIEND_LIST_UPDATED, FRIEND_GROUP_LIST_UPDATED): held
 * as fetched or pushed, a push wins over a fetch still on its way (its answer is older), forgotten on
 * sign-out. `bind()` subscribes without fetching; `load()` fetches and never rejects (see LoadState).
 */
export function pushedList<T>(source: PushedListSource<T>) {
  const list = shallowRef<readonly T[]>([]);
  const loaded = ref(false);
  const listLoad = loadState();

  function apply(items: readonly T[]): void {
    list.value = items;
    loaded.value = true;
  }

  const bind = bindChatEvents({
    listen: (chat) =>
      source.listen(chat, (items) => {
        listLoad.invalidate();
        apply(items);
      }),
    signedOut: () => {
      listLoad.invalidate();
      list.value = [];
      loaded.value = false;
    },
  });

  async function load(): Promise<void> {
    bind();
    await listLoad.run(() => source.fetch(appContext().backend.chat), apply);
  }

  return { list, loaded, loading: listLoad.loading, error: listLoad.error, bind, load };
}
