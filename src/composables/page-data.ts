import type { Ref } from 'vue';
import type { ErrorLike } from '@/src/chat/errors';
import { loadState } from '@/src/stores/helpers/chat-store';

export interface PageDataOptions {
  /**
   * The navigation bar title; read on every show, and again whenever it changes while the page is shown
   * (a language switched in the app, a name that loaded), so the bar never shows a stale title.
   */
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
): PageData & { show(): void; hide(): void; retitle(): void; pullDownRefresh(): Promise<void> } {
  const { loading, error, run } = loadState();
  const load = options.load;
  const reload = (): Promise<void> => (load ? run(load) : Promise.resolve());
  let shown = false;

  function show(): void {
    shown = true;
    chrome.setTitle(options.title());
    if (load && (options.loadOnShow?.() ?? true)) void reload();
  }

  function hide(): void {
    shown = false;
  }

  /** The title changed: only the page in front may set it (a page below would rename the one on top). */
  function retitle(): void {
    if (shown) chrome.setTitle(options.title());
  }

  /** The spinner stops once the load has answered, whether it succeeded or not. */
  async function pullDownRefresh(): Promise<void> {
    await reload();
    chrome.stopPullDownRefresh();
  }

  return { loading, error, reload, show, hide, retitle, pullDownRefresh };
}
