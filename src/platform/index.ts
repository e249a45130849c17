/**
 * The app's platform. Tests and Node code import `createMemoryPlatform` from './memory' instead, so that
 * importing this module (which touches `uni` at load) stays confined to the uni-app build.
 */
import type { PlatformPort } from './port';
import { createUniPlatform } from './uni';

export const platform: PlatformPort = createUniPlatform();
