import { describe, expect, it } from 'vitest';
import { type RawLine, splitLines, withoutBom } from './byte-lines.js';

async function* chunks(...parts: (string | number[])[]): AsyncGenerator<Buffer> {
  for (const p of parts) yield typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p);
}

async function lines(max: number, ...parts: (string | number[])[]) {
  const out: (string | { tooLong: number })[] = [];
  const numbers: number[] = [];
  for await (const l of splitLines(chunks(...parts), max)) {
    numbers.push(l.lineNumber);
    out.push(
      'tooLong' in l
        ? { tooLong: l.byteLength }
        : (l as Extract<RawLine, { bytes: Buffer }>).bytes.toString(),
    );
  }
  return { out, numbers };
}

describe('splitLines', () => {
  it('splits across chunk boundaries, drops CR before LF, keeps a last line without newline', async () => {
    const { out, numbers } = await lines(100, 'ab', 'c\r\nde', 'f\n\nlast');
    expect(out).toEqual(['abc', 'def', '', 'last']);
    expect(numbers).toEqual([1, 2, 3, 4]);
  });

  it('does not invent a line after a final newline', async () => {
    expect((await lines(100, 'a\nb\n')).out).toEqual(['a', 'b']);
  });

  it('strips a BOM at the start only, even when split across chunks', async () => {
    expect((await lines(100, [0xef], [0xbb, 0xbf, 0x61], '\n', [0xef, 0xbb, 0xbf])).out).toEqual([
      'a',
      '\uFEFF',
    ]);
  });

  it('discards an over-long line up to its newline and reports its length', async () => {
    const { out, numbers } = await lines(5, 'ok\n12345', '6789', '0\nok2\n123456');
    expect(out).toEqual(['ok', { tooLong: 10 }, 'ok2', { tooLong: 6 }]);
    expect(numbers).toEqual([1, 2, 3, 4]);
  });
});

describe('withoutBom', () => {
  it('passes through a short input that only looks like the start of a BOM', async () => {
    const out: Buffer[] = [];
    for await (const c of withoutBom(chunks([0xef, 0xbb]))) out.push(c);
    expect(Buffer.concat(out)).toEqual(Buffer.from([0xef, 0xbb]));
  });
});
