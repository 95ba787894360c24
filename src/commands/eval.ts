import { mkdir, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { UsageError } from '../cli-options.js';
import { type EvalReport, evaluate, metricsJson } from '../eval/report/evaluate.js';
import { headlineF1s, terminalSummary } from '../eval/report/format.js';
import { renderHtml } from '../eval/report/html.js';
import {
  evalNotes,
  readAnnotations,
  readGoldNotes,
  readMentions,
  runPipeline,
  type SystemPredictions,
} from '../eval/report/inputs.js';
import { renderMarkdown } from '../eval/report/markdown.js';
import { loadPipeline } from '../load-pipeline.js';
import type { Pipeline } from '../pipeline.js';
import { VERSION } from '../system.js';

type Paths = string | readonly string[];

export interface EvalRunOptions {
  /** Gold annotations.jsonl (spec section 2); several files are scored as one set. */
  readonly gold: Paths;
  /** Predictions to score (annotations.jsonl). Either this or `notes` (or both). */
  readonly pred?: Paths;
  /**
   * Notes (any reader format). Without `pred`, the in-process pipeline runs on the gold notes
   * and is the system scored; with `pred`, the notes only give language, note type and text.
   */
  readonly notes?: Paths;
  /** mentions.jsonl for `pred` (from `emrx extract --mentions`): the rules behind its answers. */
  readonly mentions?: Paths;
  /** A second system's annotations.jsonl, scored side by side on the same gold. */
  readonly compare?: Paths;
  /** Folder for metrics.json, report.md and report.html (created when missing). */
  readonly out: string;
  /** `belowMin` when smoking status macro-F1 or genetics F1 (whichever are scored) is below. */
  readonly minF1?: number;
  /** Bootstrap seed (default 1). */
  readonly seed?: number;
  /** Bootstrap replicates (default 1000; 0 for none). */
  readonly bootstrap?: number;
  /** The pipeline for `notes` without `pred` (default: `loadPipeline()`). */
  readonly pipeline?: Pipeline;
  readonly maxNoteBytes?: number;
  readonly now?: Date;
}

export interface EvalRunResult {
  /** The short table for the terminal: figures only, no note text. */
  readonly summary: string;
  /** True when `minF1` was given and a headline F1 is below it. */
  readonly belowMin: boolean;
  readonly report: EvalReport;
  readonly files: {
    readonly metrics: string;
    readonly markdown: string;
    readonly html: string;
    /** The pipeline's answers, when it ran (for a later `--compare`). */
    readonly annotations?: string;
  };
}

export const DEFAULT_SEED = 1;
export const DEFAULT_REPLICATES = 1000;

const list = (paths: Paths | undefined): readonly string[] =>
  paths === undefined ? [] : typeof paths === 'string' ? [paths] : paths;

const nameOf = (paths: readonly string[]) => paths.map((p) => basename(p)).join(' + ');

/**
 * `emrx eval`: scores one system (and, with `compare`, a second) against a gold set exactly as
 * spec section 4 says, and writes metrics.json (figures only), report.md and report.html (both
 * hold note text: they stay in the TRE).
 */
export async function runEval(options: EvalRunOptions): Promise<EvalRunResult> {
  const goldFiles = list(options.gold);
  const predFiles = list(options.pred);
  const noteFiles = list(options.notes);
  const compareFiles = list(options.compare);
  if (goldFiles.length === 0) throw new UsageError('--gold is required');
  if (predFiles.length === 0 && noteFiles.length === 0)
    throw new UsageError('give --pred <annotations.jsonl> or --notes <notes> (or both)');
  if (options.minF1 !== undefined && !(options.minF1 >= 0 && options.minF1 <= 1))
    throw new UsageError(`--min-f1 must be between 0 and 1, got ${options.minF1}`);
  const replicates = options.bootstrap ?? DEFAULT_REPLICATES;
  if (!Number.isSafeInteger(replicates) || replicates < 0)
    throw new UsageError(`--bootstrap must be a whole number ≥ 0, got ${replicates}`);
  const seed = options.seed ?? DEFAULT_SEED;
  if (!Number.isSafeInteger(seed)) throw new UsageError(`--seed must be an integer, got ${seed}`);

  const gold = readAnnotations(goldFiles, true);
  const notesRead =
    noteFiles.length > 0
      ? await readGoldNotes(noteFiles, new Set(gold.keys()), options.maxNoteBytes)
      : undefined;
  const notes = evalNotes(gold, notesRead?.notes);

  const systems: SystemPredictions[] = [];
  if (predFiles.length > 0) {
    systems.push({
      name: nameOf(predFiles),
      source: predFiles.join(', '),
      annotations: readAnnotations(predFiles, false),
      mentions: readMentions(list(options.mentions)),
    });
  } else {
    const pipeline = options.pipeline ?? loadPipeline();
    systems.push(
      runPipeline(pipeline, notesRead!.notes.values(), `emrx ${VERSION} (in-process pipeline)`),
    );
  }
  if (compareFiles.length > 0) {
    const name = nameOf(compareFiles);
    systems.push({
      name: name === systems[0]!.name ? `${name} (B)` : name,
      source: compareFiles.join(', '),
      annotations: readAnnotations(compareFiles, false),
      mentions: new Map(),
    });
  }

  const report = evaluate({
    notes,
    goldFiles,
    systems,
    bootstrap: { replicates, seed },
    ...(notesRead
      ? {
          notesInput: {
            files: noteFiles,
            goldNotesMissing: notes.filter((n) => !notesRead.notes.has(n.noteId)).length,
            withoutGold: notesRead.withoutGold,
            rejected: notesRead.rejected,
          },
        }
      : {}),
    ...(options.now ? { now: options.now } : {}),
  });

  await mkdir(options.out, { recursive: true });
  const files = {
    metrics: join(options.out, 'metrics.json'),
    markdown: join(options.out, 'report.md'),
    html: join(options.out, 'report.html'),
  };
  await writeFile(files.metrics, `${JSON.stringify(metricsJson(report), null, 2)}\n`);
  await writeFile(files.markdown, renderMarkdown(report));
  await writeFile(files.html, renderHtml(report));
  let annotations: string | undefined;
  if (predFiles.length === 0) {
    annotations = join(options.out, 'annotations.jsonl');
    const lines = [...systems[0]!.annotations.values()].map((a) => JSON.stringify(a));
    await writeFile(annotations, lines.length > 0 ? `${lines.join('\n')}\n` : '');
  }

  const belowMin =
    options.minF1 !== undefined &&
    headlineF1s(report.systems[0]!.overall).some((h) => h.value < options.minF1!);
  const summary =
    terminalSummary(report, options.minF1) +
    `reports: ${files.html}, ${files.markdown} (contain note text: keep them in the TRE); ` +
    `figures: ${files.metrics}\n`;
  return { summary, belowMin, report, files: annotations ? { ...files, annotations } : files };
}
