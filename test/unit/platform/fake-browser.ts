/**
 * The browser side of H5 media for Node tests: a file input whose answers the test scripts, probes that know
 * the sizes the test gives them, and a record of the documents opened.
 */
import { PlatformError } from '@/src/platform/port';
import type { BrowserMediaEnv, PickFilesRequest } from '@/src/platform/h5-media';
import type { MediaSize, VideoFacts } from '@/src/platform/idb-media';

export function browserFile(name: string, bytes: number | Uint8Array, type = ''): File {
  const content = typeof bytes === 'number' ? new Uint8Array(bytes) : bytes;
  return new File([content], name, { type });
}

export class FakeBrowserEnv implements BrowserMediaEnv {
  readonly pickRequests: PickFilesRequest[] = [];
  /** What the next file inputs answer; 'cancel' closes the picker. An empty queue cancels. */
  readonly picks: Array<File[] | 'cancel'> = [];
  readonly opened: Array<{ url: string; name?: string }> = [];
  /** Sizes imageSize knows, by blob contents' length (a copy of a blob is a new object). */
  readonly imageSizes = new Map<number, MediaSize>();
  readonly videoFacts = new Map<number, VideoFacts>();
  readonly probed: string[] = [];
  private urls = 0;

  pickFiles(request: PickFilesRequest): Promise<File[]> {
    this.pickRequests.push(request);
    const next = this.picks.shift();
    if (next === undefined || next === 'cancel') return Promise.reject(new PlatformError('cancelled', 'The file picker was closed'));
    return Promise.resolve(next);
  }

  async imageSize(blob: Blob): Promise<MediaSize | undefined> {
    this.probed.push(`image ${blob.size}`);
    return this.imageSizes.get(blob.size);
  }

  async readVideo(blob: Blob, poster = true): Promise<VideoFacts> {
    this.probed.push(`video ${blob.size}${poster ? '' : ' (no poster)'}`);
    return this.videoFacts.get(blob.size) ?? {};
  }

  openUrl(url: string, name?: string): void {
    this.opened.push(name === undefined ? { url } : { url, name });
  }

  objectUrl(): string {
    this.urls += 1;
    return `blob:http://127.0.0.1/${this.urls}`;
  }
}
