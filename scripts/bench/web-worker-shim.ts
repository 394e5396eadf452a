/**
 * Runs a web worker's module in a Node worker thread: `self.postMessage` and `self.onmessage` are
 * the thread's port, with transfer lists, as a browser's dedicated worker has them. The module is
 * named by workerData.module (a file URL); start the thread through scripts/ts-worker.mjs.
 */
import { parentPort, workerData } from 'node:worker_threads';

const port = parentPort!;
(globalThis as unknown as { self: unknown }).self = {
  postMessage: (msg: unknown, transfer: Transferable[] = []) => port.postMessage(msg, transfer as never),
  set onmessage(f: (e: { data: unknown }) => void) {
    port.on('message', (data) => f({ data }));
  },
};
await import((workerData as { module: string }).module);
