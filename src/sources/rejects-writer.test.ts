import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readNotes } from './read-notes.js';
import { RejectsWriter, rejectionLine } from './rejects-writer.js';

describe('RejectsWriter', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'emrx-rejects-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('creates the file on open, so an empty file means zero rejects', async () => {
    const path = join(dir, 'out', 'nested', 'empty-rejects.jsonl');
    const writer = await RejectsWriter.open(path);
    expect(await readFile(path, 'utf8')).toBe('');
    await writer.close();
    expect(writer.count).toBe(0);
    expect(await readFile(path, 'utf8')).toBe('');
  });

  it('writes one JSON line per rejection with source, line, note_id and reason', async () => {
    const path = join(dir, 'rejects.jsonl');
    await writeFile(path, 'stale content from a previous run\n');
    const writer = await RejectsWriter.open(path);
    await writer.write({ source: 'a.jsonl', line: 3, noteId: 'n3', reason: 'note_id: required' });
    await writer.write({ source: 'dir/x.txt', reason: 'not valid UTF-8' });
    await writer.close();
    expect(writer.count).toBe(2);
    const lines = (await readFile(path, 'utf8')).trimEnd().split('\n');
    expect(lines.map((l) => JSON.parse(l))).toEqual([
      { source: 'a.jsonl', line: 3, note_id: 'n3', reason: 'note_id: required' },
      { source: 'dir/x.txt', reason: 'not valid UTF-8' },
    ]);
    expect(lines[0]).toBe(
      '{"source":"a.jsonl","line":3,"note_id":"n3","reason":"note_id: required"}',
    );
  });

  it('only ever writes the four fields', () => {
    const sneaky = { source: 's', reason: 'r', text: 'secret', personId: 'p-123' };
    expect(rejectionLine(sneaky)).toBe('{"source":"s","reason":"r"}\n');
  });

  it('never carries note text or person ids, whatever went wrong', async () => {
    const TEXT = 'Yamada Taro smokes';
    const PERSON = 'person-98765';
    const input = join(dir, 'bad.jsonl');
    const bad = [
      `{"note_id":"a","person_id":"${PERSON}","note_text":"${TEXT}" broken}`,
      `not json ${TEXT} ${PERSON}`,
      JSON.stringify({ note_id: 'b', person_id: PERSON, note_text: TEXT, note_date: `${TEXT}` }),
      JSON.stringify({ note_id: 'c', person_id: PERSON, note_text: TEXT, language: TEXT }),
      JSON.stringify({ note_id: 'd', person_id: PERSON, note_text: TEXT, note_title: 5 }),
      JSON.stringify({ note_id: 'e', person_id: PERSON, note_text: 12 }),
      JSON.stringify({ note_id: 'e', person_id: PERSON, note_text: TEXT }),
      JSON.stringify({ note_id: 'e', person_id: PERSON, note_text: TEXT }),
      JSON.stringify({ note_id: 'f', person_id: [PERSON], note_text: `${TEXT}\u0000` }),
      JSON.stringify({ note_id: 'g', person_id: PERSON, note_text: `${TEXT}`.repeat(1000) }),
      JSON.stringify([TEXT, PERSON]),
      JSON.stringify(`${TEXT} ${PERSON}`),
    ];
    await writeFile(input, bad.join('\n'));
    const path = join(dir, 'leak-check.jsonl');
    const writer = await RejectsWriter.open(path);
    for await (const event of readNotes(input, { maxNoteBytes: 1000 })) {
      if (event.kind === 'reject') await writer.write(event.rejection);
    }
    await writer.close();
    expect(writer.count).toBe(bad.length - 1);
    const written = await readFile(path, 'utf8');
    expect(written).not.toContain('Yamada');
    expect(written).not.toContain('98765');
  });
});
