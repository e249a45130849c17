import type { PinyinReader } from '@/src/utils/contact-index';
// #ifdef MP-WEIXIN
import { readPinyin } from '@/src/utils/pinyin-reader';
// #endif

/**
 * Loads pinyin-reader.ts (pinyin-pro, about 317 KB minified with its dictionary) for the screens that sort
 * contacts. On H5 a dynamic import: a chunk of its own, fetched when Contacts first opens, never at launch.
 * In the mini program a static import: uni's mp-weixin build (3.0.0-5010420260703001) emits `import()` as the chunk's
 * path string followed by `.then` (a TypeError when called), and puts every node_modules package in the
 * main package's common/vendor.js, so pinyin-pro weighs on the main package until a subpackage split moves
 * it (the place for `require.async`).
 */
export function loadPinyinReader(): Promise<PinyinReader> {
  let load = (): Promise<PinyinReader> => import('@/src/utils/pinyin-reader').then((module) => module.readPinyin);
  // #ifdef MP-WEIXIN
  load = () => Promise.resolve(readPinyin);
  // #endif
  return load();
}
