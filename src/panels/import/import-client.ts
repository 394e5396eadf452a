/**
 * The dialog's side of the import worker. Every request carries an id and its reply comes back
 * with it, so a slow answer to an old question (a re-check still running when the user pressed
 * Check) can never be taken for the answer to a new one. Progress arrives through a callback.
 * Cancel terminates the worker (a million-row parse cannot be interrupted from inside); a worker
 * that fails to start or crashes rejects every pending request with a reason.
 */
import type { Text } from '../../domain/text.ts';
import type { ImportFile } from '../../data/common/import-types.ts';
import type { ImportChoices } from '../../data/import/prepare.ts';
import type { ImportProgress, ImportReply, ImportRequest } from '../../workers/import-protocol.ts';

type Reply<T extends ImportReply['type']> = Extract<ImportReply, { type: T }>;
/** A request before the client gives it its id (Omit distributed over the union). */
type Unnumbered = ImportRequest extends infer R ? (R extends unknown ? Omit<R, 'id'> : never) : never;

export class ImportCancelled extends Error {}

export class ImportRequestError extends Error {
  constructor(readonly reason: Text) {
    super(reason.en);
  }
}

export class ImportClient {
  private readonly worker: Worker;
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (r: ImportReply) => void; reject: (e: Error) => void }>();

  constructor(private readonly onProgress: (p: ImportProgress) => void) {
    this.worker = new Worker(new URL('../../workers/import-worker.ts', import.meta.url), { type: 'module' });
    this.worker.onmessage = (e: MessageEvent<ImportReply>) => {
      const reply = e.data;
      if (reply.type === 'progress') return this.onProgress(reply);
      const p = this.pending.get(reply.id);
      if (!p) return;
      this.pending.delete(reply.id);
      if (reply.type === 'error') p.reject(new ImportRequestError(reply.reason));
      else p.resolve(reply);
    };
    this.worker.onerror = (e) => {
      e.preventDefault();
      this.rejectAll(
        new ImportRequestError({
          zh: `导入程序无法启动或已崩溃（${e.message || '脚本加载失败'}）。请刷新页面重试；如仍失败，请管理员检查服务器是否提供 /assets/*.js 文件`,
          en: `the import worker failed to start or crashed (${e.message || 'script failed to load'}). Reload the page; if it persists, ask the administrator to check that /assets/*.js is served`,
        }),
      );
    };
  }

  private rejectAll(err: Error): void {
    for (const p of this.pending.values()) p.reject(err);
    this.pending.clear();
  }

  private ask<T extends ImportReply['type']>(msg: Unnumbered, transfer: Transferable[] = []): Promise<Reply<T>> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (r: ImportReply) => void, reject });
      this.worker.postMessage({ ...msg, id } as ImportRequest, transfer);
    });
  }

  open(files: ImportFile[]) {
    return this.ask<'opened'>(
      { type: 'open', files },
      files.map((f) => f.bytes.buffer as ArrayBuffer),
    );
  }

  sheet(id: number, sheet: string) {
    return this.ask<'summary'>({ type: 'sheet', file: id, sheet });
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
    this.rejectAll(new ImportCancelled());
  }
}
