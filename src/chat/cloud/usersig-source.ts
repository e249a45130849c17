import type { AppConfig } from '@/src/config/types';
import type { JsonAnswer, KeyValueStorage, PostJsonRequest } from '@/src/platform/port';
import { ChatError, ERROR_CODE } from '../errors';
import { USERSIG_CODE } from './codes';
import type { GenTestUserSigOptions } from './usersig';

export type UserSigSource = (userID: string) => Promise<string>;

/** Generates a UserSig from the secret key: development only (./usersig). */
export type DevUserSig = (options: GenTestUserSigOptions) => Promise<string>;

/** A failure to get a UserSig, with one of USERSIG_CODE (or NETWORK_ERROR) so that the app can say why. */
export class UserSigError extends ChatError {
  constructor(code: number, message: string) {
    super(code, message);
    this.name = 'UserSigError';
  }
}

/**
 * The credential of your own sign-in on H5, sent as `Authorization: Bearer <token>`: THE SEAM to adapt.
 * The default reads it from the app's storage under `VITE_TIM_USERSIG_TOKEN_KEY` (default `auth:token`),
 * where your sign-in puts it; return null when nobody is signed in to your service.
 */
export type BearerTokenSource = () => string | null | Promise<string | null>;

export function bearerTokenFromStorage(storage: KeyValueStorage, key: string): BearerTokenSource {
  return () => {
    const token = storage.getItem(key);
    return token && token.trim() !== '' ? token.trim() : null;
  };
}

export interface UserSigRequestDeps {
  post(request: PostJsonRequest): Promise<JsonAnswer>;
  /** WeChat's one-time login code (wx.login, via the platform): where present, it is the proof. */
  loginCode?: () => Promise<string>;
  /** Otherwise (H5) the bearer credential of your own sign-in. */
  bearerToken: BearerTokenSource;
  /** The development generator; production builds have none (src/chat/backends/cloud.ts). */
  devUserSig?: DevUserSig;
}

interface Proof {
  body: Record<string, unknown>;
  headers: Record<string, string>;
}

async function proofOfIdentity(deps: UserSigRequestDeps): Promise<Proof> {
  if (deps.loginCode) {
    let code: string;
    try {
      code = await deps.loginCode();
    } catch (error) {
      throw new UserSigError(USERSIG_CODE.NO_PROOF, `wx.login gave no code: ${String(error)}`);
    }
    return { body: { proof: { type: 'wx-code', code } }, headers: {} };
  }
  const token = await deps.bearerToken();
  if (!token) {
    throw new UserSigError(USERSIG_CODE.NO_PROOF, 'Not signed in to the app’s own service: no bearer token for the UserSig endpoint');
  }
  return { body: {}, headers: { Authorization: `Bearer ${token}` } };
}

const STATUS_CODES: Record<number, number> = {
  401: USERSIG_CODE.PROOF_REJECTED,
  403: USERSIG_CODE.NOT_YOUR_ACCOUNT,
  429: USERSIG_CODE.RATE_LIMITED,
};

function readAnswer(answer: JsonAnswer, url: string, userID: string): string {
  if (answer.status < 200 || answer.status >= 300) {
    throw new UserSigError(STATUS_CODES[answer.status] ?? USERSIG_CODE.BAD_ANSWER, `${url} answered HTTP ${answer.status}`);
  }
  const body = answer.data && typeof answer.data === 'object' ? (answer.data as Record<string, unknown>) : {};
  if (typeof body.userSig !== 'string' || body.userSig === '') {
    throw new UserSigError(USERSIG_CODE.BAD_ANSWER, `${url} must answer JSON { "userID": "…", "userSig": "…" }`);
  }
  // A UserSig for someone else would only fail at login (70013): say what happened instead.
  if (body.userID !== undefined && body.userID !== userID) {
    throw new UserSigError(USERSIG_CODE.NOT_YOUR_ACCOUNT, `${url} signed for ${String(body.userID)}, not ${userID}`);
  }
  return body.userSig;
}

/**
 * Where UserSigs come from: the deployer's endpoint when VITE_TIM_USERSIG_URL is set (the production way),
 * asked with a proof of identity so that it signs only for the caller's own userID (server/ in this
 * repository is a reference implementation); otherwise, in development only, generated in the app from
 * VITE_TIM_SECRET_KEY.
 *
 * Contract: POST <url> with JSON { "userID": "<id>", "proof": { "type": "wx-code", "code": "<wx.login code>" } }
 * on WeChat, or { "userID": "<id>" } with `Authorization: Bearer <token>` elsewhere; it answers 200
 * { "userID", "userSig", "expireSeconds" }, or 401 (proof not accepted), 403 (not your userID), 429.
 */
export function createUserSigSource(config: AppConfig, deps: UserSigRequestDeps): UserSigSource {
  const { userSigUrl, secretKey, sdkAppID, isProduction, userSigExpireSeconds } = config;

  if (userSigUrl !== null) {
    return async (userID) => {
      const proof = await proofOfIdentity(deps);
      let answer: JsonAnswer;
      try {
        answer = await deps.post({ url: userSigUrl, body: { userID, ...proof.body }, headers: proof.headers });
      } catch (error) {
        throw new UserSigError(ERROR_CODE.NETWORK_ERROR, `${userSigUrl} could not be reached: ${String(error)}`);
      }
      return readAnswer(answer, userSigUrl, userID);
    };
  }
  const { devUserSig } = deps;
  if (secretKey !== null && sdkAppID !== null && !isProduction && devUserSig) {
    return (userID) => devUserSig({ sdkAppID, secretKey, userID, expireSeconds: userSigExpireSeconds });
  }
  return async () => {
    throw new UserSigError(
      USERSIG_CODE.NO_SOURCE,
      'No UserSig source: set VITE_TIM_USERSIG_URL to your server endpoint (or, in development only, VITE_TIM_SECRET_KEY)',
    );
  };
}
