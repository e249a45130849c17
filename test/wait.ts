/**
 * Waiting on conditions in tests, never on a fixed number of ticks or milliseconds: the code under test
 * delivers events and store updates through promise chains and zero-delay timers, so a test polls until the
 * state it needs is there. Ceilings are generous (CI is a busy 2-core machine) and only matter on failure.
 */

/** One turn of the event loop: pending promise jobs and zero-delay timers run before it resolves. */
export function macrotask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Resolves once `check` passes — it returns anything but `false` without throwing (an `expect` inside is the
 * usual check) — polling once per macrotask; after `timeoutMs` it fails with the check's last error.
 */
export async function eventually(check: () => unknown, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    let failure: unknown;
    try {
      if (check() !== false) return;
      failure = new Error(`condition still false after ${timeoutMs} ms: ${check.toString()}`);
    } catch (error) {
      failure = error;
    }
    if (Date.now() > deadline) throw failure;
    await macrotask();
  }
}

/**
 * Resolves once `snapshot()` has not changed for `quietTurns` turns in a row: everything the last action set
 * going has landed. Turns, not milliseconds, so a busy machine only makes it slower. Fails after `maxTurns`.
 */
export async function quiet(snapshot: () => string, quietTurns = 5, maxTurns = 500): Promise<void> {
  let last = snapshot();
  let unchanged = 0;
  for (let turn = 0; turn < maxTurns; turn++) {
    await macrotask();
    const now = snapshot();
    unchanged = now === last ? unchanged + 1 : 0;
    last = now;
    if (unchanged >= quietTurns) return;
  }
  throw new Error(`still changing after ${maxTurns} event-loop turns`);
}
