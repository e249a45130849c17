/**
 * Browser-only media helpers for H5: the file input, image and video probing, opening a document. uni.ts
 * imports this only inside `#ifdef H5`, so mini program bundles never see DOM code.
 */
import type { BrowserMediaProbe, MediaSize, VideoFacts } from './idb-media';
import { PlatformError } from './port';

export interface PickFilesRequest {
  /** The input's accept attribute ('' for any file). */
  accept: string;
  multiple: boolean;
  /** Ask mobile browsers for the camera instead of the library. */
  capture: boolean;
}

/** What the H5 pickers and viewers need from the browser; tests pass their own. */
export interface BrowserMediaEnv extends BrowserMediaProbe {
  /** Opens the browser's file picker; rejects with PlatformError('cancelled') when the user closes it. */
  pickFiles(request: PickFilesRequest): Promise<File[]>;
  /** Opens a URL in a new tab, or downloads it under `name`. */
  openUrl(url: string, name?: string): void;
  /** A blob: URL showing a picked file (kept for the page's life, as uni's own pickers do). */
  objectUrl(blob: Blob): string;
}

/**
 * Gives up on a video the browser cannot decode (e.g. HEVC in some browsers) instead of waiting forever:
 * shorter right after picking (the user waits for the picker to close), longer while keeping (progress shows).
 */
const VIDEO_METADATA_TIMEOUT_MS = 3000;
const VIDEO_POSTER_TIMEOUT_MS = 8000;
const POSTER_QUALITY = 0.8;

let openInput: HTMLInputElement | null = null;

function pickFiles(request: PickFilesRequest): Promise<File[]> {
  // One picker at a time, like uni's chooseImage: a second call replaces an input the user never answered.
  openInput?.remove();
  const input = document.createElement('input');
  openInput = input;
  input.type = 'file';
  input.accept = request.accept;
  input.multiple = request.multiple;
  if (request.capture) input.setAttribute('capture', 'environment');
  input.style.cssText = 'position:absolute;visibility:hidden;width:0;height:0;top:0;left:0;z-index:-999';
  document.body.appendChild(input);
  return new Promise<File[]>((resolve, reject) => {
    const done = () => {
      input.remove();
      if (openInput === input) openInput = null;
    };
    input.addEventListener('change', () => {
      const files = Array.from(input.files ?? []);
      done();
      if (files.length > 0) resolve(files);
      else reject(new PlatformError('cancelled', 'No file was picked'));
    });
    // The 'cancel' event (Chromium 113, Safari 16.4, Firefox 91): without it an abandoned picker just stays pending.
    input.addEventListener('cancel', () => {
      done();
      reject(new PlatformError('cancelled', 'The file picker was closed'));
    });
    input.click();
  });
}

function loadImageElement(blob: Blob): Promise<MediaSize> {
  const url = URL.createObjectURL(blob);
  return new Promise<MediaSize>((resolve, reject) => {
    const image = new Image();
    image.onload = () => resolve({ width: image.naturalWidth, height: image.naturalHeight });
    image.onerror = () => reject(new PlatformError('failed', 'The image could not be decoded'));
    image.src = url;
  }).finally(() => URL.revokeObjectURL(url));
}

async function imageSize(blob: Blob): Promise<MediaSize | undefined> {
  // createImageBitmap honours EXIF orientation like <img> does with image-orientation: from-image (the default).
  if (typeof createImageBitmap === 'function') {
    try {
      const bitmap = await createImageBitmap(blob);
      const size = { width: bitmap.width, height: bitmap.height };
      bitmap.close();
      return size;
    } catch {
      // Some formats decode only through <img> (e.g. SVG): fall through.
    }
  }
  return loadImageElement(blob);
}

function posterOf(video: HTMLVideoElement): Promise<VideoFacts['poster']> {
  const width = video.videoWidth;
  const height = video.videoHeight;
  if (!width || !height) return Promise.resolve(undefined);
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d');
  if (!context) return Promise.resolve(undefined);
  context.drawImage(video, 0, 0, width, height);
  return new Promise((resolve) => {
    canvas.toBlob((blob) => resolve(blob ? { blob, width, height } : undefined), 'image/jpeg', POSTER_QUALITY);
  });
}

/** Size, duration and (with `poster`) the first frame drawn to a canvas, of a video the browser can decode. */
function readVideo(blob: Blob, poster = true): Promise<VideoFacts> {
  const url = URL.createObjectURL(blob);
  const video = document.createElement('video');
  video.muted = true;
  video.playsInline = true;
  video.preload = 'auto';
  const facts: VideoFacts = {};
  return new Promise<VideoFacts>((resolve) => {
    const timer = setTimeout(() => resolve(facts), poster ? VIDEO_POSTER_TIMEOUT_MS : VIDEO_METADATA_TIMEOUT_MS);
    const finish = () => {
      clearTimeout(timer);
      resolve(facts);
    };
    video.onloadedmetadata = () => {
      if (video.videoWidth) facts.width = video.videoWidth;
      if (video.videoHeight) facts.height = video.videoHeight;
      if (Number.isFinite(video.duration) && video.duration > 0) facts.duration = video.duration;
      if (!poster) {
        finish();
        return;
      }
      // Frame 0 is often black (fade-in) and some browsers paint nothing before a seek: take 0.1 s in.
      video.currentTime = Math.min(0.1, (facts.duration ?? 0) / 2);
    };
    video.onseeked = () => {
      posterOf(video).then(
        (poster) => {
          if (poster) facts.poster = poster;
          finish();
        },
        () => finish(),
      );
    };
    video.onerror = () => finish();
    video.src = url;
  }).finally(() => {
    video.removeAttribute('src');
    video.load();
    URL.revokeObjectURL(url);
  });
}

function openUrl(url: string, name?: string): void {
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.target = '_blank';
  anchor.rel = 'noopener';
  // Honoured for same-origin and blob: URLs; a remote file just opens in the new tab.
  if (name) anchor.download = name;
  anchor.style.display = 'none';
  document.body.appendChild(anchor);
  anchor.click();
  anchor.remove();
}

export const browserMediaEnv: BrowserMediaEnv = {
  pickFiles,
  imageSize,
  readVideo,
  openUrl,
  objectUrl: (blob) => URL.createObjectURL(blob),
};
