import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { NoteEvent } from './note-event.js';
import { readTxtDir, UNKNOWN_PERSON_ID } from './txt-dir.js';

async function collect(events: AsyncIterable<NoteEvent>): Promise<NoteEvent[]> {
  const out: NoteEvent[] = [];
  for await (const e of events) out.push(e);
  return out;
}

function summary(events: NoteEvent[], dir: string): string[] {
  const rel = (p: string) => p.slice(dir.length + 1);
  return events.map((e) =>
    e.kind === 'note'
      ? `note:${e.note.noteId}:${e.note.personId}`
      : `reject:${rel(e.rejection.source)}${e.rejection.line ? `@${e.rejection.line}` : ''}: ${e.rejection.reason}`,
  );
}

describe('readTxtDir', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'emrx-txt-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('reads .txt files sorted by name, note_id from the file name, person_id unknown', async () => {
    await writeFile(join(dir, 'b.txt'), 'Denies tobacco.');
    await writeFile(join(dir, 'a.TXT'), '喫煙歴なし');
    await writeFile(
      join(dir, 'c.txt'),
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('BOM note')]),
    );
    await writeFile(join(dir, 'readme.md'), 'ignored');
    await writeFile(join(dir, 'notes.csv'), 'ignored');
    await mkdir(join(dir, 'sub.txt'));
    const events = await collect(readTxtDir(dir));
    expect(summary(events, dir)).toEqual([
      `note:a:${UNKNOWN_PERSON_ID}`,
      'note:b:unknown',
      'note:c:unknown',
    ]);
    expect(events[0]).toEqual({
      kind: 'note',
      location: { source: join(dir, 'a.TXT') },
      nulsRemoved: 0,
      note: {
        noteId: 'a',
        personId: 'unknown',
        text: '喫煙歴なし',
        language: 'ja',
        languageDetected: true,
      },
    });
    expect(events[2]?.kind === 'note' && events[2].note.text).toBe('BOM note');
  });

  it('takes per-note fields from metadata.jsonl and validates them with the note', async () => {
    await writeFile(join(dir, '101.txt'), 'Former smoker.');
    await writeFile(join(dir, '102.txt'), 'Never smoker.');
    await writeFile(join(dir, '103.txt'), 'No metadata row.');
    await writeFile(
      join(dir, 'metadata.jsonl'),
      [
        JSON.stringify({
          note_id: 101,
          person_id: 7,
          note_date: '2024-05-01',
          note_type: 'progress',
          language: 'en',
        }),
        JSON.stringify({ note_id: '102', person_id: 'p8', note_date: '2024-02-30' }),
        'not json',
        JSON.stringify({ person_id: 'p9' }),
        JSON.stringify({ note_id: '101', person_id: 'again' }),
        JSON.stringify({ note_id: '999', person_id: 'no file' }),
      ].join('\n'),
    );
    const events = await collect(readTxtDir(dir));
    expect(summary(events, dir)).toEqual([
      "reject:metadata.jsonl@3: invalid JSON: Unexpected token 'o'",
      'reject:metadata.jsonl@4: note_id: required',
      'reject:metadata.jsonl@5: duplicate note_id (first seen at line 1)',
      'note:101:7',
      'reject:102.txt: note_date: not a valid date (2024-02-30)',
      'note:103:unknown',
    ]);
    expect(events[3]).toMatchObject({
      note: {
        noteDate: '2024-05-01',
        noteType: 'progress',
        language: 'en',
        languageDetected: false,
      },
    });
    expect(events[4]).toMatchObject({ rejection: { noteId: '102' } });
  });

  it('takes per-note fields from metadata.csv', async () => {
    await writeFile(join(dir, 'n1.txt'), 'Text one.');
    await writeFile(join(dir, 'n2.txt'), 'Text two.');
    await writeFile(
      join(dir, 'metadata.csv'),
      'note_id,person_id,note_title\nn1,p1,Letter\nn2,,\n',
    );
    const events = await collect(readTxtDir(dir));
    expect(summary(events, dir)).toEqual(['note:n1:p1', 'note:n2:unknown']);
    expect(events[0]).toMatchObject({ note: { noteTitle: 'Letter' } });
  });

  it('refuses a folder with both metadata files', async () => {
    await writeFile(join(dir, 'metadata.csv'), 'note_id\n');
    await writeFile(join(dir, 'metadata.jsonl'), '');
    await expect(collect(readTxtDir(dir))).rejects.toThrow('both metadata.jsonl and metadata.csv');
  });

  it('rejects over-size files from their size, invalid UTF-8 and empty files', async () => {
    await writeFile(join(dir, 'big.txt'), 'x'.repeat(20));
    await writeFile(
      join(dir, 'bom.txt'),
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('x'.repeat(10))]),
    );
    await writeFile(join(dir, 'empty.txt'), '  \n');
    await writeFile(join(dir, 'latin1.txt'), Buffer.from([0x63, 0x61, 0x66, 0xe9]));
    await writeFile(join(dir, 'nul.txt'), 'a\u0000b');
    const events = await collect(readTxtDir(dir, { maxNoteBytes: 10 }));
    expect(summary(events, dir)).toEqual([
      'reject:big.txt: file too large (20 bytes > limit 10)',
      'note:bom:unknown',
      'reject:empty.txt: note_text: empty',
      'reject:latin1.txt: not valid UTF-8',
      'note:nul:unknown',
    ]);
    expect(events[4]?.kind === 'note' && events[4].nulsRemoved).toBe(1);
  });
});
