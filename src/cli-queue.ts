import { resolve } from 'node:path';
import { type Command, Option } from 'commander';
import type { Logger } from 'pino';
import {
  addExtractorOptions,
  chooseExtractors,
  type ExtractorFlags,
  withModels,
} from './cli-extractors.js';
import {
  addTargetOptions,
  checkSchemaOption,
  embeddedPathResolved,
  maxNoteBytesOption,
  openTargets,
  positiveInteger,
  UsageError,
} from './cli-options.js';
import {
  DEFAULT_DASHBOARD_HOST,
  DEFAULT_DASHBOARD_PORT,
  isLoopback,
} from './commands/dashboard-host.js';
import type { RunOptions } from './commands/run.js';
import { createLogger } from './logger.js';
import { DEFAULT_PREFIX, describeRedis, type QueueConfig, queueConfig } from './queue/config.js';
import { DEFAULT_OMOP_SCHEMA } from './sinks/omop/target.js';
import { loadNlpSystem } from './system.js';
import { defaultVocabDir } from './vocab/load.js';

/**
 * The queue's modules (BullMQ, the worker, bull-board), loaded when a queue command runs: the
 * other commands (`extract` under a 64 MB heap) should not pay for them.
 */
const queueModules = async () => ({
  ...(await import('./commands/enqueue.js')),
  ...(await import('./commands/queue-status.js')),
  ...(await import('./commands/run.js')),
  ...(await import('./queue/connect.js')),
  ...(await import('./queue/status.js')),
  ...(await import('./workers/chunk-worker.js')),
});

/** `--redis` (default: REDIS_URL) and `--prefix` (default: EMRX_QUEUE_PREFIX or {emrx}). */
function addQueueOptions(command: Command): Command {
  return command
    .option('--redis <url>', 'the queue Redis (default: REDIS_URL)')
    .option('--prefix <prefix>', 'Redis key prefix (default: EMRX_QUEUE_PREFIX or {emrx})');
}

interface QueueFlags {
  readonly redis?: string;
  readonly prefix?: string;
}

function queueFrom(flags: QueueFlags): QueueConfig {
  const url = flags.redis ?? process.env.REDIS_URL;
  if (!url) throw new UsageError('no Redis: set REDIS_URL or pass --redis (or use `emrx run`)');
  try {
    return queueConfig(url, flags.prefix ?? process.env.EMRX_QUEUE_PREFIX ?? DEFAULT_PREFIX);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

/** A TCP port, 0 meaning any free one. */
function portNumber(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65_535) throw new UsageError(`not a port: ${value}`);
  return n;
}

const concurrencyOption = () =>
  new Option('--concurrency <n>', 'chunks processed at once (one extraction thread each)')
    .default(1)
    .argParser(positiveInteger);

/**
 * SIGTERM/SIGINT drain: finish the jobs in hand, take no new ones, close connections. A second
 * signal exits at once (the queue hands unfinished jobs to other workers as stalled).
 */
function onSignals(log: Logger, drain: () => Promise<void>): Promise<void> {
  return new Promise((resolveDone) => {
    let draining = false;
    const handler = (signal: NodeJS.Signals) => {
      if (draining) {
        log.warn({ signal }, 'second signal: exiting now');
        process.exit(130);
      }
      draining = true;
      log.info({ signal }, 'draining: finishing jobs in hand');
      drain().then(resolveDone, (error: Error) => {
        log.error({ error: error.message }, 'drain failed');
        process.exit(1);
      });
    };
    process.on('SIGTERM', handler);
    process.on('SIGINT', handler);
  });
}

export function registerQueueCommands(program: Command): void {
  addQueueOptions(
    program
      .command('enqueue')
      .summary('queue a batch of notes for workers (chunked jobs in Redis)')
      .option('--in <notes>', 'notes.jsonl, notes.csv or a folder of .txt files')
      .option(
        '--from-omop <postgres-url|embedded:dir>',
        "instead of --in: the CDM's own note table, read in pages by note_id",
      )
      .option('--omop-schema <name>', 'the CDM schema of --from-omop', DEFAULT_OMOP_SCHEMA)
      .option(
        '--where <sql>',
        'with --from-omop: an SQL condition on note (e.g. "note_date >= \'2024-01-01\'")',
      )
      .option(
        '--batch <name>',
        'batch id (default: the input name and a digest of file and pipeline)',
      )
      .option(
        '--rejects <rejects.jsonl>',
        'rejected notes (default: rejects.jsonl in the working directory)',
      )
      .addOption(
        new Option('--chunk-size <n>', 'notes per job').default(200).argParser(positiveInteger),
      )
      .addOption(maxNoteBytesOption()),
  ).action(
    async (
      options: QueueFlags & {
        in?: string;
        fromOmop?: string;
        omopSchema: string;
        where?: string;
        batch?: string;
        rejects?: string;
        chunkSize: number;
        maxNoteBytes: number;
      },
    ) => {
      if ((options.in === undefined) === (options.fromOmop === undefined))
        throw new UsageError('give --in <notes> or --from-omop <db> (one of them)');
      if (options.where && !options.fromOmop) throw new UsageError('--where goes with --from-omop');
      const log = createLogger();
      const { runEnqueue } = await queueModules();
      const result = await runEnqueue(log, {
        ...(options.in ? { input: resolve(options.in) } : {}),
        ...(options.fromOmop
          ? {
              fromOmop: {
                target: embeddedPathResolved(options.fromOmop),
                schema: checkSchemaOption(options.omopSchema),
                ...(options.where ? { where: options.where } : {}),
              },
            }
          : {}),
        ...(options.batch ? { batch: options.batch } : {}),
        chunkSize: options.chunkSize,
        maxNoteBytes: options.maxNoteBytes,
        rejects: resolve(options.rejects ?? 'rejects.jsonl'),
        queue: queueFrom(options),
        system: loadNlpSystem(defaultVocabDir()),
      });
      process.stdout.write(
        `batch ${result.batchId}: ${result.notes} notes in ${result.chunks} chunks ` +
          `(${result.added} new jobs), ${result.rejected} rejected\n`,
      );
    },
  );

  const worker = addQueueOptions(
    program
      .command('worker')
      .summary('process queued chunks: extract, write OMOP/FHIR, until stopped')
      .addOption(concurrencyOption()),
  );
  addExtractorOptions(worker);
  addTargetOptions(worker).action(
    async (
      options: QueueFlags &
        ExtractorFlags & {
          concurrency: number;
          omop?: string;
          omopSchema: string;
          fhir?: string;
        },
    ) => {
      const log = createLogger();
      const queue = queueFrom(options);
      const vocabDir = defaultVocabDir();
      const chosen = chooseExtractors(options, vocabDir);
      const context = {
        system: withModels(loadNlpSystem(vocabDir), chosen),
        processedAt: new Date(),
      };
      const sinks = await openTargets(options, context, vocabDir, log);
      if (sinks.length === 0)
        log.warn('no --omop or --fhir target: chunks are extracted and dropped');
      const { startChunkWorker } = await queueModules();
      const running = await startChunkWorker({
        queue,
        concurrency: options.concurrency,
        vocabDir,
        models: chosen,
        sinks,
        log,
        ...(process.env.EMRX_LOCK_MS ? { lockDurationMs: Number(process.env.EMRX_LOCK_MS) } : {}),
        ...(process.env.EMRX_STALLED_MS
          ? { stalledIntervalMs: Number(process.env.EMRX_STALLED_MS) }
          : {}),
      });
      log.info({ redis: describeRedis(queue) }, 'worker started');
      const stopped = onSignals(log, running.drain);
      const broken = running.broken.then((error) => {
        log.error({ error: error.message }, 'extraction thread crashed: exiting');
        process.exit(1);
      });
      await Promise.race([stopped, broken]);
    },
  );

  addQueueOptions(
    program
      .command('status')
      .summary('per batch: notes queued / active / done / failed / rejected, rate, ETA')
      .argument('[batch]', 'a batch id (default: the latest batches)')
      .option('--watch', 'redraw until the batch finishes')
      .option('--json', 'machine-readable output'),
  ).action(
    async (
      batch: string | undefined,
      options: QueueFlags & { watch?: boolean; json?: boolean },
    ) => {
      const { batchStatus, connectQueue, formatStatus, watchStatus } = await queueModules();
      const handles = await connectQueue(queueFrom(options));
      try {
        if (options.watch) {
          if (!batch) throw new UsageError('--watch needs a batch id');
          await watchStatus(handles, batch, options.json === true);
          return;
        }
        const ids = batch ? [batch] : await handles.registry.list(10);
        const statuses = [];
        for (const id of ids) {
          const status = await batchStatus(handles.queue, handles.registry, id);
          if (!status) throw new Error(`no batch ${id}`);
          statuses.push(status);
        }
        process.stdout.write(
          options.json
            ? `${JSON.stringify(batch ? statuses[0] : statuses)}\n`
            : statuses.map(formatStatus).join(''),
        );
      } finally {
        await handles.close();
      }
    },
  );

  addQueueOptions(
    program
      .command('failed')
      .summary('failed chunks, failed notes and rejected notes of a batch, with reasons')
      .argument('<batch>', 'the batch id')
      .option('--json', 'machine-readable output'),
  ).action(async (batch: string, options: QueueFlags & { json?: boolean }) => {
    const { connectQueue, failureReport } = await queueModules();
    const handles = await connectQueue(queueFrom(options));
    try {
      const report = await failureReport(handles.queue, handles.registry, batch);
      if (options.json) {
        process.stdout.write(`${JSON.stringify(report)}\n`);
        return;
      }
      const lines = [
        ...report.jobs.map(
          (j) => `chunk ${j.id}\t${j.notes} notes\t${j.attempts} attempts\t${j.reason}`,
        ),
        ...report.notes.map((n) => `note ${n.noteId}\t${n.source}:${n.line ?? ''}\t${n.reason}`),
        ...report.rejected.map(
          (r) => `rejected ${r.noteId ?? ''}\t${r.source}:${r.line ?? ''}\t${r.reason}`,
        ),
      ];
      process.stdout.write(lines.length > 0 ? `${lines.join('\n')}\n` : 'nothing failed\n');
    } finally {
      await handles.close();
    }
  });

  addQueueOptions(
    program
      .command('retry')
      .summary('re-queue the failed chunks of a batch')
      .argument('<batch>', 'the batch id'),
  ).action(async (batch: string, options: QueueFlags) => {
    const { connectQueue, failedJobs } = await queueModules();
    const handles = await connectQueue(queueFrom(options));
    try {
      const jobs = await failedJobs(handles.queue, batch);
      for (const job of jobs) await job.retry('failed');
      process.stdout.write(`${jobs.length} failed chunks re-queued\n`);
    } finally {
      await handles.close();
    }
  });

  const run = addQueueOptions(
    program
      .command('run')
      .summary('everything on one machine: a private Redis, enqueue, workers, wait, summary')
      .requiredOption('--in <notes>', 'notes.jsonl, notes.csv or a folder of .txt files')
      .option('--batch <name>', 'batch id (default: from the input)')
      .option(
        '--rejects <rejects.jsonl>',
        'rejected notes (default: rejects.jsonl in the working directory)',
      )
      .option('--out <annotations.jsonl>', 'also write one annotation per note')
      .option('--gold <gold.jsonl>', 'score the annotations against this gold file at the end')
      .option('--no-redis', 'no queue at all: run the chunk handler in this process')
      .addOption(concurrencyOption())
      .addOption(
        new Option('--chunk-size <n>', 'notes per job').default(200).argParser(positiveInteger),
      )
      .addOption(maxNoteBytesOption()),
  );
  addExtractorOptions(run);
  addTargetOptions(run).action(async (options: RunOptions) => {
    const { runLocal } = await queueModules();
    const summary = await runLocal(options, createLogger());
    process.stdout.write(summary);
  });

  addQueueOptions(
    program
      .command('dashboard')
      .summary('bull-board for the queue on localhost (read-only; never shows note text)')
      .addOption(
        new Option('--port <n>', 'port to listen on (0: any free port)')
          .default(DEFAULT_DASHBOARD_PORT)
          .argParser(portNumber),
      )
      .option(
        '--host <address>',
        'address to listen on (loopback only unless --allow-remote)',
        DEFAULT_DASHBOARD_HOST,
      )
      .option(
        '--allow-remote',
        'listen on a non-loopback address (the board has no login: only behind an authenticating proxy)',
      )
      .option('--writable', 'allow retry, clean, promote, pause and empty from the board'),
  ).action(
    async (
      options: QueueFlags & {
        port: number;
        host: string;
        allowRemote?: boolean;
        writable?: boolean;
      },
    ) => {
      if (!options.allowRemote && !isLoopback(options.host))
        throw new UsageError(
          `--host ${options.host} is not loopback: the board has no login ` +
            '(use an SSH tunnel, or --allow-remote behind an authenticating proxy)',
        );
      const log = createLogger();
      const { startDashboard } = await import('./commands/dashboard.js');
      const dashboard = await startDashboard({
        queue: queueFrom(options),
        host: options.host,
        port: options.port,
        readOnly: !options.writable,
        allowRemote: options.allowRemote === true,
        log,
      });
      process.stdout.write(`emrx dashboard: ${dashboard.url} (Ctrl-C to stop)\n`);
      const signal = await new Promise<NodeJS.Signals>((resolveSignal) => {
        process.once('SIGINT', resolveSignal);
        process.once('SIGTERM', resolveSignal);
      });
      log.info({ signal }, 'dashboard stopping');
      await dashboard.close();
    },
  );
}
