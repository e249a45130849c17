/**
 * The compiled chat page (dist/build/mp-weixin) under miniprogram-simulate, on the embedded service's demo
 * data: every message type drawn, text and an image sent (wx.chooseMedia stubbed by the harness, the file kept
 * through the FileSystemManager), a recall, and a failed send sent again. Every test starts on a fresh device.
 */
import { ROUTES, app, createStorage, event, exists, findAll, flush, loadUrl, signIn, tap, tapText, text, texts, touch, type, unloadApp, value } from './harness';
import type { MpStorage } from './harness';
import { eventually } from '../wait';
import { pageUrl } from '@/src/app/routes';
import { chatEn } from '@/src/locales/chat-en';
import { en } from '@/src/locales/en';

let storage: MpStorage;

beforeEach(() => {
  storage = createStorage();
});

afterEach(() => {
  expect(app().errors).toEqual([]);
  unloadApp();
});

async function openChat(conversationID: string): Promise<void> {
  await loadUrl(pageUrl(ROUTES.chat, { conversationID }));
  await flush();
}

/** Scrolls the list to `scrollTop`, as the scroll-view reports a finger's scroll. */
async function scrollTo(scrollTop: number): Promise<void> {
  event('.chat-scroll', 'scroll', { scrollTop, scrollHeight: 0 });
  await flush();
}

describe('chat page (mini program)', () => {
  it('draws every message type of the demo chats', async () => {
    await signIn('alice', storage);
    await openChat('C2Cbob');
    // The newest messages, bob's at the bottom; the list keeps only rows near the viewport.
    expect(texts('.chat-bubble')).toContain('Deal. I’ll bring the good beans.');
    await scrollTo(0);
    const missing = ['text', 'video', 'face', 'location', 'audio', 'custom', 'merger', 'recalled', 'image'].filter((kind) => !exists(`.msg-${kind}`));
    expect(missing).toEqual([]);
    // Only rows near the viewport exist.
    expect(findAll('.chat-slot').length).toBeLessThan(14);
    expect(texts('.bubble-custom .bubble-card__title')).toEqual(['Order A1024 · 2 bags of Colombia Huila']);
    expect(texts('.bubble-merger .bubble-card__title')).toEqual(['Chat history of Carol and Bob']);
    expect(texts('.bubble-location .bubble-card__title')).toEqual(['Seesaw Coffee, 433 Yuyuan Rd']);
    expect(texts('.msg-recalled')[0]).toMatch(/recalled a message$/);
    // Emoji keys are drawn as pictures.
    expect(findAll('.chat-emoji').length).toBeGreaterThanOrEqual(2);
    expect(texts('.msg-read')).toContain('Read');

    await openChat('C2Ccarol');
    expect(texts('.bubble-file .bubble-card__title')).toEqual(['tasting-notes.txt']);
    expect(texts('.bubble-file .bubble-card__caption')).toEqual(['374 B']);

    await openChat('GROUP@TGS#2DEMOPUBLIC');
    expect(texts('.msg-tip .chat-tip__text')).toContain('大卫 joined the group');
    expect(exists('.chat-name')).toBe(true);
  });

  it('"@" in a group opens its members, whose store the picker fetches from the groups subpackage; picking one writes the mention', async () => {
    await signIn('alice', storage);
    await openChat('GROUP@TGS#2DEMOPUBLIC');
    type('.input-chat', '@');
    await flush();
    expect(exists('.mention-bob')).toBe(true);
    tap('.mention-bob');
    await flush();
    expect(value('.input-chat')).toMatch(/^@\S.* $/);
  });

  it('sends a text and an image picked with chooseMedia', async () => {
    await signIn('alice', storage);
    await openChat('C2Cbob');
    type('.input-chat', 'See you at ten [Coffee]');
    await flush();
    tap('.btn-send');
    await flush();
    const mine = findAll('.msg-mine.msg-success .bubble-text');
    expect(mine.length).toBeGreaterThan(0);
    expect(texts('.msg-mine .bubble-text').at(-1)).toBe('See you at ten');
    expect(findAll('.msg-mine .chat-emoji').length).toBeGreaterThan(0);

    tap('.btn-more');
    await flush();
    tap('.btn-album');
    await flush();
    expect(app().wx.copiedFiles).toEqual([['http://tmp/photo.png', expect.stringMatching(/^http:\/\/usr\/chat-media\/.+\.png$/)]]);
    const image = findAll('.msg-image.msg-mine.msg-success');
    expect(image.length).toBe(1);
    // Tapping the photo opens the viewer on its large size.
    tap('.msg-image.msg-mine .chat-bubble');
    await flush();
    expect(app().wx.previewedImages.at(-1)).toEqual(expect.arrayContaining([app().wx.copiedFiles[0][1]]));
  });

  it('holds to talk: a voice message is recorded, kept and sent; sliding up cancels; a short one is not sent', async () => {
    await signIn('alice', storage);
    await openChat('C2Cbob');
    const sentBefore = findAll('.msg-audio.msg-mine').length;
    tap('.btn-voice');
    await flush();

    touch('.btn-hold-to-talk', 'touchstart', 700);
    await flush();
    expect(exists('.talk-overlay')).toBe(true);
    touch('.btn-hold-to-talk', 'touchend', 700);
    await flush();
    expect(exists('.talk-overlay')).toBe(false);
    expect(app().wx.recordings).toEqual([{ duration: 60000, format: expect.any(String), stops: 1 }]);
    expect(app().wx.copiedFiles).toEqual([['http://tmp/voice-1.mp3', expect.stringMatching(/^http:\/\/usr\/chat-media\/.+\.mp3$/)]]);
    expect(findAll('.msg-audio.msg-mine.msg-success').length).toBe(sentBefore + 1);
    expect(texts('.msg-audio.msg-mine .bubble-audio__seconds').at(-1)).toBe('3″');

    // Slide up past the line, let go: nothing is sent.
    touch('.btn-hold-to-talk', 'touchstart', 700);
    await flush();
    touch('.btn-hold-to-talk', 'touchmove', 560);
    await flush();
    touch('.btn-hold-to-talk', 'touchend', 560);
    await flush();
    expect(app().wx.recordings).toHaveLength(2);
    expect(findAll('.msg-audio.msg-mine').length).toBe(sentBefore + 1);

    // Under a second is too short to send, as WeChat says.
    app().setRecording(400);
    touch('.btn-hold-to-talk', 'touchstart', 700);
    await flush();
    touch('.btn-hold-to-talk', 'touchend', 700);
    await flush();
    expect(app().wx.recordings).toHaveLength(3);
    expect(findAll('.msg-audio.msg-mine').length).toBe(sentBefore + 1);
    expect(app().wx.toasts.at(-1)?.title).toBe('Too short to send.');
  });

  it('recalls an own message from the long-press menu', async () => {
    await signIn('alice', storage);
    await openChat('C2Cbob');
    type('.input-chat', 'Oops');
    await flush();
    tap('.btn-send');
    await flush();
    event('.msg-mine.msg-success .chat-bubble', 'longpress', {}, 'last');
    await flush();
    tapText('.ui-sheet__action', 'Recall');
    await flush();
    expect(texts('.msg-recalled .chat-tip__text').at(-1)).toBe('You recalled a message');
    expect(exists('.btn-reedit')).toBe(true);
    expect(texts('.chat-bubble')).not.toContain('Oops');
  });

  it('a failed send shows the red "!", and tapping it sends again after confirmation', async () => {
    await signIn('alice', storage);
    await openChat('C2Cbob');
    app().failCopies(1);
    tap('.btn-more');
    await flush();
    tap('.btn-album');
    await flush();
    expect(exists('.msg-image.msg-fail .msg-failed')).toBe(true);
    tap('.msg-failed');
    await flush();
    expect(app().wx.modals.at(-1)?.title).toBe('Send again?');
    expect(exists('.msg-image.msg-fail')).toBe(false);
    expect(findAll('.msg-image.msg-mine.msg-success').length).toBe(1);
  });

  it('keeps what was typed as the draft when the chat closes, and shows it again', async () => {
    await signIn('alice', storage);
    await openChat('C2Ccarol');
    type('.input-chat', 'Half a thought');
    await flush();
    await openChat('C2Ccarol');
    expect(value('.input-chat')).toBe('Half a thought');
  });

  it('Forward opens "Send to" from the bottom (UiPopup); its mask and Cancel close it; a pick forwards and closes it', async () => {
    const openForward = async () => {
      event('.msg-mine.msg-success .chat-bubble', 'longpress', {}, 'last');
      await flush();
      tapText('.message-menu .ui-sheet__name', chatEn.actions.forward);
      await flush();
    };
    const closed = () => eventually(() => expect(exists('.forward-picker')).toBe(false));
    await signIn('alice', storage);
    await openChat('C2Cbob');
    expect(exists('.forward-picker')).toBe(false);

    await openForward();
    expect(exists('.ui-popup--bottom.ui-popup--open .ui-popup__mask')).toBe(true);
    expect(text('.forward-picker .picker-head__title')).toBe(chatEn.forward.title);
    expect(text('.forward-picker .btn-close-picker')).toBe(en.common.cancel);
    await eventually(() => expect(exists('.forward-C2Ccarol')).toBe(true));
    // The long-press menu it came from has slid away.
    await eventually(() => expect(exists('.message-menu')).toBe(false));

    // A tap on the dimmed chat above the sheet closes it, as WeChat's sheets do.
    tap('.ui-popup--open .ui-popup__mask');
    await flush();
    await closed();

    await openForward();
    tap('.btn-close-picker');
    await flush();
    await closed();

    await openForward();
    const toastsBefore = app().wx.toasts.length;
    tap('.forward-C2Ccarol');
    await flush();
    await closed();
    expect(exists('.ui-popup')).toBe(false);
    await eventually(() => expect(app().wx.toasts.slice(toastsBefore).map((toast) => toast.title)).toContain(chatEn.forward.sent));
  });
});
