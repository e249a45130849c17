/**
 * The cloud adapter's create calls on the real @tencentcloud/chat 3.6.6 loaded as a WeChat mini program
 * (test/unit/platform/real-sdk.ts: no network, the instance marked ready): the messages the SDK's own classes
 * make, as the app receives them.
 */
import { createChatAdapter } from '@/src/chat/cloud/adapter';
import type { SdkInstance } from '@/src/chat/cloud/adapter';
import { TYPES } from '@/src/chat/constants';
import type { MessageOf, PickedFiles, RecordedAudio } from '@/src/chat/message-types';
import type { ChatPort } from '@/src/chat/port';
import { browserFile } from '../platform/fake-browser';
import { loadRealSdk } from '../platform/real-sdk';
import type { RealSdk } from '../platform/real-sdk';
import { MESSAGE_KEYS } from './message-keys';

/** Each payload's keys, as message-types.ts declares them. */
const PAYLOAD_KEYS: Record<string, string[]> = {
  [TYPES.MSG_TEXT]: ['text'],
  [TYPES.MSG_IMAGE]: ['uuid', 'imageFormat', 'imageInfoArray'],
  [TYPES.MSG_FILE]: ['uuid', 'fileName', 'fileSize', 'fileUrl', 'remoteFileUrl', 'downloadFlag'],
  [TYPES.MSG_AUDIO]: ['uuid', 'url', 'remoteAudioUrl', 'second', 'size', 'downloadFlag'],
  [TYPES.MSG_VIDEO]: [
    'videoFormat', 'videoSecond', 'videoSize', 'videoUrl', 'remoteVideoUrl', 'videoUUID', 'videoDownloadFlag', 'thumbUUID', 'thumbFormat',
    'thumbWidth', 'thumbHeight', 'thumbSize', 'thumbUrl', 'remoteThumbUrl', 'thumbDownloadFlag', 'snapshotUrl', 'snapshotWidth',
    'snapshotHeight', 'snapshotSize', 'remoteSnapshotUrl',
  ],
  [TYPES.MSG_CUSTOM]: ['data', 'description', 'extension'],
  [TYPES.MSG_FACE]: ['index', 'data'],
  [TYPES.MSG_LOCATION]: ['description', 'longitude', 'latitude'],
};

const toBob = { to: 'bob', conversationType: TYPES.CONV_C2C } as const;
const image = (): PickedFiles => ({ tempFiles: [{ tempFilePath: 'wxfile://tmp_cat.jpg', size: 2048 }], tempFilePaths: ['wxfile://tmp_cat.jpg'] });

let real: RealSdk;
let chat: ChatPort;

beforeAll(() => {
  real = loadRealSdk('mp');
  chat = createChatAdapter(real.sdk as unknown as SdkInstance);
});

afterAll(async () => {
  await real.close();
});

describe('messages the real SDK creates, as the adapter hands them out', () => {
  test.each([
    ['text', () => chat.createTextMessage({ ...toBob, payload: { text: 'hello' } })],
    ['@ text', () => chat.createTextAtMessage({ to: 'club', conversationType: TYPES.CONV_GROUP, payload: { text: '@all hi', atUserList: [TYPES.MSG_AT_ALL] } })],
    ['image', () => chat.createImageMessage({ ...toBob, payload: { file: image() } })],
    ['file', () => chat.createFileMessage({ ...toBob, payload: { file: { tempFiles: [{ path: 'wxfile://tmp_a.pdf', size: 5321, name: 'Report.pdf' }] } } })],
    ['audio', () => chat.createAudioMessage({ ...toBob, payload: { file: { tempFilePath: 'wxfile://tmp_v.aac', fileSize: 3821, duration: 4750 } satisfies RecordedAudio } })],
    [
      'video',
      () =>
        chat.createVideoMessage({
          ...toBob,
          payload: { file: { tempFiles: [{ tempFilePath: 'wxfile://tmp_clip.mp4', size: 73400, duration: 12.6, width: 720, height: 1280 }] } },
        }),
    ],
    ['custom', () => chat.createCustomMessage({ ...toBob, payload: { data: '{"kind":"dice"}' } })],
    ['face', () => chat.createFaceMessage({ ...toBob, payload: { index: 1, data: 'tt00' } })],
    ['location', () => chat.createLocationMessage({ ...toBob, payload: { description: 'Café', longitude: 121.47, latitude: 31.23 } })],
  ])('%s: a plain copy with exactly our fields and payload keys', (_kind, create) => {
    const message = create();

    expect(message).toBeDefined();
    expect(Object.getPrototypeOf(message)).toBe(Object.prototype);
    expect(Object.keys(message!).sort()).toEqual(MESSAGE_KEYS);
    expect(Object.keys(message!.payload).sort()).toEqual([...PAYLOAD_KEYS[message!.type]].sort());
    // Nobody is signed in to this instance (no sender, so no conversationID yet); the receiver is the one asked for.
    expect(message!.to).toBe(message!.conversationType === TYPES.CONV_GROUP ? 'club' : 'bob');
  });

  test('an image not sent yet: the SDK still has its sizes as [original, large, thumbnail]; ours read [original, thumbnail, large]', () => {
    const raw = real.sdk.createImageMessage({ ...toBob, payload: { file: image() } } as never);
    expect(raw.payload.imageInfoArray.map((info: { sizeType: number }) => info.sizeType)).toEqual([1, 2, 3]);

    const message = chat.createImageMessage({ ...toBob, payload: { file: image() } }) as MessageOf<typeof TYPES.MSG_IMAGE>;

    expect(message.payload.imageInfoArray.map((info) => [info.type, info.sizeType])).toEqual([
      [0, 1],
      [1, 3],
      [2, 2],
    ]);
  });

  test('the SDK rewrites payload.file of the options it is given; the adapter gives it a copy', () => {
    const direct = { ...toBob, payload: { file: image() } };
    real.sdk.createImageMessage(direct as never);
    expect(direct.payload.file).not.toHaveProperty('tempFiles');

    const options = { ...toBob, payload: { file: image() } };
    chat.createImageMessage(options);
    expect(options.payload.file).toHaveProperty('tempFiles');
  });

  test('a browser File in a mini program: the SDK makes no message, and neither does the adapter', () => {
    expect(chat.createImageMessage({ ...toBob, payload: { file: browserFile('cat.png', 10, 'image/png') } })).toBeUndefined();
  });
});
