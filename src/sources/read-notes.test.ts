import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NoteEvent } from './note-event.js';
import { readNotes } from './read-notes.js';

async function collect(events: AsyncIterable<NoteEvent>): Promise<NoteEvent[]> {
  const out: NoteEvent[] = [];
  for await (const e of events) out.push(e);
  return out;
}

function summary(events: NoteEvent[]): string[] {
  return events.map((e) =>
    e.kind === 'note'
      ? `note:${e.note.noteId}@${e.location.line}`
      : `reject@${e.rejection.line}:${e.rejection.noteId}: ${e.rejection.reason}`,
  );
}

const rec = (id: string | number, text = 'Never smoker.') =>
  JSON.stringify({ note_id: id, person_id: 'p', note_text: text });

describe('readNotes', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'emrx-read-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('picks the JSONL reader for .jsonl and .ndjson, rejecting duplicate note ids', async () => {
    for (const name of ['notes.jsonl', 'notes.NDJSON']) {
      const path = join(dir, name);
      await writeFile(path, [rec('a'), rec('b'), rec('a', 'again'), rec(7), rec('7')].join('\n'));
      expect(summary(await collect(readNotes(path)))).toEqual([
        'note:a@1',
        'note:b@2',
        'reject@3:a: duplicate note_id (first seen at line 1)',
        'note:7@4',
        'reject@5:7: duplicate note_id (first seen at line 4)',
      ]);
    }
  });

  it('a rejected record does not claim its id', async () => {
    const path = join(dir, 'retry.jsonl');
    await writeFile(path, `${rec('a', ' ')}\n${rec('a')}\n`);
    expect(summary(await collect(readNotes(path)))).toEqual([
      'reject@1:a: note_text: empty',
      'note:a@2',
    ]);
  });

  it('picks the CSV reader for .csv and honours maxNoteBytes', async () => {
    const path = join(dir, 'notes.csv');
    await writeFile(path, 'note_id,person_id,note_text\nx,p,short\ny,p,much too long\nx,p,dup\n');
    expect(summary(await collect(readNotes(path, { maxNoteBytes: 5 })))).toEqual([
      'note:x@2',
      'reject@3:y: note_text: too large (13 bytes > limit 5)',
      'reject@4:x: duplicate note_id (first seen at line 2)',
    ]);
  });

  it('picks the text-folder reader for a directory', async () => {
    const folder = join(dir, 'texts');
    await mkdir(folder);
    await writeFile(join(folder, 'n1.txt'), 'Quit smoking in 2010.');
    expect(summary(await collect(readNotes(folder)))).toEqual(['note:n1@undefined']);
  });

  it('refuses unsupported formats and missing paths', async () => {
    const path = join(dir, 'notes.xml');
    await writeFile(path, '<notes/>');
    await expect(collect(readNotes(path))).rejects.toThrow(
      'unsupported input; expected a folder of .txt files, a .jsonl/.ndjson file or a .csv file',
    );
    await expect(collect(readNotes(join(dir, 'missing.jsonl')))).rejects.toThrow('ENOENT');
  });
});
