import { describe, expect, it } from 'vitest';
import { type CsvRawRecord, readCsvRecords } from './csv-records.js';

async function* chunks(parts: (string | Buffer)[]): AsyncGenerator<Buffer> {
  for (const p of parts) yield typeof p === 'string' ? Buffer.from(p, 'utf8') : p;
}

/** Records as `line: [fields]` or `line: !error`, parsed from the given chunks. */
async function parse(parts: (string | Buffer)[], max = 1000): Promise<unknown[]> {
  const out: unknown[] = [];
  for await (const r of readCsvRecords(chunks(parts), max)) {
    out.push(
      'error' in r
        ? `${r.line}: !${r.error}`
        : [r.line, ...(r as Extract<CsvRawRecord, { fields: Buffer[] }>).fields.map(String)],
    );
  }
  return out;
}

/** Every split of `text` into two chunks must parse the same as the whole. */
async function parseEverySplit(text: string, max = 1000): Promise<unknown[]> {
  const whole = await parse([text], max);
  const bytes = Buffer.from(text, 'utf8');
  for (let i = 1; i < bytes.length; i++) {
    expect(await parse([bytes.subarray(0, i), bytes.subarray(i)], max)).toEqual(whole);
  }
  return whole;
}

describe('readCsvRecords', () => {
  it('reads quoted commas, doubled quotes and embedded newlines with start lines', async () => {
    const text =
      'id,text\r\n' +
      '1,plain\r\n' +
      '2,"a, b"\r\n' +
      '3,"she said ""quit"""\n' +
      '4,"line one\r\nline two\nline three"\n' +
      '5,after\n';
    expect(await parseEverySplit(text)).toEqual([
      [1, 'id', 'text'],
      [2, '1', 'plain'],
      [3, '2', 'a, b'],
      [4, '3', 'she said "quit"'],
      [5, '4', 'line one\r\nline two\nline three'],
      [8, '5', 'after'],
    ]);
  });

  it('skips blank lines, keeps empty fields, handles a last record without newline', async () => {
    expect(await parseEverySplit('a,b\n\n\r\n,\n"",x\nlast,"q"')).toEqual([
      [1, 'a', 'b'],
      [4, '', ''],
      [5, '', 'x'],
      [6, 'last', 'q'],
    ]);
  });

  it('strips a BOM at the start', async () => {
    expect(await parse([Buffer.from([0xef, 0xbb]), Buffer.from([0xbf]), 'a,b\n'])).toEqual([
      [1, 'a', 'b'],
    ]);
  });

  it('keeps a lone CR and a quote inside an unquoted field as data', async () => {
    expect(await parse(['a\rb,c"d\n'])).toEqual([[1, 'a\rb', 'c"d']]);
  });

  it('flags junk after a closing quote and an unterminated quote at EOF', async () => {
    expect(await parseEverySplit('1,"a"b\n2,ok\n3,"never\nclosed\n')).toEqual([
      '1: !unexpected character after a closing quote',
      [2, '2', 'ok'],
      '3: !unterminated quoted field',
    ]);
  });

  it('rejects an over-large record without keeping it, then carries on', async () => {
    expect(await parse(['1,"', 'x'.repeat(50), '\n', 'y'.repeat(50), '"\n2,ok\n'], 40)).toEqual([
      '1: !record too large (105 bytes > limit 40)',
      [3, '2', 'ok'],
    ]);
  });
});
