import type { AppConfig, BackendKind } from '@/src/config/types';
import type { ChosenImage, PlatformPort, UploadProgress, UploadTask } from '@/src/platform/port';
import type { ChatPort } from './port';
import type { DemoAccount } from './types';

export type { DemoAccount } from './types';

/**
 * What the app gets from the chosen backend. `src/chat/backends/local.ts` and `src/chat/backends/cloud.ts`
 * both export `createBackend`; vite.config.ts aliases `#chat-backend` to one of them so that only the
 * chosen backend is bundled.
 */
export interface ChatBackend {
  kind: BackendKind;
  chat: ChatPort;
  /** Obtains a UserSig for the user (local: none needed; cloud: from the deployer's URL or, in dev, generated). */
  getUserSig(userID: string): Promise<string>;
  /** Accounts to offer on the login page (local demo data; empty in cloud mode). */
  demoAccounts(): DemoAccount[];
  /** Stores a picked avatar and resolves with its URL (≤ 500 bytes): kept on the device, or uploaded. */
  saveAvatar(image: ChosenImage, onProgress: (progress: UploadProgress) => void): UploadTask;
  /**
   * Instances of the account already signed in (other tabs of the same browser share the local service);
   * relaunch skips the automatic sign-in rather than kick them. Absent in cloud mode.
   */
  instancesOnline?(userID: string): number;
  /** Local mode mirrors the device's network state into NET_STATE_CHANGE; cloud mode has the SDK's own. */
  setNetworkConnected?(connected: boolean): void;
  /**
   * Present when the backend's code downloads after the app starts (src/chat/lazy-backend.ts): how far that
   * got. A backend without it is there from the start.
   */
  loading?: BackendLoading;
}

export type BackendLoadPhase = 'loading' | 'ready' | 'failed';

export interface BackendLoading {
  phase(): BackendLoadPhase;
  /** Why the last download failed (a BackendLoadError), or null. */
  error(): Error | null;
  /** Calls `listener` on every change of phase; returns the unsubscribe. */
  subscribe(listener: (phase: BackendLoadPhase) => void): () => void;
  /** Resolves with the loaded backend; after a failure it downloads again (the retry). */
  whenLoaded(): Promise<ChatBackend>;
  /** Chat calls other than `login` made before `promise` settles wait for it (the sign-in at launch). */
  holdCallsUntil(promise: Promise<unknown>): void;
}

export type CreateBackend = (config: AppConfig, platform: PlatformPort) => ChatBackend;
