import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Logger } from 'pino';
import type { ClinicalText } from '../core/clinical-text.js';
import type { AnalyzedNote, Note } from '../core/types.js';
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

/** One output line: offsets and section names only, so the file can be diffed and audited. */
export function textLayerLine(note: Note, analyzed: AnalyzedNote): string {
  return `${JSON.stringify({
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
  })}\n`;
}

/** `emrx text`: notes in (any reader), the text layer of each accepted note out. */
export async function runText(
  core: ClinicalText,
  log: Logger,
  options: TextRunOptions,
): Promise<TextRunResult> {
  await mkdir(dirname(options.output), { recursive: true });
  const out = createWriteStream(options.output);
  const rejects = await RejectsWriter.open(options.rejects);
  let notes = 0;
  try {
    for await (const event of readNotes(options.input, { maxNoteBytes: options.maxNoteBytes })) {
      if (event.kind === 'reject') {
        await rejects.write(event.rejection);
        continue;
      }
      if (event.nulsRemoved > 0) {
        log.warn({ noteId: event.note.noteId, nulsRemoved: event.nulsRemoved }, 'NUL removed');
      }
      const analyzed = core.analyze(event.note.text, event.note.language);
      if (!out.write(textLayerLine(event.note, analyzed))) {
        await new Promise<void>((resolve) => out.once('drain', () => resolve()));
      }
      notes += 1;
    }
  } finally {
    await new Promise<void>((resolve) => out.end(resolve));
    await rejects.close();
  }
  log.info({ notes, rejected: rejects.count }, 'text layer done');
  return { notes, rejected: rejects.count, rejectsPath: options.rejects };
}
