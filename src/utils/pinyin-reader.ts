import { pinyin } from 'pinyin-pro';

/**
 * Reads a name as toneless pinyin syllables, surnames as surnames (曾 zeng, 单 shan), other characters kept
 * together: contact-index.ts's reader once loaded (src/platform/load-pinyin.ts). Only that loader, tests and
 * benchmarks import it, so pinyin-pro stays out of the H5 app's first load.
 */
export function readPinyin(name: string): string[] {
  return pinyin(name, { toneType: 'none', type: 'array', surname: 'head', nonZh: 'consecutive' });
}
