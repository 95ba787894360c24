/**
 * Byte-level line splitting for line-oriented inputs (JSONL). Splits on `\n` only, drops a
 * trailing `\r`, strips a UTF-8 BOM at the start of the input, and never holds more than
 * `maxLineBytes` of one line: a longer line is discarded byte by byte up to its newline and
 * reported as too long, so memory stays bounded whatever the input.
 */

export type RawLine =
  | { readonly lineNumber: number; readonly bytes: Buffer }
  | { readonly lineNumber: number; readonly tooLong: true; readonly byteLength: number };

const LF = 0x0a;
const CR = 0x0d;
const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

export function hasUtf8Bom(bytes: Uint8Array): boolean {
  return bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
}

/** The chunks with a UTF-8 BOM at the very start removed (even if split across chunks). */
export async function* withoutBom(chunks: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
  let head: Buffer | undefined = Buffer.alloc(0);
  for await (const chunk of chunks) {
    if (head === undefined) {
      yield chunk;
      continue;
    }
    head = head.length === 0 ? chunk : Buffer.concat([head, chunk]);
    if (head.length < 3 && BOM.subarray(0, head.length).equals(head)) continue;
    yield hasUtf8Bom(head) ? head.subarray(3) : head;
    head = undefined;
  }
  if (head !== undefined && head.length > 0) {
    yield head;
  }
}

/** Yields every physical line (1-based numbers), including blank ones. */
export async function* splitLines(
  chunks: AsyncIterable<Buffer>,
  maxLineBytes: number,
): AsyncGenerator<RawLine> {
  let parts: Buffer[] = [];
  let length = 0;
  let discarding = false;
  let lineNumber = 1;

  const finish = (): RawLine => {
    let line: RawLine;
    if (discarding) {
      line = { lineNumber, tooLong: true, byteLength: length };
    } else {
      let bytes = parts.length === 1 ? parts[0]! : Buffer.concat(parts, length);
      if (bytes.length > 0 && bytes[bytes.length - 1] === CR) bytes = bytes.subarray(0, -1);
      line = { lineNumber, bytes };
    }
    parts = [];
    length = 0;
    discarding = false;
    lineNumber++;
    return line;
  };

  for await (const chunk of withoutBom(chunks)) {
    let pos = 0;
    while (pos < chunk.length) {
      const newline = chunk.indexOf(LF, pos);
      const end = newline === -1 ? chunk.length : newline;
      const size = end - pos;
      if (!discarding && length + size > maxLineBytes) {
        discarding = true;
        parts = [];
      }
      if (!discarding && size > 0) parts.push(chunk.subarray(pos, end));
      length += size;
      if (newline === -1) break;
      yield finish();
      pos = newline + 1;
    }
  }
  if (length > 0 || discarding) yield finish();
}
