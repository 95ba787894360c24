import type { Note } from './core/types.js';
import type {
  GeneticFinding,
  GeneticMention,
  GeneticsExtractor,
} from './extractors/genetics/index.js';
import type {
  SmokingExtractor,
  SmokingFinding,
  SmokingMention,
} from './extractors/smoking/index.js';
import { sentencesAt, splitSentences, type TextSpan } from './extractors/transformer/sentences.js';

/** Spec section 2 `smoking`, as written to annotations.jsonl. */
export interface SmokingAnnotation {
  readonly status: SmokingFinding['status'];
  readonly pack_years: number | null;
  readonly cigarettes_per_day: number | null;
  readonly years_smoked: number | null;
  readonly quit_year: number | null;
  readonly brinkman_index: number | null;
}

/** Spec section 2 `genetics`: one entry per distinct finding. */
export interface GeneticAnnotation {
  readonly gene: string;
  readonly hgvs_c: string | null;
  readonly hgvs_p: string | null;
  readonly kind: GeneticFinding['kind'];
  readonly exon: number | null;
  readonly partner: string | null;
  readonly status: GeneticFinding['status'];
  readonly significance: GeneticFinding['significance'];
  readonly origin: GeneticFinding['origin'];
  readonly subject: GeneticFinding['subject'];
}

/** One line of annotations.jsonl (spec section 2). */
export interface NoteAnnotation {
  readonly note_id: string;
  readonly smoking: SmokingAnnotation;
  readonly genetics: readonly GeneticAnnotation[];
}

/** Which extractor produced a mention: the rules, or a transformer model. */
export type MentionSource = 'rules' | 'transformer';

/** One line of mentions.jsonl: every piece of evidence, with how it was judged. */
export type MentionRecord =
  | (Omit<SmokingMention, 'decision'> & {
      readonly note_id: string;
      readonly extractor: 'smoking';
      readonly source: MentionSource;
      readonly decision: string;
    })
  | (Omit<GeneticMention, 'decision'> & {
      readonly note_id: string;
      readonly extractor: 'genetics';
      readonly source: MentionSource;
      readonly decision: string;
    });

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

export function toGeneticAnnotation(finding: GeneticFinding): GeneticAnnotation {
  return {
    gene: finding.gene,
    hgvs_c: finding.hgvsC,
    hgvs_p: finding.hgvsP,
    kind: finding.kind,
    exon: finding.exon,
    partner: finding.partner,
    status: finding.status,
    significance: finding.significance,
    origin: finding.origin,
    subject: finding.subject,
  };
}

/** The pure in-process pipeline: one validated note in, its annotation and mentions out. */
export class Pipeline {
  constructor(
    readonly smoking: SmokingExtractor,
    readonly genetics: GeneticsExtractor,
  ) {}

  /**
   * The note's sentences holding a prefilter hit (smoking words, template rows under them, gene
   * symbols, variants): what the transformer models read. The rest of a note never reaches them.
   */
  candidateSentences(note: Pick<Note, 'text' | 'language'>): TextSpan[] {
    const hits = [...this.smoking.candidateHits(note), ...this.genetics.candidateHits(note)];
    if (hits.length === 0) return [];
    return sentencesAt(splitSentences(note.text), hits);
  }

  run(note: Note): PipelineResult {
    return this.result(note, this.smoking.extract(note), this.genetics.extract(note));
  }

  /**
   * {@link run} of each note, in order, extractor by extractor: every note's smoking rules, then
   * every note's genetics rules. The same results; each extractor's expressions and code stay warm
   * from note to note instead of alternating with the other's (less CPU time per note). Throws
   * what the first failing extraction throws: callers that need the notes before a failure
   * run them one by one then ({@link run}).
   */
  runAll(notes: readonly Note[]): PipelineResult[] {
    const smoking = notes.map((note) => this.smoking.extract(note));
    const genetics = notes.map((note) => this.genetics.extract(note));
    return notes.map((note, i) => this.result(note, smoking[i]!, genetics[i]!));
  }

  private result(
    note: Note,
    smoking: ReturnType<SmokingExtractor['extract']>,
    genetics: ReturnType<GeneticsExtractor['extract']>,
  ): PipelineResult {
    return {
      annotation: {
        note_id: note.noteId,
        smoking: toSmokingAnnotation(smoking.finding),
        genetics: genetics.findings.map(toGeneticAnnotation),
      },
      mentions: [
        ...smoking.mentions.map((m) => ({
          note_id: note.noteId,
          extractor: 'smoking' as const,
          source: 'rules' as const,
          ...m,
        })),
        ...genetics.mentions.map((m) => ({
          note_id: note.noteId,
          extractor: 'genetics' as const,
          source: 'rules' as const,
          ...m,
        })),
      ],
    };
  }
}
