import { VERSION } from '../../system.js';
import { type DifferenceRow, noteDifferences, pairedDeltas } from './compare.js';
import { type ErrorRow, errorRows } from './errors.js';
import type { EvalNote, SystemPredictions } from './inputs.js';
import {
  type BootstrapSettings,
  buildCases,
  type Estimate,
  type SplitKey,
  type SystemMetrics,
  splitMetrics,
  systemMetrics,
} from './metrics.js';

export interface SystemReport {
  readonly name: string;
  readonly source: string;
  /** Gold notes this system has no answer line for (scored as `unknown` / no findings). */
  readonly missingPredictions: number;
  /** Answer lines for notes that are not in the gold (not scored). */
  readonly extraPredictions: number;
  readonly overall: SystemMetrics;
  readonly splits: Record<SplitKey, Record<string, SystemMetrics>>;
  /** Holds note text (evidence snippets): never in metrics.json. */
  readonly errors: readonly ErrorRow[];
}

export interface EvalReport {
  readonly tool: { readonly name: 'emrx'; readonly version: string };
  readonly generatedAt: string;
  readonly gold: {
    readonly files: readonly string[];
    readonly notes: number;
    readonly smokingNotes: number;
    readonly geneticsNotes: number;
    readonly findings: number;
  };
  /** When a notes file was read: how it joined the gold. */
  readonly notesInput: {
    readonly files: readonly string[];
    /** Gold notes not found among the accepted notes (their language and type are `unknown`). */
    readonly goldNotesMissing: number;
    readonly withoutGold: number;
    readonly rejected: number;
  } | null;
  readonly bootstrap: BootstrapSettings & {
    readonly unit: 'note';
    readonly method: 'percentile';
    readonly level: 0.95;
  };
  /** One system, or two with `--compare` (A first). */
  readonly systems: readonly SystemReport[];
  readonly comparison: {
    readonly a: string;
    readonly b: string;
    /** A − B for each figure, paired bootstrap interval. */
    readonly deltas: Record<string, Estimate>;
    /** Holds note ids: never in metrics.json. */
    readonly differences: readonly DifferenceRow[];
  } | null;
}

export interface EvaluateInput {
  readonly notes: readonly EvalNote[];
  readonly goldFiles: readonly string[];
  readonly systems: readonly SystemPredictions[];
  readonly bootstrap: BootstrapSettings;
  readonly notesInput?: EvalReport['notesInput'];
  readonly now?: Date;
}

/** Scores every system on the gold, overall and per split, with errors and (for two) differences. */
export function evaluate(input: EvaluateInput): EvalReport {
  const goldIds = new Set(input.notes.map((n) => n.noteId));
  const cases = input.systems.map((system) => buildCases(input.notes, system));
  const systems = input.systems.map(
    (system, i): SystemReport => ({
      name: system.name,
      source: system.source,
      missingPredictions: input.notes.filter((n) => !system.annotations.has(n.noteId)).length,
      extraPredictions: [...system.annotations.keys()].filter((id) => !goldIds.has(id)).length,
      overall: systemMetrics(cases[i]!, input.bootstrap, 'all'),
      splits: splitMetrics(input.notes, cases[i]!, input.bootstrap),
      errors: errorRows(cases[i]!, system),
    }),
  );
  const [a, b] = cases;
  return {
    tool: { name: 'emrx', version: VERSION },
    generatedAt: (input.now ?? new Date()).toISOString(),
    gold: {
      files: input.goldFiles,
      notes: input.notes.length,
      smokingNotes: input.notes.filter((n) => n.gold.smoking).length,
      geneticsNotes: input.notes.filter((n) => n.gold.genetics).length,
      findings: input.notes.reduce((sum, n) => sum + (n.gold.genetics?.length ?? 0), 0),
    },
    notesInput: input.notesInput ?? null,
    bootstrap: { ...input.bootstrap, unit: 'note', method: 'percentile', level: 0.95 },
    systems,
    comparison:
      a && b
        ? {
            a: systems[0]!.name,
            b: systems[1]!.name,
            deltas: pairedDeltas(a, b, input.bootstrap),
            differences: noteDifferences(a, b),
          }
        : null,
  };
}

/**
 * metrics.json: every figure, and nothing from a note (no text, no note ids): the error table
 * and the per-note differences are left out, with their row counts instead.
 */
export function metricsJson(report: EvalReport): unknown {
  return {
    ...report,
    systems: report.systems.map(({ errors, ...rest }) => ({ ...rest, errorRows: errors.length })),
    comparison: report.comparison
      ? {
          a: report.comparison.a,
          b: report.comparison.b,
          deltas: report.comparison.deltas,
          notesDiffering: new Set(report.comparison.differences.map((d) => d.note_id)).size,
          differenceRows: report.comparison.differences.length,
        }
      : null,
  };
}
