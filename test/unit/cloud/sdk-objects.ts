/**
 * Objects shaped as @tencentcloud/chat 3.6.6 builds them at run time (index.es.js and
 * modules/relationship-module.js after Prettier 3), with the fields, the private state, the prototype methods
 * and the shared references the real classes have: what the cloud adapter's normalisers get from the SDK.
 * The end-to-end tests over the real SDK (test/cloud-sdk/messages.test.ts, friends.test.ts) show the same
 * normalisers on instances the SDK itself made.
 */
import type { Message as SdkMessage } from '@tencentcloud/chat';

/** An element (index.es.js `Ri`, `Ni`, …): `type`, `content` (the message's payload, the same object) and methods. */
class RuntimeElement {
  _percent = 0;
  constructor(
    readonly type: string,
    readonly content: Record<string, unknown>,
  ) {}
  sendable(): boolean {
    return true;
  }
  updatePercent(percent: number): void {
    this._percent = percent;
  }
}

/** `Ni._ImageInfoModel`: one size of an image, with its prototype's setters. */
class RuntimeImageInfo {
  instanceID: number;
  sizeType: number;
  type: number;
  size: number;
  width: number;
  height: number;
  imageUrl: string;
  url: string;
  constructor(index: number, sizeType: number, info: { size: number; width: number; height: number; url: string }) {
    this.instanceID = 1000 + index;
    this.sizeType = sizeType;
    this.type = index;
    this.size = info.size;
    this.width = info.width;
    this.height = info.height;
    this.imageUrl = info.url;
    this.url = info.url;
  }
  setSizeType(sizeType: number): void {
    this.sizeType = sizeType;
  }
  setType(type: number): void {
    this.type = type;
  }
}

export interface MessageInit {
  ID?: string;
  type?: string;
  payload?: Record<string, unknown>;
  from?: string;
  to?: string;
  conversationType?: 'C2C' | 'GROUP' | '@TIM#SYSTEM';
  flow?: 'in' | 'out';
  status?: 'unSend' | 'success' | 'fail';
  time?: number;
  sequence?: number;
  isRevoked?: boolean;
}

/**
 * class `Hi` (index.es.js L3726–3800): every own field the constructor sets, in its order, then
 * `_initProxy` (payload = the element's content, the same object).
 */
export class RuntimeMessage {
  ID: string;
  conversationID: string;
  conversationType: string;
  conversationSubType: string | undefined = undefined;
  time: number;
  sequence: number;
  clientSequence: number;
  random: number;
  priority = 'Normal';
  nick = 'Alice';
  avatar = 'https://example.com/alice.png';
  isPeerRead = false;
  nameCard = '';
  hasRiskContent = false;
  _elements: RuntimeElement[] = [];
  isPlaceMessage = 0;
  isRevoked: boolean;
  from: string;
  to: string;
  flow: string;
  isSystemMessage = false;
  protocol = 'JSON';
  isResend = false;
  isRead: boolean;
  status: string;
  _onlineOnlyFlag = false;
  _groupAtInfoList: unknown[] = [];
  _relayFlag = false;
  atUserList: string[] = [];
  cloudCustomData = '';
  isDeleted = false;
  isModified = false;
  _isExcludedFromUnreadCount = false;
  _isExcludedFromLastMessage = false;
  clientTime = 1_700_000_000;
  senderTinyID = '144115200000000001';
  readReceiptInfo = { readCount: undefined, unreadCount: undefined, isPeerRead: undefined, timestamp: 0 };
  needReadReceipt = false;
  version = 0;
  isBroadcastMessage = false;
  _receiverList = undefined;
  isSupportExtension = false;
  _cmConfigID = undefined;
  revoker = '';
  revokerInfo = { userID: '', nick: '', avatar: '' };
  revokeReason = '';
  pinnerInfo = null;
  level = 0;
  payload!: Record<string, unknown>;
  type!: string;

  constructor(init: MessageInit = {}) {
    const from = init.from ?? 'alice';
    this.from = from;
    this.to = init.to ?? 'bob';
    this.conversationType = init.conversationType ?? 'C2C';
    this.flow = init.flow ?? (from === 'alice' ? 'out' : 'in');
    const peer = this.flow === 'out' ? this.to : from;
    this.conversationID = this.conversationType === 'GROUP' ? `GROUP${this.to}` : `C2C${peer}`;
    this.time = init.time ?? 1_700_000_001;
    this.sequence = init.sequence ?? 3_200_000_001;
    this.clientSequence = this.sequence;
    this.random = 12345678;
    this.isRevoked = init.isRevoked ?? false;
    this.isRead = this.flow === 'out';
    this.status = init.status ?? 'success';
    this.ID = init.ID ?? `${this.senderTinyID}-${this.clientTime}-${this.random}`;
    this._elements = [new RuntimeElement(init.type ?? 'TIMTextElem', init.payload ?? { text: 'hello' })];
    this._initProxy();
  }

  get elements(): RuntimeElement[] {
    return this._elements;
  }

  _initProxy(): void {
    const [element] = this._elements;
    this.payload = element.content;
    this.type = element.type;
  }

  getGroupAtInfoList(): unknown[] {
    return this._groupAtInfoList;
  }
}

export const asSdkMessage = (message: RuntimeMessage): SdkMessage => message as unknown as SdkMessage;

export function textMessage(init: MessageInit = {}): RuntimeMessage {
  return new RuntimeMessage({ ...init, type: 'TIMTextElem', payload: init.payload ?? { text: 'hello' } });
}

/**
 * An image message (`Ni`): the three sizes in the order the SDK builds them, sizeType 1, 2, 3
 * (`initImageInfoArray`), as a message not sent yet still has them; `received` swaps [1] and [2] as the SDK
 * does for a received image (`updateAccessSideImageInfoArray` → `Tt`).
 */
export function imageMessage(received: boolean, init: MessageInit = {}): RuntimeMessage {
  const sizes = [
    { size: 120_000, width: 1200, height: 800, url: 'https://cos.example.com/original.jpg' },
    { size: 40_000, width: 1080, height: 720, url: 'https://cos.example.com/original.jpg?imageView2/3/w/720/h/720' },
    { size: 8_000, width: 297, height: 198, url: 'https://cos.example.com/original.jpg?imageView2/3/w/198/h/198' },
  ];
  const infos = sizes.map((info, index) => new RuntimeImageInfo(index, index + 1, info));
  if (received) {
    [infos[1], infos[2]] = [infos[2], infos[1]];
    infos.forEach((info, index) => info.setType(index));
  }
  return new RuntimeMessage({
    ...init,
    type: 'TIMImageElem',
    payload: { imageFormat: 1, uuid: '1400000001-alice-abc.jpg', imageInfoArray: infos },
  });
}

/** The stub C2CModule.onMsgRevoked emits for a message not in the SDK's memory, after updateRevokerInfo. */
export function revokedStub() {
  return {
    conversationID: 'C2Cbob',
    sequence: 3_200_000_009,
    ID: '144115200000000002-1700000005-99',
    time: 1_700_000_005,
    revoker: 'bob',
    revokeReason: '',
    revokerInfo: { userID: 'bob', nick: 'Bob', avatar: 'https://example.com/bob.png' },
  };
}

/** class `un` (index.es.js L5277): the Profile, every field blank until set; gender '' when never set. */
export class RuntimeProfile {
  userID: string;
  nick: string;
  gender = '';
  birthday = 0;
  location = '';
  selfSignature = '';
  allowType = 'AllowType_Type_AllowAny';
  language = 0;
  avatar: string;
  messageSettings = 0;
  adminForbidType = 'AdminForbid_Type_None';
  level = 0;
  role = 0;
  lastUpdatedTime = 0;
  profileCustomField: Array<{ key: string; value: string }> = [];
  constructor(userID: string, nick = '', avatar = '') {
    this.userID = userID;
    this.nick = nick;
    this.avatar = avatar;
  }
  validate(): { valid: boolean } {
    return { valid: true };
  }
}

/** class `hn` (index.es.js L5429): a Group with the SDK's blank values. */
export class RuntimeGroup {
  groupID: string;
  name: string;
  avatar = '';
  type: string;
  introduction = '';
  notification = '';
  ownerID = 'alice';
  createTime = '';
  infoSequence = '';
  lastInfoTime = '';
  selfInfo = { messageRemindType: '', joinTime: '', nameCard: '', role: '', userID: '', memberCustomField: undefined, readedSequence: 0 };
  lastMessage = { lastTime: '', lastSequence: '', fromAccount: '', messageForShow: '' };
  nextMessageSeq = '';
  memberNum = '';
  memberCount = '';
  maxMemberNum = '';
  maxMemberCount = '';
  joinOption = '';
  inviteOption = '';
  groupCustomField = [];
  muteAllMembers = false;
  isSupportTopic = false;
  _lastRevokedTime = 0;
  constructor(groupID: string, name: string, type: string) {
    this.groupID = groupID;
    this.name = name;
    this.type = type;
  }
}

/** `pn` (index.es.js L5546): a conversation's lastMessage; the payload is the message's own object. */
function lastMessageOf(message: RuntimeMessage | null) {
  if (!message) {
    return {
      lastTime: 0,
      lastSequence: 0,
      fromAccount: '',
      messageForShow: '',
      payload: null,
      type: '',
      isRevoked: false,
      cloudCustomData: '',
      onlineOnlyFlag: false,
      nick: '',
      nameCard: '',
      version: 0,
      isPeerRead: false,
      revoker: null,
    };
  }
  return {
    lastTime: message.time,
    lastSequence: message.sequence,
    fromAccount: message.from,
    messageForShow: message.type === 'TIMImageElem' ? '[Image]' : String(message.payload.text ?? ''),
    payload: message.payload,
    type: message.type,
    isRevoked: message.isRevoked,
    cloudCustomData: message.cloudCustomData,
    onlineOnlyFlag: message._onlineOnlyFlag,
    nick: message.nick,
    nameCard: message.nameCard,
    version: message.version,
    isPeerRead: message.isPeerRead,
    revoker: null,
  };
}

/** class `gn` (index.es.js L5583): a conversation, with its Profile or Group and private state. */
export class RuntimeConversation {
  conversationID: string;
  unreadCount: number;
  type: string;
  lastMessage: ReturnType<typeof lastMessageOf>;
  _isInfoCompleted = false;
  peerReadTime = 0;
  groupAtInfoList: Array<Record<string, unknown>> = [];
  remark = '';
  isPinned = false;
  messageRemindType: string | undefined = undefined;
  markList: number[] = [];
  customData = '';
  conversationGroupList: string[] = [];
  draftText = '';
  userProfile?: RuntimeProfile;
  groupProfile?: RuntimeGroup;
  subType: string;
  constructor(conversationID: string, last: RuntimeMessage | null, unreadCount = 0) {
    this.conversationID = conversationID;
    this.unreadCount = unreadCount;
    this.type = conversationID.startsWith('GROUP') ? 'GROUP' : conversationID === '@TIM#SYSTEM' ? '@TIM#SYSTEM' : 'C2C';
    this.lastMessage = lastMessageOf(last);
    if (this.type === 'C2C') this.userProfile = new RuntimeProfile(conversationID.slice(3));
    if (this.type === 'GROUP') this.groupProfile = new RuntimeGroup(conversationID.slice(5), 'Tasting club', 'Public');
    this.subType = this.groupProfile ? this.groupProfile.type : '';
  }
  get toAccount(): string {
    return this.conversationID.replace(/^(C2C|GROUP)/, '');
  }
  updateUnreadCount(): void {}
}

/** class `pt` (relationship-module.js L1084–1160): a Friend, with its Profile and private timestamp. */
export class RuntimeFriend {
  userID: string;
  remark = '';
  groupList: string[] = [];
  source = 'AddSource_Type_Web';
  addTime = 1_700_000_100;
  friendCustomField: Array<{ key: string; value: string }> = [];
  timestamp = 0;
  profile: RuntimeProfile;
  constructor(userID: string, nick = '') {
    this.userID = userID;
    this.profile = new RuntimeProfile(userID, nick);
  }
  addToGroupList(name: string): void {
    this.groupList.push(name);
  }
}

/** class `It` (relationship-module.js): a friend group. */
export class RuntimeFriendGroup {
  name: string;
  userIDList: string[];
  count: number;
  constructor(name: string, userIDList: string[]) {
    this.name = name;
    this.userIDList = userIDList;
    this.count = userIDList.length;
  }
  addToUserIDList(userID: string): void {
    this.userIDList.push(userID);
    this.count = this.userIDList.length;
  }
}
