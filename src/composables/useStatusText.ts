import { useI18n } from 'vue-i18n';
import { TYPES } from '@/src/chat/constants';
import type { UserStatus } from '@/src/chat/types';

/** The words for an online state. */
export function useStatusText() {
  const { t } = useI18n();
  return (status: UserStatus | null | undefined): string => {
    switch (status?.statusType) {
      case TYPES.USER_STATUS_ONLINE:
        return t('profile.status.online');
      case TYPES.USER_STATUS_OFFLINE:
        return t('profile.status.offline');
      case TYPES.USER_STATUS_UNLOGINED:
        return t('profile.status.unlogined');
      default:
        return t('profile.status.unknown');
    }
  };
}

/** The avatar's dot for an online state: green online, grey when known to be away, none when unknown. */
export function statusDot(status: UserStatus | null | undefined): 'online' | 'offline' | null {
  if (status?.statusType === TYPES.USER_STATUS_ONLINE) return 'online';
  if (status?.statusType === TYPES.USER_STATUS_OFFLINE || status?.statusType === TYPES.USER_STATUS_UNLOGINED) return 'offline';
  return null;
}
