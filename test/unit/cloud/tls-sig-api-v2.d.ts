/** The official UserSig package ships no types; this covers what the equality test calls. */
declare module 'tls-sig-api-v2' {
  export class Api {
    constructor(sdkappid: number, key: string);
    genSig(userid: string, expire: number, userBuf?: Uint8Array | null): string;
    genUserSig(userid: string, expire: number): string;
  }
}
