import type { Language, Note } from '../../core/types.js';
import type { GeneticsExtractor } from '../genetics/extract.js';
import type { GeneticFinding, GeneticMention } from '../genetics/types.js';
import { eraYear, NUMBER_SOURCE, normaliseWidth, parseNumber } from '../smoking/numbers.js';
import { derive, type Picked } from '../smoking/resolve.js';
import type {
  SmokingAmountField,
  SmokingFinding,
  SmokingMention,
  SmokingResult,
  SmokingStatus,
} from '../smoking/types.js';
import type { ModelMeaning } from './model-folder.js';
import type { SentenceClass, TaggedSpan } from './runtime.js';
import type { TextSpan } from './sentences.js';

/** What the models said about one candidate sentence (span offsets relative to the sentence). */
export interface SentenceReading {
  readonly sentence: TextSpan;
  readonly status: SentenceClass | null;
  readonly spans: readonly TaggedSpan[];
}

export interface ModelReading {
  readonly sentences: readonly SentenceReading[];
  /** `name@version` of the models that read the note, for the mentions' `rule`. */
  readonly statusModel: string | null;
  readonly taggerModel: string | null;
}

export interface ModelThresholds {
  /** A sentence class counts at or above this probability. */
  readonly status: number;
  /** A tagged span counts at or above this mean probability. */
  readonly span: number;
}

const NO_ASSERTION = {
  negated: false,
  possible: false,
  historical: false,
  hypothetical: false,
  experiencer: 'patient' as const,
  triggers: [] as string[],
};

const STATUS_OF: Partial<Record<ModelMeaning, Exclude<SmokingStatus, 'unknown'>>> = {
  'smoking.status.current': 'current',
  'smoking.status.former': 'former',
  'smoking.status.never': 'never',
};

const FIRST_NUMBER = new RegExp(NUMBER_SOURCE);
const YEAR = /(?<!\d)(?:19|20)\d\d(?!\d)/g;

/**
 * The smoking answer from the models alone. Status: a sentence class decides; the latest
 * current/former sentence wins over "never" (a note that says both was written by someone who
 * knows the patient smoked), later wins among equals. Numbers: tagged spans parsed with the
 * rules' number reader, then derived with the rules' own forward derivations.
 */
export function smokingFromModels(
  note: Pick<Note, 'text' | 'noteDate'>,
  reading: ModelReading,
  thresholds: ModelThresholds,
  age: number | null,
): SmokingResult {
  const mentions: SmokingMention[] = [];
  const statuses: { status: Exclude<SmokingStatus, 'unknown'>; mention: SmokingMention }[] = [];
  for (const { sentence, status } of reading.sentences) {
    const said = status ? STATUS_OF[status.meaning] : undefined;
    if (!status || !said) continue;
    const mention: SmokingMention = {
      type: 'status',
      start: sentence.start,
      end: sentence.end,
      text: sentence.text,
      value: said,
      assertion: NO_ASSERTION,
      section: null,
      rule: `model:${reading.statusModel}:${status.label}`,
      decision: `ignored: model score ${status.score.toFixed(2)} below ${thresholds.status}`,
    };
    mentions.push(mention);
    if (status.score >= thresholds.status) statuses.push({ status: said, mention });
  }
  const smoked = statuses.filter((s) => s.status !== 'never');
  const winner = (smoked.length > 0 ? smoked : statuses).at(-1);
  for (const s of statuses) {
    s.mention.decision =
      s === winner
        ? `won: ${s.status} (latest model sentence${smoked.length > 0 ? ' that says the patient smoked' : ''})`
        : `lost: ${s.status} (an earlier or weaker model sentence)`;
  }
  const status: SmokingStatus = winner?.status ?? 'unknown';

  const picked: Picked = {};
  for (const { sentence, spans } of reading.sentences) {
    for (const span of spans) {
      if (!span.meaning.startsWith('smoking.')) continue;
      const text = sentence.text.slice(span.start, span.end);
      const amount = readAmount(span.meaning, text, note.noteDate ?? null);
      const mention: SmokingMention = {
        type: amount?.field ?? 'packs_per_day',
        start: sentence.start + span.start,
        end: sentence.start + span.end,
        text,
        value: amount?.value ?? null,
        assertion: NO_ASSERTION,
        section: null,
        rule: `model:${reading.taggerModel}:${span.label}`,
        decision: 'used',
      };
      mentions.push(mention);
      if (!amount) mention.decision = 'ignored: no number in the tagged span';
      else if (span.score < thresholds.span)
        mention.decision = `ignored: model score ${span.score.toFixed(2)} below ${thresholds.span}`;
      else if (status === 'unknown' || status === 'never')
        mention.decision = `ignored: the note's status is ${status}`;
      else if (picked[amount.field]) mention.decision = `lost: an earlier ${amount.field} was used`;
      else picked[amount.field] = mention;
    }
  }
  const finding: SmokingFinding =
    status === 'unknown' || status === 'never'
      ? {
          status,
          packYears: null,
          cigarettesPerDay: null,
          yearsSmoked: null,
          quitYear: null,
          brinkmanIndex: null,
        }
      : derive(picked, status, { noteDate: note.noteDate ?? null, noteText: note.text, age });
  return { finding, mentions: mentions.sort((a, b) => a.start - b.start || a.end - b.end) };
}

/** A tagged span's field and value; null when it holds no number this field can use. */
export function readAmount(
  meaning: ModelMeaning,
  raw: string,
  noteDate: string | null,
): { field: SmokingAmountField; value: number | readonly [number, number] } | null {
  const text = normaliseWidth(raw);
  const number = () => {
    const m = FIRST_NUMBER.exec(text);
    return m ? parseNumber(m[0]) : null;
  };
  switch (meaning) {
    case 'smoking.packs_per_day': {
      const value =
        number() ?? (/half|半/i.test(text) ? 0.5 : /\b(?:a|one)\b|1箱/i.test(text) ? 1 : null);
      return value === null ? null : { field: 'packs_per_day', value };
    }
    case 'smoking.cigarettes_per_day':
    case 'smoking.pack_years':
    case 'smoking.brinkman_index': {
      const value = number();
      if (value === null) return null;
      const field =
        meaning === 'smoking.cigarettes_per_day'
          ? 'cigarettes_per_day'
          : meaning === 'smoking.pack_years'
            ? 'pack_years'
            : 'brinkman_index';
      return { field, value };
    }
    case 'smoking.years_smoked': {
      const years = [...text.matchAll(YEAR)].map((m) => Number(m[0]));
      if (years.length >= 2) return { field: 'year_span', value: [years[0]!, years[1]!] };
      const value = number();
      return value === null ? null : { field: 'years_smoked', value };
    }
    case 'smoking.quit':
      return readQuit(text, noteDate);
    default:
      return null;
  }
}

function readQuit(
  text: string,
  noteDate: string | null,
): { field: SmokingAmountField; value: number } | null {
  const era = /(令和|平成|昭和)(元|\d{1,2})年/.exec(text);
  if (era) {
    const year = eraYear(era[1]!, era[2]!);
    return year === null ? null : { field: 'quit_year', value: year };
  }
  const year = /(?<!\d)((?:19|20)\d\d)(?!\d)/.exec(text);
  if (year) return { field: 'quit_year', value: Number(year[1]) };
  const short = /'(\d\d)(?!\d)/.exec(text);
  if (short) {
    const yy = Number(short[1]);
    const century = noteDate && yy > Number(noteDate.slice(2, 4)) ? 1900 : 2000;
    return { field: 'quit_year', value: century + yy };
  }
  const months = new RegExp(`(${NUMBER_SOURCE})\\s*(?:months?|mos?|ヶ月|か月|カ月)`, 'i').exec(
    text,
  );
  if (months) {
    const value = parseNumber(months[1]!);
    if (value !== null) return { field: 'quit_months_ago', value };
  }
  // "5 years ago", "5年前", and "禁煙15年" (quit fifteen years ago).
  const ago = new RegExp(`(${NUMBER_SOURCE})\\s*(?:years?|yrs?|y|年)`, 'i').exec(text);
  if (ago) {
    const value = parseNumber(ago[1]!);
    if (value !== null) return { field: 'quit_years_ago', value };
  }
  return null;
}

/**
 * Genetic findings from the models alone: each tagged gene, with the tagged variant that
 * follows it in the same sentence. The tagger has no status labels, so every finding is
 * `present` and about the patient: this path cannot see negative results (README says so).
 */
export function geneticsFromModels(
  reading: ModelReading,
  genetics: Pick<GeneticsExtractor, 'geneOf' | 'variantsIn' | 'eventsIn'>,
  thresholds: ModelThresholds,
  language: Language,
): { findings: GeneticFinding[]; mentions: GeneticMention[] } {
  const findings = new Map<string, GeneticFinding>();
  const mentions: GeneticMention[] = [];
  for (const { sentence, spans } of reading.sentences) {
    const tagged = spans.filter((s) => s.meaning.startsWith('genetics.'));
    tagged.forEach((span, i) => {
      if (span.meaning !== 'genetics.gene') return;
      const geneText = sentence.text.slice(span.start, span.end);
      const gene = genetics.geneOf(geneText);
      const next = tagged[i + 1];
      const variant =
        next?.meaning === 'genetics.variant' ? sentence.text.slice(next.start, next.end) : null;
      const end = variant !== null && next ? next.end : span.end;
      const value = gene ? describeVariant(gene, variant, genetics, language) : null;
      const mention: GeneticMention = {
        type: value ? 'finding' : 'ignored',
        start: sentence.start + span.start,
        end: sentence.start + end,
        text: sentence.text.slice(span.start, end),
        value: value ?? {},
        section: null,
        rule: `model:${reading.taggerModel}:${span.label}`,
        decision: 'used: model-tagged gene (present)',
      };
      mentions.push(mention);
      if (!value) {
        mention.decision = 'ignored: not a known gene symbol';
        return;
      }
      if (span.score < thresholds.span) {
        mention.decision = `ignored: model score ${span.score.toFixed(2)} below ${thresholds.span}`;
        return;
      }
      const key = `${value.gene}|${value.hgvsC}|${value.hgvsP}|${value.kind}|${value.exon}`;
      if (!findings.has(key)) findings.set(key, value);
      else mention.decision = 'used: merged with the same finding';
    });
  }
  return { findings: [...findings.values()], mentions };
}

function describeVariant(
  gene: string,
  variant: string | null,
  genetics: Pick<GeneticsExtractor, 'variantsIn' | 'eventsIn'>,
  language: Language,
): GeneticFinding {
  const base: GeneticFinding = {
    gene,
    hgvsC: null,
    hgvsP: null,
    kind: 'other',
    exon: null,
    partner: null,
    status: 'present',
    significance: null,
    origin: null,
    subject: 'patient',
  };
  if (variant === null) return base;
  const written = genetics.variantsIn(variant);
  const hgvsC = written.find((v) => v.hgvsC)?.hgvsC ?? null;
  const hgvsP = written.find((v) => v.hgvsP)?.hgvsP ?? null;
  if (hgvsC || hgvsP) {
    return {
      ...base,
      hgvsC,
      hgvsP,
      kind: written.find((v) => v.kind !== 'other')?.kind ?? 'other',
    };
  }
  // The class words of the genetics vocab (events), so both paths read "amplified" alike.
  const event = genetics.eventsIn(variant, language)[0];
  return event ? { ...base, kind: event.kind, exon: event.exon } : base;
}
