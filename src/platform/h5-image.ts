/**
 * Browser-only image downscaling for H5's keepFile. uni.ts imports it only inside `#ifdef H5`, so mini
 * program bundles never see DOM code; it runs in a browser only (Node and jsdom have no canvas).
 */
import type { ChosenImage } from './port';
import { PlatformError } from './port';

function loadImage(src: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const element = new Image();
    element.onload = () => resolve(element);
    element.onerror = () => reject(new PlatformError('failed', 'The picked image could not be decoded'));
    element.src = src;
  });
}

/** Fits the image inside maxSide×maxSide (never upscaling) and encodes it as a JPEG data URL. */
export async function downscaleToJpegDataUrl(image: ChosenImage, maxSide: number, quality = 0.85): Promise<string> {
  // Prefer the File: the blob: path may already be revoked, and it cannot outlive the page anyway.
  const objectUrl = image.file ? URL.createObjectURL(image.file) : null;
  try {
    const element = await loadImage(objectUrl ?? image.path);
    const width = element.naturalWidth || element.width;
    const height = element.naturalHeight || element.height;
    if (!width || !height) throw new PlatformError('failed', 'The picked image has no size');
    const scale = Math.min(1, maxSide / Math.max(width, height));
    const canvas = document.createElement('canvas');
    canvas.width = Math.max(1, Math.round(width * scale));
    canvas.height = Math.max(1, Math.round(height * scale));
    const context = canvas.getContext('2d');
    if (!context) throw new PlatformError('failed', 'Canvas 2D is unavailable');
    // JPEG has no alpha: without a fill, transparent PNG areas would turn black.
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.imageSmoothingQuality = 'high';
    context.drawImage(element, 0, 0, canvas.width, canvas.height);
    return canvas.toDataURL('image/jpeg', quality);
  } finally {
    if (objectUrl) URL.revokeObjectURL(objectUrl);
  }
}
