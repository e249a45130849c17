/**
 * A scripted Tencent Cloud Chat gateway for the REAL `@tencentcloud/chat` 3.6.6 SDK, offline.
 *
 * The SDK talks JSON over one WebSocket (`wss://<SDKAppID>w4c.my-imcloud.com/binfo?…`, index.js
 * SocketHandler.getURL): each request is `{ head: { servcmd: '<service>.<command>', seq, identifier, … },
 * body: { PascalCase… } }` as UTF-8 bytes, and the answer echoes the head with a body the SDK converts back to
 * camelCase (index.js SocketHandler.onMessage; a non-zero `ErrorCode` rejects the request with that code).
 * `Gateway.socketClass()` is a WebSocket stand-in to put on globalThis, so the SDK connects here.
 *
 * It answers the commands whose SDK-side behaviour the app depends on (login, profile, blocklist, user
 * status, the group calls of the search → join path, member changes) from a small in-memory state, and a
 * neutral empty success to the rest (conversation sync, friends, cloud config, reports). A test scripts any
 * other answer with `handle(command, …)` and sends server pushes with `push(userID, …)` (wire.ts builds the
 * message, conversation and friend bodies). Only what a test needs is modelled: this is a harness for the
 * SDK's client code, not a second chat service.
 */

export interface WireHead {
  servcmd: string;
  seq: number;
  identifier?: string;
  [key: string]: unknown;
}

export interface WireMessage {
  head: WireHead;
  body: Record<string, unknown>;
}

export interface GatewayMember {
  userID: string;
  role: 'Owner' | 'Admin' | 'Member';
  joinTime: number;
  nameCard: string;
  muteUntil: number;
}

export interface GatewayGroup {
  groupID: string;
  type: 'Private' | 'Public' | 'ChatRoom' | 'Community';
  name: string;
  ownerID: string;
  joinOption: 'FreeAccess' | 'NeedPermission' | 'DisableApply';
  members: Map<string, GatewayMember>;
}

/** What the gateway saw: one entry per request, in order. */
export interface SeenCommand {
  userID: string;
  /** The command without its service prefix, e.g. 'apply_join_group'. */
  command: string;
  body: Record<string, unknown>;
}

type Handler = (userID: string, body: Record<string, unknown>) => Record<string, unknown>;

/** Server error: the SDK rejects the request with this code (index.js SocketHandler.onMessage). */
export class GatewayError extends Error {
  constructor(
    readonly code: number,
    message: string,
  ) {
    super(message);
  }
}

/** 'group_open_http_svc.apply_join_group' → 'apply_join_group' (index.js `jt`). */
const commandOf = (head: WireHead): string => head.servcmd.slice(head.servcmd.indexOf('.') + 1);

const nowSeconds = (): number => Math.floor(Date.now() / 1000);

/** The socket states of the WHATWG WebSocket, which the SDK reads. */
const CONNECTING = 0;
const OPEN = 1;
const CLOSED = 3;

export class Gateway {
  /** false: every socket fails to connect, as when the gateway's host is blocked or unreachable. */
  reachable = true;
  /**
   * Commands (without service prefix) that are received but not answered, as by an unresponsive server, until
   * releaseHeld() answers them.
   */
  readonly unanswered = new Set<string>();
  /**
   * When set, the gateway drops each connection this many ms after it opened (close code 1006), as a flaky
   * network does; after a connection that lasted over 1 s the SDK reconnects to its next host at once.
   */
  dropAfterOpenMs: number | null = null;
  /** false: the app's plan has no user-status feature (no purchase bit; the SDK refuses with 3122). */
  userStatusEnabled = false;

  readonly profiles = new Map<string, Record<string, string | number>>();
  readonly blacklists = new Map<string, Set<string>>();
  readonly groups = new Map<string, GatewayGroup>();
  readonly seen: SeenCommand[] = [];
  /** URLs the SDK opened sockets to, in order. */
  readonly socketUrls: string[] = [];

  private readonly handlers = new Map<string, Handler>();
  private held: Array<() => void> = [];
  private readonly sockets = new Set<{ close(): void }>();
  /** Signed-in sockets per userID, for pushes. */
  private readonly pushTargets = new Map<string, Set<(message: WireMessage) => void>>();
  private pushSeq = 1;

  constructor() {
    this.installHandlers();
  }

  /** Registers an account (the service knows only accounts that exist). */
  addUser(userID: string, profile: Record<string, string | number> = {}): void {
    this.profiles.set(userID, { Tag_Profile_IM_Nick: '', Tag_Profile_IM_Gender: '', ...profile });
  }

  addGroup(group: Omit<GatewayGroup, 'members'> & { members: Array<Pick<GatewayMember, 'userID' | 'role'>> }): void {
    const members = new Map<string, GatewayMember>();
    for (const member of group.members) {
      members.set(member.userID, { ...member, joinTime: nowSeconds(), nameCard: '', muteUntil: 0 });
    }
    this.groups.set(group.groupID, { ...group, members });
  }

  /** Answers every request held back so far (the server became responsive again). */
  releaseHeld(): void {
    const held = this.held;
    this.held = [];
    for (const deliver of held) deliver();
  }

  /**
   * Scripts a command's answer (the command without its service prefix, e.g. 'sendmsg'): the handler returns
   * the PascalCase body the service would send, or throws GatewayError for a refusal. Replaces the default.
   */
  handle(command: string, handler: Handler): void {
    this.handlers.set(command, handler);
  }

  /**
   * Sends a server push to every socket `userID` is signed in on, as the service does: an unsolicited message
   * whose head names the push command (e.g. 'im_open_push.msg_push'), dispatched by the SDK's MsgDispatcher.
   */
  push(userID: string, servcmd: string, body: Record<string, unknown>): number {
    const targets = [...(this.pushTargets.get(userID) ?? [])];
    const seq = this.pushSeq++;
    for (const deliver of targets) deliver({ head: { servcmd, seq, identifier: userID }, body });
    return targets.length;
  }

  commandsOf(command: string): SeenCommand[] {
    return this.seen.filter((entry) => entry.command === command);
  }

  /** Closes every open socket (end of a test), so no timer of ours outlives it. */
  closeAll(): void {
    for (const socket of [...this.sockets]) socket.close();
  }

  /** A WebSocket class bound to this gateway, for `globalThis.WebSocket`. */
  socketClass(): new (url: string) => unknown {
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the class below is this gateway's socket
    const gateway = this;
    return class ScriptedSocket {
      static readonly CONNECTING = CONNECTING;
      static readonly OPEN = OPEN;
      static readonly CLOSED = CLOSED;
      readyState = CONNECTING;
      binaryType = 'arraybuffer';
      onopen: ((event: unknown) => void) | null = null;
      onmessage: ((event: { data: ArrayBuffer }) => void) | null = null;
      onerror: ((event: unknown) => void) | null = null;
      onclose: ((event: { code: number; reason: string }) => void) | null = null;
      /** Who signed in on this socket: after wslogin the SDK sends its tinyID and A2 key, not the userID. */
      private userID = '';

      constructor(readonly url: string) {
        gateway.socketUrls.push(url);
        gateway.sockets.add(this);
        const reachable = gateway.reachable;
        setTimeout(() => {
          if (this.readyState === CLOSED) return;
          if (reachable) {
            this.readyState = OPEN;
            this.onopen?.({});
            const drop = gateway.dropAfterOpenMs;
            if (drop !== null) setTimeout(() => this.drop(), drop);
          } else {
            this.readyState = CLOSED;
            gateway.sockets.delete(this);
            this.onerror?.({ message: 'unreachable' });
            this.onclose?.({ code: 1006, reason: 'unreachable' });
          }
        }, 0);
      }

      /** Delivers a push to this socket while it is open. */
      private readonly deliverPush = (message: WireMessage): void => {
        const bytes = new Uint8Array(Buffer.from(JSON.stringify(message), 'utf8'));
        setTimeout(() => {
          if (this.readyState === OPEN) this.onmessage?.({ data: bytes.buffer });
        }, 0);
      };

      send(data: Uint8Array | ArrayBuffer | string): void {
        if (this.readyState !== OPEN) return;
        const text = typeof data === 'string' ? data : Buffer.from(data as Uint8Array).toString('utf8');
        const request = JSON.parse(text) as WireMessage;
        if (commandOf(request.head) === 'wslogin') {
          this.userID = String(request.head.identifier ?? '');
          const targets = gateway.pushTargets.get(this.userID) ?? new Set();
          targets.add(this.deliverPush);
          gateway.pushTargets.set(this.userID, targets);
        }
        const userID = this.userID;
        const deliver = (): void => {
          const bytes = new Uint8Array(Buffer.from(JSON.stringify(gateway.answer(request, userID)), 'utf8'));
          setTimeout(() => {
            if (this.readyState === OPEN) this.onmessage?.({ data: bytes.buffer });
          }, 0);
        };
        if (gateway.record(request, userID)) deliver();
        else gateway.held.push(deliver);
      }

      close(): void {
        if (this.readyState === CLOSED) return;
        this.readyState = CLOSED;
        gateway.sockets.delete(this);
        gateway.pushTargets.get(this.userID)?.delete(this.deliverPush);
      }

      /** The server side goes away: the client sees an abnormal close. */
      drop(): void {
        if (this.readyState !== OPEN) return;
        this.close();
        this.onclose?.({ code: 1006, reason: 'dropped' });
      }
    };
  }

  /** Records a request; false when it is to be held back unanswered. */
  record(request: WireMessage, userID: string): boolean {
    const command = commandOf(request.head);
    this.seen.push({ userID, command, body: request.body });
    return !this.unanswered.has(command);
  }

  /** The answer to one request, from the state as it is now. */
  answer(request: WireMessage, userID: string): WireMessage {
    const { head, body } = request;
    const command = commandOf(head);
    const handler = this.handlers.get(command);
    let answerBody: Record<string, unknown>;
    try {
      answerBody = { ErrorCode: 0, ErrorInfo: '', ...(handler ? handler(userID, body) : {}) };
    } catch (error) {
      if (!(error instanceof GatewayError)) throw error;
      answerBody = { ErrorCode: error.code, ErrorInfo: error.message };
    }
    return { head: { ...head }, body: answerBody };
  }

  private blacklistOf(userID: string): Set<string> {
    let list = this.blacklists.get(userID);
    if (!list) {
      list = new Set();
      this.blacklists.set(userID, list);
    }
    return list;
  }

  private group(groupID: unknown): GatewayGroup {
    const group = this.groups.get(String(groupID));
    if (!group) throw new GatewayError(10010, 'group does not exist');
    return group;
  }

  /** A group as the group service describes it (GroupIdList / GroupInfo entries). */
  private groupInfo(group: GatewayGroup, userID: string, withMembers: boolean): Record<string, unknown> {
    const self = group.members.get(userID);
    return {
      GroupId: group.groupID,
      Type: group.type,
      Name: group.name,
      Introduction: '',
      Notification: '',
      FaceUrl: '',
      Owner_Account: group.ownerID,
      CreateTime: nowSeconds(),
      InfoSeq: 1,
      LastInfoTime: nowSeconds(),
      LastMsgTime: 0,
      NextMsgSeq: 1,
      MemberNum: group.members.size,
      MaxMemberNum: 2000,
      ApplyJoinOption: group.joinOption,
      InviteJoinOption: 'DisableInvite',
      ShutUpAllMember: 'Off',
      ...(self ? { SelfInfo: { Role: self.role, JoinTime: self.joinTime, MsgFlag: 'AcceptAndNotify', NameCard: self.nameCard } } : {}),
      ...(withMembers
        ? { MemberList: self ? [{ Member_Account: userID, Role: self.role, NameCard: self.nameCard, MsgFlag: 'AcceptAndNotify', JoinTime: self.joinTime }] : [] }
        : {}),
    };
  }

  private memberInfo(member: GatewayMember): Record<string, unknown> {
    return {
      Member_Account: member.userID,
      Role: member.role,
      JoinTime: member.joinTime,
      NameCard: member.nameCard,
      ShutUpUntil: member.muteUntil,
      MsgSeq: 0,
      LastSendMsgTime: 0,
      AppMemberDefinedData: [],
    };
  }

  private installHandlers(): void {
    const on = (command: string, handler: Handler): void => {
      this.handlers.set(command, handler);
    };

    on('wslogin', (userID) => {
      if (!this.profiles.has(userID)) this.addUser(userID);
      return {
        InstId: 1,
        HelloInterval: 120,
        A2Key: `a2-${userID}`,
        TinyId: `tiny-${userID}`,
        TimeStamp: nowSeconds(),
        // The plan's features as a bit string, lowest bit last (PurchasedFeatureHandler.parsePurchaseBits);
        // bit 7 is USER_STATUS.
        PurchaseBits: this.userStatusEnabled ? '10000000' : '0',
      };
    });

    // Conversation sync pages until CompleteFlag; blocklist pages until StartIndex is 0.
    on('page_get', () => ({ CompleteFlag: 1, TimeStamp: 0, StartIndex: 0, TopTimeStamp: 0, TopStartIndex: 0 }));
    on('getmsg', () => ({ Cookie: 'c', SyncFlag: 2, MsgList: [] }));

    on('portrait_get_all', (_userID, body) => {
      const items = (body.UserItem as Array<{ To_Account: string }> | undefined) ?? [];
      return {
        UserProfileItem: items.map(({ To_Account: to }) => {
          const profile = this.profiles.get(to);
          if (!profile) return { To_Account: '@TLS#NOT_FOUND', ResultCode: 40006 };
          return {
            To_Account: to,
            ResultCode: 0,
            ProfileItem: Object.entries(profile).map(([Tag, Value]) => ({ Tag, Value })),
          };
        }),
      };
    });

    on('black_list_get', (userID) => ({
      BlackListItem: [...this.blacklistOf(userID)].map((to) => ({ To_Account: to, AddBlackTimeStamp: nowSeconds() })),
      StartIndex: 0,
      CurruentSequence: 1,
    }));
    on('black_list_add', (userID, body) => {
      const list = this.blacklistOf(userID);
      const ids = (body.To_Account as string[] | undefined) ?? [];
      return {
        ResultItem: ids.map((to) => {
          if (!this.profiles.has(to)) return { To_Account: to, ResultCode: 30001, ResultInfo: 'no such account' };
          list.add(to);
          return { To_Account: to, ResultCode: 0, ResultInfo: '' };
        }),
      };
    });
    on('black_list_delete', (userID, body) => {
      const list = this.blacklistOf(userID);
      const ids = (body.To_Account as string[] | undefined) ?? [];
      return { ResultItem: ids.map((to) => ({ To_Account: to, ResultCode: list.delete(to) ? 0 : 30001, ResultInfo: '' })) };
    });

    on('get_joined_group_list', (userID) => {
      const mine = [...this.groups.values()].filter((group) => group.members.has(userID));
      return { GroupIdList: mine.map((group) => this.groupInfo(group, userID, false)), TotalCount: mine.length };
    });
    on('get_group_self_member_info', (userID, body) => {
      const ids = (body.GroupIdList as string[] | undefined) ?? [];
      return {
        GroupInfo: ids.map((groupID) => {
          const group = this.groups.get(groupID);
          if (!group) return { GroupId: groupID, ErrorCode: 10010, ErrorInfo: 'group does not exist' };
          // A Public group's profile is readable from outside (the search → open → join path).
          if (group.type === 'Private' && !group.members.has(userID)) {
            return { GroupId: groupID, ErrorCode: 10007, ErrorInfo: 'not a member' };
          }
          return { ...this.groupInfo(group, userID, true), ErrorCode: 0 };
        }),
      };
    });
    on('get_group_public_info', (userID, body) => {
      const ids = (body.GroupIdList as string[] | undefined) ?? [];
      return {
        GroupInfo: ids.map((groupID) => {
          const group = this.groups.get(groupID);
          if (!group || group.type === 'Private') return { GroupId: groupID, ErrorCode: 10010, ErrorInfo: 'group does not exist' };
          return { ...this.groupInfo(group, userID, false), ErrorCode: 0 };
        }),
      };
    });
    on('apply_join_group', (userID, body) => {
      const group = this.group(body.GroupId);
      if (group.members.has(userID)) throw new GatewayError(10013, 'already a member');
      if (group.joinOption === 'DisableApply' || group.type === 'Private') throw new GatewayError(10004, 'apply disabled');
      if (group.joinOption === 'NeedPermission') return { JoinedStatus: 'WaitAdminApproval' };
      group.members.set(userID, { userID, role: 'Member', joinTime: nowSeconds(), nameCard: '', muteUntil: 0 });
      return { JoinedStatus: 'JoinedSuccess' };
    });
    on('modify_group_member_info', (userID, body) => {
      const group = this.group(body.GroupId);
      const operator = group.members.get(userID);
      const target = group.members.get(String(body.Member_Account));
      if (!operator || !target) throw new GatewayError(10007, 'permission denied');
      if (typeof body.ShutUpTime === 'number') target.muteUntil = body.ShutUpTime === 0 ? 0 : nowSeconds() + body.ShutUpTime;
      if (typeof body.NameCard === 'string') target.nameCard = body.NameCard;
      if (body.Role === 'Admin' || body.Role === 'Member') target.role = body.Role;
      return {};
    });
    on('get_specified_group_member_info', (_userID, body) => {
      const group = this.group(body.GroupId);
      const ids = (body.Member_List_Account as string[] | undefined) ?? [];
      const members = ids.map((id) => group.members.get(id)).filter((member): member is GatewayMember => !!member);
      return { MemberList: members.map((member) => this.memberInfo(member)) };
    });

    on('ws_get_user_status', (_userID, body) => {
      const ids = (body.To_Account as string[] | undefined) ?? (body.UserIDList as string[] | undefined) ?? [];
      return { UserStatusList: ids.map((id) => ({ To_Account: id, Status: 'Online', CustomStatus: '' })), ErrorList: [] };
    });
    on('ws_status_subscribe', () => ({ ErrorList: [] }));
    on('ws_status_unsubscribe', () => ({ ErrorList: [] }));
  }
}
