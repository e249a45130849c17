/**
 * UserSig generation with the algorithm of the official `tls-sig-api-v2` Node package, rewritten on
 * crypto-js and fflate because browsers and mini programs have neither Node's Buffer nor zlib.
 * DEVELOPMENT ONLY: it needs the secret key, which must never ship in a production build.
 */
import CryptoJS from 'crypto-js/core';
import Base64 from 'crypto-js/enc-base64';
import HmacSHA256 from 'crypto-js/hmac-sha256';
import { strFromU8, strToU8, unzlibSync, zlibSync } from 'fflate';

export interface GenTestUserSigOptions {
  sdkAppID: number;
  secretKey: string;
  userID: string;
  expireSeconds: number;
  /** Milliseconds since the epoch, like Date.now() (the default). */
  now?: number;
}

/** The signed document inside a UserSig, with the package's key names. */
export interface UserSigDocument {
  'TLS.ver': string;
  'TLS.identifier': string;
  'TLS.sdkappid': number;
  'TLS.time': number;
  'TLS.expire': number;
  'TLS.sig': string;
}

// Node's zlib default (Z_DEFAULT_COMPRESSION), which the package uses.
const ZLIB_LEVEL = 6;

function hmacBase64(secretKey: string, userID: string, sdkAppID: number, time: number, expire: number): string {
  // Field order and trailing newlines are part of what the service verifies.
  const content =
    `TLS.identifier:${userID}\n` + `TLS.sdkappid:${sdkAppID}\n` + `TLS.time:${time}\n` + `TLS.expire:${expire}\n`;
  return Base64.stringify(HmacSHA256(content, secretKey));
}

function bytesToBase64(bytes: Uint8Array): string {
  const words: number[] = [];
  bytes.forEach((byte, i) => {
    words[i >>> 2] = (words[i >>> 2] ?? 0) | (byte << (24 - (i % 4) * 8));
  });
  return Base64.stringify(CryptoJS.lib.WordArray.create(words, bytes.length));
}

function base64ToBytes(text: string): Uint8Array {
  const wordArray = Base64.parse(text);
  const bytes = new Uint8Array(wordArray.sigBytes);
  for (let i = 0; i < bytes.length; i += 1) {
    bytes[i] = (wordArray.words[i >>> 2] >>> (24 - (i % 4) * 8)) & 0xff;
  }
  return bytes;
}

// The package's URL-safe alphabet: '+' → '*', '/' → '-', '=' → '_' (not RFC 4648's base64url).
const escapeBase64 = (text: string): string => text.replace(/\+/g, '*').replace(/\//g, '-').replace(/=/g, '_');
const unescapeBase64 = (text: string): string => text.replace(/\*/g, '+').replace(/-/g, '/').replace(/_/g, '=');

export function genTestUserSig(options: GenTestUserSigOptions): string {
  const { sdkAppID, secretKey, userID, expireSeconds } = options;
  if (!Number.isSafeInteger(sdkAppID) || sdkAppID <= 0) throw new Error(`Invalid SDKAppID: ${sdkAppID}`);
  if (!Number.isSafeInteger(expireSeconds) || expireSeconds <= 0) throw new Error(`Invalid expire: ${expireSeconds}`);
  if (secretKey === '') throw new Error('genTestUserSig needs the secret key');
  if (userID === '') throw new Error('genTestUserSig needs a userID');

  const time = Math.floor((options.now ?? Date.now()) / 1000);
  // Key order matters: the service reads the JSON as written by the package.
  const doc: UserSigDocument = {
    'TLS.ver': '2.0',
    'TLS.identifier': userID,
    'TLS.sdkappid': sdkAppID,
    'TLS.time': time,
    'TLS.expire': expireSeconds,
    'TLS.sig': hmacBase64(secretKey, userID, sdkAppID, time, expireSeconds),
  };
  const compressed = zlibSync(strToU8(JSON.stringify(doc)), { level: ZLIB_LEVEL });
  return escapeBase64(bytesToBase64(compressed));
}

/** Reads the document back out of a UserSig (for tests and diagnostics; does not verify the signature). */
export function decodeUserSig(userSig: string): UserSigDocument {
  const json = strFromU8(unzlibSync(base64ToBytes(unescapeBase64(userSig))));
  return JSON.parse(json) as UserSigDocument;
}
