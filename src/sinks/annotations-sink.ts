import { JsonlWriter } from './jsonl-writer.js';
import type { NoteBatchSink } from './note-sink.js';

/**
 * annotations.jsonl (spec section 2) as a batch sink, for `emrx run --out`: one line per note,
 * in the order chunks land (lines are keyed by note_id, so order carries no meaning here).
 */
export async function openAnnotationsSink(path: string): Promise<NoteBatchSink> {
  const writer = await JsonlWriter.open(path);
  let closed: Record<string, number> | undefined;
  return {
    name: `annotations ${path}`,
    write: async (batch) => {
      for (const { result } of batch) await writer.write(result.annotation);
    },
    flush: async () => {},
    close: async () => {
      if (!closed) {
        await writer.close();
        closed = { notes: writer.count };
      }
      return closed;
    },
  };
}
