import type { Ref } from 'vue';
import type { ErrorLike } from '@/src/chat/errors';
import { loadState } from '@/src/stores/helpers/chat-store';

export interface PageDataOptions {
  /** The navigation bar title; read on every show, so a language switched meanwhile shows at once. */
  title: () => string;
  /** Fetches what the page shows, on every show and on pull-down; pages with nothing to fetch leave it out. */
  load?: () => Promise<unknown>;
  /** Whether a show loads (default: every show does); a pull-down always loads. */
  loadOnShow?: () => boolean;
}

/** The page chrome the wiring drives; the platform's navigation module in the app, a fake in tests. */
export interface PageChrome {
  setTitle(title: string): void;
  stopPullDownRefresh(): void;
}

export interface PageData {
  loading: Ref<boolean>;
  /** Why the page's last load failed, until one succeeds (a load that rejects; store loads keep their own). */
  error: Ref<ErrorLike | null>;
  /** Loads again (a retry button); never rejects. */
  reload(): Promise<void>;
}

/** What a page does when shown and pulled down, apart from the lifecycle hooks that call it. */
export function pageData(
  options: PageDataOptions,
  chrome: PageChrome,
): PageData & { show(): void; pullDownRefresh(): Promise<void> } {
  const { loading, error, run } = loadState();
  const load = options.load;
  const reload = (): Promise<void> => (load ? run(load) : Promise.resolve());

  function show(): void {
    chrome.setTitle(options.title());
    if (load && (options.loadOnShow?.() ?? true)) void reload();
  }

  /** The spinner stops once the load has answered, whether it succeeded or not. */
  async function pullDownRefresh(): Promise<void> {
    await reload();
    chrome.stopPullDownRefresh();
  }

  return { loading, error, reload, show, pullDownRefresh };
}
