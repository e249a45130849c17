import { computed, ref, watch } from 'vue';
import { storeToRefs } from 'pinia';
import { useMyProfileStore } from '@/src/stores/profile';
import { draftChanges, draftFrom, rebaseDraft, type ProfileDraft } from './profile-draft';

/** The profile form's state: edits survive failed saves and updates arriving from other instances. */
export function useProfileDraft() {
  const store = useMyProfileStore();
  const { profile } = storeToRefs(store);
  const base = ref<ProfileDraft | null>(null);
  const draft = ref<ProfileDraft | null>(null);
  const saving = ref(false);
  const error = ref<unknown>(null);

  watch(
    profile,
    (next) => {
      if (!next) return;
      // The draft must never share objects with the baseline, or an edit would change both and look clean.
      const nextBase = draftFrom(next);
      draft.value = base.value && draft.value ? rebaseDraft(base.value, draft.value, nextBase) : draftFrom(next);
      base.value = nextBase;
    },
    { immediate: true },
  );

  const changes = computed(() => (base.value && draft.value ? draftChanges(base.value, draft.value) : {}));
  const dirty = computed(() => Object.keys(changes.value).length > 0);

  async function save(): Promise<boolean> {
    if (!dirty.value) return true;
    saving.value = true;
    error.value = null;
    try {
      await store.update(changes.value);
      return true;
    } catch (caught) {
      error.value = caught;
      return false;
    } finally {
      saving.value = false;
    }
  }

  function discard(): void {
    if (profile.value) {
      base.value = draftFrom(profile.value);
      draft.value = draftFrom(profile.value);
    }
    error.value = null;
  }

  return { draft, dirty, saving, error, changes, save, discard };
}
