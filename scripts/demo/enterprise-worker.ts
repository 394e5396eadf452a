/**
 * A later part of a large demo district's enterprises, made on a thread of its own: the worker
 * makes the district's geometry from the seed (as every thread does, the same), writes its part's
 * rows to the part's file and sends back what the hazard and inspection ledgers need, in typed arrays.
 */
import { Worker, parentPort, workerData } from 'node:worker_threads';
import type { PartPlan } from './enterprises';
import type { SectorKey } from './industries';
import { buffers } from '../../src/workers/transfer.ts';
import { type MadePart, makePart, makeWorld } from './index';
import { TextStore } from './text-store';

interface Job {
  entry: string;
  seed: number;
  count: number;
  parts: PartPlan[];
  dir: string;
}

/** A made part as it crosses between threads: the text store as its arrays, sectors as indices into `sectorKeys`. */
interface SentPart extends Omit<MadePart, 'codes' | 'sector'> {
  codes: { units: Uint16Array; ends: Int32Array };
  sectorKeys: SectorKey[];
  sectorIndex: Uint8Array;
}

function send(p: MadePart): SentPart {
  const keys = new Map<SectorKey, number>();
  const sectorIndex = new Uint8Array(p.sector.length);
  for (let i = 0; i < p.sector.length; i++) {
    let k = keys.get(p.sector[i]);
    if (k === undefined) keys.set(p.sector[i], (k = keys.size));
    sectorIndex[i] = k;
  }
  return {
    start: p.start,
    end: p.end,
    flags: p.flags,
    propensity: p.propensity,
    assessed: p.assessed,
    lineStarts: p.lineStarts,
    risk: p.risk,
    bytes: p.bytes,
    codes: p.codes.raw(),
    sectorKeys: [...keys.keys()],
    sectorIndex,
  };
}

function received(s: SentPart): MadePart {
  const { codes, sectorKeys, sectorIndex, ...rest } = s;
  return { ...rest, codes: TextStore.of(codes), sector: Array.from(sectorIndex, (k) => sectorKeys[k]) };
}

/** Makes `parts` on one worker thread, one after the other (a 1 M district has one later part: one per core). */
export function makePartsInWorker(
  seed: number,
  count: number,
  parts: readonly PartPlan[],
  dir: string,
  signal: AbortSignal,
): Promise<MadePart[]> {
  if (parts.length === 0) return Promise.resolve([]);
  const job: Job = { entry: import.meta.url, seed, count, parts: [...parts], dir };
  // A plain thread: the flags this process runs with (tsx's loader, a bench's preload) are for its
  // main thread, and ts-worker.mjs registers tsx in the new one.
  const worker = new Worker(new URL('../ts-worker.mjs', import.meta.url), { workerData: job, execArgv: [] });
  const stop = () => void worker.terminate();
  signal.addEventListener('abort', stop, { once: true });
  return new Promise<MadePart[]>((resolve, reject) => {
    worker.once('message', (sent: SentPart[]) => resolve(sent.map(received)));
    worker.once('error', reject);
    worker.once('exit', (code) =>
      reject(new Error(`the enterprise worker stopped (exit code ${code}) before it sent its parts`)),
    );
  }).finally(() => {
    signal.removeEventListener('abort', stop);
    void worker.terminate();
  });
}

if (parentPort && (workerData as Job | undefined)?.entry === import.meta.url) {
  const job = workerData as Job;
  const world = makeWorld(job.seed);
  const sent = job.parts.map((p) => send(makePart(job.seed, world, job.count, p, job.dir)));
  parentPort.postMessage(sent, buffers(sent));
}
