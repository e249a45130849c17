import { StatusWindow } from '@/src/composables/status-window';
import { useUserStatusStore } from '@/src/stores/user-status';
import { signedIn } from './signed-in';

/**
 * The online dots of a scrolling list (StatusWindow over the user-status store, on the embedded service):
 * subscriptions follow the rows on screen, nobody on screen twice is subscribed twice, and leaving releases all.
 */
async function world() {
  const { backend } = await signedIn('alice');
  const calls: Array<{ call: 'subscribe' | 'unsubscribe'; userIDs: string[] }> = [];
  const { chat } = backend;
  const subscribe = chat.subscribeUserStatus.bind(chat);
  const unsubscribe = chat.unsubscribeUserStatus.bind(chat);
  chat.subscribeUserStatus = (options) => {
    calls.push({ call: 'subscribe', userIDs: [...options.userIDList] });
    return subscribe(options);
  };
  chat.unsubscribeUserStatus = (options) => {
    calls.push({ call: 'unsubscribe', userIDs: [...(options?.userIDList ?? [])] });
    return unsubscribe(options);
  };
  const store = useUserStatusStore();
  const errors: unknown[] = [];
  const statusWindow = new StatusWindow(
    (ids) => store.watch(ids),
    (error) => errors.push(error),
  );
  return { store, calls, errors, statusWindow };
}

describe('the status of the rows on screen', () => {
  it('subscribes those who come into view and unsubscribes those who leave it, keeping the ones who stay', async () => {
    const { store, calls, errors, statusWindow } = await world();
    await statusWindow.set(['bob', 'carol']);
    expect(store.watched().sort()).toEqual(['bob', 'carol']);
    expect(store.get('bob')).toBeDefined();

    await statusWindow.set(['carol', 'dave']);
    expect(store.watched().sort()).toEqual(['carol', 'dave']);
    expect(calls).toEqual([
      { call: 'subscribe', userIDs: ['bob', 'carol'] },
      { call: 'subscribe', userIDs: ['dave'] },
      { call: 'unsubscribe', userIDs: ['bob'] },
    ]);

    await statusWindow.set([]);
    expect(store.watched()).toEqual([]);
    expect(calls.at(-1)).toEqual({ call: 'unsubscribe', userIDs: ['carol', 'dave'] });
    expect(errors).toEqual([]);
  });

  it('applies only the latest set when the rows change faster than the service answers (a fling)', async () => {
    const { store, calls, statusWindow } = await world();
    const first = statusWindow.set(['bob']);
    void statusWindow.set(['carol']);
    void statusWindow.set(['dave']);
    const last = statusWindow.set(['erin', 'dave']);
    await Promise.all([first, last]);
    expect(store.watched().sort()).toEqual(['dave', 'erin']);
    // bob's set was on its way; carol's and dave's alone never were.
    expect(calls.filter((entry) => entry.call === 'subscribe')).toEqual([
      { call: 'subscribe', userIDs: ['bob'] },
      { call: 'subscribe', userIDs: ['dave', 'erin'] },
    ]);
  });

  it('the same set again costs nothing; the same person on two rows is one subscription', async () => {
    const { calls, statusWindow } = await world();
    await statusWindow.set(['bob', 'bob', '']);
    await statusWindow.set(['bob']);
    expect(calls).toEqual([{ call: 'subscribe', userIDs: ['bob'] }]);
  });
});
