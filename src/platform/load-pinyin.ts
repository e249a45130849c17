import type { PinyinReader } from '@/src/utils/contact-index';

/**
 * Loads pinyin-reader.ts (with its table of 20,856 characters' readings, about 29 KB minified) for the screens
 * that sort contacts, never at launch. On H5 a chunk of its own; in the mini program the `pinyin` subpackage, which
 * build/mp-packages.ts emits this `import()` as WeChat's `require.async` of (base library ≥ 2.11.2), so
 * the table stays out of the main package. A failed download rejects: usePinyin tries again next time.
 */
export function loadPinyinReader(): Promise<PinyinReader> {
  return import('@/src/utils/pinyin-reader').then((module) => module.readPinyin);
}
