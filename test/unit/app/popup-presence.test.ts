import { effectScope, nextTick, ref } from 'vue';
import { POPUP_LEAVE_MS, usePopupPresence } from '@/src/composables/usePopupPresence';

/** A popup's open flag and its presence, in a scope the test can end (as a component unmounting would). */
function popup(initiallyOpen = false) {
  const open = ref(initiallyOpen);
  const scope = effectScope();
  const present = scope.run(() => usePopupPresence(() => open.value))!;
  return { open, present, scope };
}

beforeEach(() => jest.useFakeTimers());
afterEach(() => jest.useRealTimers());

describe('a popup in the tree', () => {
  it('enters at once when it opens and leaves only once its closing animation has run', async () => {
    const { open, present } = popup();
    expect(present.value).toBe(false);
    open.value = true;
    await nextTick();
    expect(present.value).toBe(true);

    open.value = false;
    await nextTick();
    jest.advanceTimersByTime(POPUP_LEAVE_MS - 1);
    expect(present.value).toBe(true);
    jest.advanceTimersByTime(1);
    expect(present.value).toBe(false);
  });

  it('stays when it opens again while closing', async () => {
    const { open, present } = popup(true);
    expect(present.value).toBe(true);
    open.value = false;
    await nextTick();
    jest.advanceTimersByTime(POPUP_LEAVE_MS / 2);
    open.value = true;
    await nextTick();
    jest.advanceTimersByTime(POPUP_LEAVE_MS * 2);
    expect(present.value).toBe(true);
  });

  it('leaves no timer behind when its owner goes while it closes', async () => {
    const { open, scope } = popup(true);
    open.value = false;
    await nextTick();
    expect(jest.getTimerCount()).toBe(1);
    scope.stop();
    expect(jest.getTimerCount()).toBe(0);
  });
});
