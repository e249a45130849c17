/**
 * Runs the COMPILED WeChat mini program (dist/build/mp-weixin, from `npm run build:mp-weixin`) under
 * miniprogram-simulate, the way WeChat would: app.js registers the app through `App()`, each page and
 * component file calls `Component()`, the WXML is compiled by WeChat's own compiler (miniprogram-compiler,
 * which the simulator runs for `compiler: 'official'`), and events reach the handlers uni-app bound by name.
 *
 * Usage (one app at a time per test file; jest gives every test file its own globals):
 *
 *   const storage = createStorage();          // the device's wx storage, in memory; reuse it to "relaunch"
 *   const app = loadApp(storage);             // evaluates app.js + common/vendor.js, runs onLaunch/onShow
 *   await loadPage('src/pages/login/login');  // renders the page, runs onLoad/onShow/onReady, waits until quiet
 *   type('.input-userID', 'alice');           // an `input` event with detail.value, as the keyboard sends
 *   await flush();                            // let it re-render before the next step, as a user would wait
 *   tap('.btn-login');
 *   await flush();                            // promises, timers and re-renders, until nothing changes
 *   app.wx.reLaunch                           // ['/src/pages/profile/profile'] — navigation is recorded,
 *                                             // not followed: load the next page yourself, e.g.
 *   await loadUrl(app.wx.navigateTo[0]);      // opens a recorded URL with the query WeChat would pass
 *   await signIn('alice');                    // a cold start with alice's stored session, signed in;
 *                                             // then loadPage/loadUrl the page under test
 *   tapText('.ui-sheet__name', 'Mute')          // the match that reads 'Mute' (e.g. a sheet's row)
 *   longPress('.conversation-row')            // touchstart, then longpress, as WeChat sends them
 *   text('.error-userID'), value('.input-userID'), exists('.save-error'), findAll('.demo-account')
 *   app.errors                                // console.error calls (uncaught handler errors land there)
 *
 * type/tap/event run the handlers synchronously and return; `await flush()` for what they start. Call
 * flush() before loadApp() again: a previous app's late timers would write through the one global `wx`.
 *
 * Environment: MP_DIST=<dir> tests another build (e.g. a patched copy of the app); the harness refuses a
 * build older than the sources unless MP_ALLOW_STALE=1. The official WXML compiler is a binary shipped in
 * node_modules/miniprogram-compiler (linux/mac/windows); the simulator marks it executable on first use.
 *
 * Selectors are WXML class selectors (`.btn-login`); they are matched in the page and in every custom
 * component inside it (the shadow trees WeChat keeps per component), so `.input-nick` inside
 * ProfileFieldsForm is found from the page.
 */
import fs from 'fs';
import path from 'path';
import { ROUTES } from '@/src/app/routes';
import { LAST_USER_KEY } from '@/src/app/storage-keys';
import { quiet } from '../wait';

/** The build under test; MP_DIST points the suite at another build (e.g. a patched copy of the app). */
export const MP_ROOT = path.resolve(process.env.MP_DIST ?? path.join(__dirname, '../../dist/build/mp-weixin'));

/** LAST_USER_KEY: where the app keeps the signed-in userID for the next start (src/stores/session.ts). */
export { LAST_USER_KEY, ROUTES };

// ---- the simulator and the exparser tree it renders into ----------------------------------------------

/** The part of an exparser node (the simulator's element tree) that the harness reads. */
interface ExNode {
  childNodes: ExNode[];
  shadowRoot?: ExShadowRoot;
  $$?: HTMLElement;
  _vt?: { attrs?: Array<{ name: string; value: unknown }> };
}
interface ExShadowRoot extends ExNode {
  querySelectorAll(selector: string): ExNode[];
}
interface Exparser {
  Event: {
    create(name: string, detail: unknown, options: Record<string, unknown>): unknown;
    dispatchEvent(node: ExNode, event: unknown): void;
  };
}
/** What `simulate.render` returns (j-component's RootComponent). */
interface RootComponent {
  _exparserNode: ExNode;
  dom: HTMLElement;
  instance: PageInstance;
  attach(parent: Element): void;
  detach(): void;
}
interface Simulate {
  load(componentPath: string, options: { rootPath: string; compiler: 'official' | 'simulate' }): string;
  render(id: string, properties?: Record<string, unknown>): RootComponent;
}
/** The mini program page instance uni-app builds (methods onLoad/onShow/…, the Vue instance in $vm). */
type PageInstance = Record<string, unknown> & { route?: string; $vm?: unknown };
type Options = Record<string, unknown> & {
  success?: (result: Record<string, unknown>) => void;
  fail?: (result: Record<string, unknown>) => void;
  complete?: (result: Record<string, unknown>) => void;
};
type AnyFunction = (...args: never[]) => unknown;
type Globals = Record<string, unknown> & { wx: Record<string, unknown> };

const g = globalThis as unknown as Globals;
// Requiring the simulator installs its globals: `wx` (a partial mock) and `Component`.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const simulate = require('miniprogram-simulate') as Simulate;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const exparser = require('miniprogram-exparser') as Exparser;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const simulateUtils = require('miniprogram-simulate/src/utils') as { runJs: (filePath: string) => void };
const simulateComponent = g.Component as (options: Record<string, unknown>) => void;

// ---- device storage -------------------------------------------------------------------------------------

const ITEM_LIMIT_BYTES = 1024 * 1024;
const TOTAL_LIMIT_BYTES = 10 * 1024 * 1024;

/**
 * wx storage in memory, with WeChat's semantics: values are stored serialized (a read returns a copy),
 * a missing key reads as '', at most 1 MB per key and 10 MB in all. Survives loadApp, like the device.
 */
export class MpStorage {
  private readonly items = new Map<string, string>();
  /** UTF-8 bytes of every key plus its serialized value, kept up to date by set/remove. */
  private bytes = 0;
  /** Counts writes, so flush() can tell when the app stopped writing. */
  writes = 0;

  constructor(initial: Record<string, unknown> = {}) {
    for (const [key, value] of Object.entries(initial)) this.store(key, JSON.stringify(value));
  }

  has(key: string): boolean {
    return this.items.has(key);
  }

  /** The stored value (a copy), or undefined when the key is missing. */
  get(key: string): unknown {
    const raw = this.items.get(key);
    return raw === undefined ? undefined : JSON.parse(raw);
  }

  set(key: string, value: unknown): void {
    const raw = JSON.stringify(value ?? '');
    const bytes = Buffer.byteLength(raw);
    if (bytes > ITEM_LIMIT_BYTES) throw new Error('setStorageSync:fail exceed storage item max length');
    const others = this.bytes - (this.items.has(key) ? Buffer.byteLength(this.items.get(key) ?? '') : 0);
    if (others + bytes > TOTAL_LIMIT_BYTES) throw new Error('setStorageSync:fail exceed storage max size 10Mb');
    this.store(key, raw);
    this.writes += 1;
  }

  remove(key: string): void {
    const raw = this.items.get(key);
    if (raw === undefined) return;
    this.items.delete(key);
    this.bytes -= Buffer.byteLength(key) + Buffer.byteLength(raw);
    this.writes += 1;
  }

  keys(): string[] {
    return [...this.items.keys()];
  }

  totalBytes(): number {
    return this.bytes;
  }

  /** Every key with its serialized value: compare two snapshots to assert "storage unchanged". */
  snapshot(): Record<string, string> {
    return Object.fromEntries(this.items);
  }

  private store(key: string, raw: string): void {
    const previous = this.items.get(key);
    this.bytes += previous === undefined ? Buffer.byteLength(key) : -Buffer.byteLength(previous);
    this.bytes += Buffer.byteLength(raw);
    this.items.set(key, raw);
  }
}

export function createStorage(initial?: Record<string, unknown>): MpStorage {
  return new MpStorage(initial);
}

// ---- the app ------------------------------------------------------------------------------------------

export interface LoadAppOptions {
  /** wx.getAppBaseInfo().language; default 'en' (the simulator's own default is 'zh_CN'). */
  language?: string;
  theme?: 'light' | 'dark';
  /** What wx.getNetworkType answers; default 'wifi'. */
  networkType?: string;
  /** The button the user presses in wx.showModal; default confirm. */
  modalAnswer?: 'confirm' | 'cancel';
  /** What the user types into an editable wx.showModal before confirming; default the text it opened with. */
  modalText?: string;
  /** What wx.chooseImage picks; default one 2 KB PNG. Set to null to have the user cancel. */
  chosenImage?: { path: string; size: number } | null;
  /** What wx.chooseMedia picks (its tempFiles); default one 400×300 photo of 2 KB. null: the user cancels. */
  chosenMedia?: Array<{ tempFilePath: string; size: number; fileType: 'image' | 'video'; width?: number; height?: number; duration?: number; thumbTempFilePath?: string }> | null;
}

/** Calls the app made to wx, in order, for assertions. */
export interface WxRecord {
  reLaunch: string[];
  navigateTo: string[];
  redirectTo: string[];
  switchTab: string[];
  /** The `delta` of each wx.navigateBack call (1 unless given). */
  navigateBack: number[];
  titles: string[];
  /**
   * The tab bar's labels as set with setTabBarItem, by index; like WeChat, the call fails (and changes
   * nothing) unless the page in front is a tab page.
   */
  tabTexts: string[];
  /** The tab bar's badges by index ('' for none), as setTabBarBadge / removeTabBarBadge left them; same rule. */
  tabBadges: string[];
  toasts: Array<{ title: string; icon?: string }>;
  modals: Array<{ title?: string; content?: string }>;
  loading: string[];
  hideLoading: number;
  stopPullDownRefresh: number;
  savedFiles: string[];
  /** [srcPath, destPath] of every FileSystemManager.copyFile (message files the local backend keeps). */
  copiedFiles: Array<[string, string]>;
  previewedImages: string[][];
  /** The options of every RecorderManager.start, and how many stop() calls followed, in order. */
  recordings: Array<{ duration?: number; format?: string; stops: number }>;
  /** wx.enableAlertBeforeUnload's message, or null for wx.disableAlertBeforeUnload, in order. */
  leaveAlerts: Array<string | null>;
}

export interface MpApp {
  storage: MpStorage;
  /** The options the app passed to App() (uni-app's, with the Vue app in $vm). */
  options: Record<string, unknown>;
  wx: WxRecord;
  /** console.error calls while this app ran (uni-app and Vue report handler errors there). */
  errors: unknown[][];
  /** Sends wx.onNetworkStatusChange to the app. */
  setNetwork(isConnected: boolean, networkType?: string): void;
  /** Sends wx.onThemeChange to the app. */
  setTheme(theme: 'light' | 'dark'): void;
  /** The next `count` FileSystemManager.copyFile calls fail (e.g. the phone's storage is full). */
  failCopies(count: number): void;
  /** How long the next recordings last when stopped (ms); default 3000. */
  setRecording(ms: number): void;
}

export interface MpPage {
  route: string;
  component: RootComponent;
  instance: PageInstance;
}

let currentApp: MpApp | null = null;
let currentPage: MpPage | null = null;
let pageStack: PageInstance[] = [];
/** Module cache of the current app: common/vendor.js runs once per app, as in WeChat. */
let appModules = new Map<string, unknown>();
/** Set while a page's own js runs, so that its Component() call can be told apart from components'. */
let loadingPage: { file: string; route: string } | null = null;
let consoleErrorRestore: (() => void) | null = null;

function later(task: () => void): void {
  setTimeout(task, 0);
}

/** An async wx API: records, then answers success (or fail) later, as the base library does. */
function asyncApi(name: string, answer: (options: Options) => Record<string, unknown> | Error = () => ({})) {
  return (options: Options = {}) => {
    let result: Record<string, unknown> | Error;
    try {
      result = answer(options);
    } catch (error) {
      result = error instanceof Error ? error : new Error(String(error));
    }
    later(() => {
      if (result instanceof Error) {
        const failure = { errMsg: `${name}:fail ${result.message}` };
        options.fail?.(failure);
        options.complete?.(failure);
      } else {
        const success = { errMsg: `${name}:ok`, ...result };
        options.success?.(success);
        options.complete?.(success);
      }
    });
  };
}

/** Set once the build passed the check: the walk over the sources runs once per test file, not on every loadApp. */
let buildChecked = false;

function assertBuilt(): void {
  if (buildChecked) return;
  checkBuilt();
  buildChecked = true;
}

function checkBuilt(): void {
  const appJs = path.join(MP_ROOT, 'app.js');
  if (!fs.existsSync(appJs)) {
    throw new Error(`No mini program build at ${MP_ROOT}: run \`npm run build:mp-weixin\` first.`);
  }
  if (process.env.MP_DIST || process.env.MP_ALLOW_STALE) return;
  // A build older than the sources would test yesterday's app.
  const built = fs.statSync(appJs).mtimeMs;
  const repo = path.resolve(__dirname, '../..');
  const newer: string[] = [];
  const visit = (target: string): void => {
    if (!fs.existsSync(target)) return;
    const stat = fs.statSync(target);
    if (stat.isDirectory()) for (const entry of fs.readdirSync(target)) visit(path.join(target, entry));
    else if (stat.mtimeMs > built + 1000) newer.push(path.relative(repo, target));
  };
  for (const entry of ['src', 'App.vue', 'main.ts', 'pages.json', 'manifest.json']) visit(path.join(repo, entry));
  if (newer.length > 0) {
    throw new Error(
      `The mini program build is older than ${newer.slice(0, 3).join(', ')}${newer.length > 3 ? ' …' : ''}: ` +
        'run `npm run build:mp-weixin` first (or set MP_ALLOW_STALE=1 to test the build as it is).',
    );
  }
}

/** The package a built file belongs to: the root of its subpackage, or '' for the main package. */
export function packageOf(file: string): string {
  const relativePath = path.relative(MP_ROOT, file).split(path.sep).join('/');
  return subpackageRoots().find((root) => relativePath.startsWith(`${root}/`)) ?? '';
}

/**
 * How WeChat delivers a subpackage that require.async asks for (the app's chat backend): by default at
 * once (on a later turn, as WeChat answers asynchronously). holdDownloads() holds every download until the
 * test releases or fails it, to see the app while a subpackage is on its way or after it failed to arrive.
 */
export interface DownloadControl {
  /** Roots asked for and still held, in order. */
  readonly pending: string[];
  /** Delivers every held download. */
  release(): void;
  /** Fails every held download, as a lost network does (require.async rejects with { mod, errMsg }). */
  fail(errMsg?: string): void;
  /** Back to immediate downloads. */
  stop(): void;
}
type Download = (root: string) => Promise<void>;
const immediately: Download = () => Promise.resolve();
let download: Download = immediately;

export function holdDownloads(): DownloadControl {
  const held: Array<{ root: string; resolve: () => void; reject: (error: Error) => void }> = [];
  download = (root) => new Promise((resolve, reject) => held.push({ root, resolve, reject }));
  return {
    get pending() {
      return held.map((item) => item.root);
    },
    release: () => held.splice(0).forEach((item) => item.resolve()),
    fail: (errMsg = 'require.async:fail download subpackage failed') => held.splice(0).forEach((item) => item.reject(new Error(errMsg))),
    stop() {
      download = immediately;
    },
  };
}

/** Subpackages this app has downloaded (opened a page of, or fetched with require.async). */
let downloaded = new Set<string>();
/**
 * Downloads on their way, by root: the app asks for several modules of one subpackage at once (the backend,
 * the error sentences and the media code all live in `backend`); the harness fetches a subpackage once for
 * all the require.async calls that wait for it. WeChat's documentation does not say whether its loader
 * shares a download in progress; if it does not, a second download changes when the modules arrive, not
 * what arrives (each call resolves once its package is there).
 */
let downloading = new Map<string, Promise<void>>();

function fetchPackage(root: string): Promise<void> {
  const running = downloading.get(root);
  if (running) return running;
  const fetched = download(root).then(
    () => {
      downloaded.add(root);
      downloading.delete(root);
    },
    (error: Error) => {
      downloading.delete(root);
      throw error;
    },
  );
  downloading.set(root, fetched);
  return fetched;
}

/**
 * Runs one compiled file as WeChat does: CommonJS, `require` relative to the file, globals as they are.
 * As on WeChat, a synchronous require may reach the file's own package and the main package only, and
 * `require.async` fetches another package first.
 */
function runFile(file: string): unknown {
  const code = fs.readFileSync(file, 'utf8');
  const module = { exports: {} as Record<string, unknown> };
  const from = packageOf(file);
  const resolveRequest = (request: string): string => {
    if (!request.startsWith('.')) throw new Error(`${path.relative(MP_ROOT, file)} requires "${request}", not part of the build`);
    const target = path.resolve(path.dirname(file), request);
    return target.endsWith('.js') ? target : `${target}.js`;
  };
  const localRequire = (request: string): unknown => {
    const target = resolveRequest(request);
    const to = packageOf(target);
    if (to !== '' && to !== from) {
      throw new Error(`${path.relative(MP_ROOT, file)} requires ${request} of the subpackage ${to} synchronously: WeChat refuses that`);
    }
    return requireModule(target);
  };
  localRequire.async = (request: string): Promise<unknown> => {
    const target = resolveRequest(request);
    const to = packageOf(target);
    const fetched = to === '' || downloaded.has(to) ? Promise.resolve() : fetchPackage(to);
    return fetched.then(
      () => {
        if (!fs.existsSync(target)) throw { mod: request, errMsg: `require.async:fail module "${request}" is not defined` };
        return requireModule(target);
      },
      (error: Error) => {
        throw { mod: request, errMsg: error.message };
      },
    );
  };
  const run = new Function('require', 'module', 'exports', '__filename', '__dirname', `${code}\n//# sourceURL=${file}`);
  run(localRequire, module, module.exports, file, path.dirname(file));
  return module.exports;
}

function requireModule(file: string): unknown {
  if (!appModules.has(file)) {
    appModules.set(file, {});
    appModules.set(file, runFile(file));
  }
  return appModules.get(file);
}

function installWx(storage: MpStorage, options: LoadAppOptions, record: WxRecord) {
  const networkListeners = new Set<(result: Record<string, unknown>) => void>();
  const themeListeners = new Set<(result: Record<string, unknown>) => void>();
  const language = options.language ?? 'en';
  const theme = options.theme ?? 'light';
  const baseInfo = { SDKVersion: '3.4.0', enableDebug: false, host: { env: 'WeChat' }, language, version: '8.0.50', theme };
  let savedCount = 0;
  let copyFailures = 0;
  const recorder = fakeRecorder(record);

  const api: Record<string, unknown> = {
    getStorageSync: (key: string) => (storage.has(key) ? storage.get(key) : ''),
    setStorageSync: (key: string, value: unknown) => storage.set(key, value),
    removeStorageSync: (key: string) => storage.remove(key),
    clearStorageSync: () => storage.keys().forEach((key) => storage.remove(key)),
    getStorageInfoSync: () => ({
      keys: storage.keys(),
      currentSize: Math.ceil(storage.totalBytes() / 1024),
      limitSize: TOTAL_LIMIT_BYTES / 1024,
    }),
    setStorage: asyncApi('setStorage', (o) => (storage.set(String(o.key), o.data), {})),
    getStorage: asyncApi('getStorage', (o) => {
      if (!storage.has(String(o.key))) throw new Error('data not found');
      return { data: storage.get(String(o.key)) };
    }),
    removeStorage: asyncApi('removeStorage', (o) => (storage.remove(String(o.key)), {})),

    getAppBaseInfo: () => ({ ...baseInfo }),
    getSystemInfoSync: () => ({
      ...baseInfo,
      brand: 'devtools',
      model: 'iPhone 12',
      system: 'iOS 16.0',
      platform: 'ios',
      pixelRatio: 3,
      screenWidth: 390,
      screenHeight: 844,
      windowWidth: 390,
      windowHeight: 754,
      statusBarHeight: 47,
      safeArea: { left: 0, right: 390, top: 47, bottom: 810, width: 390, height: 763 },
    }),
    getNetworkType: asyncApi('getNetworkType', () => ({ networkType: options.networkType ?? 'wifi' })),
    onNetworkStatusChange: (listener: (result: Record<string, unknown>) => void) => networkListeners.add(listener),
    offNetworkStatusChange: (listener: (result: Record<string, unknown>) => void) => networkListeners.delete(listener),
    onThemeChange: (listener: (result: Record<string, unknown>) => void) => themeListeners.add(listener),
    offThemeChange: (listener: (result: Record<string, unknown>) => void) => themeListeners.delete(listener),

    showToast: asyncApi('showToast', (o) => (record.toasts.push({ title: String(o.title), icon: o.icon as string }), {})),
    showModal: asyncApi('showModal', (o) => {
      record.modals.push({ title: o.title as string, content: o.content as string });
      const confirm = (options.modalAnswer ?? 'confirm') === 'confirm';
      if (o.editable) return { confirm, cancel: !confirm, content: options.modalText ?? String(o.content ?? '') };
      return { confirm, cancel: !confirm };
    }),
    showLoading: asyncApi('showLoading', (o) => (record.loading.push(String(o.title)), {})),
    hideLoading: asyncApi('hideLoading', () => (record.hideLoading++, {})),
    setTabBarItem: asyncApi('setTabBarItem', (o) => {
      if (!tabPages().includes(currentPage?.route ?? '')) throw new Error('not TabBar page');
      record.tabTexts[Number(o.index)] = String(o.text);
      return {};
    }),
    setTabBarBadge: asyncApi('setTabBarBadge', (o) => {
      if (!tabPages().includes(currentPage?.route ?? '')) throw new Error('not TabBar page');
      record.tabBadges[Number(o.index)] = String(o.text);
      return {};
    }),
    removeTabBarBadge: asyncApi('removeTabBarBadge', (o) => {
      if (!tabPages().includes(currentPage?.route ?? '')) throw new Error('not TabBar page');
      record.tabBadges[Number(o.index)] = '';
      return {};
    }),
    setNavigationBarTitle: asyncApi('setNavigationBarTitle', (o) => (record.titles.push(String(o.title)), {})),
    stopPullDownRefresh: asyncApi('stopPullDownRefresh', () => (record.stopPullDownRefresh++, {})),
    reLaunch: asyncApi('reLaunch', (o) => (record.reLaunch.push(String(o.url)), {})),
    navigateTo: asyncApi('navigateTo', (o) => (record.navigateTo.push(String(o.url)), {})),
    redirectTo: asyncApi('redirectTo', (o) => (record.redirectTo.push(String(o.url)), {})),
    switchTab: asyncApi('switchTab', (o) => (record.switchTab.push(String(o.url)), {})),
    navigateBack: asyncApi('navigateBack', (o) => (record.navigateBack.push(Number(o.delta ?? 1)), {})),
    chooseImage: asyncApi('chooseImage', () => {
      const image = options.chosenImage === undefined ? { path: 'http://tmp/picked.png', size: 2048 } : options.chosenImage;
      if (!image) throw new Error('cancel');
      return { tempFilePaths: [image.path], tempFiles: [{ path: image.path, size: image.size }] };
    }),
    chooseMedia: asyncApi('chooseMedia', () => {
      const media = options.chosenMedia === undefined ? [{ tempFilePath: 'http://tmp/photo.png', size: 2048, fileType: 'image' as const, width: 400, height: 300 }] : options.chosenMedia;
      if (!media) throw new Error('cancel');
      return { tempFiles: media, type: media[0]?.fileType ?? 'image' };
    }),
    getRecorderManager: () => recorder.manager,
    getImageInfo: asyncApi('getImageInfo', () => ({ width: 400, height: 300, type: 'png' })),
    previewImage: asyncApi('previewImage', (o) => (record.previewedImages.push([...(o.urls as string[])]), {})),
    getFileSystemManager: () => ({
      mkdir: asyncApi('mkdir'),
      unlink: asyncApi('unlink'),
      copyFile: asyncApi('copyFile', (o) => {
        if (copyFailures > 0) {
          copyFailures -= 1;
          throw new Error('the maximum size of the file storage limit is exceeded');
        }
        record.copiedFiles.push([String(o.srcPath), String(o.destPath)]);
        return {};
      }),
    }),
    enableAlertBeforeUnload: asyncApi('enableAlertBeforeUnload', (o) => (record.leaveAlerts.push(String(o.message)), {})),
    disableAlertBeforeUnload: asyncApi('disableAlertBeforeUnload', () => (record.leaveAlerts.push(null), {})),
    saveFile: asyncApi('saveFile', (o) => {
      const saved = `wxfile://usr/saved-${++savedCount}-${path.basename(String(o.tempFilePath))}`;
      record.savedFiles.push(saved);
      return { savedFilePath: saved };
    }),
  };
  // The simulator's `wx` object stays the one global (the runtime may hold it); only its methods change.
  Object.assign(g.wx, api);
  g.wx.env = { USER_DATA_PATH: 'http://usr' };

  return {
    failCopies(count: number) {
      copyFailures = count;
    },
    setNetwork(isConnected: boolean, networkType = isConnected ? 'wifi' : 'none') {
      for (const listener of [...networkListeners]) listener({ isConnected, networkType });
    },
    setRecording(ms: number) {
      recorder.duration = ms;
    },
    setTheme(next: 'light' | 'dark') {
      baseInfo.theme = next;
      for (const listener of [...themeListeners]) listener({ theme: next });
    },
  };
}

function installGlobals(appRef: { options: Record<string, unknown> | null }): void {
  g.App = (options: Record<string, unknown>) => {
    appRef.options = options;
  };
  g.getApp = () => appRef.options;
  g.getCurrentPages = () => [...pageStack];
  // Pages and components both go through Component() in uni-app's output; a page's instance learns its
  // route before anything else runs, as WeChat sets `route` on page instances.
  g.Component = (options: Record<string, unknown>) => {
    const page = loadingPage;
    if (page) {
      const lifetimes = (options.lifetimes ?? {}) as Record<string, AnyFunction | undefined>;
      const created = lifetimes.created ?? (options.created as AnyFunction | undefined);
      lifetimes.created = function (this: PageInstance, ...args: never[]) {
        this.route = page.route;
        this.__route__ = page.route;
        return created?.apply(this, args);
      };
      options.lifetimes = lifetimes;
    }
    return simulateComponent(options);
  };
  g.Page = (options: Record<string, unknown>) => (g.Component as (o: Record<string, unknown>) => void)(options);
  // The simulator runs every page and component file through this; run them fresh against this app's
  // vendor.js (jest's require would cache them and skip the Component() call of a second load).
  simulateUtils.runJs = (filePath: string) => {
    const file = `${filePath}.js`;
    const wasPage = loadingPage;
    if (loadingPage && loadingPage.file !== file) loadingPage = null;
    try {
      runFile(file);
    } finally {
      loadingPage = wasPage;
    }
  };
}

/**
 * Starts the compiled app on `storage`, as a cold start of the mini program: evaluates app.js (and
 * common/vendor.js, which registers the app with App()), then runs onLaunch and onShow. A previous app and
 * its page are discarded; pass the same storage to see what a relaunch sees.
 */
export function loadApp(storage: MpStorage = createStorage(), options: LoadAppOptions = {}): MpApp {
  assertBuilt();
  unloadApp();
  const record: WxRecord = {
    reLaunch: [],
    navigateTo: [],
    redirectTo: [],
    switchTab: [],
    navigateBack: [],
    titles: [],
    tabTexts: tabBarTexts(),
    tabBadges: tabBarTexts().map(() => ''),
    toasts: [],
    modals: [],
    loading: [],
    hideLoading: 0,
    stopPullDownRefresh: 0,
    savedFiles: [],
    copiedFiles: [],
    previewedImages: [],
    recordings: [],
    leaveAlerts: [],
  };
  const device = installWx(storage, options, record);
  const appRef: { options: Record<string, unknown> | null } = { options: null };
  installGlobals(appRef);

  const errors: unknown[][] = [];
  const originalError = console.error;
  console.error = (...args: unknown[]) => {
    errors.push(args);
    originalError.apply(console, args);
  };
  consoleErrorRestore = () => {
    console.error = originalError;
  };

  appModules = new Map();
  downloaded = new Set();
  downloading = new Map();
  requireModule(path.join(MP_ROOT, 'app.js'));
  const appOptions = appRef.options;
  if (!appOptions) throw new Error('app.js did not call App()');
  const launch = { path: ROUTES.login, query: {}, scene: 1001, referrerInfo: {} };
  (appOptions.onLaunch as AnyFunction | undefined)?.call(appOptions, launch as never);
  (appOptions.onShow as AnyFunction | undefined)?.call(appOptions, launch as never);

  currentApp = { storage, options: appOptions, wx: record, errors, ...device };
  return currentApp;
}

/** Unloads the page and forgets the app (its timers may still fire; flush() first if that matters). */
export function unloadApp(): void {
  unloadPage();
  currentApp = null;
  appModules = new Map();
  consoleErrorRestore?.();
  consoleErrorRestore = null;
}

function unloadPage(): void {
  if (!currentPage) return;
  const { instance, component } = currentPage;
  (instance.onHide as AnyFunction | undefined)?.call(instance);
  (instance.onUnload as AnyFunction | undefined)?.call(instance);
  component.detach();
  currentPage = null;
  pageStack = [];
}

export function app(): MpApp {
  if (!currentApp) throw new Error('No app loaded: call loadApp() first');
  return currentApp;
}

export function page(): MpPage {
  if (!currentPage) throw new Error('No page loaded: call loadPage() first');
  return currentPage;
}

/**
 * Opens a URL the app navigated to (app.wx.navigateTo / redirectTo / …), e.g.
 * '/src/pages/group/group?groupID=%40TGS%232DEMOPUBLIC', as the only page. The query reaches onLoad the way
 * WeChat's router hands it over: split on '&' and the first '=', values NOT percent-decoded (WeChat passes
 * them as they were written in the URL; the page has to decodeURIComponent what it encoded).
 */
export async function loadUrl(url: string): Promise<MpPage> {
  const mark = url.indexOf('?');
  const route = (mark < 0 ? url : url.slice(0, mark)).replace(/^\//, '');
  const search = mark < 0 ? '' : url.slice(mark + 1);
  const query: Record<string, string> = {};
  for (const pair of search.split('&')) {
    if (!pair) continue;
    const at = pair.indexOf('=');
    if (at < 0) query[pair] = '';
    else query[pair.slice(0, at)] = pair.slice(at + 1);
  }
  return loadPage(route, query);
}

/**
 * A cold start already signed in as `userID`, the way a returning user starts the mini program: the stored
 * session (what a sign-in on the login page wrote) signs them in again at launch. Demo data is seeded on
 * the first start as usual. Resolves once the app's session store says `ready` for `userID` (read through
 * the Pinia instance the app installed), before any page is opened: load the page under test next.
 * Called while an app runs, it relaunches on `storage`, and the new app's `errors` start with the old one's.
 */
export async function signIn(userID: string, storage: MpStorage = createStorage(), options: LoadAppOptions = {}): Promise<MpApp> {
  await flush();
  // A relaunch in the middle of a test must not lose what the previous run logged (afterEach checks errors).
  const earlier = currentApp?.errors ?? [];
  storage.set(LAST_USER_KEY, userID);
  const started = loadApp(storage, options);
  started.errors.unshift(...earlier);
  await flush();
  const session = sessionState();
  if (session?.phase !== 'ready' || session.userID !== userID) {
    throw new Error(`${userID} was not signed in again at launch: session ${JSON.stringify(session)}`);
  }
  return started;
}

/** The app's session store (src/stores/session.ts) as Pinia holds it: phase, userID, reason. */
export function sessionState(): { phase?: string; userID?: string; reason?: unknown } | undefined {
  return storeState('session') as { phase?: string; userID?: string; reason?: unknown } | undefined;
}

/** A store's state as the app's Pinia holds it, by store id (e.g. 'chat-module'). */
export function storeState(id: string): Record<string, unknown> | undefined {
  const vm = app().options.$vm as { $pinia?: { state: { value: Record<string, unknown> } } } | undefined;
  if (!vm?.$pinia) throw new Error('The app has no Pinia instance on its root component ($vm.$pinia)');
  return vm.$pinia.state.value[id] as Record<string, unknown> | undefined;
}

interface AppJson {
  pages: string[];
  subPackages?: Array<{ root: string; pages: string[] }>;
  tabBar?: { list: Array<{ pagePath: string; text: string }> };
}
let appJson: AppJson | undefined;

function readAppJson(): AppJson {
  appJson ??= JSON.parse(fs.readFileSync(path.join(MP_ROOT, 'app.json'), 'utf8')) as AppJson;
  return appJson;
}

/** The pages app.json declares (main package, then each subpackage's under its root), read once per test file. */
function declaredPages(): string[] {
  const json = readAppJson();
  return [...json.pages, ...(json.subPackages ?? []).flatMap((sub) => sub.pages.map((page) => `${sub.root}/${page}`))];
}

function subpackageRoots(): string[] {
  return (readAppJson().subPackages ?? []).map((sub) => sub.root.replace(/\/$/, ''));
}

/** The tab pages of app.json, and their labels as built (what the tab bar shows until the app renames them). */
function tabPages(): string[] {
  return (readAppJson().tabBar?.list ?? []).map((item) => item.pagePath);
}
function tabBarTexts(): string[] {
  return (readAppJson().tabBar?.list ?? []).map((item) => item.text);
}

/**
 * Opens `route` as the only page (what reLaunch does): renders it, runs onLoad(query), onShow and onReady,
 * then waits until the app is quiet. The fake page stack (getCurrentPages) holds this page from the start.
 */
export async function loadPage(route: string, query: Record<string, string> = {}): Promise<MpPage> {
  app();
  const declared = declaredPages();
  if (!declared.includes(route)) throw new Error(`${route} is not a page of app.json (${declared.join(', ')})`);
  unloadPage();
  const pagePath = path.join(MP_ROOT, route);
  // WeChat downloads a page's subpackage before it opens the page.
  const pagePackage = packageOf(pagePath);
  if (pagePackage !== '') downloaded.add(pagePackage);
  const placeholder: PageInstance = { route };
  pageStack = [placeholder];
  loadingPage = { file: `${pagePath}.js`, route };
  let id: string;
  try {
    id = simulate.load(pagePath, { rootPath: MP_ROOT, compiler: 'official' });
  } finally {
    loadingPage = null;
  }
  const component = simulate.render(id);
  component.attach(document.createElement('page-wrapper'));
  const instance = component.instance;
  instance.route = route;
  pageStack = [instance];
  currentPage = { route, component, instance };
  (instance.onLoad as AnyFunction | undefined)?.call(instance, query as never);
  (instance.onShow as AnyFunction | undefined)?.call(instance);
  (instance.onReady as AnyFunction | undefined)?.call(instance);
  await flush();
  return currentPage;
}

// ---- querying and driving the page ----------------------------------------------------------------------

/** Every node matching `selector` in the page and in all custom components inside it, in tree order. */
export function findAll(selector: string): ExNode[] {
  const found: ExNode[] = [];
  const seen = new Set<ExNode>();
  const visitTree = (shadowRoot: ExShadowRoot): void => {
    for (const node of shadowRoot.querySelectorAll(selector)) {
      if (!seen.has(node)) {
        seen.add(node);
        found.push(node);
      }
    }
    const walk = (node: ExNode): void => {
      if (node.shadowRoot) visitTree(node.shadowRoot);
      for (const child of node.childNodes ?? []) walk(child);
    };
    for (const child of shadowRoot.childNodes) walk(child);
  };
  const root = page().component._exparserNode.shadowRoot;
  if (root) visitTree(root);
  return found;
}

export function exists(selector: string): boolean {
  return findAll(selector).length > 0;
}

export function find(selector: string): ExNode {
  const node = findAll(selector)[0];
  if (!node) throw new Error(`Nothing matches "${selector}" on ${page().route}. Page text: ${pageText().slice(0, 400)}`);
  return node;
}

function dispatch(node: ExNode, name: string, detail: Record<string, unknown> = {}, touches: Array<{ clientY: number; pageY: number }> = []): void {
  const event = exparser.Event.create(name, detail, {
    bubbles: true,
    composed: true,
    capturePhase: true,
    extraFields: { touches: name === 'touchend' ? [] : touches, changedTouches: touches },
  });
  exparser.Event.dispatchEvent(node, event);
}

/** A finger on the first match at height `y`: touchstart, touchmove or touchend (WeChat's touch events). */
export function touch(selector: string, name: 'touchstart' | 'touchmove' | 'touchend', y: number): void {
  dispatch(find(selector), name, { x: 0, y }, [{ clientY: y, pageY: y }]);
}

/** A tap on the first match (handlers run now; await flush() for what they start). */
export function tap(selector: string): void {
  dispatch(find(selector), 'tap', { x: 0, y: 0 });
}

/** A long press on the first match: the touch that starts it, then WeChat's `longpress` (no tap follows). */
export function longPress(selector: string): void {
  const node = find(selector);
  dispatch(node, 'touchstart', { x: 0, y: 0 });
  dispatch(node, 'longpress', { x: 0, y: 0 });
}

/**
 * A tap on the first match whose rendered text is `label` (whitespace collapsed), e.g. one item of a
 * sheet's row (UiSheet): tapText('.ui-sheet__name', 'Mute').
 */
export function tapText(selector: string, label: string): void {
  const node = findAll(selector).find((candidate) => normalize(candidate.$$?.textContent ?? '') === label);
  if (!node) {
    throw new Error(`No "${selector}" reads "${label}" on ${page().route}; there are: ${JSON.stringify(texts(selector))}`);
  }
  dispatch(node, 'tap', { x: 0, y: 0 });
}

/** Types into an <input>: one `input` event carrying the whole new value, as WeChat sends on each key. */
export function type(selector: string, text: string): void {
  const node = find(selector);
  dispatch(node, 'input', { value: text, cursor: text.length, keyCode: 0 });
}

/**
 * Any component event, e.g. event('.switch-messageSettings', 'change', { value: false }), on the first match
 * (or the last: e.g. the newest message of a chat).
 */
export function event(selector: string, name: string, detail: Record<string, unknown> = {}, which: 'first' | 'last' = 'first'): void {
  const node = which === 'first' ? find(selector) : findAll(selector).at(-1);
  if (!node) throw new Error(`Nothing matches "${selector}" on ${page().route}`);
  dispatch(node, name, detail);
}

function normalize(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The rendered text of the first match, whitespace collapsed. */
export function text(selector: string): string {
  return normalize(find(selector).$$?.textContent ?? '');
}

/** The rendered text of every match. */
export function texts(selector: string): string[] {
  return findAll(selector).map((node) => normalize(node.$$?.textContent ?? ''));
}

/** The whole page's rendered text. */
export function pageText(): string {
  return normalize(page().component.dom.textContent ?? '');
}

/** An attribute the app bound on the first match, e.g. the `value` the app holds for an <input>. */
export function attr(selector: string, name: string): unknown {
  const bound = find(selector)._vt?.attrs?.find((item) => item.name === name);
  return bound?.value;
}

/** The value the app binds to an <input> (what the field shows). */
export function value(selector: string): string {
  const bound = attr(selector, 'value');
  return bound === undefined || bound === null ? '' : String(bound);
}

// ---- time ------------------------------------------------------------------------------------------------

function fingerprint(): string {
  const state = currentApp;
  const rendered = currentPage ? currentPage.component.dom.innerHTML : '';
  if (!state) return rendered;
  const calls = Object.values(state.wx)
    .map((entry) => (Array.isArray(entry) ? entry.length : entry))
    .join(',');
  return `${state.storage.writes}|${calls}|${rendered}`;
}

/**
 * Lets the app run until it is quiet: promises, zero-delay timers (the local service delivers its pushes,
 * SDK_READY included, on setTimeout 0) and re-renders, until nothing rendered, stored or called on wx has
 * changed for a few turns. Real timers; a quiet app settles in a few milliseconds.
 */
export function flush(maxTurns = 200): Promise<void> {
  return quiet(fingerprint, 3, maxTurns);
}

/**
 * WeChat's RecorderManager, one per mini program as in WeChat: start() reports onStart, stop() reports onStop
 * with a temp file of the set duration (the simulator's own manager never calls back).
 */
function fakeRecorder(record: WxRecord): { manager: Record<string, unknown>; duration: number } {
  const handlers: Record<string, ((result?: unknown) => void) | undefined> = {};
  let count = 0;
  const state = {
    duration: 3000,
    manager: {
      onStart: (callback: () => void) => (handlers.start = callback),
      onStop: (callback: (result: unknown) => void) => (handlers.stop = callback),
      onError: (callback: (result: unknown) => void) => (handlers.error = callback),
      onInterruptionBegin: (callback: () => void) => (handlers.interruption = callback),
      start(options: { duration?: number; format?: string }) {
        record.recordings.push({ duration: options.duration, format: options.format, stops: 0 });
        Promise.resolve().then(() => handlers.start?.());
      },
      stop() {
        const last = record.recordings.at(-1);
        if (last) last.stops += 1;
        count += 1;
        const result = { tempFilePath: `http://tmp/voice-${count}.mp3`, duration: state.duration, fileSize: Math.round(state.duration * 4) };
        Promise.resolve().then(() => handlers.stop?.(result));
      },
    },
  };
  return state;
}
