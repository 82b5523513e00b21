/** Worker thread of a batch build: says it is ready, then builds the plans it is sent, one at a time. */
import { parentPort, workerData } from 'node:worker_threads';
import { Builder, type BuildSettings } from './builder.js';

const builder = new Builder(workerData as BuildSettings);
parentPort!.on('message', async (msg: { id: number; file: string }) => {
  try {
    parentPort!.postMessage({ id: msg.id, outcome: await builder.build(msg.file) });
  } catch (e) {
    parentPort!.postMessage({ id: msg.id, error: e instanceof Error ? e.message : String(e) });
  }
});
parentPort!.postMessage({ ready: true });
