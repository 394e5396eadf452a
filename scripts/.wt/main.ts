import { Worker } from 'node:worker_threads';
const t0 = performance.now();
const w = new Worker(new URL('./boot.mjs', import.meta.url), { workerData: { entry: new URL('./child.ts', import.meta.url).href } });
w.on('message', (m) => { console.log('got', m, performance.now() - t0); w.terminate(); });
w.on('error', (e) => console.error('err', e));
