/**
 * The dialog's side of the import worker: one request at a time, each a promise; progress arrives
 * through a callback. Cancel terminates the worker (a million-row parse cannot be interrupted from
 * inside), and a worker that fails to start rejects every pending request with a reason.
 */
import type { Bilingual, ImportFile } from '../../data/import/types.ts';
import type { ImportChoices } from '../../data/import/prepare.ts';
import type { ImportProgress, ImportReply, ImportRequest } from '../../workers/import-protocol.ts';

type Reply<T extends ImportReply['type']> = Extract<ImportReply, { type: T }>;

export class ImportCancelled extends Error {}

export class ImportRequestError extends Error {
  constructor(readonly reason: Bilingual) {
    super(reason.en);
  }
}

export class ImportClient {
  private worker: Worker;
  private pending: { resolve: (r: ImportReply) => void; reject: (e: Error) => void } | null = null;

  constructor(private readonly onProgress: (p: ImportProgress) => void) {
    this.worker = this.start();
  }

  private start(): Worker {
    const w = new Worker(new URL('../../workers/import-worker.ts', import.meta.url), { type: 'module' });
    w.onmessage = (e: MessageEvent<ImportReply>) => {
      if (e.data.type === 'progress') return this.onProgress(e.data);
      const p = this.pending;
      this.pending = null;
      if (!p) return;
      if (e.data.type === 'error') p.reject(new ImportRequestError(e.data.reason));
      else p.resolve(e.data);
    };
    w.onerror = (e) => {
      e.preventDefault();
      const p = this.pending;
      this.pending = null;
      p?.reject(new ImportRequestError({
        zh: `导入程序无法启动或已崩溃（${e.message || '脚本加载失败'}）。请刷新页面重试；如仍失败，请管理员检查服务器是否提供 /assets/*.js 文件`,
        en: `the import worker failed to start or crashed (${e.message || 'script failed to load'}). Reload the page; if it persists, ask the administrator to check that /assets/*.js is served`,
      }));
    };
    return w;
  }

  private ask<T extends ImportReply['type']>(msg: ImportRequest, transfer: Transferable[] = []): Promise<Reply<T>> {
    if (this.pending) this.pending.reject(new ImportCancelled());
    return new Promise((resolve, reject) => {
      this.pending = { resolve: resolve as (r: ImportReply) => void, reject };
      this.worker.postMessage(msg, transfer);
    });
  }

  open(files: ImportFile[]) {
    return this.ask<'opened'>({ type: 'open', files }, files.map((f) => f.bytes.buffer as ArrayBuffer));
  }

  sheet(id: number, sheet: string) {
    return this.ask<'summary'>({ type: 'sheet', id, sheet });
  }

  inspect(choices: ImportChoices) {
    return this.ask<'inspected'>({ type: 'inspect', choices });
  }

  build(choices: ImportChoices, datasetId: string, name?: string) {
    return this.ask<'built'>({ type: 'build', choices, datasetId, name });
  }

  /** Stops whatever runs; the files read so far are gone (a new client starts afresh). */
  cancel(): void {
    this.worker.terminate();
    this.pending?.reject(new ImportCancelled());
    this.pending = null;
  }
}
