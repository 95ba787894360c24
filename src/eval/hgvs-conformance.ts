import type { HgvsResult } from '../extractors/genetics/hgvs/parse.js';
import {
  checkAgainstReference,
  type ReferenceCheck,
  type ReferenceSequence,
  withReferenceCheck,
} from '../extractors/genetics/hgvs/reference-check.js';

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

export interface HgvsReferenceScore {
  /** Every example listed as wrong, marked not valid by the string or by the reference given. */
  readonly invalidRejected: Rate;
  /** Only the wrong examples a reference fragment covers. */
  readonly coveredInvalidRejected: Rate;
  /** Valid examples a reference fragment covers that stay valid with it. */
  readonly coveredValidAccepted: Rate;
  readonly covered: readonly {
    input: string;
    expected: boolean;
    valid: boolean;
    check: ReferenceCheck;
  }[];
}

/**
 * The same examples, judged with reference sequence where it exists: `sequences` gives the
 * fragments for one example (none: the string alone decides).
 */
export function scoreHgvsWithReference(
  examples: readonly HgvsExample[],
  parse: (input: string) => HgvsResult,
  sequences: (input: string) => readonly ReferenceSequence[],
): HgvsReferenceScore {
  let invalidHit = 0;
  let invalidTotal = 0;
  const covered: HgvsReferenceScore['covered'][number][] = [];
  for (const example of examples) {
    const fragments = sequences(example.input);
    let result = parse(example.input);
    if (fragments.length > 0) {
      const check = checkAgainstReference(result, () => fragments);
      result = withReferenceCheck(result, check);
      covered.push({ input: example.input, expected: example.valid, valid: result.valid, check });
    }
    if (!example.valid) {
      invalidTotal += 1;
      if (!result.valid) invalidHit += 1;
    }
  }
  const count = (expected: boolean) => {
    const rows = covered.filter((row) => row.expected === expected);
    return rate(rows.filter((row) => row.valid === expected).length, rows.length);
  };
  return {
    invalidRejected: rate(invalidHit, invalidTotal),
    coveredInvalidRejected: count(false),
    coveredValidAccepted: count(true),
    covered,
  };
}
