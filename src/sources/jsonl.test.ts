import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readJsonl, sanitizeJsonError } from './jsonl.js';
import type { NoteEvent } from './note-event.js';

async function collect(events: AsyncIterable<NoteEvent>): Promise<NoteEvent[]> {
  const out: NoteEvent[] = [];
  for await (const e of events) out.push(e);
  return out;
}

function stream(...chunks: (string | Buffer)[]): Readable {
  return Readable.from(chunks.map((c) => (typeof c === 'string' ? Buffer.from(c, 'utf8') : c)));
}

const line = (fields: Record<string, unknown>) => JSON.stringify(fields);
const rec = (id: string, text = 'No smoking history.') =>
  line({ note_id: id, person_id: 'p1', note_text: text });

/** A compact view: `note:<id>@line` or `reject@line: reason`. */
function summary(events: NoteEvent[]): string[] {
  return events.map((e) =>
    e.kind === 'note'
      ? `note:${e.note.noteId}@${e.location.line}`
      : `reject@${e.rejection.line}: ${e.rejection.reason}`,
  );
}

describe('readJsonl', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'emrx-jsonl-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('reads a file in input order with 1-based physical line numbers, skipping blank lines', async () => {
    const path = join(dir, 'notes.jsonl');
    await writeFile(path, `${rec('a')}\n\n   \n${rec('b')}\r\n${rec('c')}`);
    const events = await collect(readJsonl(path));
    expect(summary(events)).toEqual(['note:a@1', 'note:b@4', 'note:c@5']);
    expect(events[0]).toMatchObject({
      kind: 'note',
      location: { source: path, line: 1 },
      nulsRemoved: 0,
      note: { noteId: 'a', personId: 'p1', language: 'en', languageDetected: true },
    });
  });

  it('strips a BOM at file start and handles CRLF', async () => {
    const events = await collect(
      readJsonl(stream(Buffer.from([0xef, 0xbb, 0xbf]), `${rec('a')}\r\n${rec('b')}\r\n`)),
    );
    expect(summary(events)).toEqual(['note:a@1', 'note:b@2']);
    expect(events[0]?.kind === 'note' && events[0].location.source).toBe('<stream>');
  });

  it('rejects each bad line with its reason and keeps going', async () => {
    const badUtf8 = Buffer.concat([
      Buffer.from('{"note_id":"u","person_id":"p","note_text":"caf'),
      Buffer.from([0xe9]), // Latin-1 é: not UTF-8
      Buffer.from('"}'),
    ]);
    const input = stream(
      `${rec('ok1')}\n`,
      '{"note_id": "x", "person_id": \n',
      '[1, 2]\n',
      '"just a string"\n',
      `${line({ person_id: 'p', note_text: 'x' })}\n`,
      `${line({ note_id: 'w', person_id: 'p', note_text: 5 })}\n`,
      `${line({ note_id: 'd', person_id: 'p', note_text: 'x', note_date: '2021-02-30' })}\n`,
      badUtf8,
      '\n',
      `${rec('ok2')}\n`,
    );
    expect(summary(await collect(readJsonl(input, { source: 'mem.jsonl' })))).toEqual([
      'note:ok1@1',
      'reject@2: invalid JSON: Unexpected end of JSON input',
      'reject@3: not a JSON object (got an array)',
      'reject@4: not a JSON object (got a string)',
      'reject@5: note_id: required',
      'reject@6: note_text: expected a string',
      'reject@7: note_date: not a valid date (2021-02-30)',
      'reject@8: not valid UTF-8',
      'note:ok2@9',
    ]);
  });

  it('keeps the note id and source on record-level rejections', async () => {
    const [event] = await collect(
      readJsonl(stream(line({ note_id: 12, note_text: 'x' })), { source: 'batch-7' }),
    );
    expect(event).toEqual({
      kind: 'reject',
      rejection: { source: 'batch-7', line: 1, noteId: '12', reason: 'person_id: required' },
    });
  });

  it('never puts note text into an invalid-JSON reason', async () => {
    const secret = 'Patient Taro Yamada has lung cancer';
    const events = await collect(
      readJsonl(stream(`{"note_text": "${secret}" oops}\nnot ${secret}\n`)),
    );
    expect(events).toHaveLength(2);
    for (const e of events) {
      expect(e.kind).toBe('reject');
      expect(JSON.stringify(e)).not.toContain('Yamada');
    }
    expect(sanitizeJsonError(`Unexpected token 'o', "not json" is not valid JSON`)).toBe(
      "Unexpected token 'o'",
    );
    expect(sanitizeJsonError('Unterminated string in JSON at position 20')).toBe(
      'Unterminated string in JSON at position 20',
    );
  });

  it('rejects a too-large note, and a too-long line without holding it', async () => {
    const maxNoteBytes = 100;
    const events = await collect(
      readJsonl(
        stream(
          `${rec('small')}\n`,
          `${rec('big', 'x'.repeat(101))}\n`,
          `${rec('huge', 'y'.repeat(70_000))}\n`,
          `${rec('after')}\n`,
        ),
        { maxNoteBytes },
      ),
    );
    expect(summary(events)).toEqual([
      'note:small@1',
      'reject@2: note_text: too large (101 bytes > limit 100)',
      `reject@3: line too large (${rec('huge', 'y'.repeat(70_000)).length} bytes > limit ${6 * 100 + 65536})`,
      'note:after@4',
    ]);
  });

  it('removes NUL characters and reports how many', async () => {
    const [event] = await collect(readJsonl(stream(rec('n', 'a\u0000b\u0000'))));
    expect(event?.kind === 'note' && [event.note.text, event.nulsRemoved]).toEqual(['ab', 2]);
  });

  it('uses the language field when given, else detects it', async () => {
    const events = await collect(
      readJsonl(
        stream(
          `${line({ note_id: 'j', person_id: 'p', note_text: 'EGFR exon19欠失変異陽性、T790M陰性' })}\n`,
          `${line({ note_id: 'e', person_id: 'p', note_text: '喫煙歴なし', language: 'en' })}\n`,
        ),
      ),
    );
    expect(
      events.map((e) => e.kind === 'note' && [e.note.language, e.note.languageDetected]),
    ).toEqual([
      ['ja', true],
      ['en', false],
    ]);
  });
});
