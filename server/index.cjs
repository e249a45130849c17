// @ts-check
'use strict';
/** Starts the reference UserSig server from environment variables (the repository README, "The UserSig server"). */
const { createUserSigApp } = require('./app.cjs');
const { createAccountMap, createCode2Session, createJwtBearerVerifier } = require('./proofs.cjs');

function required(name) {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is required`);
  return value;
}

const env = process.env;
const app = createUserSigApp({
  sdkAppID: Number(required('TIM_SDK_APP_ID')),
  secretKey: required('TIM_SECRET_KEY'),
  expireSeconds: env.USERSIG_EXPIRE_SECONDS ? Number(env.USERSIG_EXPIRE_SECONDS) : undefined,
  ...(env.WX_APP_ID
    ? {
        code2Session: createCode2Session({ appId: env.WX_APP_ID, appSecret: required('WX_APP_SECRET') }),
        accounts: createAccountMap({ file: env.ACCOUNTS_FILE, autoRegister: env.WX_AUTO_REGISTER === '1' }),
      }
    : {}),
  ...(env.AUTH_JWT_SECRET ? { verifyBearer: createJwtBearerVerifier({ secret: env.AUTH_JWT_SECRET }) } : {}),
  allowedOrigins: (env.ALLOWED_ORIGINS ?? '').split(',').map((origin) => origin.trim()).filter(Boolean),
  rateLimit: { windowMs: 60_000, limit: Number(env.RATE_LIMIT_PER_MINUTE ?? 20) },
  trustProxy: env.TRUST_PROXY === undefined ? undefined : Number.isNaN(Number(env.TRUST_PROXY)) ? env.TRUST_PROXY : Number(env.TRUST_PROXY),
});

const port = Number(env.PORT ?? 8787);
const host = env.HOST ?? '127.0.0.1';
app.listen(port, host, () => console.log(`UserSig server on http://${host}:${port}/usersig`));
