import { WatchLifecycle } from '@/src/composables/watch-lifecycle';
import { eventually } from '../../wait';

/** A watch whose start the test lets land when it chooses; counts what is being watched now. */
function controlledWatch() {
  let active = 0;
  const pending: Array<() => void> = [];
  const begin = () =>
    new Promise<() => Promise<void>>((resolve) => {
      pending.push(() => {
        active += 1;
        let stopped = false;
        resolve(async () => {
          if (!stopped) active -= 1;
          stopped = true;
        });
      });
    });
  return {
    begin,
    land: () => pending.shift()?.(),
    get active() {
      return active;
    },
    /** Starts asked for that have not landed yet. */
    get waiting() {
      return pending.length;
    },
  };
}

/** Until the lifecycle has asked for a start, so that the test can let it land. */
const startAsked = (watch: ReturnType<typeof controlledWatch>) => eventually(() => watch.waiting > 0);
const rethrow = (error: unknown) => {
  throw error;
};

describe('a page watch over show and hide', () => {
  it('leaves nothing behind when the page goes while its start is on its way', async () => {
    const watch = controlledWatch();
    const lifecycle = new WatchLifecycle(watch.begin, rethrow);
    const shown = lifecycle.show();
    await startAsked(watch);
    const hidden = lifecycle.hide();
    watch.land();
    await shown;
    await hidden;
    expect(watch.active).toBe(0);
  });

  it('holds exactly one watch across show, hide and show again', async () => {
    const watch = controlledWatch();
    const lifecycle = new WatchLifecycle(watch.begin, rethrow);
    const first = lifecycle.show();
    await startAsked(watch);
    watch.land();
    await first;
    expect(watch.active).toBe(1);
    const hidden = lifecycle.hide();
    const again = lifecycle.show();
    await hidden;
    await startAsked(watch);
    watch.land();
    await again;
    expect(watch.active).toBe(1);
    await lifecycle.hide();
    expect(watch.active).toBe(0);
  });

  it('reports a failed start and starts again on the next show', async () => {
    const errors: unknown[] = [];
    let attempts = 0;
    const lifecycle = new WatchLifecycle(async () => {
      attempts += 1;
      if (attempts === 1) throw new Error('offline');
      return async () => undefined;
    }, (error) => errors.push(error));
    await lifecycle.show();
    expect(errors).toEqual([new Error('offline')]);
    await lifecycle.show();
    expect(attempts).toBe(2);
    expect(errors).toHaveLength(1);
  });
});
