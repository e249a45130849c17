/**
 * UTF-8 byte limits of group and member fields. The docs disagree (30/240/300/100 in the usage limits,
 * https://trtc.io/zh/document/34381, and index.d.ts; 100/400/400/500 in V2TIMGroupInfo,
 * https://im.sdk.qcloud.com/doc/HarmonyOS/classes/V2TIMGroupInfo.html); the larger ones are enforced so
 * that no call the live service accepts is refused. The embedded service enforces them, and the app checks
 * them before sending, so a refusal names the limit while the typed text stays.
 */
export const GROUP_BYTES = {
  name: 100,
  introduction: 400,
  notification: 400,
  avatar: 500,
  nameCard: 50,
  groupCustomValue: 512,
  memberCustomValue: 64,
  groupID: 48,
} as const;

/** Custom field keys: `[A-Za-z0-9_]`, at most 16 bytes ([LIM-zh]). */
export const CUSTOM_KEY_SHAPE = /^[A-Za-z0-9_]{1,16}$/;
