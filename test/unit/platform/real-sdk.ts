/**
 * The real @tencentcloud/chat 3.6.6, loaded as a mini program or as a uni-app H5 page would load it, so a test
 * can hand the platform's `payload.file` values to the SDK's own createImage/Video/File/AudioMessage and see
 * what it makes of them. No network: the socket is a stub and nothing is sent.
 *
 * The SDK decides its platform once, when its module is evaluated (index.es.js: `q` mini program, `B`
 * browser), from the globals `wx`, `uni` and `window`; so each target loads its own copy of the module after
 * setting those. Its public methods refuse to run before login (2024 / SDK_IS_NOT_READY, `wr` in the
 * `TencentCloudChat.create` wrapper); message creation itself needs no server, so the harness marks the one
 * instance ready by reaching its ModuleManager (`Gr` keeps it as `_m`, `Pr` holds `_isReady`). That reach is
 * the only liberty taken; if an SDK upgrade renames those fields, `loadRealSdk` throws and says so.
 */
import type { ChatSDK } from '@tencentcloud/chat';

export type SdkTarget = 'mp' | 'h5';

type MessageTarget = Pick<Parameters<ChatSDK['createTextMessage']>[0], 'to' | 'conversationType'>;

/** A C2C message to bob; index.d.ts types conversationType as its TYPES enum, whose C2C value is 'C2C'. */
export const TO_BOB = { to: 'bob', conversationType: 'C2C' } as unknown as MessageTarget;

type Globals = Record<string, unknown>;

const SDK_APP_ID = 1400000000;

function noop(): void {
  // The stubbed platform calls nothing back.
}

/** Enough of `wx` for the SDK to take itself for a WeChat mini program (index.es.js `A`) with base library 3.x. */
function fakeWx(): Globals {
  const socket = { onOpen: noop, onClose: noop, onError: noop, onMessage: noop, send: noop, close: noop };
  return {
    getSystemInfoSync: () => ({ fontSizeSetting: 16, SDKVersion: '3.4.0', platform: 'devtools' }),
    getStorageSync: () => '',
    setStorageSync: noop,
    removeStorageSync: noop,
    onNetworkStatusChange: noop,
    getNetworkType: noop,
    onAppShow: noop,
    onAppHide: noop,
    canIUse: () => true,
    getAccountInfoSync: () => ({ miniProgram: { appId: 'touristappid' } }),
    request: noop,
    connectSocket: () => socket,
  };
}

class StubWebSocket {
  readyState = 0;
  send(): void {
    // Nothing goes out.
  }
  close(): void {
    this.readyState = 3;
  }
}

/** What a uni-app H5 page has: a `uni` object (empty in release builds), `window`, DOM element classes. */
function browserGlobals(): Globals {
  return {
    uni: {},
    window: globalThis,
    navigator: { userAgent: 'Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 Chrome/120.0 Mobile Safari/537.36', onLine: true },
    HTMLInputElement: class HTMLInputElement {},
    WebSocket: StubWebSocket,
  };
}

export interface RealSdk {
  sdk: ChatSDK;
  /** Restores the globals and stops the instance. */
  close(): Promise<void>;
}

export function loadRealSdk(target: SdkTarget): RealSdk {
  const globals = target === 'mp' ? { wx: fakeWx() } : browserGlobals();
  const scope = globalThis as unknown as Globals;
  const previous = new Map<string, PropertyDescriptor | undefined>();
  for (const [name, value] of Object.entries(globals)) {
    previous.set(name, Object.getOwnPropertyDescriptor(globalThis, name));
    Object.defineProperty(globalThis, name, { value, configurable: true, writable: true });
  }
  const restoreGlobals = () => {
    for (const [name, descriptor] of previous) {
      if (descriptor) Object.defineProperty(globalThis, name, descriptor);
      else delete scope[name];
    }
  };

  // The instance is built inside create(); its constructor's `this._safetyCallbackFactory = …` is the one
  // assignment by that name, so an accessor on Object.prototype sees the instance go by.
  let instance: { _m?: { _isReady?: boolean } } | undefined;
  const hook = '_safetyCallbackFactory';
  const seen = (built: { _m?: { _isReady?: boolean } }) => {
    instance = built;
  };
  Object.defineProperty(Object.prototype, hook, {
    configurable: true,
    set(this: { _m?: { _isReady?: boolean } }, value: unknown) {
      Object.defineProperty(this, hook, { value, writable: true, configurable: true });
      seen(this);
    },
  });
  let sdk: ChatSDK;
  // The SDK announces itself on the console before setLogLevel can quiet it.
  const quiet = (['log', 'info', 'warn'] as const).map((level) => jest.spyOn(console, level).mockImplementation(() => undefined));
  try {
    let factory: { create(options: { SDKAppID: number }): ChatSDK | null } | undefined;
    jest.isolateModules(() => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const loaded = require('@tencentcloud/chat') as { default?: typeof factory } & typeof factory;
      factory = loaded?.default ?? loaded;
    });
    const created = factory?.create({ SDKAppID: SDK_APP_ID });
    if (!created) throw new Error('TencentCloudChat.create returned nothing');
    sdk = created;
  } catch (error) {
    restoreGlobals();
    throw error;
  } finally {
    delete (Object.prototype as Record<string, unknown>)[hook];
    for (const spy of quiet) spy.mockRestore();
  }
  if (!instance?._m || !('_isReady' in instance._m)) {
    throw new Error('The SDK instance no longer keeps its ModuleManager as _m._isReady: update test/unit/platform/real-sdk.ts');
  }
  instance._m._isReady = true;
  sdk.setLogLevel(4);

  return {
    sdk,
    async close() {
      if (instance?._m) instance._m._isReady = false;
      // destroy() logs out first, which rejects when never logged in; the cleanup runs either way.
      await Promise.resolve(sdk.destroy()).catch(() => undefined);
      restoreGlobals();
    },
  };
}
