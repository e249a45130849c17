import type { AppConfig } from '@/src/config/types';
import { genTestUserSig } from './usersig';

/** GETs a URL and resolves with the parsed JSON body; rejects on network errors and non-2xx answers. */
export type FetchJson = (url: string) => Promise<unknown>;

export type UserSigSource = (userID: string) => Promise<string>;

export class UserSigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UserSigError';
  }
}

function withUserID(url: string, userID: string): string {
  const separator = url.includes('?') ? '&' : '?';
  return `${url}${separator}userID=${encodeURIComponent(userID)}`;
}

function readUserSig(body: unknown, url: string): string {
  const userSig = body && typeof body === 'object' ? (body as { userSig?: unknown }).userSig : undefined;
  if (typeof userSig !== 'string' || userSig === '') {
    throw new UserSigError(`The UserSig endpoint ${url} must answer JSON { "userSig": "…" }`);
  }
  return userSig;
}

/**
 * Where UserSigs come from: the deployer's endpoint when VITE_TIM_USERSIG_URL is set (the production way),
 * otherwise, in development only, generated in the app from VITE_TIM_SECRET_KEY.
 */
export function createUserSigSource(config: AppConfig, fetchJson: FetchJson): UserSigSource {
  const { userSigUrl, secretKey, sdkAppID, isProduction, userSigExpireSeconds } = config;

  if (userSigUrl !== null) {
    return async (userID) => readUserSig(await fetchJson(withUserID(userSigUrl, userID)), userSigUrl);
  }
  if (secretKey !== null && sdkAppID !== null && !isProduction) {
    return async (userID) => genTestUserSig({ sdkAppID, secretKey, userID, expireSeconds: userSigExpireSeconds });
  }
  return async () => {
    throw new UserSigError(
      'No UserSig source: set VITE_TIM_USERSIG_URL to your server endpoint (or, in development only, VITE_TIM_SECRET_KEY)',
    );
  };
}
