import { Readable } from 'node:stream';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { readJsonl } from './jsonl.js';

/**
 * Constant memory, measured without relying on timing: ~200 MB of JSONL (plus one 48 MB line
 * that must be discarded, not buffered) streams through the reader while the live heap is
 * sampled after a forced full GC every ~16 MB. A reader that kept notes, lines or the
 * over-long line would grow by far more than the bound.
 */

function forcedGc(): () => void {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  return () => gc();
}

const MB = 1024 * 1024;
const TEXT =
  'Former smoker, 30 pack-years, quit 2015. EGFR exon 19 deletion detected; T790M negative. ' +
  '既往歴：高血圧。喫煙歴：20本/日×30年、5年前に禁煙。 '.repeat(8) +
  'Plan: continue osimertinib, CT in 3 months. '.repeat(20);

describe('readJsonl memory', () => {
  it('streams ~250 MB with bounded live-heap growth', async () => {
    const gc = forcedGc();
    const linesPerChunk = 800;
    const chunks = 160; // ~1.2 MB each → ~200 MB
    const hugeChunks = 48; // one 48 MB line in the middle
    let consumedBytes = 0;

    function* generate(): Generator<Buffer> {
      let id = 0;
      for (let c = 0; c < chunks; c++) {
        if (c === chunks / 2) {
          const z = Buffer.alloc(MB, 'z');
          yield Buffer.from('{"note_id":"huge","note_text":"');
          for (let h = 0; h < hugeChunks; h++) yield z;
          yield Buffer.from('"}\n');
        }
        let s = '';
        for (let l = 0; l < linesPerChunk; l++, id++) {
          s += `{"note_id":"n${id}","person_id":"p${id % 997}","note_date":"2024-01-15","note_text":"${TEXT}"}\n`;
        }
        const buf = Buffer.from(s, 'utf8');
        consumedBytes += buf.length;
        yield buf;
      }
    }

    gc();
    const baseline = process.memoryUsage().heapUsed;
    let peak = 0;
    let notes = 0;
    let rejects = 0;
    let nextSample = 16 * MB;
    for await (const event of readJsonl(Readable.from(generate()))) {
      if (event.kind === 'note') notes++;
      else rejects++;
      if (consumedBytes >= nextSample) {
        nextSample += 16 * MB;
        gc();
        peak = Math.max(peak, process.memoryUsage().heapUsed - baseline);
      }
    }
    expect(consumedBytes).toBeGreaterThan(190 * MB);
    expect(notes).toBe(chunks * linesPerChunk);
    expect(rejects).toBe(1);
    expect(peak, `live heap grew by ${(peak / MB).toFixed(1)} MB`).toBeLessThan(64 * MB);
  });
});
