import { randomBytes } from 'node:crypto';
import { Writable } from 'node:stream';
import { Queue } from 'bullmq';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type Dashboard, isLoopback, startDashboard } from '../src/commands/dashboard.js';
import { createLogger } from '../src/logger.js';
import { QUEUE_NAME, type QueueConfig, queueConfig, redisOptions } from '../src/queue/config.js';

/**
 * `emrx dashboard` against the harness's real Redis: the board lists the queue and its jobs but
 * never a note's text, listens on loopback only, and closes cleanly. Each run has its own key
 * prefix, so the jobs here are the only ones it sees.
 */

const SECRET = 'DISTINCTIVE-NOTE-TEXT';

function capturingLogger() {
  const lines: string[] = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return { log: createLogger(sink), lines };
}

describe('emrx dashboard (bull-board, private Redis)', () => {
  let config: QueueConfig;
  let producer: Queue;
  let dashboard: Dashboard;
  const logged = capturingLogger();

  beforeAll(async () => {
    config = queueConfig(inject('redisUrl'), `{d${randomBytes(6).toString('hex')}}`);
    producer = new Queue(QUEUE_NAME, { connection: redisOptions(config), prefix: config.prefix });
    await producer.add(
      'chunk',
      {
        batchId: 'dash-batch',
        chunk: 0,
        notes: [
          {
            noteId: 'n-1',
            personId: 'p-1',
            text: `Patient is a former smoker. ${SECRET}`,
            language: 'en',
            languageDetected: false,
            source: 'notes.jsonl',
            line: 1,
          },
        ],
      },
      { jobId: 'dash-batch.0' },
    );
    dashboard = await startDashboard({ queue: config, port: 0, log: logged.log });
  });

  afterAll(async () => {
    await dashboard?.close();
    await producer?.obliterate({ force: true });
    await producer?.close();
  });

  const get = async (path: string, init?: RequestInit) => {
    const response = await fetch(new URL(path, dashboard.url), init);
    return { response, text: await response.text() };
  };

  it('listens on loopback, on the port it was given (0: a free one)', () => {
    expect(dashboard.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(dashboard.url).not.toMatch(/:0\/$/);
    const text = logged.lines.join('');
    expect(text).toContain(dashboard.url);
    expect(text).not.toContain(SECRET);
  });

  it('serves the UI page without loading anything from the internet', async () => {
    const { response, text } = await get('/');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/text\/html/);
    expect(text).toContain('static/js/');
    expect(text).not.toMatch(/<(?:link|script)\b[^>]*\b(?:href|src)="(?:https?:)?\/\//i);
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(text).not.toContain(SECRET);
    const queuePage = await get(`/queue/${QUEUE_NAME}`);
    expect(queuePage.response.status).toBe(200);
    expect(queuePage.text).not.toContain(SECRET);
  });

  it('lists the queue and its job with a summary of the data, never the note text', async () => {
    const { response, text } = await get(
      `/api/queues?activeQueue=${QUEUE_NAME}&status=latest&page=1&jobsPerPage=50`,
    );
    expect(response.status).toBe(200);
    expect(text).toContain(QUEUE_NAME);
    expect(text).not.toContain(SECRET);
    expect(text).not.toContain('former smoker');
    const body = JSON.parse(text) as {
      queues: Array<{
        name: string;
        readOnlyMode: boolean;
        counts: Record<string, number>;
        jobs: Array<{ id: string; data: unknown }>;
      }>;
    };
    const queue = body.queues.find((q) => q.name === QUEUE_NAME)!;
    expect(queue.readOnlyMode).toBe(true);
    expect(queue.counts.waiting).toBe(1);
    expect(queue.jobs).toHaveLength(1);
    expect(queue.jobs[0]!.data).toEqual({ batchId: 'dash-batch', chunk: 0, notes: 1 });

    const job = await get(`/api/queues/${QUEUE_NAME}/dash-batch.0`);
    expect(job.response.status).toBe(200);
    expect(job.text).toContain('dash-batch');
    expect(job.text).not.toContain(SECRET);
  });

  it('refuses writes: read-only, and never adds or edits job data', async () => {
    const json = { 'Content-Type': 'application/json' };
    const retry = await get(`/api/queues/${QUEUE_NAME}/empty`, { method: 'PUT', headers: json });
    expect(retry.response.status).toBe(405);
    const edit = await get(`/api/queues/${QUEUE_NAME}/dash-batch.0/update-data`, {
      method: 'PATCH',
      headers: json,
      body: JSON.stringify({ jobData: { notes: [] } }),
    });
    expect(edit.response.status).toBe(403);
    expect(await producer.getJobCounts('waiting')).toEqual({ waiting: 1 });
  });

  it('answers to loopback Host names only (DNS rebinding)', async () => {
    const { request } = await import('node:http');
    const status = await new Promise<number>((resolve, reject) => {
      const url = new URL(dashboard.url);
      request(
        { host: url.hostname, port: url.port, path: '/api/queues', headers: { Host: 'evil.test' } },
        (response) => {
          response.resume();
          resolve(response.statusCode ?? 0);
        },
      )
        .on('error', reject)
        .end();
    });
    expect(status).toBe(403);
  });

  it('refuses a non-loopback host unless allowRemote', async () => {
    for (const host of ['0.0.0.0', '::', '10.1.2.3', 'example.org'])
      await expect(
        startDashboard({ queue: config, host, port: 0, log: logged.log }),
      ).rejects.toThrow(/not loopback/);
    expect(isLoopback('127.0.0.1')).toBe(true);
    expect(isLoopback('::1')).toBe(true);
    expect(isLoopback('[::1]')).toBe(true);
    expect(isLoopback('localhost')).toBe(true);
    expect(isLoopback('0.0.0.0')).toBe(false);
  });

  it('gives up on a Redis it cannot reach, naming it without the password', async () => {
    const down = queueConfig('redis://:hunter2@127.0.0.1:1');
    const failure = startDashboard({
      queue: down,
      port: 0,
      connectTimeoutMs: 500,
      log: logged.log,
    });
    await expect(failure).rejects.toThrow(/^cannot reach Redis at redis:\/\/127\.0\.0\.1:1/);
    await expect(failure).rejects.not.toThrow(/hunter2/);
  });

  it('closes the server and the queue', async () => {
    const second = await startDashboard({ queue: config, port: 0, log: logged.log });
    expect((await fetch(second.url)).status).toBe(200);
    await second.close();
    await second.close();
    await expect(fetch(second.url)).rejects.toThrow();
  });
});
