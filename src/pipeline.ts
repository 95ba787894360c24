import type { Note } from './core/types.js';
import type {
  SmokingExtractor,
  SmokingFinding,
  SmokingMention,
} from './extractors/smoking/index.js';

/** Spec section 2 `smoking`, as written to annotations.jsonl. */
export interface SmokingAnnotation {
  readonly status: SmokingFinding['status'];
  readonly pack_years: number | null;
  readonly cigarettes_per_day: number | null;
  readonly years_smoked: number | null;
  readonly quit_year: number | null;
  readonly brinkman_index: number | null;
}

/** One line of annotations.jsonl (spec section 2). `genetics` joins when its extractor lands. */
export interface NoteAnnotation {
  readonly note_id: string;
  readonly smoking: SmokingAnnotation;
}

/** One line of mentions.jsonl: every piece of evidence, with how it was judged. */
export interface MentionRecord extends Omit<SmokingMention, 'decision'> {
  readonly note_id: string;
  readonly extractor: 'smoking';
  readonly decision: string;
}

export interface PipelineResult {
  readonly annotation: NoteAnnotation;
  readonly mentions: readonly MentionRecord[];
}

export function toSmokingAnnotation(finding: SmokingFinding): SmokingAnnotation {
  return {
    status: finding.status,
    pack_years: finding.packYears,
    cigarettes_per_day: finding.cigarettesPerDay,
    years_smoked: finding.yearsSmoked,
    quit_year: finding.quitYear,
    brinkman_index: finding.brinkmanIndex,
  };
}

/** The pure in-process pipeline: one validated note in, its annotation and mentions out. */
export class Pipeline {
  constructor(private readonly smoking: SmokingExtractor) {}

  run(note: Note): PipelineResult {
    const smoking = this.smoking.extract(note);
    return {
      annotation: { note_id: note.noteId, smoking: toSmokingAnnotation(smoking.finding) },
      mentions: smoking.mentions.map((m) => ({ note_id: note.noteId, extractor: 'smoking', ...m })),
    };
  }
}
