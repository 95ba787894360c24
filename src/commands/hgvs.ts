import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { type LegacyNames, parseVariantString } from '../extractors/genetics/hgvs/legacy.js';
import { JsonlWriter } from '../sinks/jsonl-writer.js';

export interface HgvsRunOptions {
  readonly input: string;
  readonly output: string;
}

export interface HgvsRunResult {
  readonly strings: number;
  readonly valid: number;
  /** Not valid as written, but with a conforming `normalized` form. */
  readonly normalized: number;
  /** Neither valid nor readable. */
  readonly unreadable: number;
}

/**
 * `emrx hgvs`: one variant string per line in, one parse per line out, in input order. Blank
 * lines are skipped; every other line gets an output line, so nothing is lost silently.
 */
export async function runHgvs(
  legacy: LegacyNames,
  options: HgvsRunOptions,
): Promise<HgvsRunResult> {
  const out = await JsonlWriter.open(options.output);
  let strings = 0;
  let valid = 0;
  let normalized = 0;
  const lines = createInterface({
    input: createReadStream(options.input, { encoding: 'utf8' }),
    crlfDelay: Number.POSITIVE_INFINITY,
  });
  try {
    for await (const raw of lines) {
      const line = raw.replace(/^\uFEFF/, '');
      if (line.trim() === '') continue;
      strings += 1;
      const parsed = parseVariantString(line, legacy);
      if (parsed.valid) valid += 1;
      else if (parsed.normalized !== undefined) normalized += 1;
      await out.write({
        input: parsed.input,
        valid: parsed.valid,
        ...(parsed.error !== undefined ? { error: parsed.error } : {}),
        ...(parsed.normalized !== undefined ? { normalized: parsed.normalized } : {}),
        ...(parsed.reference !== undefined ? { reference: parsed.reference } : {}),
        ...(parsed.level !== undefined ? { level: parsed.level } : {}),
        ...(parsed.kind !== undefined ? { kind: parsed.kind } : {}),
        ...(parsed.gene !== undefined ? { gene: parsed.gene } : {}),
      });
    }
  } finally {
    await out.close();
  }
  return { strings, valid, normalized, unreadable: strings - valid - normalized };
}
