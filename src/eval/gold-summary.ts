import { readFileSync } from 'node:fs';
import type { GeneticAnnotation, SmokingAnnotation } from '../pipeline.js';
import { formatGeneticsScores, scoreGenetics } from './genetics-score.js';
import { formatSmokingScores, scoreSmoking } from './smoking-score.js';

interface AnnotationLine {
  readonly note_id: string;
  readonly smoking?: SmokingAnnotation;
  readonly genetics?: readonly GeneticAnnotation[];
}

const readLines = (path: string): AnnotationLine[] =>
  readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as AnnotationLine);

/**
 * A short accuracy summary of predictions against a gold file (spec section 4 scorers): smoking
 * when the gold has `smoking`, genetics when it has `genetics`. Gold notes without a prediction
 * count as predicted `unknown` / no findings. `emrx eval` (next issue) gives the full report.
 */
export function goldSummary(goldPath: string, predictedPath: string): string {
  const predicted = new Map(readLines(predictedPath).map((line) => [line.note_id, line]));
  const gold = readLines(goldPath);
  const out: string[] = [];
  const smoking = gold.filter((g) => g.smoking);
  if (smoking.length > 0) {
    const none: SmokingAnnotation = {
      status: 'unknown',
      pack_years: null,
      cigarettes_per_day: null,
      years_smoked: null,
      quit_year: null,
      brinkman_index: null,
    };
    const pairs = smoking.map((g) => ({
      gold: g.smoking!,
      predicted: predicted.get(g.note_id)?.smoking ?? none,
    }));
    out.push(formatSmokingScores(`smoking (${smoking.length} gold notes)`, scoreSmoking(pairs)));
  }
  const genetics = gold.filter((g) => g.genetics);
  if (genetics.length > 0) {
    const pairs = genetics.map((g) => ({
      note_id: g.note_id,
      gold: g.genetics!,
      predicted: predicted.get(g.note_id)?.genetics ?? [],
    }));
    out.push(
      formatGeneticsScores(`genetics (${genetics.length} gold notes)`, scoreGenetics(pairs)),
    );
  }
  return out.length > 0
    ? `${out.join('\n')}\n`
    : 'the gold file has no smoking or genetics answers\n';
}
