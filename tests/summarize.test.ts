import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { osUser } from '../src/commands/audit-log.js';
import { runSummarize } from '../src/commands/summarize.js';
import { SummarizeInputError } from '../src/commands/summarize-input.js';
import type { Note } from '../src/core/types.js';
import { loadPipeline } from '../src/load-pipeline.js';
import { readNotes } from '../src/sources/read-notes.js';
import { linearSystem, recoveredNumbers } from '../src/summarize/attack.js';
import { type Summary, SummarySchema } from '../src/summarize/index.js';

/**
 * `emrx summarize` end to end on the sample notes: the real pipeline's annotations, joined to the
 * notes for dates and persons. The privacy test runs at min-cell 1 as well, where every label and
 * count is shown, so anything that could leak does.
 */

const SAMPLE_FILES = [
  'samples/notes/notes.jsonl',
  'samples/smoking/en/notes-dev.jsonl',
  'samples/genetics/en/notes-dev.jsonl',
];

let dir: string;
let notes: Note[];
let notesPath: string;
let annotationsPath: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'emrx-summarize-'));
  notes = [];
  const ids = new Set<string>();
  for (const path of SAMPLE_FILES)
    for await (const event of readNotes(path))
      if (event.kind === 'note' && !ids.has(event.note.noteId)) {
        ids.add(event.note.noteId);
        notes.push(event.note);
      }
  notesPath = join(dir, 'notes.jsonl');
  writeFileSync(
    notesPath,
    notes
      .map((n) =>
        JSON.stringify({
          note_id: n.noteId,
          person_id: n.personId,
          note_text: n.text,
          ...(n.noteDate ? { note_date: n.noteDate } : {}),
        }),
      )
      .join('\n'),
  );
  const pipeline = loadPipeline();
  annotationsPath = join(dir, 'annotations.jsonl');
  writeFileSync(
    annotationsPath,
    notes.map((n) => JSON.stringify(pipeline.run(n).annotation)).join('\n'),
  );
}, 120_000);

/** Every string in the summary (labels, descriptions, names). */
function strings(node: unknown): string[] {
  if (typeof node === 'string') return [node];
  if (Array.isArray(node)) return node.flatMap(strings);
  if (node && typeof node === 'object')
    return [...Object.keys(node), ...Object.values(node).flatMap(strings)];
  return [];
}

describe('emrx summarize --in', () => {
  it.each([1, 10])('leaks no ids, text or dates (min-cell %i)', async (minCell) => {
    const out = join(dir, `summary-${minCell}.json`);
    const result = await runSummarize({
      input: annotationsPath,
      notes: notesPath,
      minCell,
      output: out,
      audit: join(dir, 'audit.jsonl'),
    });
    const text = readFileSync(out, 'utf8');
    const summary = SummarySchema.parse(JSON.parse(text));
    expect(result.notes).toBe(notes.length);
    expect(summary.persons_checked).toBe(true);
    expect(summary.tables.smoking_status_by_year).toBeDefined();
    expect(summary.tables.smoking_status.total).toBe(notes.length);
    expect(recoveredNumbers(summary)).toEqual([]);
    // No dates finer than a year, anywhere.
    expect(text).not.toMatch(/(19|20)\d\d[-/][01]\d[-/][0-3]\d/);
    for (const s of strings(summary)) expect(s).not.toMatch(/^(19|20)\d\d[-/][01]\d/);
    // No note ids or person ids.
    for (const note of notes) {
      expect(text).not.toContain(note.noteId);
      expect(text).not.toContain(note.personId);
      if (note.noteDate) expect(text).not.toContain(note.noteDate);
    }
    // Labels are labels: years, fixed categories, gene symbols, variant descriptions (HGVS or a
    // kind, with exon and partner) — never free text.
    const t = summary.tables;
    for (const label of t.smoking_status_by_year!.rows.labels)
      expect(label).toMatch(/^(\d{4}|unknown)$/);
    for (const group of t.genetics.groups) {
      expect(group.label).toMatch(/^([A-Z][A-Z0-9-]*|\(other genes\))$/);
      for (const row of group.rows)
        expect(row.label).toMatch(/^(\(other\)|[^\s]{1,40}( (exon|partner) [^\s]+)*)$/);
    }
    // Everything but the labels and the fixed descriptions: no 16-character stretch of note text.
    const rest = JSON.stringify(summary, (key, value) =>
      key === 'label' || key === 'labels' || key === 'description' ? undefined : value,
    );
    for (const note of notes) {
      const body = note.text.replace(/\s+/g, ' ');
      for (let i = 0; i + 16 <= body.length; i += 4) {
        const window = body.slice(i, i + 16);
        if (rest.includes(window)) throw new Error(`note text "${window}" appears in the summary`);
      }
    }
    if (minCell === 1) {
      // The same pipeline at min-cell 1 shows real labels: genes and variants are there, as labels.
      const genes = summary.tables.genetics.groups.map((g) => g.label);
      expect(genes).toContain('EGFR');
    } else {
      // At 10, nothing below 10 is published.
      for (const n of numbers(summary.tables)) expect(n === 0 || n >= 10).toBe(true);
    }
  });

  it('without --notes: no year table, persons not checked', async () => {
    const { summary } = await runSummarize({
      input: annotationsPath,
      output: join(dir, 'no-notes.json'),
      audit: join(dir, 'audit.jsonl'),
    });
    expect(summary.tables.smoking_status_by_year).toBeUndefined();
    expect(summary.persons_checked).toBe(false);
    expect(summary.tables.smoking_status.total).toBe(notes.length);
  });

  it('rejects a bad annotations file, naming lines and fields but no values', async () => {
    const bad = join(dir, 'bad.jsonl');
    writeFileSync(
      bad,
      [
        '{"note_id":"n1","smoking":{"status":"sometimes-SECRET"},"genetics":[]}',
        'not json SECRET',
        '{"note_id":"n2","smoking":{"status":"never"},"genetics":[]}',
      ].join('\n'),
    );
    const error = await runSummarize({
      input: bad,
      output: join(dir, 'bad.json'),
      audit: join(dir, 'audit-bad.jsonl'),
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SummarizeInputError);
    expect((error as Error).message).toMatch(/line 1: smoking\.status/);
    expect((error as Error).message).toMatch(/line 2: not valid JSON/);
    expect((error as Error).message).not.toContain('SECRET');
    const audit = readFileSync(join(dir, 'audit-bad.jsonl'), 'utf8').trim().split('\n');
    expect(JSON.parse(audit.at(-1)!).status).toBe('failed');
  });
});

function numbers(node: unknown): number[] {
  if (typeof node === 'number') return [node];
  if (Array.isArray(node)) return node.flatMap(numbers);
  if (node && typeof node === 'object') return Object.values(node).flatMap(numbers);
  return [];
}

describe('audit log and merge', () => {
  it('records when, who, parameters and the output hash — never the data', async () => {
    const audit = join(dir, 'audit-run.jsonl');
    const out = join(dir, 'site-a.json');
    const result = await runSummarize({
      input: annotationsPath,
      notes: notesPath,
      minCell: 5,
      output: out,
      audit,
      now: () => new Date('2026-01-02T03:04:05.000Z'),
    });
    const lines = readFileSync(audit, 'utf8').trim().split('\n');
    expect(lines).toHaveLength(1);
    const entry = JSON.parse(lines[0]!);
    expect(entry).toMatchObject({
      time: '2026-01-02T03:04:05.000Z',
      user: osUser(),
      command: 'summarize',
      status: 'done',
      parameters: { mode: 'annotations', min_cell: 5, in: annotationsPath, notes: notesPath },
      output: { path: out, sha256: result.sha256 },
    });
    expect(createHash('sha256').update(readFileSync(out)).digest('hex')).toBe(result.sha256);
    // No counts, labels or ids in the log.
    expect(lines[0]).not.toContain('EGFR');
    expect(lines[0]).not.toContain('tables');
    for (const note of notes.slice(0, 20)) expect(lines[0]).not.toContain(note.noteId);
  });

  it('merges site summaries, keeps suppressed numbers suppressed and applies the rule again', async () => {
    const half = Math.floor(notes.length / 2);
    const sites: Summary[] = [];
    const paths: string[] = [];
    for (const [name, part] of [
      ['a', notes.slice(0, half)],
      ['b', notes.slice(half)],
    ] as const) {
      const ids = new Set(part.map((n) => n.noteId));
      const annotations = readFileSync(annotationsPath, 'utf8')
        .split('\n')
        .filter((line) => ids.has(JSON.parse(line).note_id));
      const input = join(dir, `annotations-${name}.jsonl`);
      writeFileSync(input, annotations.join('\n'));
      const out = join(dir, `site-${name}.json`);
      const { summary } = await runSummarize({
        input,
        notes: notesPath,
        minCell: 5,
        output: out,
        audit: join(dir, 'audit-merge.jsonl'),
      });
      sites.push(summary);
      paths.push(out);
    }
    const combined = join(dir, 'combined.json');
    const { summary } = await runSummarize({
      merge: paths,
      minCell: 10,
      output: combined,
      audit: join(dir, 'audit-merge.jsonl'),
    });
    expect(summary.source).toBe('merge');
    expect(summary.sites).toBe(2);
    expect(summary.min_cell).toBe(10);
    expect(summary.tables.smoking_status.total).toBe(notes.length);
    expect(recoveredNumbers(summary)).toEqual([]);
    for (const n of numbers(summary.tables)) expect(n === 0 || n >= 10).toBe(true);
    // Site-suppressed status counts stay suppressed; published ones are the sums.
    summary.tables.smoking_status.categories.forEach((category, j) => {
      const parts = sites.map((s) => s.tables.smoking_status.categories[j]!.count);
      if (parts.includes(null)) expect(category.count).toBeNull();
      else if (category.count !== null)
        expect(category.count).toBe(parts.reduce((a, b) => a! + b!, 0));
    });
    expect(linearSystem(summary).unknowns.length).toBeGreaterThan(0);
    const audit = readFileSync(join(dir, 'audit-merge.jsonl'), 'utf8').trim().split('\n');
    expect(JSON.parse(audit.at(-1)!).parameters.merge).toEqual(paths);
  });

  it('refuses conflicting sources as a usage error', async () => {
    await expect(
      runSummarize({ input: annotationsPath, merge: ['x.json'], output: join(dir, 'x.json') }),
    ).rejects.toThrow(/exactly one of/);
  });
});
