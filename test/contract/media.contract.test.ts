/**
 * Image, file and video messages in the SDK's terms: the file goes up with onProgress numbers from 0 to 1,
 * the payloads have the SDK's shapes, and every refusal the SDK makes before uploading (2252, 2253, 2108,
 * 2402, 2351, 2352) fails the message and stores nothing. The files are browser Files (what H5 hands over);
 * audio is mini-program only (the SDK sends none from the Web) and is covered by the unit tests.
 */
import { TYPES } from '@/src/chat/constants';
import type { Message } from '@/src/chat/message-types';
import { createMessagingUsers, teardown } from './harness';
import type { MessagingClient } from './harness';
import { conversationOf, history, received, refusedWith, uid } from './messaging-helpers';

jest.setTimeout(120_000);
afterEach(teardown);

const MB = 1024 * 1024;

function fileOf(name: string, bytes: number, type = ''): File {
  return new File([new Uint8Array(bytes)], name, { type });
}

type Kind = 'image' | 'file' | 'video';

function create(chat: MessagingClient, to: MessagingClient, kind: Kind, file: File, onProgress?: (percent: number) => void): Message {
  const options = { to: uid(to), conversationType: TYPES.CONV_C2C, payload: { file }, onProgress };
  const message =
    kind === 'image' ? chat.createImageMessage(options) : kind === 'file' ? chat.createFileMessage(options) : chat.createVideoMessage(options);
  if (!message) throw new Error(`no ${kind} message was created`);
  return message;
}

describe('sending files', () => {
  it('an image goes up with progress 0 → 1; the payload has the format and the three sizes', async () => {
    const [alice, bob] = await createMessagingUsers(2);
    const progress: number[] = [];
    const message = create(alice, bob, 'image', fileOf('latte.png', 2048, 'image/png'), (percent) => progress.push(percent));
    expect(message.status).toBe('unSend');
    const arrived = received(bob, message.ID);
    const { data } = await alice.sendMessage(message);
    expect(progress.length).toBeGreaterThan(0);
    expect(progress.every((percent) => typeof percent === 'number' && percent >= 0 && percent <= 1)).toBe(true);
    expect([...progress].sort((a, b) => a - b)).toEqual(progress);
    expect(progress[progress.length - 1]).toBe(1);
    const sent = data.message;
    expect(sent.type).toBe(TYPES.MSG_IMAGE);
    if (sent.type !== TYPES.MSG_IMAGE) return;
    expect(sent.payload.imageFormat).toBe(3);
    expect(sent.payload.imageInfoArray.map((info) => [info.type, info.sizeType])).toEqual([
      [0, 1],
      [1, 3],
      [2, 2],
    ]);
    expect(sent.payload.imageInfoArray[0].size).toBe(2048);
    expect(sent.payload.imageInfoArray.every((info) => info.url !== '' && info.imageUrl !== '')).toBe(true);
    const incoming = await arrived;
    expect(incoming.payload).toEqual(sent.payload);
    expect((await conversationOf(bob, `C2C${uid(alice)}`))?.lastMessage.type).toBe(TYPES.MSG_IMAGE);
  });

  it('a file keeps its name and size; a video its format, size and a poster', async () => {
    const [alice, bob] = await createMessagingUsers(2);
    const doc = await alice.sendMessage(create(alice, bob, 'file', fileOf('notes.pdf', 5000, 'application/pdf')));
    expect(doc.data.message.type === TYPES.MSG_FILE && doc.data.message.payload).toMatchObject({ fileName: 'notes.pdf', fileSize: 5000, downloadFlag: 2 });
    expect(doc.data.message.type === TYPES.MSG_FILE && doc.data.message.payload.fileUrl).not.toBe('');
    const clip = await alice.sendMessage(create(alice, bob, 'video', fileOf('clip.mp4', 9000, 'video/mp4')));
    expect(clip.data.message.type).toBe(TYPES.MSG_VIDEO);
    if (clip.data.message.type !== TYPES.MSG_VIDEO) return;
    expect(clip.data.message.payload).toMatchObject({ videoFormat: 'mp4', videoSize: 9000, thumbFormat: 'jpg' });
    expect(clip.data.message.payload.videoUrl).not.toBe('');
    const kinds = (await history(bob, `C2C${uid(alice)}`)).map((message) => message.type);
    expect(kinds).toEqual([TYPES.MSG_FILE, TYPES.MSG_VIDEO]);
  });
});

describe('refused before uploading: the message fails, stays with the sender, and nothing is stored', () => {
  const cases: Array<[string, number, Kind, () => File]> = [
    ['an image that is not an image format', 2252, 'image', () => fileOf('notes.txt', 100)],
    ['an empty image', 2108, 'image', () => fileOf('empty.png', 0)],
    ['an image of 20 MB', 2253, 'image', () => fileOf('huge.png', 20 * MB)],
    ['an empty file', 2108, 'file', () => fileOf('empty.pdf', 0)],
    ['a file over 100 MB', 2402, 'file', () => fileOf('huge.zip', 100 * MB + 1)],
    ['a video over 100 MB', 2351, 'video', () => fileOf('huge.mp4', 100 * MB + 1)],
    ['a video that is not mp4/mov', 2352, 'video', () => fileOf('clip.avi', 100)],
  ];

  it.each(cases)('%s: %i', async (_what, code, kind, makeFile) => {
    const [alice, bob] = await createMessagingUsers(2);
    const progress: number[] = [];
    const message = create(alice, bob, kind, makeFile(), (percent) => progress.push(percent));
    const refusal = await refusedWith(alice.sendMessage(message));
    expect(refusal.code).toBe(code);
    expect(refusal.data.message).toMatchObject({ ID: message.ID, status: 'fail' });
    expect(message.status).toBe('fail');
    expect(progress).toEqual([]);
    expect(alice.findMessage(message.ID)).toMatchObject({ ID: message.ID, status: 'fail' });
    expect(await conversationOf(bob, `C2C${uid(alice)}`)).toBeUndefined();
    expect(await history(alice, `C2C${uid(bob)}`)).toEqual([]);
  });
});
