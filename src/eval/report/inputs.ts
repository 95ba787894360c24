import { readFileSync } from 'node:fs';
import type { Note } from '../../core/types.js';
import type {
  GeneticAnnotation,
  MentionRecord,
  Pipeline,
  SmokingAnnotation,
} from '../../pipeline.js';
import { readNotes } from '../../sources/read-notes.js';
import { SMOKING_STATUSES } from '../smoking-score.js';

/** One line of a gold or prediction file (spec section 2); either task may be absent. */
export interface AnnotationLine {
  readonly note_id: string;
  readonly smoking?: SmokingAnnotation;
  readonly genetics?: readonly GeneticAnnotation[];
}

/** A gold note with what the report splits on. */
export interface EvalNote {
  readonly noteId: string;
  /** `en`, `ja`, or `unknown` when no notes file was given. */
  readonly language: string;
  /** The note's `note_type`, `(none)` when it has none, `unknown` when no notes file was given. */
  readonly noteType: string;
  /** Note text (only for evidence snippets in the error table); absent without a notes file. */
  readonly text?: string;
  readonly gold: AnnotationLine;
}

/** One system's answers, and the mentions that explain them when known. */
export interface SystemPredictions {
  readonly name: string;
  /** Where the answers came from: a file, or the in-process pipeline. */
  readonly source: string;
  readonly annotations: ReadonlyMap<string, AnnotationLine>;
  /** Mentions per note (the `rule` and `decision` behind each answer); empty when unknown. */
  readonly mentions: ReadonlyMap<string, readonly MentionRecord[]>;
}

export const UNKNOWN = 'unknown';
export const NO_NOTE_TYPE = '(none)';

const STATUSES = new Set<string>(SMOKING_STATUSES);

function parseJsonl(path: string): { line: number; value: unknown }[] {
  const out: { line: number; value: unknown }[] = [];
  const lines = readFileSync(path, 'utf8').split('\n');
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i]!.trim();
    if (text === '') continue;
    try {
      out.push({ line: i + 1, value: JSON.parse(text) });
    } catch (error) {
      throw new Error(`${path}:${i + 1}: not JSON (${(error as Error).message})`);
    }
  }
  return out;
}

function checkLine(path: string, line: number, value: unknown): AnnotationLine {
  const where = `${path}:${line}`;
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new Error(`${where}: not an annotation object`);
  const record = value as Record<string, unknown>;
  if (typeof record.note_id !== 'string' || record.note_id === '')
    throw new Error(`${where}: note_id missing`);
  const smoking = record.smoking as SmokingAnnotation | undefined | null;
  if (smoking !== undefined && smoking !== null && !STATUSES.has(smoking.status))
    throw new Error(
      `${where}: smoking.status ${JSON.stringify(smoking.status)} is not a spec value`,
    );
  if (record.genetics !== undefined && record.genetics !== null && !Array.isArray(record.genetics))
    throw new Error(`${where}: genetics is not a list`);
  return {
    note_id: record.note_id,
    ...(smoking ? { smoking } : {}),
    ...(Array.isArray(record.genetics) ? { genetics: record.genetics as GeneticAnnotation[] } : {}),
  };
}

/**
 * Annotation lines from one or more annotations.jsonl files (spec section 2), keyed by note_id.
 * A note_id twice is an error for gold (`unique`), the later line wins for predictions.
 */
export function readAnnotations(
  paths: readonly string[],
  unique: boolean,
): Map<string, AnnotationLine> {
  const out = new Map<string, AnnotationLine>();
  for (const path of paths) {
    for (const { line, value } of parseJsonl(path)) {
      const annotation = checkLine(path, line, value);
      if (unique && out.has(annotation.note_id))
        throw new Error(`${path}:${line}: note_id ${annotation.note_id} appears twice in the gold`);
      out.set(annotation.note_id, annotation);
    }
  }
  return out;
}

/** mentions.jsonl (written by `emrx extract --mentions`), grouped by note. */
export function readMentions(paths: readonly string[]): Map<string, MentionRecord[]> {
  const out = new Map<string, MentionRecord[]>();
  for (const path of paths) {
    for (const { value } of parseJsonl(path)) {
      const mention = value as MentionRecord;
      if (typeof mention?.note_id !== 'string') continue;
      const list = out.get(mention.note_id) ?? [];
      out.set(mention.note_id, list);
      list.push(mention);
    }
  }
  return out;
}

export interface NotesRead {
  /** Accepted notes that have gold, in input order. */
  readonly notes: Map<string, Note>;
  /** Accepted notes without gold (not scored, not run). */
  readonly withoutGold: number;
  readonly rejected: number;
}

/** The gold notes of one or more note files (any reader format); the others are only counted. */
export async function readGoldNotes(
  paths: readonly string[],
  goldIds: ReadonlySet<string>,
  maxNoteBytes?: number,
): Promise<NotesRead> {
  const notes = new Map<string, Note>();
  let withoutGold = 0;
  let rejected = 0;
  for (const path of paths) {
    const events = readNotes(path, maxNoteBytes ? { maxNoteBytes } : {});
    for await (const event of events) {
      if (event.kind === 'reject') rejected += 1;
      else if (!goldIds.has(event.note.noteId)) withoutGold += 1;
      else if (notes.has(event.note.noteId)) rejected += 1;
      else notes.set(event.note.noteId, event.note);
    }
  }
  return { notes, withoutGold, rejected };
}

/** Runs the in-process pipeline over `notes`: its annotations and mentions. */
export function runPipeline(
  pipeline: Pipeline,
  notes: Iterable<Note>,
  name: string,
): SystemPredictions {
  const annotations = new Map<string, AnnotationLine>();
  const mentions = new Map<string, readonly MentionRecord[]>();
  for (const note of notes) {
    const result = pipeline.run(note);
    annotations.set(note.noteId, result.annotation);
    mentions.set(note.noteId, result.mentions);
  }
  return { name, source: 'in-process pipeline', annotations, mentions };
}

/** Gold lines joined with their notes' language, type and text (when the notes are known). */
export function evalNotes(
  gold: ReadonlyMap<string, AnnotationLine>,
  notes: ReadonlyMap<string, Note> | undefined,
): EvalNote[] {
  return [...gold.values()].map((line) => {
    const note = notes?.get(line.note_id);
    if (!note) return { noteId: line.note_id, language: UNKNOWN, noteType: UNKNOWN, gold: line };
    return {
      noteId: line.note_id,
      language: note.language,
      noteType: note.noteType ?? NO_NOTE_TYPE,
      text: note.text,
      gold: line,
    };
  });
}
