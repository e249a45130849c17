/** UTF-8 length without TextEncoder, which some mini-program runtimes lack. */
export function utf8ByteLength(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    else if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i++;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}

/**
 * The size the SDK's client check (`Qe` in index.es.js) computes for a nick. Its per-character test reads
 * `e[t++].charCodeAt[t] <= 255`, a property of the function rather than a call, which is always false, so
 * every UTF-16 unit counts as 2 bytes whatever the text. We copy the result, not the intent: a 251-letter
 * ASCII nick is refused by the real SDK before it reaches the server.
 */
export function sdkNickSize(text: string): number {
  return text.length * 2;
}
