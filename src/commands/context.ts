import { z } from 'zod';
import type { ClinicalText } from '../core/clinical-text.js';
import { detectLanguage } from '../core/text/language.js';
import type { Assertion } from '../core/types.js';
import {
  type AssertionLabels,
  type BinaryScore,
  formatScoreTable,
  scoreAssertions,
} from '../eval/assertion-score.js';
import { JsonlWriter } from '../sinks/jsonl-writer.js';
import { readJsonlObjects } from '../sources/jsonl.js';
import { RejectsWriter } from '../sources/rejects-writer.js';

const labelsSchema = z.strictObject({
  negated: z.boolean(),
  possible: z.boolean(),
  historical: z.boolean(),
  hypothetical: z.boolean(),
  experiencer: z.enum(['patient', 'other']),
});

/** One line of `targets.jsonl`: a span in a text. `gold` labels make the command score itself. */
const targetSchema = z
  .object({
    id: z.union([z.string().min(1), z.number()]).transform(String),
    text: z.string().min(1),
    start: z.number().int().nonnegative(),
    end: z.number().int().positive(),
    language: z.enum(['en', 'ja']).optional(),
    gold: labelsSchema.optional(),
  })
  .refine((t) => t.start < t.end && t.end <= t.text.length, {
    message: 'start/end must be a non-empty span inside text',
    path: ['end'],
  });

export interface ContextRunOptions {
  readonly input: string;
  readonly output: string;
  readonly rejects: string;
}

export interface ContextRunResult {
  readonly targets: number;
  readonly rejected: number;
  /** Present when every accepted target carried `gold` labels. */
  readonly scores?: Record<keyof AssertionLabels, BinaryScore>;
  readonly report?: string;
}

/** Output record: the assertion of the target, triggers with offsets into the input `text`. */
export function assertionRecord(id: string, assertion: Assertion) {
  return {
    id,
    negated: assertion.negated,
    possible: assertion.possible,
    historical: assertion.historical,
    hypothetical: assertion.hypothetical,
    experiencer: assertion.experiencer,
    triggers: assertion.triggers,
  };
}

/**
 * `emrx context`: the assertion engine over a labelled or unlabelled span set. The whole text
 * core runs on each `text` (sentences, sections), so a span is judged in its own sentence.
 */
export async function runContext(
  core: ClinicalText,
  options: ContextRunOptions,
): Promise<ContextRunResult> {
  const out = await JsonlWriter.open(options.output);
  const rejects = await RejectsWriter.open(options.rejects);
  const pairs: { gold: AssertionLabels; predicted: AssertionLabels }[] = [];
  let targets = 0;
  let unlabelled = 0;
  for await (const event of readJsonlObjects(options.input, 64 * 1024 * 1024)) {
    if (event.kind === 'reject') {
      await rejects.write({ source: options.input, line: event.line, reason: event.reason });
      continue;
    }
    const parsed = targetSchema.safeParse(event.record);
    if (!parsed.success) {
      const reason = parsed.error.issues
        .map((i) => `${i.path.join('.') || '(record)'}: ${i.message}`)
        .join('; ');
      await rejects.write({ source: options.input, line: event.line, reason });
      continue;
    }
    const target = parsed.data;
    const language = target.language ?? detectLanguage(target.text);
    const note = core.analyze(target.text, language);
    const assertion = core.assert(note, { start: target.start, end: target.end });
    await out.write(assertionRecord(target.id, assertion));
    targets += 1;
    if (target.gold) pairs.push({ gold: target.gold, predicted: assertion });
    else unlabelled += 1;
  }
  await out.close();
  await rejects.close();
  if (targets === 0 || unlabelled > 0) return { targets, rejected: rejects.count };
  const scores = scoreAssertions(pairs);
  return { targets, rejected: rejects.count, scores, report: formatScoreTable(scores) };
}
