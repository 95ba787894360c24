import { parentPort, workerData } from 'node:worker_threads';
import type { Note } from '../core/types.js';
import { loadPipeline } from '../load-pipeline.js';
import { describeFailure, type ThreadRequest, type ThreadResult } from './pipeline-pool.js';

/**
 * One extraction thread: loads the rules once, then runs the pure pipeline on each note it is
 * sent. CPU-bound work lives here so the worker's event loop stays free to renew job locks.
 */
const pipeline = loadPipeline((workerData as { vocabDir: string }).vocabDir);
const port = parentPort!;

port.on('message', (request: ThreadRequest) => {
  const results: ThreadResult[] = request.notes.map((note: Note) => {
    try {
      return { ok: true, result: pipeline.run(note) };
    } catch (error) {
      // One note that breaks a rule must not take its chunk down: it is reported, the rest run.
      return { ok: false, reason: describeFailure(error) };
    }
  });
  port.postMessage({ id: request.id, results });
});
port.postMessage({ ready: true });
