// Starts a worker thread on a TypeScript module. Worker threads do not inherit the tsx loader the
// scripts run under, so this plain module registers it in the thread, then imports the module
// named by workerData.entry (a file URL).
import { register } from 'tsx/esm/api';
import { workerData } from 'node:worker_threads';

register();
await import(workerData.entry);
