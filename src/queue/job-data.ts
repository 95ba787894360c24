import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { Note } from '../core/types.js';

/**
 * One job = one chunk of validated notes (per-note jobs are too slow for millions of notes).
 * The notes were validated at enqueue; the worker validates the payload again, because Redis
 * content is not trusted to be what this version wrote (a malformed job fails for good).
 */
const queuedNote = z.strictObject({
  noteId: z.string().min(1),
  personId: z.string().min(1),
  text: z.string(),
  noteDate: z.string().optional(),
  noteTitle: z.string().optional(),
  noteType: z.string().optional(),
  language: z.enum(['en', 'ja']),
  languageDetected: z.boolean(),
  /** Where the note came from (file and line): what a failure report names, never the text. */
  source: z.string(),
  line: z.number().int().optional(),
});
export type QueuedNote = z.infer<typeof queuedNote>;

export const chunkJobSchema = z.strictObject({
  batchId: z.string().min(1),
  chunk: z.number().int().nonnegative(),
  notes: z.array(queuedNote).min(1),
});
export type ChunkJob = z.infer<typeof chunkJobSchema>;

export function toQueuedNote(note: Note, source: string, line: number | undefined): QueuedNote {
  return {
    noteId: note.noteId,
    personId: note.personId,
    text: note.text,
    ...(note.noteDate !== undefined ? { noteDate: note.noteDate } : {}),
    ...(note.noteTitle !== undefined ? { noteTitle: note.noteTitle } : {}),
    ...(note.noteType !== undefined ? { noteType: note.noteType } : {}),
    language: note.language,
    languageDetected: note.languageDetected,
    source,
    ...(line !== undefined ? { line } : {}),
  };
}

export function toNote(queued: QueuedNote): Note {
  const { source: _source, line: _line, ...note } = queued;
  return note;
}

/**
 * A chunk's job id: the batch and a digest of the pipeline version and the chunk's notes. The
 * same notes enqueued again with the same pipeline give the same id, and BullMQ adds nothing for
 * an id it already holds. (BullMQ forbids `:` in custom ids.)
 */
export function chunkJobId(
  batchId: string,
  pipeline: string,
  notes: readonly QueuedNote[],
): string {
  const hash = createHash('sha256').update(pipeline).update('\0');
  for (const note of notes) {
    hash.update(note.noteId).update('\0').update(note.personId).update('\0');
    hash
      .update(note.noteDate ?? '')
      .update('\0')
      .update(note.text)
      .update('\0');
  }
  return `${batchId}.${hash.digest('hex').slice(0, 24)}`;
}

/** Batch ids go into Redis keys and job ids: plain characters only. */
export function checkBatchId(batchId: string): string {
  if (!/^[A-Za-z0-9_-]{1,80}$/.test(batchId))
    throw new Error(`batch id may hold letters, digits, _ and - only (80 at most): ${batchId}`);
  return batchId;
}
