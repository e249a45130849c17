/**
 * Codes the cloud backend can meet besides those the rules and the embedded service share (ERROR_CODE,
 * RULE_CODE, LOCAL_CODE, GROUP_CODE): the SDK's own client codes (index.js error table `k`) and server codes
 * a sign-in or a call can come back with. The app owns a sentence for each (src/locales, errors.code).
 */
export const CLOUD_CODE = {
  NO_SDKAPPID: 2000,
  NO_IDENTIFIER: 2002,
  NO_USERSIG: 2003,
  NO_TINYID: 2022,
  NO_A2KEY: 2023,
  REPEAT_LOGIN: 2025,
  JOIN_GROUP_FAILED: 2660,
  ANONYMOUS_JOIN_NOT_AVCHATROOM: 2662,
  /** sendMessage / resendMessage got something that is not the SDK's Message instance. */
  MSG_INSTANCE_REQUIRED: 2105,
  /** createForwardMessage: a group tip cannot be forwarded; the payload is not a message. */
  MSG_FORWARD_TYPE_INVALID: 2453,
  MSG_FORWARD_INVALID_ELEMENTS: 2454,
  OVER_FREQUENCY_LIMIT: 2996,
  NO_MODULE: 2998,
  KICKED_OUT_USERSIG_EXPIRED: 3004,
  KICKED_OUT_REST_API: 3006,
  /** NO_USE: the plan lacks the feature (user status needs Pro or above). */
  FEATURE_NOT_ENABLED: 3122,
  PROFANITY_FOUND: 3123,

  INTERNAL_ERROR: 10002,
  FREQUENCY_LIMIT: 10006,
  ALREADY_MEMBER: 10013,
  REJECTED_BY_CALLBACK: 10016,
  SNS_ACCOUNT_NOT_FOUND: 30003,
  PROFILE_ACCOUNT_NOT_FOUND: 40003,
  PACKAGE_NOT_PURCHASED: 60020,
  SERVICE_OVERLOADED: 60022,

  /** Sign-in: the UserSig expired, does not decode, does not verify, or names another user or app. */
  USERSIG_EXPIRED: 70001,
  USERSIG_INVALID: 70003,
  USERSIG_VERIFY_FAILED: 70009,
  USERSIG_USER_MISMATCH: 70013,
  USERSIG_APP_MISMATCH: 70014,
  SDKAPPID_NOT_FOUND: 70020,
  USERSIG_EXPIRED_REGENERATE: 70052,
  /** The app reached its account limit (Free Trial: 100). */
  ACCOUNT_LIMIT: 70398,
  USER_STATUS_NOT_ENABLED: 72001,
} as const;

/**
 * The app's own codes for getting a UserSig from the deployer's endpoint (usersig-source.ts). No service
 * raises them; they sit outside the SDK's (2xxx–3xxx) and the servers' (1xxxx–8xxxx) ranges.
 */
export const USERSIG_CODE = {
  /** Neither VITE_TIM_USERSIG_URL nor (in development) VITE_TIM_SECRET_KEY is set. */
  NO_SOURCE: 9101,
  /** No proof of identity to send: WeChat gave no login code, or the app's own sign-in left no token. */
  NO_PROOF: 9102,
  /** The endpoint did not accept the proof (HTTP 401). */
  PROOF_REJECTED: 9103,
  /** The proof belongs to another userID, or to none (HTTP 403, or a UserSig for another userID). */
  NOT_YOUR_ACCOUNT: 9104,
  /** Too many sign-in attempts (HTTP 429). */
  RATE_LIMITED: 9105,
  /** Any other answer: a server error, or a body without a UserSig. */
  BAD_ANSWER: 9106,
} as const;
