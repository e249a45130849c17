// @ts-check
'use strict';
/**
 * The reference UserSig endpoint: POST /usersig signs a UserSig only for the userID the caller's proof maps
 * to, never for a userID the caller merely names.
 *
 * Request (JSON):  { "userID": "<the userID to sign in as; optional on WeChat>",
 *                    "proof": { "type": "wx-code", "code": "<wx.login code>" } }            (mini program)
 *                  or the header `Authorization: Bearer <your sign-in's token>` instead of `proof` (H5)
 * Answers:         200 { "userID", "userSig", "expireSeconds" }
 *                  400 malformed request · 401 no proof, or one that does not verify
 *                  403 the proof maps to another userID (or to none) · 429 too many requests
 */
const express = require('express');
const { rateLimit } = require('express-rate-limit');
const TLSSigAPIv2 = require('tls-sig-api-v2');
const { ProofError } = require('./proofs.cjs');

const USER_ID_MAX_BYTES = 32;

/**
 * @typedef {object} UserSigServerOptions
 * @property {number} sdkAppID
 * @property {string} secretKey  the Chat application's key; it never leaves this server
 * @property {number} [expireSeconds]  UserSig lifetime (default 1 day)
 * @property {(code: string) => Promise<{ openid: string }>} [code2Session]  WeChat proof (createCode2Session)
 * @property {{ userIDForOpenID(openid: string): string | null }} [accounts]  openid → userID
 * @property {(token: string) => string | null | Promise<string | null>} [verifyBearer]  H5 proof → userID
 * @property {string[]} [allowedOrigins]  browser origins of your H5 app (CORS); none by default
 * @property {{ windowMs: number, limit: number }} [rateLimit]  per client IP (default 20 a minute)
 * @property {boolean | string | number} [trustProxy]  Express `trust proxy`, when behind a load balancer
 */

/** @param {UserSigServerOptions} options */
function createUserSigApp(options) {
  const { sdkAppID, secretKey, expireSeconds = 86400, code2Session, accounts, verifyBearer } = options;
  if (!Number.isSafeInteger(sdkAppID) || sdkAppID <= 0) throw new Error('createUserSigApp: sdkAppID must be a positive integer');
  if (!secretKey) throw new Error('createUserSigApp: secretKey is required');
  if (!code2Session && !verifyBearer) throw new Error('createUserSigApp: configure code2Session (WeChat) and/or verifyBearer (H5)');
  if (code2Session && !accounts) throw new Error('createUserSigApp: code2Session needs an accounts map (openid → userID)');
  const signer = new TLSSigAPIv2.Api(sdkAppID, secretKey);
  const allowedOrigins = new Set(options.allowedOrigins ?? []);

  const app = express();
  app.disable('x-powered-by');
  if (options.trustProxy !== undefined) app.set('trust proxy', options.trustProxy);

  app.use((req, res, next) => {
    const origin = req.get('origin');
    if (origin && allowedOrigins.has(origin)) {
      res.set('Access-Control-Allow-Origin', origin);
      res.set('Vary', 'Origin');
      res.set('Access-Control-Allow-Headers', 'Authorization, Content-Type');
      res.set('Access-Control-Allow-Methods', 'POST');
      res.set('Access-Control-Max-Age', '600');
    }
    if (req.method === 'OPTIONS') {
      res.status(204).end();
      return;
    }
    next();
  });

  app.use(
    '/usersig',
    rateLimit({
      windowMs: options.rateLimit?.windowMs ?? 60_000,
      limit: options.rateLimit?.limit ?? 20,
      standardHeaders: 'draft-7',
      legacyHeaders: false,
      message: { error: 'rate_limited' },
    }),
  );
  app.use(express.json({ limit: '4kb' }));

  /** The userID the request's proof maps to; throws ProofError when there is no proof or it fails. */
  async function provenUserID(req) {
    const authorization = req.get('authorization') ?? '';
    const bearer = /^Bearer\s+(\S+)$/i.exec(authorization);
    if (bearer) {
      if (!verifyBearer) throw new ProofError('bearer tokens are not accepted here');
      const userID = await verifyBearer(bearer[1]);
      if (!userID) throw new ProofError('the bearer token does not verify');
      return userID;
    }
    const proof = req.body?.proof;
    if (proof && proof.type === 'wx-code' && typeof proof.code === 'string' && proof.code !== '') {
      if (!code2Session || !accounts) throw new ProofError('WeChat codes are not accepted here');
      const { openid } = await code2Session(proof.code);
      // An openid nobody registered maps to no userID: nothing to sign.
      return accounts.userIDForOpenID(openid) ?? '';
    }
    throw new ProofError('no proof of identity');
  }

  app.post('/usersig', async (req, res, next) => {
    try {
      const asked = req.body?.userID;
      if (asked !== undefined && (typeof asked !== 'string' || asked === '' || Buffer.byteLength(asked) > USER_ID_MAX_BYTES)) {
        res.status(400).json({ error: 'bad_user_id' });
        return;
      }
      let userID;
      try {
        userID = await provenUserID(req);
      } catch (error) {
        if (error instanceof ProofError) {
          res.status(401).json({ error: 'bad_proof' });
          return;
        }
        throw error;
      }
      if (userID === '' || (asked !== undefined && asked !== userID)) {
        res.status(403).json({ error: 'not_your_user_id' });
        return;
      }
      res.set('Cache-Control', 'no-store');
      res.json({ userID, userSig: signer.genSig(userID, expireSeconds), expireSeconds });
    } catch (error) {
      next(error);
    }
  });

  // Malformed JSON and anything unexpected: no stack traces or messages to the caller.
  app.use((error, _req, res, _next) => {
    const status = error && typeof error.status === 'number' && error.status < 500 ? 400 : 500;
    res.status(status).json({ error: status === 400 ? 'bad_request' : 'internal' });
  });
  return app;
}

module.exports = { createUserSigApp };
