import type { Note } from './core/types.js';
import type { SmokingResult } from './extractors/smoking/types.js';
import {
  geneticsFromModels,
  type ModelReading,
  smokingFromModels,
} from './extractors/transformer/model-findings.js';
import {
  type MentionRecord,
  type Pipeline,
  type PipelineResult,
  toGeneticAnnotation,
  toSmokingAnnotation,
} from './pipeline.js';
import type { EnsembleFile } from './vocab/schemas.js';

/**
 * `--extractors transformer`: the answer from the models alone. The rules' prefilter chose the
 * sentences; the rules' number reader and derivations normalise what the models tagged.
 */
export function transformerResult(
  pipeline: Pipeline,
  note: Note,
  reading: ModelReading,
  policy: EnsembleFile,
): PipelineResult {
  const thresholds = {
    status: policy.transformer.status_min_score,
    span: policy.transformer.span_min_score,
  };
  const smoking = smokingFromModels(note, reading, thresholds, pipeline.smoking.statedAge(note));
  const genetics = geneticsFromModels(reading, pipeline.genetics, thresholds, note.language);
  return {
    annotation: {
      note_id: note.noteId,
      smoking: toSmokingAnnotation(smoking.finding),
      genetics: genetics.findings.map(toGeneticAnnotation),
    },
    mentions: modelMentions(note, smoking, genetics.mentions),
  };
}

/**
 * `--extractors ensemble` (policy in vocab/ensemble.yaml): the rules decide wherever they
 * fire. The models decide the smoking status only in a note where the rules found no smoking
 * statement at all, give the numbers only where the rules found none and agree on the status,
 * and add a gene the rules never mention. Every model mention says what the ensemble did.
 */
export function ensembleResult(
  pipeline: Pipeline,
  note: Note,
  rules: PipelineResult,
  reading: ModelReading,
  policy: EnsembleFile,
): PipelineResult {
  const age = pipeline.smoking.statedAge(note);
  const byStatus = smokingFromModels(
    note,
    reading,
    {
      status: policy.ensemble.status_when_rules_unknown,
      span: policy.ensemble.field_when_rules_empty,
    },
    age,
  );
  const ruleSmoking = rules.annotation.smoking;
  // The rules' "unknown" is often a judgement (a relative's smoking, "ever smoked" with no
  // timing, counselling): the model may speak only where the rules saw nothing at all.
  const ruleMentions = rules.mentions.filter((m) => m.extractor === 'smoking');
  const rulesSawStatus = ruleMentions.some((m) => m.type === 'status');
  const rulesSawAmounts = ruleMentions.some((m) => m.type !== 'status' && m.type !== 'not_tobacco');
  let smoking = ruleSmoking;
  let smokingNote: string;
  if (
    ruleSmoking.status === 'unknown' &&
    !rulesSawStatus &&
    byStatus.finding.status !== 'unknown'
  ) {
    smoking = toSmokingAnnotation(byStatus.finding);
    smokingNote = 'used: the rules found no smoking statement, the model decided';
  } else if (
    ruleSmoking.status !== 'unknown' &&
    !rulesSawAmounts &&
    byStatus.finding.status === ruleSmoking.status
  ) {
    // Numbers from one source only, so derived fields stay consistent with stated ones.
    const model = toSmokingAnnotation(byStatus.finding);
    const filled = Object.keys(model).filter(
      (k) => k !== 'status' && model[k as keyof typeof model] !== null,
    );
    smoking = filled.length > 0 ? model : ruleSmoking;
    smokingNote =
      filled.length > 0
        ? `used: agrees with the rules, which found no numbers; filled ${filled.join(', ')}`
        : 'ignored: agrees with the rules, nothing to add';
  } else {
    smokingNote = 'ignored: the rules decided';
  }

  // What the rules read: every gene and fusion partner they name, and where they looked.
  const ruleGenetics = rules.mentions.filter((m) => m.extractor === 'genetics');
  const genes = new Set(
    ruleGenetics.flatMap((m) => [m.value.gene, m.value.partner].filter((g): g is string => !!g)),
  );
  const rulesRead = (m: { start: number; end: number; text: string }, gene: string | undefined) =>
    (gene !== undefined && genes.has(gene)) ||
    m.text.split(/::|[-/:\s]+/).some((part) => genes.has(part)) ||
    ruleGenetics.some((r) => r.start < m.end && m.start < r.end);
  const tagged = geneticsFromModels(
    reading,
    pipeline.genetics,
    { status: 1, span: policy.ensemble.gene_when_rules_silent },
    note.language,
  );
  const added = new Set<string>();
  for (const m of tagged.mentions) {
    if (m.type !== 'finding' || m.decision.startsWith('ignored')) continue;
    if (rulesRead(m, m.value.gene)) {
      m.decision = 'ignored: the rules read this gene';
      continue;
    }
    m.decision = 'used: a gene the rules never mention';
    added.add(m.value.gene as string);
  }
  const modelSmokingMentions = byStatus.mentions.map((m) =>
    m.decision.startsWith('ignored') ? m : { ...m, decision: `${smokingNote} (${m.decision})` },
  );
  return {
    annotation: {
      note_id: note.noteId,
      smoking,
      genetics: [
        ...rules.annotation.genetics,
        ...tagged.findings.filter((f) => added.has(f.gene)).map(toGeneticAnnotation),
      ],
    },
    mentions: [
      ...rules.mentions,
      ...modelMentions(note, { ...byStatus, mentions: modelSmokingMentions }, tagged.mentions),
    ],
  };
}

function modelMentions(
  note: Note,
  smoking: SmokingResult,
  genetics: ReturnType<typeof geneticsFromModels>['mentions'],
): MentionRecord[] {
  return [
    ...smoking.mentions.map((m) => ({
      note_id: note.noteId,
      extractor: 'smoking' as const,
      source: 'transformer' as const,
      ...m,
    })),
    ...genetics.map((m) => ({
      note_id: note.noteId,
      extractor: 'genetics' as const,
      source: 'transformer' as const,
      ...m,
    })),
  ];
}
