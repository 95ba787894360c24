import { once } from 'node:events';
import { createWriteStream, type WriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { finished } from 'node:stream/promises';

/** Lines are handed to the stream in chunks of about this many characters. */
const CHUNK = 64 * 1024;

/**
 * Appends JSON Lines to a file with back-pressure; the file is created (truncated) on open.
 * Lines are gathered into chunks before they reach the stream: one stream write per mention
 * cost more than the JSON itself (`emrx extract --mentions` writes a dozen lines per note).
 */
export class JsonlWriter {
  private written = 0;
  private failure: Error | undefined;
  private pending = '';

  private constructor(
    readonly path: string,
    private readonly stream: WriteStream,
  ) {
    stream.on('error', (error) => {
      this.failure ??= error;
    });
  }

  static async open(path: string): Promise<JsonlWriter> {
    await mkdir(dirname(path), { recursive: true });
    const stream = createWriteStream(path, { flags: 'w' });
    await once(stream, 'open');
    return new JsonlWriter(path, stream);
  }

  get count(): number {
    return this.written;
  }

  async write(record: unknown): Promise<void> {
    if (this.failure) throw this.failure;
    this.written += 1;
    this.pending += `${JSON.stringify(record)}\n`;
    if (this.pending.length >= CHUNK) await this.flush();
  }

  private async flush(): Promise<void> {
    const chunk = this.pending;
    this.pending = '';
    if (chunk !== '' && !this.stream.write(chunk)) await once(this.stream, 'drain');
  }

  async close(): Promise<void> {
    if (this.failure) throw this.failure;
    await this.flush();
    if (this.failure) throw this.failure;
    this.stream.end();
    await finished(this.stream);
  }
}
