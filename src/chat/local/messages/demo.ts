import { TYPES } from '../../constants';
import type { MessagingContext } from './context';
import { SYSTEM_TINY_ID, messageRandom, tinyIDOf } from './context';
import { c2cLog, groupLog, pairOf } from './keys';
import { appendMessage } from './log';
import { mediaUUID, sentAudio, sentFile, sentImage, sentVideo, unsentAudio, unsentFile, unsentImage, unsentVideo } from './media';
import type { StoredBody, StoredMessage } from './model';
import type { MessageTx } from './tx';

/**
 * The demo's conversations, written once into an empty store so that the app opens on something real:
 * C2C chats of alice with bob (a photo, and one message of every other type: video, sticker, location, voice,
 * custom, merged history, a recalled text, text with emoji keys) and carol (with a file), one of bob's with
 * dave, and history in the demo groups (a photo, a join tip, an @all, an @alice).  Nobody answers automatically. The files are the app's own
 * static files: a kept media URL may be any URL the app can show.
 */

type Body = StoredBody;

interface Line {
  from: string;
  ago: number;
  body: Body;
  at?: string[];
  /** Recalled by its sender. */
  recalled?: boolean;
}

const HOUR = 3600;
/**
 * Where the demo's media files are: the chat subpackage's static folder (SUBPACKAGES.chat in
 * src/app/routes.ts), whose pages alone show them, so that the mini program's main package does not carry them.
 */
const DEMO_MEDIA = '/src/subpackages/chat/static/demo';
/** Sizes of the demo's media files in DEMO_MEDIA. */
const POUR_OVER_BYTES = 12636;
const VOICE_BYTES = 9850;

function text(value: string): Body {
  return { ty: TYPES.MSG_TEXT, p: { text: value } };
}

function image(from: string, url: string, size: number, width: number, height: number): Body {
  const payload = unsentImage(mediaUUID(from, 'png'));
  return { ty: TYPES.MSG_IMAGE, p: sentImage(payload, { name: url.slice(url.lastIndexOf('/') + 1), size, width, height }, { url, size, width, height }) };
}

function file(from: string, url: string, size: number): Body {
  const name = url.slice(url.lastIndexOf('/') + 1);
  return { ty: TYPES.MSG_FILE, p: sentFile(unsentFile(mediaUUID(from, 'txt'), { name, size }), { url, size }) };
}

/** A video with its poster, kept as the service keeps a sent one (media.ts sentVideo). */
function video(from: string, url: string, size: number, seconds: number, poster: { url: string; width: number; height: number }): Body {
  const name = url.slice(url.lastIndexOf('/') + 1);
  const payload = unsentVideo(from, { name, size, duration: seconds, width: poster.width, height: poster.height });
  return {
    ty: TYPES.MSG_VIDEO,
    p: sentVideo(payload, { url, size, duration: seconds, thumbUrl: poster.url, thumbWidth: poster.width, thumbHeight: poster.height }),
  };
}

function audio(from: string, url: string, size: number, seconds: number): Body {
  return { ty: TYPES.MSG_AUDIO, p: sentAudio(unsentAudio(mediaUUID(from, 'm4a'), { name: url.slice(url.lastIndexOf('/') + 1), size, duration: seconds }), { url, size }) };
}

/** A merged message small enough to travel whole (no downloadKey), as createMergerMessage builds it. */
function merged(title: string, items: Array<{ from: string; nick: string; avatar: string; ago: number; text: string }>, now: number): Body {
  return {
    ty: TYPES.MSG_MERGER,
    p: {
      downloadKey: '',
      pbDownloadKey: '',
      title,
      abstractList: items.map((item) => `${item.nick}: ${item.text}`),
      compatibleText: '[Chat history]',
      version: 0,
      layersOverLimit: false,
      messageList: items.map((item, index) => ({
        ID: `demo-merged-${index}`,
        nick: item.nick,
        avatar: item.avatar,
        from: item.from,
        time: now - item.ago,
        messageBody: [{ type: TYPES.MSG_TEXT, payload: { text: item.text } }],
        cloudCustomData: '',
      })),
    },
  };
}

class DemoWriter {
  private sequence = 1_000_000_001;

  constructor(
    private readonly ctx: MessagingContext,
    private readonly tx: MessageTx,
    private readonly now: number,
  ) {}

  private stored(logID: string, line: Line, groupID: string | undefined): StoredMessage {
    const time = this.now - line.ago;
    const random = messageRandom();
    const card = this.ctx.card(line.from);
    const message = {
      k: this.tx.head(logID)?.n ?? 1,
      id: `${tinyIDOf(line.from)}-${time}-${random}`,
      f: line.from,
      tm: time,
      ct: time,
      cs: this.sequence++,
      r: random,
      ...line.body,
    } as StoredMessage;
    if (card.nick) message.n = card.nick;
    if (card.avatar) message.a = card.avatar;
    const nameCard = groupID ? this.ctx.groups.member(groupID, line.from)?.nameCard : '';
    if (nameCard) message.nc = nameCard;
    if (line.at) message.at = line.at;
    if (line.recalled) message.rv = { by: line.from, reason: '' };
    return message;
  }

  /** A group tip as the group service stores one (tips.ts GroupEvents.groupTip): from @TIM#SYSTEM, by `op`. */
  tip(groupID: string, ago: number, operationType: typeof TYPES.GRP_TIP_MBR_JOIN, userID: string): void {
    const group = this.ctx.groups.group(groupID);
    if (!group || !this.ctx.groups.member(groupID, userID)) return;
    const logID = groupLog(groupID);
    const time = this.now - ago;
    const random = messageRandom();
    const card = this.ctx.card(userID);
    const member = { userID, nick: card.nick ?? '', avatar: card.avatar ?? '' };
    const message: StoredMessage = {
      k: this.tx.head(logID)?.n ?? 1,
      id: `${SYSTEM_TINY_ID}-${time}-${random}`,
      f: TYPES.CONV_SYSTEM,
      tm: time,
      ct: time,
      cs: 0,
      r: random,
      n: member.nick,
      a: member.avatar,
      op: userID,
      ty: TYPES.MSG_GRP_TIP,
      p: {
        operatorID: userID,
        operationType,
        userIDList: [userID],
        groupProfile: { from: userID, groupID, groupName: group.name, to: groupID },
        operatorInfo: member,
        memberList: [member],
        memberNum: group.memberCount,
      },
    };
    appendMessage(this.tx, logID, message);
  }

  /** Marks the C2C log read by `reader` up to its last message. */
  private readC2C(logID: string, first: string, reader: string): void {
    const head = this.tx.head(logID);
    if (!head?.c || !head.rd) return;
    const side = reader === first ? 0 : 1;
    const rd: typeof head.rd = [head.rd[0], head.rd[1]];
    rd[side] = [head.n - 1, head.c[1 - side]];
    this.tx.setHead(logID, { ...head, rd });
  }

  /** A C2C chat: whoever writes has read what came before; `readBy` have read it all. */
  chat(a: string, b: string, lines: Line[], readBy: string[]): void {
    const logID = c2cLog(a, b);
    const [first] = pairOf(a, b);
    for (const line of lines) {
      appendMessage(this.tx, logID, this.stored(logID, line, undefined), line.from === first ? 0 : 1);
      this.readC2C(logID, first, line.from);
    }
    for (const [user, peer] of [
      [a, b],
      [b, a],
    ]) {
      this.tx.setConversation(user, `${TYPES.CONV_C2C}${peer}`, { j: 1 });
    }
    for (const reader of readBy) this.readC2C(logID, first, reader);
  }

  private readGroup(logID: string, conversationID: string, reader: string): void {
    const head = this.tx.head(logID);
    if (head) this.tx.setConversation(reader, conversationID, { rs: head.n - 1, rc: head.tot, o: 0 });
  }

  /** A group's history: whoever writes has read what came before; `readBy` have read it all. */
  group(groupID: string, lines: Line[], readBy: string[]): void {
    if (!this.ctx.groups.group(groupID)) return;
    const logID = groupLog(groupID);
    const conversationID = `${TYPES.CONV_GROUP}${groupID}`;
    for (const line of lines) {
      if (!this.ctx.groups.member(groupID, line.from)) continue;
      appendMessage(this.tx, logID, this.stored(logID, line, groupID));
      this.readGroup(logID, conversationID, line.from);
    }
    for (const reader of readBy) if (this.ctx.groups.member(groupID, reader)) this.readGroup(logID, conversationID, reader);
  }
}

export function seedDemoConversations(ctx: MessagingContext): void {
  const tx = ctx.tx();
  tx.markSeeded();
  const has = (...userIDs: string[]) => userIDs.every((userID) => ctx.accounts.hasUser(userID));
  if (has('alice', 'bob', 'carol', 'dave')) {
    const demo = new DemoWriter(ctx, tx, ctx.nowSec());
    demo.chat(
      'alice',
      'bob',
      [
        { from: 'bob', ago: 26 * HOUR, body: text('Morning! Are you coming to the tasting on Saturday?') },
        { from: 'alice', ago: 25.9 * HOUR, body: text('Wouldn’t miss it ☕') },
        { from: 'bob', ago: 24 * HOUR, body: video('bob', `${DEMO_MEDIA}/pour-over.mp4`, POUR_OVER_BYTES, 4, { url: `${DEMO_MEDIA}/pour-over.jpg`, width: 320, height: 240 }) },
        { from: 'alice', ago: 23.9 * HOUR, body: text('So smooth [Thumbs Up][Coffee]') },
        { from: 'alice', ago: 23.9 * HOUR - 10, body: { ty: TYPES.MSG_FACE, p: { index: 27, data: '[Coffee]' } } },
        { from: 'bob', ago: 23 * HOUR, body: { ty: TYPES.MSG_LOCATION, p: { description: 'Seesaw Coffee, 433 Yuyuan Rd', latitude: 31.2236, longitude: 121.4326 } } },
        { from: 'bob', ago: 23 * HOUR - 30, body: audio('bob', `${DEMO_MEDIA}/voice.m4a`, VOICE_BYTES, 3) },
        {
          from: 'alice',
          ago: 22 * HOUR,
          body: { ty: TYPES.MSG_CUSTOM, p: { data: '{"businessID":"order","orderID":"A1024"}', description: 'Order A1024 · 2 bags of Colombia Huila', extension: '' } },
        },
        {
          from: 'bob',
          ago: 21 * HOUR,
          body: merged(
            'Chat history of Carol and Bob',
            [
              { from: 'carol', nick: 'Carol', avatar: '/static/avatars/carol.png', ago: 30 * HOUR, text: 'Saturday 10:00, the usual place.' },
              { from: 'bob', nick: 'Bob', avatar: '/static/avatars/bob.png', ago: 29.9 * HOUR, text: 'I’ll bring the grinder.' },
            ],
            ctx.nowSec(),
          ),
        },
        { from: 'bob', ago: 20 * HOUR, body: text('Oops, wrong chat'), recalled: true },
        { from: 'bob', ago: 3 * HOUR, body: image('bob', `${DEMO_MEDIA}/latte.png`, 2154, 400, 300) },
        { from: 'bob', ago: 3 * HOUR - 20, body: text('First heart that actually looks like a heart 😄') },
        { from: 'alice', ago: 2.5 * HOUR, body: text('That’s beautiful! Teach me on Saturday?') },
        { from: 'bob', ago: 40 * 60, body: text('Deal. I’ll bring the good beans.') },
      ],
      ['bob'],
    );
    demo.chat(
      'alice',
      'carol',
      [
        { from: 'alice', ago: 30 * HOUR, body: text('Carol, do you have the notes from last time?') },
        { from: 'carol', ago: 5 * HOUR, body: file('carol', `${DEMO_MEDIA}/tasting-notes.txt`, 374) },
        { from: 'carol', ago: 5 * HOUR - 30, body: text('Here they are — could you print a few copies?') },
      ],
      ['carol'],
    );
    demo.chat(
      'bob',
      'dave',
      [
        { from: 'dave', ago: 8 * HOUR, body: text('Can you review my PR before lunch?') },
        { from: 'bob', ago: 7.5 * HOUR, body: text('On it 👍') },
      ],
      ['bob', 'dave'],
    );
    demo.group(
      '@TGS#2DEMOPUBLIC',
      [
        { from: 'carol', ago: 28 * HOUR, body: text('Welcome to Coffee Lovers ☕ Say hi and tell us your favourite brew!') },
        { from: 'grace', ago: 20 * HOUR, body: image('grace', `${DEMO_MEDIA}/beans.png`, 1513, 300, 300) },
        { from: 'grace', ago: 20 * HOUR - 15, body: text('New beans from the market: Colombia Huila.') },
      ],
      ['carol'],
    );
    // dave's join, as the group service announces one (GRP_TIP_MBR_JOIN in the group's history).
    demo.tip('@TGS#2DEMOPUBLIC', 7 * HOUR, TYPES.GRP_TIP_MBR_JOIN, 'dave');
    demo.group(
      '@TGS#2DEMOPUBLIC',
      [
        { from: 'dave', ago: 6 * HOUR, body: text('Where do we meet on Saturday?') },
        { from: 'alice', ago: 5.5 * HOUR, body: text('@all Tasting on Saturday 10:00 at the usual place.'), at: [TYPES.MSG_AT_ALL] },
        { from: 'bob', ago: HOUR, body: text('I’ll bring my grinder.') },
      ],
      ['carol'],
    );
    demo.group(
      '@TGS#1DEMOWORK',
      [
        { from: 'bob', ago: 22 * HOUR, body: text('Reminder: design review on Thursday.') },
        { from: 'carol', ago: 21 * HOUR, body: text('I’ll present the new onboarding flow.') },
        { from: 'bob', ago: 2 * HOUR, body: text('@Alice · iOS could you bring the chat screens?'), at: ['alice'] },
      ],
      ['bob', 'carol'],
    );
    demo.group('@TGS#3DEMOMEETING', [{ from: 'carol', ago: 4 * HOUR, body: text('Agenda for Monday is in the doc. Two minutes each!') }], ['carol']);
  }
  tx.commit();
}
