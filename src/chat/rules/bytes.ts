export { utf8Bytes } from '@/src/utils/utf8';

/**
 * The size the SDK's client check (`Qe` in index.es.js) computes for a nick. Its per-character test reads
 * `e[t++].charCodeAt[t] <= 255`, a property of the function rather than a call, which is always false, so
 * every UTF-16 unit counts as 2 bytes whatever the text. We copy the result, not the intent: a 251-letter
 * ASCII nick is refused by the real SDK (2721) before it reaches the server.
 */
export function sdkNickBytes(nick: string): number {
  return nick.length * 2;
}
