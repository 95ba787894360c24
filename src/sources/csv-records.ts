import { withoutBom } from './byte-lines.js';

/**
 * RFC 4180 CSV tokenizer over bytes. Fields stay bytes (so the caller decodes each one
 * fatally) and a record's bytes are never held beyond `maxRecordBytes`: past the cap the
 * state machine keeps running to find the record's end but stops keeping its bytes.
 *
 * - Records end at LF or CRLF outside quotes; a lone CR inside an unquoted field is data.
 * - Quoted fields may hold commas, newlines (kept as written) and doubled quotes (`""`).
 * - A quote inside an unquoted field is taken literally (lenient, like most readers);
 *   characters after a closing quote (`"a"b`) make the record malformed.
 * - Blank lines between records are skipped. A UTF-8 BOM at the start is dropped.
 * - `line` is the 1-based physical line on which the record starts.
 */

export type CsvRawRecord =
  | { readonly line: number; readonly fields: Buffer[] }
  | { readonly line: number; readonly error: string };

const QUOTE = 0x22;
const COMMA = 0x2c;
const LF = 0x0a;
const CR = 0x0d;

const State = {
  FieldStart: 0,
  Unquoted: 1,
  Quoted: 2,
  /** Saw a quote inside a quoted field: either `""` or the closing quote. */
  QuoteInQuoted: 3,
  /** After a closing quote: only a comma or a line end may follow. */
  AfterQuoted: 4,
} as const;
type State = (typeof State)[keyof typeof State];

/** A reusable growable byte buffer for the field being read. */
class FieldBytes {
  private buf = Buffer.allocUnsafe(4096);
  private len = 0;

  append(src: Buffer, start: number, end: number): void {
    const n = end - start;
    if (n <= 0) return;
    this.reserve(n);
    src.copy(this.buf, this.len, start, end);
    this.len += n;
  }

  push(byte: number): void {
    this.reserve(1);
    this.buf[this.len++] = byte;
  }

  /** A copy of the bytes; the buffer is emptied (and shrunk after a big field). */
  take(): Buffer {
    const out = Buffer.allocUnsafe(this.len);
    this.buf.copy(out, 0, 0, this.len);
    this.clear();
    return out;
  }

  clear(): void {
    this.len = 0;
    if (this.buf.length > 1 << 20) this.buf = Buffer.allocUnsafe(4096);
  }

  get length(): number {
    return this.len;
  }

  private reserve(n: number): void {
    if (this.len + n <= this.buf.length) return;
    let size = this.buf.length * 2;
    while (size < this.len + n) size *= 2;
    const next = Buffer.allocUnsafe(size);
    this.buf.copy(next, 0, 0, this.len);
    this.buf = next;
  }
}

export async function* readCsvRecords(
  chunks: AsyncIterable<Buffer>,
  maxRecordBytes: number,
): AsyncGenerator<CsvRawRecord> {
  const field = new FieldBytes();
  let fields: Buffer[] = [];
  let state: State = State.FieldStart;
  let line = 1;
  let recordLine = 0; // 0: between records
  let recordBytes = 0;
  let quotedField = false;
  let pendingCR = false;
  let malformed: string | undefined;

  const keep = () => recordBytes <= maxRecordBytes;

  const endField = () => {
    if (keep()) fields.push(field.take());
    else field.clear();
    quotedField = false;
  };

  /** Ends the record; returns what to yield, or undefined for a blank line. */
  const endRecord = (): CsvRawRecord | undefined => {
    const blank = fields.length === 0 && field.length === 0 && !quotedField;
    endField();
    const start = recordLine;
    let out: CsvRawRecord | undefined;
    if (blank) out = undefined;
    else if (!keep())
      out = {
        line: start,
        error: `record too large (${recordBytes} bytes > limit ${maxRecordBytes})`,
      };
    else if (malformed !== undefined) out = { line: start, error: malformed };
    else out = { line: start, fields };
    fields = [];
    recordLine = 0;
    recordBytes = 0;
    malformed = undefined;
    state = State.FieldStart;
    return out;
  };

  for await (const chunk of withoutBom(chunks)) {
    let i = 0;
    const n = chunk.length;
    while (i < n) {
      if (recordLine === 0) recordLine = line;
      const b = chunk[i]!;

      if (state === State.Quoted) {
        // Fast path: copy up to the next quote in one go, counting newlines on the way.
        let q = chunk.indexOf(QUOTE, i);
        if (q === -1) q = n;
        for (let nl = chunk.indexOf(LF, i); nl !== -1 && nl < q; nl = chunk.indexOf(LF, nl + 1)) {
          line++;
        }
        recordBytes += q - i;
        if (keep()) field.append(chunk, i, q);
        i = q;
        if (q < n) {
          state = State.QuoteInQuoted;
          recordBytes++;
          i++;
        }
        continue;
      }

      if (state === State.QuoteInQuoted) {
        if (b === QUOTE) {
          recordBytes++;
          if (keep()) field.push(QUOTE);
          state = State.Quoted;
          i++;
          continue;
        }
        state = State.AfterQuoted; // the previous quote closed the field; re-read b
      }

      if (state === State.FieldStart) {
        if (b === QUOTE) {
          state = State.Quoted;
          quotedField = true;
          recordBytes++;
          i++;
          continue;
        }
        state = State.Unquoted;
      }

      // Unquoted or AfterQuoted.
      if (pendingCR) {
        pendingCR = false;
        if (b === LF) {
          line++;
          i++;
          const out = endRecord();
          if (out) yield out;
          continue;
        }
        recordBytes++;
        if (state === State.AfterQuoted) {
          malformed ??= 'unexpected character after a closing quote';
          state = State.Unquoted;
        }
        if (keep()) field.push(CR);
      }
      if (b === COMMA) {
        recordBytes++;
        endField();
        state = State.FieldStart;
        i++;
      } else if (b === LF) {
        line++;
        i++;
        const out = endRecord();
        if (out) yield out;
      } else if (b === CR) {
        pendingCR = true;
        i++;
      } else {
        if (state === State.AfterQuoted) {
          malformed ??= 'unexpected character after a closing quote';
          state = State.Unquoted;
        }
        // Copy the run of ordinary bytes up to the next special one.
        let j = i + 1;
        while (j < n) {
          const c = chunk[j]!;
          if (c === COMMA || c === LF || c === CR) break;
          j++;
        }
        recordBytes += j - i;
        if (keep()) field.append(chunk, i, j);
        i = j;
      }
    }
  }

  if (recordLine === 0) return;
  if (state === State.Quoted) {
    yield { line: recordLine, error: 'unterminated quoted field' };
    return;
  }
  // A final CR (with no LF) just ends the last line.
  const out = endRecord();
  if (out) yield out;
}
