export type BackendKind = 'local' | 'cloud';

/** The app's configuration, parsed and validated from env variables by src/config/parse.ts. */
export interface AppConfig {
  backend: BackendKind;
  /** Tencent Cloud Chat application ID (cloud backend). */
  sdkAppID: number | null;
  /** The deployer's endpoint that returns a UserSig for a userID (the production way). */
  userSigUrl: string | null;
  /**
   * H5: the storage key under which the app's own sign-in keeps its bearer token, sent to the UserSig
   * endpoint as the proof of identity (WeChat sends a wx.login code instead). parseConfig always sets it;
   * optional for configs built by hand (the default applies).
   */
  userSigTokenKey?: string;
  /** Development only: generates UserSigs in the app. A production build with it set fails. */
  secretKey: string | null;
  /** Seconds a generated UserSig stays valid. */
  userSigExpireSeconds: number;
  /** Where avatars are uploaded in cloud mode (multipart POST, answers JSON `{ "url": "…" }`). */
  avatarUploadUrl: string | null;
  avatarUploadField: string;
  /** Custom profile keys registered in the console; empty means any well-formed key is accepted. */
  profileCustomKeys: string[];
  /** Demo data for the embedded service. */
  localSeed: 'demo' | 'none';
  isProduction: boolean;
}
