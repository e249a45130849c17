// The SDK logs its version and setup at module load, before setLogLevel can silence it; keep the output readable.
const SDK_LINE = /^\s*(%c )?(Chat\b|TIMUploadPlugin\.VERSION)/;
for (const method of ['log', 'info', 'warn'] as const) {
  const original = console[method].bind(console);
  jest.spyOn(console, method).mockImplementation((...args: unknown[]) => {
    if (typeof args[0] === 'string' && SDK_LINE.test(args[0])) return;
    original(...args);
  });
}
jest.setTimeout(30_000);

/*
 * SDK 3.6.6 leaves a 1-s interval behind after destroy(): ChannelModule.reset() starts a new
 * `_timerForNotLoggedIn` each time the module manager resets (logout, then destroy's logout), and dealloc()
 * clears only the last one. Harmless in an app that destroys the instance at exit, but it would keep jest
 * from exiting, so every interval a test file started is cleared once the file is done.
 */
const intervals = new Set<ReturnType<typeof setInterval>>();
const realSetInterval = globalThis.setInterval;
const realClearInterval = globalThis.clearInterval;
globalThis.setInterval = ((...args: Parameters<typeof setInterval>) => {
  const handle = realSetInterval(...args);
  intervals.add(handle);
  return handle;
}) as typeof setInterval;
globalThis.clearInterval = ((handle?: ReturnType<typeof setInterval>) => {
  if (handle !== undefined) intervals.delete(handle);
  realClearInterval(handle);
}) as typeof clearInterval;
afterAll(() => {
  for (const handle of intervals) realClearInterval(handle);
  intervals.clear();
});
