import type { HgvsResult } from '../extractors/genetics/hgvs/parse.js';

/** One worked example of the HGVS recommendations (`samples/hgvs/examples.jsonl`). */
export interface HgvsExample {
  readonly input: string;
  readonly valid: boolean;
  readonly level: string;
  /** Invalid rows: what it takes to see the error (`syntax`, `positions`, `reference_type`, `reference`). */
  readonly detectable?: string;
}

export interface Rate {
  readonly hit: number;
  readonly total: number;
}

export interface HgvsConformance {
  /** Valid examples marked valid. */
  readonly validAccepted: Rate;
  /** Examples listed as wrong and marked not valid. */
  readonly invalidRejected: Rate;
  /** The same, counting only errors visible without the reference sequence. */
  readonly invalidRejectedFromString: Rate;
  readonly validByLevel: Readonly<Record<string, Rate>>;
  readonly misses: readonly { input: string; expected: boolean; error?: string }[];
}

const rate = (hit: number, total: number): Rate => ({ hit, total });
export const ratio = (r: Rate) => (r.total === 0 ? 1 : r.hit / r.total);

/** Scores a parser against the worked examples: valid ones must parse, wrong ones must not. */
export function scoreHgvsConformance(
  examples: readonly HgvsExample[],
  parse: (input: string) => HgvsResult,
): HgvsConformance {
  let validHit = 0;
  let validTotal = 0;
  let invalidHit = 0;
  let invalidTotal = 0;
  let stringHit = 0;
  let stringTotal = 0;
  const byLevel: Record<string, { hit: number; total: number }> = {};
  const misses: { input: string; expected: boolean; error?: string }[] = [];
  for (const example of examples) {
    const result = parse(example.input);
    const right = result.valid === example.valid;
    if (!right) {
      misses.push({
        input: example.input,
        expected: example.valid,
        ...(result.error ? { error: result.error } : {}),
      });
    }
    if (example.valid) {
      validTotal += 1;
      if (right) validHit += 1;
      const level = byLevel[example.level] ?? { hit: 0, total: 0 };
      byLevel[example.level] = level;
      level.total += 1;
      if (right) level.hit += 1;
    } else {
      invalidTotal += 1;
      if (right) invalidHit += 1;
      if (example.detectable !== 'reference') {
        stringTotal += 1;
        if (right) stringHit += 1;
      }
    }
  }
  return {
    validAccepted: rate(validHit, validTotal),
    invalidRejected: rate(invalidHit, invalidTotal),
    invalidRejectedFromString: rate(stringHit, stringTotal),
    validByLevel: byLevel,
    misses,
  };
}

export function formatHgvsConformance(score: HgvsConformance): string {
  const line = (label: string, r: Rate) =>
    `${label.padEnd(46)} ${String(r.hit).padStart(4)}/${String(r.total).padEnd(4)} ${ratio(r).toFixed(3)}`;
  return [
    line('valid examples marked valid', score.validAccepted),
    ...Object.entries(score.validByLevel)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([level, r]) => line(`  ${level}.`, r)),
    line('examples listed as wrong marked not valid', score.invalidRejected),
    line('  of those visible without the reference', score.invalidRejectedFromString),
  ].join('\n');
}
