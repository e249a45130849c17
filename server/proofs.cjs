// @ts-check
'use strict';
/**
 * Proofs of identity the UserSig endpoint accepts, each turned into the one userID it may sign for.
 *
 * - WeChat: the mini program's one-time `wx.login` code, exchanged server-side with code2Session for the
 *   user's openid (https://developers.weixin.qq.com/miniprogram/dev/OpenApiDoc/user-login/code2Session.html),
 *   then looked up in your account map (openid → userID).
 * - H5: the credential of your own sign-in, sent as `Authorization: Bearer <token>`. The reference verifier
 *   accepts an HS256 JWT (`sub` = userID, `exp` required) signed with AUTH_JWT_SECRET; replace
 *   `verifyBearer` with whatever your sign-in issues (session lookup, OIDC introspection…).
 */
const crypto = require('node:crypto');

const WECHAT_CODE2SESSION_URL = 'https://api.weixin.qq.com/sns/jscode2session';

/**
 * code2Session over HTTPS. `fetchImpl` is injectable so that tests never reach WeChat.
 * @param {{ appId: string, appSecret: string, fetchImpl?: typeof fetch }} options
 * @returns {(code: string) => Promise<{ openid: string }>}
 */
function createCode2Session({ appId, appSecret, fetchImpl = fetch }) {
  return async (code) => {
    const url = new URL(WECHAT_CODE2SESSION_URL);
    url.search = new URLSearchParams({ appid: appId, secret: appSecret, js_code: code, grant_type: 'authorization_code' }).toString();
    const response = await fetchImpl(url, { method: 'GET' });
    /** @type {{ openid?: unknown, errcode?: unknown, errmsg?: unknown }} */
    const body = await response.json();
    // WeChat answers HTTP 200 with errcode for a bad, used or expired code (40029, 40163, 45011…).
    if (typeof body.openid !== 'string' || body.openid === '') {
      throw new ProofError(`code2Session refused the code (errcode ${String(body.errcode)})`);
    }
    return { openid: body.openid };
  };
}

class ProofError extends Error {}

function base64UrlDecode(part) {
  return Buffer.from(part.replace(/-/g, '+').replace(/_/g, '/'), 'base64');
}

/**
 * Verifies an HS256 JWT and answers its `sub`, or null when it is malformed, forged or expired.
 * @param {{ secret: string, now?: () => number }} options
 * @returns {(token: string) => string | null}
 */
function createJwtBearerVerifier({ secret, now = () => Date.now() }) {
  if (!secret) throw new Error('createJwtBearerVerifier needs a secret');
  return (token) => {
    const parts = token.split('.');
    if (parts.length !== 3) return null;
    const [header, payload, signature] = parts;
    let parsedHeader;
    let claims;
    try {
      parsedHeader = JSON.parse(base64UrlDecode(header).toString('utf8'));
      claims = JSON.parse(base64UrlDecode(payload).toString('utf8'));
    } catch {
      return null;
    }
    if (!parsedHeader || parsedHeader.alg !== 'HS256') return null;
    const expected = crypto.createHmac('sha256', secret).update(`${header}.${payload}`).digest();
    const given = base64UrlDecode(signature);
    if (given.length !== expected.length || !crypto.timingSafeEqual(given, expected)) return null;
    if (typeof claims.exp !== 'number' || claims.exp * 1000 <= now()) return null;
    return typeof claims.sub === 'string' && claims.sub !== '' ? claims.sub : null;
  };
}

/**
 * openid → userID, kept in a JSON file ({ "<openid>": "<userID>" }) that your registration writes. An openid
 * not in it maps to nothing (403) unless `autoRegister` is set, which derives a stable userID from the openid
 * (`wx_` + 24 hex digits of its SHA-256, at most 32 bytes as the service requires) and records it.
 * @param {{ file?: string, autoRegister?: boolean, initial?: Record<string, string> }} options
 */
function createAccountMap({ file, autoRegister = false, initial = {} } = {}) {
  const fs = require('node:fs');
  /** @type {Map<string, string>} */
  const map = new Map(Object.entries(initial));
  if (file && fs.existsSync(file)) {
    for (const [openid, userID] of Object.entries(JSON.parse(fs.readFileSync(file, 'utf8')))) map.set(openid, String(userID));
  }
  return {
    /** @param {string} openid @returns {string | null} */
    userIDForOpenID(openid) {
      const known = map.get(openid);
      if (known) return known;
      if (!autoRegister) return null;
      const userID = `wx_${crypto.createHash('sha256').update(openid).digest('hex').slice(0, 24)}`;
      map.set(openid, userID);
      if (file) fs.writeFileSync(file, JSON.stringify(Object.fromEntries(map), null, 2));
      return userID;
    },
  };
}

module.exports = { createCode2Session, createJwtBearerVerifier, createAccountMap, ProofError, WECHAT_CODE2SESSION_URL };
