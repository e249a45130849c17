/**
 * The app's own popup (src/components/ui/UiPopup.vue) in the compiled mini program: the dialog (UiDialog) and
 * a chat's picker sheet (ChatPickerSheet), which wot-design-uni's popup drew before — the mini program ships
 * no wot component, so none lands in the main package (issue 14). A closed popup fades or slides out before
 * it leaves the tree, so its absence is waited for.
 */
import { ROUTES, app, attr, createStorage, event, exists, flush, loadPage, loadUrl, signIn, tap, tapText, text, type, unloadApp } from './harness';
import type { MpStorage } from './harness';
import { eventually } from '../wait';
import { pageUrl } from '@/src/app/routes';
import { chatEn } from '@/src/locales/chat-en';
import { en } from '@/src/locales/en';

const COFFEE = '@TGS#2DEMOPUBLIC';

let storage: MpStorage;

beforeEach(() => {
  storage = createStorage();
});

afterEach(() => {
  expect(app().errors).toEqual([]);
  unloadApp();
});

async function askToRemoveGrace(): Promise<void> {
  tap('.member-grace');
  await flush();
  tapText('.member-actions .ui-sheet__name', en.members.remove);
  await flush();
}

async function gone(selector: string): Promise<void> {
  await eventually(() => expect(exists(selector)).toBe(false));
}

describe('dialog', () => {
  test('shows its title, question, field and two answers over a mask that does not close it; Cancel closes it and changes nothing', async () => {
    await signIn('alice', storage);
    await loadPage(ROUTES.members, { groupID: COFFEE });
    expect(exists('.remove-dialog')).toBe(false);

    await askToRemoveGrace();
    expect(exists('.ui-popup--center.ui-popup--open')).toBe(true);
    expect(text('.remove-dialog .ui-dialog__title')).toBe(en.members.remove);
    expect(text('.remove-dialog .ui-dialog__content')).toBe(en.members.removeConfirm.replace('{name}', '格蕾丝').replace('{group}', 'Coffee Lovers ☕'));
    expect(attr('.input-remove-reason', 'placeholder')).toBe(en.members.reason);
    expect(text('.remove-dialog .ui-dialog__cancel')).toBe(en.common.cancel);
    expect(text('.remove-dialog .ui-dialog__confirm')).toBe(en.members.removeShort);
    // Removing someone is destructive: the answer is red.
    expect(exists('.remove-dialog .ui-dialog__confirm--danger')).toBe(true);

    // A question that needs an answer: tapping the dimmed page beside it does nothing.
    tap('.ui-popup--center .ui-popup__mask');
    await flush();
    expect(exists('.ui-popup--center.ui-popup--open')).toBe(true);
    expect(exists('.remove-dialog')).toBe(true);

    type('.input-remove-reason', 'Never mind');
    await flush();
    tap('.remove-dialog .ui-dialog__cancel');
    await flush();
    await gone('.remove-dialog');
    expect(exists('.ui-popup')).toBe(false);
    expect(exists('.member-grace')).toBe(true);
    expect(app().wx.modals).toEqual([]);
  });

  test('the confirming answer closes it and acts', async () => {
    await signIn('alice', storage);
    await loadPage(ROUTES.members, { groupID: COFFEE });
    await askToRemoveGrace();

    tap('.remove-dialog .ui-dialog__confirm');
    await flush();
    await gone('.remove-dialog');
    await eventually(() => expect(exists('.member-grace')).toBe(false));
    expect(exists('.ui-popup')).toBe(false);
  });
});

describe('picker sheet', () => {
  async function openForward(): Promise<void> {
    event('.msg-mine.msg-success .chat-bubble', 'longpress', {}, 'last');
    await flush();
    tapText('.message-menu .ui-sheet__name', chatEn.actions.forward);
    await flush();
  }

  test('Forward opens "Send to" from the bottom; the mask and Cancel close it; a pick forwards and closes it', async () => {
    await signIn('alice', storage);
    await loadUrl(pageUrl(ROUTES.chat, { conversationID: 'C2Cbob' }));
    await flush();
    expect(exists('.forward-picker')).toBe(false);

    await openForward();
    expect(exists('.ui-popup--bottom.ui-popup--open .ui-popup__mask')).toBe(true);
    expect(text('.forward-picker .picker-head__title')).toBe(chatEn.forward.title);
    expect(text('.forward-picker .btn-close-picker')).toBe(en.common.cancel);
    await eventually(() => expect(exists('.forward-C2Ccarol')).toBe(true));
    // The long-press menu it came from has gone.
    await gone('.message-menu');

    // Tapping the dimmed chat above the sheet closes it, as WeChat's sheets do.
    tap('.ui-popup--open .ui-popup__mask');
    await flush();
    await gone('.forward-picker');

    await openForward();
    tap('.btn-close-picker');
    await flush();
    await gone('.forward-picker');

    await openForward();
    const sentBefore = app().wx.toasts.length;
    tap('.forward-C2Ccarol');
    await flush();
    await gone('.forward-picker');
    expect(exists('.ui-popup')).toBe(false);
    await eventually(() => expect(app().wx.toasts.slice(sentBefore).map((toast) => toast.title)).toContain(chatEn.forward.sent));
  });
});
