/**
 * Limits of messaging (https://trtc.io/document/34381 "Use Limits"; index.es.js where the SDK checks them on
 * the device) and of the embedded service's storage.
 */

/** Bytes of one message's body (C2C and group, every type); the server answers 80002 beyond. */
export const MAX_BODY_BYTES = 12 * 1024;
/** Messages per second per group; the server answers 10023 beyond (the Use Limits page; seed 004 L296). */
export const GROUP_MESSAGES_PER_SECOND = 40;
/** Seconds after sending during which a message can be recalled (seed 004 L976: 2 minutes by default). */
export const REVOKE_WINDOW_SECONDS = 120;
/** deleteMessage keeps the first 30 messages (index.es.js deleteMessage: `30 < r.length && r.slice(0, 30)`). */
export const MAX_DELETE_MESSAGES = 30;
/** getMessageList count: default and ceiling (index.es.js getMessageList: `(Ke(t) || 15 < t) && (t = 15)`). */
export const MESSAGE_PAGE = 15;
/** deleteConversation keeps the first 100 IDs (index.es.js deleteConversation). */
export const MAX_DELETE_CONVERSATIONS = 100;
/** setMessageRemindType's C2C form keeps the first 30 userIDs (index.es.js `_setC2CMsgRemindType`). */
export const MAX_C2C_REMIND_USERS = 30;
/** A merged message whose JSON exceeds this is uploaded and sent with a downloadKey (index.es.js sendMessageInstance). */
export const MERGER_INLINE_BYTES = 11264;

/** File size limits of the SDK's upload module (`UPLOAD_SIZE_LIMIT`); images and audio must stay below 20 MB. */
export const UPLOAD_LIMIT = {
  image: 20 * 1024 * 1024,
  audio: 20 * 1024 * 1024,
  file: 100 * 1024 * 1024,
  video: 100 * 1024 * 1024,
} as const;
/** Extensions the SDK accepts (index.es.js `nn` for images, `on` for videos); anything else is 2252 / 2352. */
export const IMAGE_EXTENSIONS = ['jpg', 'jpeg', 'gif', 'png', 'bmp', 'image', 'webp'];
export const VIDEO_EXTENSIONS = ['mp4', 'quicktime', 'mov', 'video'];
/** imageFormat by extension (index.es.js `De`). */
export const IMAGE_FORMAT: Record<string, number> = { jpg: 1, jpeg: 1, gif: 2, png: 3, bmp: 4 };
export const IMAGE_FORMAT_UNKNOWN = 255;

/** The history plan: 7 days of roaming on the Trial and Standard plans (https://trtc.io/document/33529). */
export const DEFAULT_ROAMING_DAYS = 7;
/**
 * Characters (keys and values) the message store may use in all, history dropped oldest first beyond it:
 * 2 MiB leaves room for groups and accounts under a browser origin's ~5 MB and far under WeChat's 10 MB.
 */
export const DEFAULT_STORAGE_BUDGET = 2 * 1024 * 1024;
/** Eviction frees down to this share of the budget, so that it runs once per many sends rather than each. */
export const BUDGET_LOW_WATER = 0.9;

/** Messages per stored chunk: a send rewrites one chunk of at most this many messages. */
export const CHUNK_MESSAGES = 20;
/** Conversation records of one user are spread over this many keys (a storage-format constant). */
export const USER_BUCKETS = 16;
/** @-mentions and recalls remembered per log to derive groupAtInfoList and unread counts. */
export const AT_INDEX_KEPT = 30;
export const REVOKED_INDEX_KEPT = 50;
/** Per-user deleted messages remembered per conversation. */
export const DELETED_KEPT = 500;
/** Group system notices kept for a user with no instance online, delivered at the next login. */
export const NOTICE_INBOX_KEPT = 50;
/** Messages an instance remembers for findMessage. */
export const FIND_CACHE = 5000;
/** MESSAGE_READ_BY_PEER carries at most this many messages (the SDK: those in its memory). */
export const READ_BY_PEER_MAX = 100;
