import { watch } from 'vue';
import { storeToRefs } from 'pinia';
import { ROUTES, pageUrl } from '@/src/app/routes';
import { currentRoute, reLaunch } from '@/src/platform/navigation';
import { useSessionStore } from '@/src/stores/session';

/**
 * Sends the user to login when the session ends (logout, KICKED_OUT, SDK_NOT_READY) and to the first tab, the
 * conversation list, once ready (WeChat opens on its chats).
 */
export function useSessionRouting(): void {
  const { phase } = storeToRefs(useSessionStore());
  watch(phase, (next) => {
    const route = currentRoute();
    if (next === 'signed-out' && route && route !== ROUTES.login) reLaunch(pageUrl(ROUTES.login));
    if (next === 'ready' && route === ROUTES.login) reLaunch(pageUrl(ROUTES.conversations));
  });
}
