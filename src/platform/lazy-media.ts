/**
 * The uni platform's media calls (uni-media.ts and media-file.ts, ≈ 13 KB) behind a facade that loads them
 * when first needed: the mini program's main package, which WeChat downloads before the first screen, does
 * not carry them; the build emits their import() as WeChat's require.async of the backend subpackage, which
 * downloads at launch (vite.config.ts asyncModules). The app waits for them with the backend
 * (PlatformPort.mediaReady, src/app/install.ts), so the embedded service's synchronous `media.describe`
 * has them. Before they arrive:
 * - `capabilities` answers at once (it only asks the base library);
 * - the calls that answer with a promise wait for them, then run (a failed download rejects with
 *   PlatformError 'failed', and the next call tries again);
 * - recordAudio and playAudio hand out their handle at once and start once the code is there (stop and
 *   cancel before that end them without starting);
 * - urls other than H5's `idb:` resolve as the implementation would resolve them (unchanged; the mini
 *   program has no `idb:` urls).
 */
import type { AudioPlayback, AudioRecording, MediaPort, RecordedAudio } from './port';
import { PlatformError } from './port';
import { createAudioSlot, isIdbUrl, onDemand, settleOnce, uniMediaCapabilities } from './shared';
import type { PlatformTarget } from './media-file';
import type { H5Media, UniMedia, UniMediaApi } from './uni-media';

export type UniMediaModule = Pick<typeof import('./uni-media'), 'createUniMedia'>;

export interface LazyUniMedia extends UniMedia {
  /** Resolves once the media code is there (loading it if it is not). */
  whenLoaded(): Promise<void>;
}

export function createLazyUniMedia(api: UniMediaApi, target: PlatformTarget, h5: H5Media | undefined, load: () => Promise<UniMediaModule>): LazyUniMedia {
  const code = onDemand('media module', load, ({ createUniMedia }) => createUniMedia(api, target, h5));
  const whenLoaded = () => code.get();

  function recordAudio(options?: Parameters<UniMedia['recordAudio']>[0]): AudioRecording {
    const loaded = code.value;
    if (loaded) return loaded.recordAudio(options);
    const started = settleOnce<void>();
    const result = settleOnce<RecordedAudio>();
    // Callers may await only one of the two, as with the implementation's handle.
    started.promise.catch(() => undefined);
    result.promise.catch(() => undefined);
    const fail = (error: unknown) => {
      started.reject(error);
      result.reject(error);
    };
    let inner: AudioRecording | null = null;
    let stopped = false;
    whenLoaded().then((media) => {
      if (result.settled) return;
      inner = media.recordAudio(options);
      inner.started.then(started.resolve, started.reject);
      inner.result.then(result.resolve, result.reject);
      if (stopped) inner.stop();
    }, fail);
    return {
      started: started.promise,
      result: result.promise,
      stop() {
        stopped = true;
        inner?.stop();
      },
      cancel() {
        if (inner) inner.cancel();
        else fail(new PlatformError('cancelled', 'The recording was cancelled'));
      },
    };
  }

  function playAudio(url: string): AudioPlayback {
    const loaded = code.value;
    if (loaded) return loaded.playAudio(url);
    let inner: AudioPlayback | null = null;
    const handle = createAudioSlot().start((end) => {
      if (end === 'stopped') inner?.stop();
    });
    whenLoaded().then(
      (media) => {
        if (handle.ended) return;
        inner = media.playAudio(url);
        inner.onEnded((end) => handle.finish(end));
      },
      () => handle.finish('failed'),
    );
    return handle.playback;
  }

  const media: MediaPort = {
    describe(kind, file) {
      const loaded = code.value;
      if (!loaded) throw new PlatformError('failed', 'The media module has not loaded yet');
      return loaded.media.describe(kind, file);
    },
    keep: (kind, file, onProgress) => whenLoaded().then((loadedMedia) => loadedMedia.media.keep(kind, file, onProgress)),
    discard: (url) => whenLoaded().then((loadedMedia) => loadedMedia.media.discard(url)),
  };

  return {
    whenLoaded: () => whenLoaded().then(() => undefined),
    get capabilities() {
      return uniMediaCapabilities(target, h5 !== undefined, target === 'mp' ? api.miniProgram : undefined);
    },
    chooseMedia: (options) => whenLoaded().then((loadedMedia) => loadedMedia.chooseMedia(options)),
    chooseFile: (options) => whenLoaded().then((loadedMedia) => loadedMedia.chooseFile(options)),
    recordAudio,
    previewImage: (urls, current) => whenLoaded().then((loadedMedia) => loadedMedia.previewImage(urls, current)),
    openDocument: (url, name) => whenLoaded().then((loadedMedia) => loadedMedia.openDocument(url, name)),
    playAudio,
    resolveMediaUrl(url, otherUrl) {
      const loaded = code.value;
      if (loaded) return loaded.resolveMediaUrl(url, otherUrl);
      if (isIdbUrl(url)) return whenLoaded().then((loadedMedia) => loadedMedia.resolveMediaUrl(url, otherUrl));
      return Promise.resolve(otherUrl(url));
    },
    cachedMediaUrl(url) {
      const loaded = code.value;
      if (loaded) return loaded.cachedMediaUrl(url);
      return isIdbUrl(url) ? '' : undefined;
    },
    media,
  };
}
