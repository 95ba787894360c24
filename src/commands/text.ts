import type { Logger } from 'pino';
import type { ClinicalText } from '../core/clinical-text.js';
import type { AnalyzedNote, Note } from '../core/types.js';
import { JsonlWriter } from '../sinks/jsonl-writer.js';
import { acceptedNotes } from '../sources/accepted-notes.js';
import { readNotes } from '../sources/read-notes.js';
import { RejectsWriter } from '../sources/rejects-writer.js';

export interface TextRunOptions {
  readonly input: string;
  readonly output: string;
  readonly rejects: string;
  readonly maxNoteBytes: number;
}

export interface TextRunResult {
  readonly notes: number;
  readonly rejected: number;
  readonly rejectsPath: string;
}

/** One output record: offsets and section names only, so the file can be diffed and audited. */
export function textLayerRecord(note: Note, analyzed: AnalyzedNote) {
  return {
    note_id: note.noteId,
    language: note.language,
    language_detected: note.languageDetected,
    sections: analyzed.sections.map((s) => ({
      name: s.name,
      start: s.start,
      end: s.end,
      body_end: s.bodyEnd,
    })),
    sentences: analyzed.sentences.map((s) => ({
      start: s.start,
      end: s.end,
      section: s.section,
      tokens: s.tokens.length,
    })),
  };
}

/** `emrx text`: notes in (any reader), the text layer of each accepted note out. */
export async function runText(
  core: ClinicalText,
  log: Logger,
  options: TextRunOptions,
): Promise<TextRunResult> {
  const out = await JsonlWriter.open(options.output);
  const rejects = await RejectsWriter.open(options.rejects);
  try {
    const events = readNotes(options.input, { maxNoteBytes: options.maxNoteBytes });
    for await (const note of acceptedNotes(events, rejects, log)) {
      await out.write(textLayerRecord(note, core.analyze(note.text, note.language)));
    }
  } finally {
    await out.close();
    await rejects.close();
  }
  log.info({ notes: out.count, rejected: rejects.count }, 'text layer done');
  return { notes: out.count, rejected: rejects.count, rejectsPath: options.rejects };
}
