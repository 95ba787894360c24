import type { Note } from './core/types.js';
import { ensembleResult, transformerResult } from './ensemble.js';
import type { ModelReading, SentenceReading } from './extractors/transformer/model-findings.js';
import { defaultModelsDir } from './extractors/transformer/model-folder.js';
import type { LocalModel, SentenceClass, TaggedSpan } from './extractors/transformer/runtime.js';
import type { TextSpan } from './extractors/transformer/sentences.js';
import { loadPipeline } from './load-pipeline.js';
import type { Pipeline, PipelineResult } from './pipeline.js';
import { loadEnsemblePolicy } from './vocab/load.js';
import type { EnsembleFile, ExtractorMode } from './vocab/schemas.js';

export type { ExtractorMode } from './vocab/schemas.js';

/** One note's outcome: its result, or why it failed (never the note's text). */
export type NoteOutcome =
  | { readonly ok: true; readonly result: PipelineResult }
  | { readonly ok: false; readonly error: unknown };

/**
 * The extraction a worker thread runs: the pure rule pipeline, and for `transformer` and
 * `ensemble` the local models too. Model inference is batched across the notes of a chunk:
 * only candidate sentences go to the models, `batch_size` at a time.
 */
export class ModelPipeline {
  private constructor(
    readonly mode: ExtractorMode,
    private readonly pipeline: Pipeline,
    private readonly policy: EnsembleFile,
    private readonly status: LocalModel | null,
    private readonly tagger: LocalModel | null,
  ) {}

  static async load(
    vocabDir: string,
    mode: ExtractorMode,
    modelsDir: string = defaultModelsDir(vocabDir),
  ): Promise<ModelPipeline> {
    const pipeline = loadPipeline(vocabDir);
    const policy = loadEnsemblePolicy(vocabDir);
    if (mode === 'rules') return new ModelPipeline(mode, pipeline, policy, null, null);
    // Transformers.js and ONNX Runtime load only when a model runs: rules-only threads stay lean.
    const { loadModelPair } = await import('./extractors/transformer/runtime.js');
    const { status, tagger } = await loadModelPair(
      modelsDir,
      policy.models,
      policy.models.precision,
    );
    return new ModelPipeline(mode, pipeline, policy, status, tagger);
  }

  /**
   * The rules' outcome of each note: all at once, extractor by extractor (Pipeline.runAll), or
   * when a note breaks a rule, one by one, so that it does not take the others down.
   */
  private ruleOutcomes(notes: readonly Note[]): NoteOutcome[] {
    try {
      return this.pipeline.runAll(notes).map((result) => ({ ok: true, result }));
    } catch {
      return notes.map((note): NoteOutcome => {
        try {
          return { ok: true, result: this.pipeline.run(note) };
        } catch (error) {
          return { ok: false, error };
        }
      });
    }
  }

  /** One outcome per note, in order; a note that breaks a rule does not take the others down. */
  async run(notes: readonly Note[]): Promise<NoteOutcome[]> {
    const rules = this.ruleOutcomes(notes);
    if (this.mode === 'rules' || !this.status || !this.tagger) return rules;
    const candidates = notes.map((note, i) =>
      rules[i]?.ok ? this.pipeline.candidateSentences(note) : [],
    );
    const readings = await this.read(candidates);
    return notes.map((note, i): NoteOutcome => {
      const ruled = rules[i] as NoteOutcome;
      if (!ruled.ok) return ruled;
      const reading = readings[i] as ModelReading;
      try {
        return {
          ok: true,
          result:
            this.mode === 'transformer'
              ? transformerResult(this.pipeline, note, reading, this.policy)
              : ensembleResult(this.pipeline, note, ruled.result, reading, this.policy),
        };
      } catch (error) {
        return { ok: false, error };
      }
    });
  }

  /** Both models over every candidate sentence of the chunk, in batches. */
  private async read(candidates: readonly TextSpan[][]): Promise<ModelReading[]> {
    const all = candidates.flat();
    const batch = this.policy.models.batch_size;
    const classes: SentenceClass[] = [];
    const spans: TaggedSpan[][] = [];
    // Similar lengths batch together: less padding per forward pass.
    const order = all
      .map((_, i) => i)
      .sort((a, b) => (all[a]?.text.length ?? 0) - (all[b]?.text.length ?? 0));
    const byOrder = order.map((i) => (all[i] as TextSpan).text);
    for (let from = 0; from < byOrder.length; from += batch) {
      const texts = byOrder.slice(from, from + batch);
      classes.push(...(await (this.status as LocalModel).classify(texts)));
      spans.push(...(await (this.tagger as LocalModel).tag(texts)));
    }
    const readingAt: SentenceReading[] = new Array(all.length);
    order.forEach((index, k) => {
      readingAt[index] = {
        sentence: all[index] as TextSpan,
        status: classes[k] ?? null,
        spans: spans[k] ?? [],
      };
    });
    const statusModel = describe(this.status);
    const taggerModel = describe(this.tagger);
    let next = 0;
    return candidates.map((sentences) => {
      const own = readingAt.slice(next, next + sentences.length);
      next += sentences.length;
      return { sentences: own, statusModel, taggerModel };
    });
  }

  async close(): Promise<void> {
    await this.status?.dispose();
    await this.tagger?.dispose();
  }
}

function describe(model: LocalModel | null): string | null {
  return model ? `${model.manifest.name}@${model.manifest.version}` : null;
}
