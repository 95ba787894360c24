import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { type LegacyNames, parseVariantString } from '../extractors/genetics/hgvs/legacy.js';
import {
  checkAgainstReference,
  fastaProvider,
  parseReferenceFasta,
  type SequenceProvider,
  withReferenceCheck,
} from '../extractors/genetics/hgvs/reference-check.js';
import { JsonlWriter } from '../sinks/jsonl-writer.js';

export interface HgvsRunOptions {
  readonly input: string;
  readonly output: string;
  /**
   * A local FASTA file of reference sequences (headers carry the accession): each description
   * whose accession it holds is also judged against the sequence (3′ rule, dup vs ins, …).
   */
  readonly reference?: string;
}

/** Reads `--reference`: a clear error naming the file for anything it cannot use. */
export async function loadReferenceFasta(path: string): Promise<SequenceProvider> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new Error(`cannot read the reference FASTA ${path}: ${(error as Error).message}`);
  }
  try {
    return fastaProvider(parseReferenceFasta(text));
  } catch (error) {
    throw new Error(`${path}: ${(error as Error).message}`);
  }
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
  const provider = options.reference ? await loadReferenceFasta(options.reference) : undefined;
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
      const written = parseVariantString(line, legacy);
      const check = provider ? checkAgainstReference(written, provider) : undefined;
      const parsed = check ? withReferenceCheck(written, check) : written;
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
        ...(check ? { reference_check: check.status } : {}),
      });
    }
  } finally {
    await out.close();
  }
  return { strings, valid, normalized, unreadable: strings - valid - normalized };
}
