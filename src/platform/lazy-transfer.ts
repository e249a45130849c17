/**
 * The backend's platform calls (uni-transfer.ts) behind a facade that loads their code when first needed: the
 * mini program's main package does not carry it; the build emits its import() as WeChat's require.async of
 * the backend subpackage (vite.config.ts asyncModules), where the only callers, the chat backends, are too.
 * Every call answers with a promise or a task, so each simply waits for the code (a failed download rejects
 * with PlatformError 'failed', and the next call tries again).
 */
import type { UploadTask } from './port';
import type { PlatformTarget } from './media-file';
import { onDemand, settleOnce, uploadTask } from './shared';
import type { UniTransfer, UniTransferApi } from './uni-transfer';

export type UniTransferModule = Pick<typeof import('./uni-transfer'), 'createUniTransfer'>;

export function createLazyUniTransfer(api: UniTransferApi, target: PlatformTarget, load: () => Promise<UniTransferModule>): UniTransfer {
  const code = onDemand('network module', load, ({ createUniTransfer }) => createUniTransfer(api, target));
  return {
    upload(request): UploadTask {
      const loaded = code.value;
      if (loaded) return loaded.upload(request);
      const outcome = settleOnce<string>();
      let inner: UploadTask | null = null;
      code.get().then((transfer) => {
        if (outcome.settled) return;
        inner = transfer.upload(request);
        inner.result.then(outcome.resolve, outcome.reject);
      }, outcome.reject);
      return uploadTask(outcome, () => inner?.abort());
    },
    saveFile: (image) => code.get().then((transfer) => transfer.saveFile(image)),
    requestJson: (url) => code.get().then((transfer) => transfer.requestJson(url)),
    postJson: (request) => code.get().then((transfer) => transfer.postJson(request)),
    loginCode: () => code.get().then((transfer) => transfer.loginCode()),
  };
}
