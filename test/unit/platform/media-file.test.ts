/** Reading `payload.file` per platform as @tencentcloud/chat 3.6.6 reads it (index.es.js create*Message). */
import { describeMessageFile, extensionOf, isPlainObject, newMediaId, readMessageFile } from '@/src/platform/media-file';
import { idbKeyOf } from '@/src/platform/shared';
import { browserFile } from './fake-browser';

describe('mini program', () => {
  test('image: tempFiles[0].path (uni.chooseImage) or .tempFilePath (chooseMedia)', () => {
    expect(describeMessageFile('image', { tempFiles: [{ path: 'wxfile://tmp_a.png', size: 3 }] }, 'mp')).toEqual({ name: 'tmp_a.png', size: 3 });
    expect(readMessageFile('image', { tempFiles: [{ tempFilePath: 'wxfile://tmp_b.jpg', size: 4 }] }, 'mp')).toEqual({
      name: 'tmp_b.jpg',
      size: 4,
      path: 'wxfile://tmp_b.jpg',
    });
  });

  test('video: the chooseMedia entry or a chooseVideo result itself, with the poster path', () => {
    const entry = { tempFilePath: 'wxfile://tmp_v.mp4', size: 9, duration: 2.5, width: 4, height: 3, thumbTempFilePath: 'wxfile://tmp_t.jpg' };
    expect(readMessageFile('video', { tempFiles: [entry] }, 'mp')).toEqual({
      name: 'tmp_v.mp4',
      size: 9,
      duration: 2.5,
      width: 4,
      height: 3,
      path: 'wxfile://tmp_v.mp4',
      thumbPath: 'wxfile://tmp_t.jpg',
    });
    expect(describeMessageFile('video', entry, 'mp')).toEqual({ name: 'tmp_v.mp4', size: 9, duration: 2.5, width: 4, height: 3 });
  });

  test('file: chooseMessageFile entries keep their original name', () => {
    expect(describeMessageFile('file', { tempFiles: [{ path: 'wxfile://tmp_1', size: 8, name: '合同.pdf' }] }, 'mp')).toEqual({ name: '合同.pdf', size: 8 });
    // Without `path` (a chooseMedia entry) WeChat's createFileMessage has no url.
    expect(describeMessageFile('file', { tempFiles: [{ tempFilePath: 'wxfile://tmp_1.pdf', size: 8 }] }, 'mp')).toBeUndefined();
  });

  test('audio: the recorder result, duration from milliseconds to seconds', () => {
    expect(describeMessageFile('audio', { tempFilePath: 'wxfile://tmp_r.aac', fileSize: 10, duration: 1250 }, 'mp')).toEqual({
      name: 'tmp_r.aac',
      size: 10,
      duration: 1.25,
    });
  });

  test('nothing for Files, class instances, empty lists or missing paths', () => {
    class Picked {
      tempFiles = [{ tempFilePath: 'wxfile://a.jpg', size: 1 }];
    }
    expect(describeMessageFile('image', browserFile('a.jpg', 1), 'mp')).toBeUndefined();
    expect(describeMessageFile('image', new Picked(), 'mp')).toBeUndefined();
    expect(describeMessageFile('image', { tempFiles: [] }, 'mp')).toBeUndefined();
    expect(describeMessageFile('image', { tempFiles: [{ size: 1 }] }, 'mp')).toBeUndefined();
    expect(describeMessageFile('audio', { fileSize: 1, duration: 1 }, 'mp')).toBeUndefined();
    expect(describeMessageFile('video', null, 'mp')).toBeUndefined();
  });
});

describe('H5', () => {
  const file = browserFile('a.png', 6, 'image/png');

  test('a File or the uni result object, for images and files', () => {
    expect(describeMessageFile('image', file, 'h5')).toEqual({ name: 'a.png', size: 6 });
    expect(readMessageFile('image', { tempFiles: [file], tempFilePaths: ['blob:a'] }, 'h5')?.blob).toBe(file);
    expect(describeMessageFile('file', { files: [file] }, 'h5')).toEqual({ name: 'a.png', size: 6 });
    // The SDK takes tempFiles first when it is a list, even an empty one.
    expect(describeMessageFile('file', { tempFiles: [], files: [file] }, 'h5')).toBeUndefined();
  });

  test('an image result object needs its tempFilePaths, as the SDK validator does', () => {
    expect(describeMessageFile('image', { tempFiles: [file] }, 'h5')).toBeUndefined();
    expect(describeMessageFile('image', { tempFiles: [file], tempFilePaths: [] }, 'h5')).toBeUndefined();
  });

  test('a video result object is read through tempFile, with uni’s duration and size', () => {
    const video = browserFile('v.mp4', 3, 'video/mp4');
    expect(describeMessageFile('video', { tempFile: video, duration: 4, width: 2, height: 1 }, 'h5')).toEqual({
      name: 'v.mp4',
      size: 3,
      duration: 4,
      width: 2,
      height: 1,
    });
  });

  test('an input element with a file counts; an empty one does not', () => {
    class FakeInput {
      constructor(readonly files: File[]) {}
    }
    Reflect.set(globalThis, 'HTMLInputElement', FakeInput);
    try {
      expect(describeMessageFile('file', new FakeInput([file]), 'h5')).toEqual({ name: 'a.png', size: 6 });
      expect(describeMessageFile('file', new FakeInput([]), 'h5')).toBeUndefined();
    } finally {
      Reflect.deleteProperty(globalThis, 'HTMLInputElement');
    }
  });
});

test('plain objects are literals or null-prototype objects, as the SDK’s check', () => {
  expect(isPlainObject({})).toBe(true);
  expect(isPlainObject(Object.create(null))).toBe(true);
  expect(isPlainObject([])).toBe(false);
  expect(isPlainObject(new Date())).toBe(false);
  expect(isPlainObject('x')).toBe(false);
});

test('extensions are lower case, or the kind’s usual one; ids are short and unique', () => {
  expect(extensionOf('Photo.JPEG', 'image')).toBe('jpeg');
  expect(extensionOf('noext', 'image')).toBe('jpg');
  expect(extensionOf('noext', 'file')).toBe('');
  expect(extensionOf('weird.ex/t', 'file')).toBe('');
  expect(newMediaId(0, () => 0)).toBe('0000000');
  const ids = new Set(Array.from({ length: 1000 }, () => newMediaId()));
  expect(ids.size).toBe(1000);
  expect([...ids].every((id) => /^[0-9a-z]{8,16}$/.test(id))).toBe(true);
});

test('idb: urls carry a plain key, or a poster key', () => {
  expect(idbKeyOf('idb:abc123')).toBe('abc123');
  expect(idbKeyOf('idb:abc123-poster')).toBe('abc123-poster');
  expect(idbKeyOf('idb:../x')).toBeNull();
  expect(idbKeyOf('kept-file://abc')).toBeNull();
});
