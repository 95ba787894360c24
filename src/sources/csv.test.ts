import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CsvHeaderError, readCsv } from './csv.js';
import type { NoteEvent } from './note-event.js';

async function collect(events: AsyncIterable<NoteEvent>): Promise<NoteEvent[]> {
  const out: NoteEvent[] = [];
  for await (const e of events) out.push(e);
  return out;
}

function stream(...chunks: (string | Buffer)[]): Readable {
  return Readable.from(chunks.map((c) => (typeof c === 'string' ? Buffer.from(c, 'utf8') : c)));
}

function summary(events: NoteEvent[]): string[] {
  return events.map((e) =>
    e.kind === 'note'
      ? `note:${e.note.noteId}@${e.location.line}`
      : `reject@${e.rejection.line}: ${e.rejection.reason}`,
  );
}

describe('readCsv', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'emrx-csv-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('reads a file with columns in any order, header names trimmed and case-insensitive', async () => {
    const path = join(dir, 'notes.csv');
    await writeFile(
      path,
      '\uFEFF Note_Text ,PERSON_ID,note_id,note_date,note_type,extra\r\n' +
        '"Smoker, 1 ppd.\r\nQuit ""last year""",p1,n1,2024-03-01,progress,zzz\r\n' +
        '喫煙歴なし,p2,n2,,,\r\n',
    );
    const events = await collect(readCsv(path));
    expect(summary(events)).toEqual(['note:n1@2', 'note:n2@4']);
    expect(events[0]).toEqual({
      kind: 'note',
      location: { source: path, line: 2 },
      nulsRemoved: 0,
      note: {
        noteId: 'n1',
        personId: 'p1',
        text: 'Smoker, 1 ppd.\r\nQuit "last year"',
        noteDate: '2024-03-01',
        noteType: 'progress',
        language: 'en',
        languageDetected: true,
      },
    });
    // Empty cells for optional columns are absent.
    expect(events[1]).toMatchObject({ note: { language: 'ja' } });
    expect(events[1]?.kind === 'note' && 'noteDate' in events[1].note).toBe(false);
  });

  it('rejects bad records with the line they start on and keeps going', async () => {
    const input = stream(
      'note_id,person_id,note_text,note_date\n',
      'a,p,"multi\nline\ntext",\n', // 2-4
      'b,p,too,many,fields\n', // 5
      'c,p\n', // 6
      ',p,no id,\n', // 7
      'd,p,"   ",\n', // 8
      'e,p,text,2021-02-30\n', // 9
      Buffer.concat([Buffer.from('f,p,caf'), Buffer.from([0xe9]), Buffer.from(',\n')]), // 10
      'g,p,"bad"quote,\n', // 11
      'h,p,ok,\n', // 12
      'i,p,"never closed\n', // 13
      'more text\n',
    );
    expect(summary(await collect(readCsv(input)))).toEqual([
      'note:a@2',
      'reject@5: expected 4 fields, got 5',
      'reject@6: expected 4 fields, got 2',
      'reject@7: note_id: empty',
      'reject@8: note_text: empty',
      'reject@9: note_date: not a valid date (2021-02-30)',
      'reject@10: not valid UTF-8 (note_text)',
      'reject@11: unexpected character after a closing quote',
      'note:h@12',
      'reject@13: unterminated quoted field',
    ]);
  });

  it('rejects an over-large note and an over-large record', async () => {
    const input = stream(
      'note_id,person_id,note_text\n',
      `a,p,${'x'.repeat(11)}\n`,
      `b,p,"${'y'.repeat(70_000)}"\n`,
      'c,p,fine\n',
    );
    expect(summary(await collect(readCsv(input, { maxNoteBytes: 10 })))).toEqual([
      'reject@2: note_text: too large (11 bytes > limit 10)',
      'reject@3: record too large (70006 bytes > limit 65596)',
      'note:c@4',
    ]);
  });

  it('removes NUL characters', async () => {
    const [event] = await collect(readCsv(stream('note_id,person_id,note_text\nn,p,a\u0000b\n')));
    expect(event?.kind === 'note' && [event.note.text, event.nulsRemoved]).toEqual(['ab', 1]);
  });

  it('fails the whole file when a required column is missing', async () => {
    const events = collect(
      readCsv(stream('note_id,text,person\n1,x,y\n'), { source: 'export.csv' }),
    );
    await expect(events).rejects.toThrow(CsvHeaderError);
    await expect(
      collect(readCsv(stream('note_id,text,person\n1,x,y\n'), { source: 'export.csv' })),
    ).rejects.toThrow(
      'export.csv: CSV header lacks required columns person_id, note_text (found: note_id, text, person)',
    );
    await expect(collect(readCsv(stream('')))).rejects.toThrow('empty CSV');
  });
});
