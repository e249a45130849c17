/**
 * The backend's platform calls behind the facade that loads their code when first needed
 * (src/platform/lazy-transfer.ts; the mini program build loads uni-transfer.ts from the backend subpackage):
 * each call waits for the code, an upload's task is handed out at once and can be aborted before the code
 * arrives, and a failed download is tried again by the next call.
 */
import type { PlatformPort } from '@/src/platform/port';
import { createPlatformOn } from '@/src/platform/uni';
import type { UniTransferModule } from '@/src/platform/lazy-transfer';
import * as uniTransferModule from '@/src/platform/uni-transfer';
import { FakeUni, only } from './fake-uni';
import { holdDownloads, until, type HeldDownloads } from './held-download';
import { rejection } from './platform-error';

const PICKED = { path: 'wxfile://tmp/avatar.jpg', size: 10, name: 'avatar.jpg' };

let fake: FakeUni;
let downloads: HeldDownloads<UniTransferModule>['pending'];
let arrive: () => void;
let platform: PlatformPort;

beforeEach(() => {
  fake = new FakeUni();
  const held = holdDownloads<UniTransferModule>(uniTransferModule);
  ({ pending: downloads, arrive } = held);
  platform = createPlatformOn(fake, { target: 'mp', h5Media: null, loadTransfer: held.load });
});

test('nothing downloads until a call needs it; an upload asked for before that starts once the code is there', async () => {
  expect(downloads).toHaveLength(0);
  const seen: number[] = [];
  const task = platform.upload({ url: 'https://up.example.com/avatar', image: PICKED, fieldName: 'avatar', onProgress: (p) => seen.push(p.percent) });
  expect(downloads).toHaveLength(1);
  expect(fake.uploads).toHaveLength(0);
  arrive();
  await until(() => fake.uploads.length === 1);
  const upload = only(fake.uploads);
  expect(upload.options).toMatchObject({ url: 'https://up.example.com/avatar', filePath: PICKED.path, name: 'avatar' });
  upload.task.progress(1024, 2048);
  upload.options.success?.({ statusCode: 200, data: '{"ok":true}' });
  await expect(task.result).resolves.toBe('{"ok":true}');
  expect(seen).toEqual([50]);
  // Once there, the next upload starts at once.
  platform.upload({ url: 'https://up.example.com/avatar', image: PICKED });
  expect(fake.uploads).toHaveLength(2);
});

test('an upload aborted before the code arrived rejects at once and never starts', async () => {
  const task = platform.upload({ url: 'https://up.example.com/avatar', image: PICKED });
  task.abort();
  expect((await rejection(task.result)).reason).toBe('aborted');
  const later = platform.requestJson('https://sig.example.com/config');
  arrive();
  await until(() => fake.requests.length === 1);
  expect(fake.uploads).toHaveLength(0);
  fake.requests[0].fail?.({ errMsg: 'request:fail' });
  expect((await rejection(later)).reason).toBe('failed');
});

test('keeping a file, JSON requests and wx.login wait for the code; a failed download is tried again', async () => {
  const kept = platform.keepFile(PICKED);
  downloads.splice(0)[0].reject({ mod: 'src/subpackages/backend/x.js', errMsg: 'loadSubpackage: fail timeout' });
  const error = await rejection(kept);
  expect(error.reason).toBe('failed');
  expect(error.message).toContain('loadSubpackage: fail timeout');

  const keptAgain = platform.keepFile(PICKED);
  const answer = platform.postJson({ url: 'https://sig.example.com/usersig', body: { userID: 'alice' } });
  expect(downloads).toHaveLength(1);
  arrive();
  await until(() => fake.saveFileCalls.length === 1 && fake.requests.length === 1);
  fake.saveFileCalls[0].success?.({ savedFilePath: 'wxfile://store/avatar.jpg' } as UniNamespace.SaveFileSuccess);
  await expect(keptAgain).resolves.toBe('wxfile://store/avatar.jpg');
  expect(fake.requests[0]).toMatchObject({ url: 'https://sig.example.com/usersig', method: 'POST', data: { userID: 'alice' } });
  fake.requests[0].success?.({ statusCode: 200, data: { userSig: 's' }, header: {}, cookies: [] } as unknown as UniNamespace.RequestSuccessCallbackResult);
  await expect(answer).resolves.toEqual({ status: 200, data: { userSig: 's' } });
});
