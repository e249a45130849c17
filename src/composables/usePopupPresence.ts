import { onScopeDispose, ref, watch } from 'vue';
import type { Ref } from 'vue';

/** How long a popup's closing animation runs (the `ui-popup--closing` rules of src/components/ui/UiPopup.vue). */
export const POPUP_LEAVE_MS = 200;

/**
 * Whether a popup (UiPopup) is in the tree: from the moment it opens until its closing animation has run.
 * The component that owns the popup's content puts `v-if` on its UiPopup with it, rather than UiPopup
 * deciding alone: in the mini program, what a component passes into another's slot lives in its own tree
 * whether the slot is drawn or not, so only the owner can drop a closed sheet's rows (and the updates they
 * would cost).
 */
export function usePopupPresence(open: () => boolean): Readonly<Ref<boolean>> {
  const present = ref(open());
  let leaveTimer: ReturnType<typeof setTimeout> | undefined;
  watch(open, (isOpen) => {
    clearTimeout(leaveTimer);
    if (isOpen) present.value = true;
    else leaveTimer = setTimeout(() => (present.value = false), POPUP_LEAVE_MS);
  });
  onScopeDispose(() => clearTimeout(leaveTimer));
  return present;
}
