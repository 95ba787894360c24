import { parentPort, workerData } from 'node:worker_threads';
import { type ExtractorMode, ModelPipeline } from '../model-pipeline.js';
import { describeFailure, type ThreadRequest, type ThreadResult } from './pipeline-pool.js';

/**
 * One extraction thread: loads the rules (and, for `transformer`/`ensemble`, its own ONNX
 * sessions, one intra-op thread each) once, then runs each chunk it is sent. CPU-bound work
 * lives here so the worker's event loop stays free to renew job locks.
 */
const options = workerData as { vocabDir: string; extractors: ExtractorMode; modelsDir?: string };
const port = parentPort!;
const pipeline = await ModelPipeline.load(options.vocabDir, options.extractors, options.modelsDir);

port.on('message', async (request: ThreadRequest) => {
  const outcomes = await pipeline.run(request.notes);
  // One note that breaks a rule must not take its chunk down: it is reported, the rest run.
  const results: ThreadResult[] = outcomes.map((outcome) =>
    outcome.ok
      ? { ok: true, result: outcome.result }
      : { ok: false, reason: describeFailure(outcome.error) },
  );
  port.postMessage({ id: request.id, results });
});
port.postMessage({ ready: true });
