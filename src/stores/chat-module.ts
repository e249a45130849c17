import { defineStore } from 'pinia';
import { ref, shallowRef } from 'vue';
import { appContext } from '@/src/app/context';
import type { BackendLoadPhase } from '@/src/chat/backend';

/**
 * Whether the chat backend's code has arrived (src/chat/lazy-backend.ts): in the mini program it is a
 * subpackage WeChat downloads at launch, on H5 a chunk. The login page shows it while it loads, says so
 * when the download failed and offers to try again; it tries again by itself when the device comes back
 * online. A backend that was there from the start is 'ready'.
 */
export const useChatModuleStore = defineStore('chat-module', () => {
  const { backend, platform } = appContext();
  const loading = backend.loading;
  const phase = ref<BackendLoadPhase>(loading?.phase() ?? 'ready');
  const failure = shallowRef<Error | null>(loading?.error() ?? null);
  loading?.subscribe((next) => {
    phase.value = next;
    failure.value = loading.error();
  });

  /** Downloads again after a failure; the phase tells how it went. */
  async function retry(): Promise<void> {
    try {
      await loading?.whenLoaded();
    } catch {
      // `phase` and `failure` say it failed again.
    }
  }

  if (loading) {
    platform.onNetworkChange((status) => {
      if (status.connected && phase.value === 'failed') void retry();
    });
  }

  return { phase, failure, retry };
});
