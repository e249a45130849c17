export type BackendKind = 'local' | 'cloud';

/** The app's configuration, parsed and validated from env variables by src/config/parse.ts. */
export interface AppConfig {
  backend: BackendKind;
  /** Tencent Cloud Chat application ID (cloud backend). */
  sdkAppID: number | null;
  /** The deployer's endpoint that returns a UserSig for a userID (the production way). */
  userSigUrl: string | null;
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
