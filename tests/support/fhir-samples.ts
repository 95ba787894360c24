import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadPipeline } from '../../src/load-pipeline.js';
import type { ProcessedNote } from '../../src/mappers/input.js';
import { readNotes } from '../../src/sources/read-notes.js';

const SAMPLES = join(import.meta.dirname, '..', '..', 'samples');

/** Every sample note file: the demo notes and every split of the smoking and genetics gold sets. */
export function sampleNoteFiles(): string[] {
  const files = [join(SAMPLES, 'notes', 'notes.jsonl')];
  for (const item of ['smoking', 'genetics']) {
    for (const language of ['en', 'ja']) {
      const dir = join(SAMPLES, item, language);
      for (const name of readdirSync(dir).sort()) {
        if (/^notes-.*\.jsonl$/.test(name)) files.push(join(dir, name));
      }
    }
  }
  return files;
}

/** Sample notes run through the real pipeline, as the sinks receive them. */
export async function processSampleNotes(files: readonly string[]): Promise<ProcessedNote[]> {
  const pipeline = loadPipeline();
  const out: ProcessedNote[] = [];
  for (const file of files) {
    for await (const event of readNotes(file)) {
      if (event.kind === 'reject')
        throw new Error(`${file}: sample rejected: ${event.rejection.reason}`);
      out.push({ note: event.note, result: pipeline.run(event.note) });
    }
  }
  return out;
}
