import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, URL } from 'node:url';
import { defineConfig, loadEnv, type Plugin } from 'vite';
import uniPlugin from '@dcloudio/vite-plugin-uni';
import { mpLocales } from './build/mp-locales';
import { mpPackages } from './build/mp-packages';
import { SUBPACKAGES } from './src/app/routes';
import { assertBuildEnv } from './src/config/build-guard';
import { SUBPACKAGE_NAMESPACES } from './src/locales/namespaces';

// The package ships CommonJS with a `default` export; under Vite's config loader it arrives wrapped.
const uni = ((uniPlugin as unknown as { default?: typeof uniPlugin }).default ?? uniPlugin) as typeof uniPlugin;

/**
 * Offline means offline: in local mode the H5 app asks no host but its own for anything (test/e2e/offline.test.ts).
 * uni's statistics are off in manifest.json (`uniStatistics.enable: false`, top level and per platform); two more
 * outside requests of uni-h5 have no option, so this plugin removes them (it runs after uni's own plugins):
 * - the build appends background images from DCloud's CDN (cdn.dcloud.net.cn) to two framework stylesheets
 *   (@dcloudio/uni-h5-vite, plugins/css.js): shadow.css is nothing but a `body::after` animation preloading
 *   shadow-grey.png 3 s after load, and pageHead.css gets the navigation bar shadows of a page style's
 *   `navigationBarShadow`, which this app does not use;
 * - the dev server adds Aliyun's real-person verification script to index.html (plugins/api.js) as soon as it
 *   compiles any file under the project root that mentions uni.getFacialRecognitionMetaInfo, and uni-h5's own
 *   bundle in node_modules does. This app never calls it.
 */
const FRAMEWORK_STYLES = '@dcloudio/uni-h5/style/framework/';
const CDN_BACKGROUND = /[^{}]*\{\s*background-image:\s*url\('?https:\/\/cdn[0-9]*\.(?:dcloud\.net\.cn|dcimg\.net)\/[^)]*\)[^}]*\}/g;
const CLOUDAUTH_SCRIPT = /<script[^>]*\ssrc="https:\/\/[^"]*aliyun-cloudauth[^"]*"[^>]*><\/script>\s*/g;
const noOutsideRequests: Plugin = {
  name: 'no-outside-requests',
  enforce: 'pre',
  transform(code, id) {
    if (id.endsWith(`${FRAMEWORK_STYLES}shadow.css`)) return { code: '', map: null };
    if (id.endsWith(`${FRAMEWORK_STYLES}pageHead.css`)) return { code: code.replace(CDN_BACKGROUND, ''), map: null };
    return null;
  },
  transformIndexHtml: { order: 'post', handler: (html) => html.replace(CLOUDAUTH_SCRIPT, '') },
};

/**
 * The mini program's main package cannot afford vue-i18n (≈ 27 KB with @intlify) for what the app asks of it:
 * mp builds resolve 'vue-i18n' to src/locales/mini-i18n.ts (see there). uni aliases 'vue-i18n' to its own
 * runtime copy (@dcloudio/uni-mp-vite), so this resolves both the bare name and uni's copy.
 */
const MINI_I18N = fileURLToPath(new URL('./src/locales/mini-i18n.ts', import.meta.url));
const miniI18n: Plugin = {
  name: 'mini-i18n',
  enforce: 'pre',
  apply: () => process.env.UNI_PLATFORM === 'mp-weixin',
  resolveId(id) {
    if (id === 'vue-i18n' || /[\\/]vue-i18n[\\/]dist[\\/]vue-i18n\.runtime\.esm-bundler\.js$/.test(id)) return MINI_I18N;
    return null;
  },
};

/**
 * The demo pictures (static/avatars/<demo user>.png, the chat subpackage's static/demo/) belong to the embedded service's demo data
 * (src/chat/local/demo-seed.ts, messages/demo.ts): cloud-mode mini programs, which have no demo data, leave
 * them out of the main package. The default avatar (src/platform/shared.ts) and the tab icons stay.
 */
function noDemoAssets(backend: string): Plugin {
  let outDir = '';
  return {
    name: 'no-demo-assets',
    apply: () => process.env.UNI_PLATFORM === 'mp-weixin' && backend === 'cloud',
    writeBundle(options) {
      outDir = options.dir ?? '';
    },
    // uni copies static/ while the bundle is written: remove the pictures once everything is out.
    closeBundle() {
      const avatars = join(outDir, 'static', 'avatars');
      if (existsSync(avatars)) {
        for (const name of readdirSync(avatars)) if (name !== 'default.png') rmSync(join(avatars, name));
      }
      rmSync(join(outDir, 'src', 'subpackages', 'chat', 'static', 'demo'), { recursive: true, force: true });
    },
  };
}

export default defineConfig(({ mode }) => {
  const env = loadEnv(mode, process.cwd(), 'VITE_');
  const { backend } = assertBuildEnv(env, mode);
  const inputDir = fileURLToPath(new URL('.', import.meta.url));
  const source = (path: string): string => fileURLToPath(new URL(`./${path}`, import.meta.url));
  // Only the chosen backend is bundled: the local-mode mini program must not contain the SDK.
  const backendModule = source(`src/chat/backends/${backend}.ts`);
  return {
    plugins: [
      uni(),
      noOutsideRequests,
      miniI18n,
      noDemoAssets(backend),
      // Mini program: what only one subpackage uses moves into it; the backend (with the error sentences and the
      // platform's media and network code) and the pinyin reader load from their own.
      mpPackages({
        inputDir,
        subpackages: SUBPACKAGES,
        asyncModules: {
          [backendModule]: 'backend',
          [source('src/locales/error-texts.ts')]: 'backend',
          [source('src/platform/uni-media.ts')]: 'backend',
          [source('src/platform/uni-transfer.ts')]: 'backend',
          // The chat's mention picker imports it when it opens; the group pages use it directly.
          [source('src/stores/members.ts')]: 'groups',
          [source('src/utils/pinyin-reader.ts')]: 'pinyin',
        },
      }),
      // …and so do the texts only its pages show.
      mpLocales({
        inputDir,
        locales: { en: 'src/locales/en.ts', 'zh-Hans': 'src/locales/zh-Hans.ts' },
        namespaces: SUBPACKAGE_NAMESPACES,
        subpackages: SUBPACKAGES,
        register: 'src/locales/index.ts',
      }),
    ],
    resolve: {
      alias: {
        '#chat-backend': backendModule,
      },
    },
    server: { host: '127.0.0.1' },
  };
});
