import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inputSize, ProgressBar } from './progress.js';

function fakeTerminal() {
  const written: string[] = [];
  const stream = { write: (chunk: string) => written.push(chunk) } as unknown as NodeJS.WriteStream;
  return { stream, written };
}

describe('progress bar', () => {
  it('draws the fraction of the input read, and 100% at the end', () => {
    const { stream, written } = fakeTerminal();
    const bar = new ProgressBar(stream, { unit: 'bytes', total: 1000 });
    bar.update(10, 1, 500);
    bar.update(20, 1, 1000, true);
    expect(written[0]).toMatch(/^\r\[#{12}-{12}\] {2}50% {2}10 notes, 1 rejected, \d+ notes\/s$/);
    expect(written[1]).toMatch(/^\r\[#{24}\] 100% {2}20 notes, 1 rejected, \d+ notes\/s\n$/);
  });

  it('sizes a file in bytes and a folder in .txt files', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'emrx-progress-'));
    writeFileSync(join(dir, 'a.txt'), 'x');
    writeFileSync(join(dir, 'b.txt'), 'y');
    writeFileSync(join(dir, 'metadata.jsonl'), '{}');
    expect(await inputSize(dir)).toEqual({ unit: 'notes', total: 2 });
    expect(await inputSize(join(dir, 'metadata.jsonl'))).toEqual({ unit: 'bytes', total: 2 });
  });
});
