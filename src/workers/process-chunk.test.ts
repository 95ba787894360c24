import { UnrecoverableError } from 'bullmq';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import type { ProcessedNote } from '../mappers/input.js';
import type { NoteFailure } from '../queue/batches.js';
import type { QueuedNote } from '../queue/job-data.js';
import type { NoteBatchSink } from '../sinks/note-sink.js';
import { describeFailure, type ThreadResult } from './pipeline-pool.js';
import { processChunk } from './process-chunk.js';

const queued = (id: string): QueuedNote => ({
  noteId: id,
  personId: 'p',
  text: `text of ${id}`,
  language: 'en',
  languageDetected: false,
  source: 'notes.jsonl',
  line: Number(id),
});

const ok = (id: string): ThreadResult => ({
  ok: true,
  result: {
    annotation: {
      note_id: id,
      smoking: {
        status: 'unknown',
        pack_years: null,
        cigarettes_per_day: null,
        years_smoked: null,
        quit_year: null,
        brinkman_index: null,
      },
      genetics: [],
    },
    mentions: [],
  },
});

function harness(options: { results: ThreadResult[]; failWrite?: boolean }) {
  const written: ProcessedNote[] = [];
  const done: { job: string; ids: readonly string[]; failures: readonly NoteFailure[] }[] = [];
  let flushed = 0;
  const sink: NoteBatchSink = {
    name: 'memory',
    write: async (batch) => {
      if (options.failWrite) throw new Error('database is down');
      written.push(...batch);
    },
    flush: async () => {
      flushed += 1;
    },
    close: async () => ({}),
  };
  return {
    written,
    done,
    flushed: () => flushed,
    deps: {
      extract: async () => options.results,
      sinks: [sink],
      registry: {
        chunkDone: async (
          _b: string,
          job: string,
          ids: readonly string[],
          failures: readonly NoteFailure[],
        ) => {
          done.push({ job, ids, failures });
        },
      },
      log: pino({ level: 'silent' }),
    },
  };
}

describe('processChunk', () => {
  it('writes and flushes every note, then marks the chunk done', async () => {
    const h = harness({ results: [ok('1'), ok('2')] });
    const outcome = await processChunk(
      { id: 'b.x', data: { batchId: 'b', chunk: 0, notes: [queued('1'), queued('2')] } },
      h.deps,
    );
    expect(outcome).toEqual({ notes: 2, failed: 0 });
    expect(h.written.map((p) => p.note.noteId)).toEqual(['1', '2']);
    expect(h.flushed()).toBe(1);
    expect(h.done).toEqual([{ job: 'b.x', ids: ['1', '2'], failures: [] }]);
  });

  it('records a note the extractor cannot handle and lands the rest', async () => {
    const h = harness({
      results: [ok('1'), { ok: false, reason: 'extraction failed: TypeError at src/x.ts:1:2' }],
    });
    await processChunk(
      { id: 'b.x', data: { batchId: 'b', chunk: 0, notes: [queued('1'), queued('2')] } },
      h.deps,
    );
    expect(h.written.map((p) => p.note.noteId)).toEqual(['1']);
    expect(h.done[0]?.failures).toEqual([
      {
        noteId: '2',
        source: 'notes.jsonl',
        line: 2,
        reason: 'extraction failed: TypeError at src/x.ts:1:2',
      },
    ]);
  });

  it('fails for good on a payload that is not a chunk', async () => {
    const h = harness({ results: [] });
    await expect(
      processChunk({ id: 'b.x', data: { batchId: 'b', notes: 'nope' } }, h.deps),
    ).rejects.toBeInstanceOf(UnrecoverableError);
  });

  it('lets a sink error through (the queue retries) and does not mark the chunk done', async () => {
    const h = harness({ results: [ok('1')], failWrite: true });
    await expect(
      processChunk({ id: 'b.x', data: { batchId: 'b', chunk: 0, notes: [queued('1')] } }, h.deps),
    ).rejects.toThrow('database is down');
    expect(h.done).toEqual([]);
  });
});

describe('concurrent chunks', () => {
  it('write and flush each job in one step per sink, never interleaved', async () => {
    const events: string[] = [];
    const pause = () => new Promise((r) => setTimeout(r, 5));
    const sink: NoteBatchSink = {
      name: 'buffering',
      write: async (batch) => {
        events.push(`write ${batch[0]?.note.noteId}`);
        await pause();
      },
      flush: async () => {
        await pause();
        events.push('flush');
      },
      close: async () => ({}),
    };
    const deps = {
      extract: async (notes: { noteId: string }[]) => notes.map((n) => ok(n.noteId)),
      sinks: [sink],
      registry: { chunkDone: async () => {} },
      log: pino({ level: 'silent' }),
    };
    await Promise.all(
      ['1', '2', '3'].map((id) =>
        processChunk(
          { id: `b.${id}`, data: { batchId: 'b', chunk: 0, notes: [queued(id)] } },
          deps,
        ),
      ),
    );
    expect(events).toEqual(['write 1', 'flush', 'write 2', 'flush', 'write 3', 'flush']);
  });
});

describe('describeFailure', () => {
  it('names the error and where it was thrown, never its message', () => {
    const error = new TypeError('cannot read "Patient smokes 20/day"');
    error.stack = `TypeError: cannot read "Patient smokes 20/day"\n    at parse (/work/main/dist/src/extractors/smoking/numbers.js:10:5)`;
    const reason = describeFailure(error);
    expect(reason).toBe('extraction failed: TypeError at src/extractors/smoking/numbers.js:10:5');
    expect(reason).not.toContain('smokes');
  });
});
