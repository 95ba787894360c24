import { describe, expect, it } from 'vitest';
import { describeRedis, queueConfig, redisOptions } from './config.js';
import { checkBatchId, chunkJobId, type QueuedNote, toNote, toQueuedNote } from './job-data.js';

const note = (id: string, text = 'Former smoker.'): QueuedNote => ({
  noteId: id,
  personId: 'p1',
  text,
  language: 'en',
  languageDetected: false,
  source: 'notes.jsonl',
  line: 1,
});

describe('queue config', () => {
  it('reads credentials, database and TLS from the URL and never shows the password', () => {
    const config = queueConfig('rediss://worker:s%40cret@redis.tre:6380/2');
    expect(redisOptions(config)).toEqual({
      host: 'redis.tre',
      port: 6380,
      username: 'worker',
      password: 's@cret',
      db: 2,
      tls: { servername: 'redis.tre' },
      maxRetriesPerRequest: null,
    });
    expect(describeRedis(config)).toBe('rediss://redis.tre:6380/2');
    expect(config.prefix).toBe('{emrx}');
  });

  it('refuses what is not a Redis URL or a plain prefix', () => {
    expect(() => queueConfig('http://x')).toThrow(/redis:\/\//);
    expect(() => queueConfig('not a url')).toThrow(/not a URL/);
    expect(() => queueConfig('redis://x', 'a b')).toThrow(/prefix/);
  });
});

describe('chunk job ids', () => {
  it('are the same for the same notes and pipeline, and differ otherwise', () => {
    const a = chunkJobId('b1', 'emrx 0.1.0 rules:x', [note('1'), note('2')]);
    expect(chunkJobId('b1', 'emrx 0.1.0 rules:x', [note('1'), note('2')])).toBe(a);
    expect(chunkJobId('b1', 'emrx 0.1.0 rules:y', [note('1'), note('2')])).not.toBe(a);
    expect(
      chunkJobId('b1', 'emrx 0.1.0 rules:x', [note('1'), note('2', 'Never smoker.')]),
    ).not.toBe(a);
    expect(a.startsWith('b1.')).toBe(true);
    expect(a).not.toContain(':'); // BullMQ refuses ':' in custom ids
  });

  it('batch ids are plain', () => {
    expect(checkBatchId('smoking-2026_11')).toBe('smoking-2026_11');
    expect(() => checkBatchId('a:b')).toThrow();
    expect(() => checkBatchId('')).toThrow();
  });

  it('a queued note round-trips to the note', () => {
    const original = {
      noteId: 'n',
      personId: 'p',
      text: 't',
      noteDate: '2024-01-02',
      language: 'ja' as const,
      languageDetected: true,
    };
    expect(toNote(toQueuedNote(original, 'f.jsonl', 3))).toEqual(original);
  });
});
