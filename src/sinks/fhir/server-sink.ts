import { performance } from 'node:perf_hooks';
import { Client, type FhirResource as KitResource } from 'fhir-kit-client';
import type { Logger } from 'pino';
import {
  type Bundle,
  type FhirMappingContext,
  mapNoteToFhir,
  safeId,
  toTransactionBundle,
} from '../../mappers/fhir/index.js';
import type { ProcessedNote } from '../../mappers/input.js';
import { DEFAULT_RETRY, type RetryHooks, type RetryPolicy, withRetry } from './retry.js';
import {
  classifyServerFailure,
  describeIssues,
  FhirServerError,
  outcomeIssues,
} from './server-errors.js';
import type { FhirSink, FhirSinkResult } from './sink.js';

export interface ServerSinkOptions {
  /** FHIR base URL (`https://fhir.example.org/r4`). */
  readonly baseUrl: string;
  readonly context: FhirMappingContext;
  readonly log: Logger;
  /** Notes per transaction Bundle (default 20): fewer round trips, bounded bundle size. */
  readonly notesPerBundle?: number;
  readonly retry?: RetryPolicy;
  /** Per try; a timed-out try is retried like a network error (default 60 s). */
  readonly requestTimeoutMs?: number;
  readonly bearerToken?: string;
  /** Tests replace the clock and jitter. */
  readonly retryHooks?: Omit<RetryHooks, 'onRetry'>;
}

interface TransactionResponse {
  readonly resourceType?: unknown;
  readonly type?: unknown;
  readonly entry?: readonly { readonly response?: { readonly status?: unknown } }[];
}

/** Every entry of a transaction-response answered 2xx, one per request entry. */
function committed(response: TransactionResponse, entries: number): boolean {
  return (
    response.resourceType === 'Bundle' &&
    response.type === 'transaction-response' &&
    response.entry?.length === entries &&
    response.entry.every(
      (e) => typeof e.response?.status === 'string' && /^2\d\d/.test(e.response.status),
    )
  );
}

/**
 * Writes each batch of notes as one R4 transaction of conditional updates (see
 * `toTransactionBundle`): atomic, and idempotent, so a retry or a re-run of the same notes
 * updates the resources instead of duplicating them. 429, 5xx and network errors are retried
 * with bounded exponential backoff; any other refusal fails at once with the server's
 * OperationOutcome issues (person ids redacted). Logs carry counts and durations only.
 *
 * Callers await each `write`; notes are queued until a bundle is full, and `close` sends the
 * rest.
 */
export class ServerFhirSink implements FhirSink {
  readonly name = 'fhir-server';
  private readonly client: Client;
  private readonly notesPerBundle: number;
  private pending: ProcessedNote[] = [];
  private resources = 0;
  private failure: Error | undefined;
  private result: FhirSinkResult | undefined;

  constructor(private readonly options: ServerSinkOptions) {
    this.client = new Client({
      baseUrl: options.baseUrl,
      ...(options.bearerToken ? { bearerToken: options.bearerToken } : {}),
    });
    this.notesPerBundle = options.notesPerBundle ?? 20;
    if (!Number.isSafeInteger(this.notesPerBundle) || this.notesPerBundle < 1) {
      throw new RangeError(`notesPerBundle must be a positive integer, got ${this.notesPerBundle}`);
    }
  }

  async write(notes: readonly ProcessedNote[]): Promise<void> {
    if (this.failure) throw this.failure;
    if (this.result) throw new Error('FHIR server sink is closed');
    this.pending.push(...notes);
    while (this.pending.length >= this.notesPerBundle) {
      await this.send(this.pending.splice(0, this.notesPerBundle));
    }
  }

  async flush(): Promise<void> {
    if (this.failure) throw this.failure;
    if (this.pending.length > 0) await this.send(this.pending.splice(0));
  }

  async close(outcome: 'done' | 'failed' = 'done'): Promise<FhirSinkResult> {
    if (this.result) return this.result;
    if (this.failure) throw this.failure;
    const queued = this.pending.splice(0);
    if (outcome === 'done' && queued.length > 0) await this.send(queued);
    else if (queued.length > 0)
      this.options.log.warn({ notes: queued.length }, 'fhir notes not sent: job failed');
    this.result = { resources: this.resources };
    return this.result;
  }

  private async send(notes: readonly ProcessedNote[]): Promise<void> {
    const { log } = this.options;
    const resources = notes.flatMap((note) => mapNoteToFhir(note, this.options.context));
    const bundle = toTransactionBundle(resources);
    const started = performance.now();
    try {
      const response = await withRetry(
        this.options.retry ?? DEFAULT_RETRY,
        () => this.post(bundle),
        classifyServerFailure,
        {
          ...this.options.retryHooks,
          onRetry: ({ attempt, delayMs, reason }) =>
            log.warn({ attempt, delayMs, reason, notes: notes.length }, 'fhir transaction retry'),
        },
      );
      if (!committed(response as TransactionResponse, bundle.entry.length)) {
        throw new FhirServerError(
          `FHIR server answered the transaction without committing every entry: ${describeIssues(
            outcomeIssues(response),
            personIds(notes),
          )}`,
          undefined,
          outcomeIssues(response),
          false,
        );
      }
    } catch (error) {
      const failure = toServerError(error, notes, resources.length);
      log.error(
        { notes: notes.length, resources: resources.length, status: statusOf(failure) },
        'fhir transaction failed',
      );
      // A refusal (4xx) would refuse the next bundle too: stop here. A server that was down or
      // busy may be back for the next write (a queue worker retries the job later).
      if (!(failure instanceof FhirServerError && failure.retryable)) this.failure = failure;
      throw failure;
    }
    this.resources += resources.length;
    log.info(
      {
        notes: notes.length,
        resources: resources.length,
        ms: Math.round(performance.now() - started),
      },
      'fhir transaction committed',
    );
  }

  private post(bundle: Bundle): Promise<KitResource> {
    return this.client.transaction({
      // Our Bundle type is readonly and closed; fhir-kit-client wants an open record.
      body: bundle as unknown as KitResource,
      options: { signal: AbortSignal.timeout(this.options.requestTimeoutMs ?? 60_000) },
    });
  }
}

function personIds(notes: readonly ProcessedNote[]): string[] {
  return notes.flatMap((note) => [note.note.personId, safeId(note.note.personId)]);
}

function statusOf(error: Error): number | undefined {
  return error instanceof FhirServerError ? error.status : undefined;
}

/** Any failure of a batch as a {@link FhirServerError} whose message is safe to log. */
function toServerError(error: unknown, notes: readonly ProcessedNote[], resources: number): Error {
  if (error instanceof FhirServerError) return error;
  const what = `a transaction of ${notes.length} notes (${resources} resources)`;
  const failure = classifyServerFailure(error);
  const response = (error as { response?: { status?: unknown; data?: unknown } }).response;
  if (typeof response?.status === 'number') {
    const issues = outcomeIssues(response.data);
    const verdict = failure.retry ? 'failed after retries' : 'was refused';
    return new FhirServerError(
      `FHIR server: ${what} ${verdict} (HTTP ${response.status}): ${describeIssues(issues, personIds(notes))}`,
      response.status,
      issues,
      failure.retry,
    );
  }
  if (failure.retry) {
    return new FhirServerError(
      `FHIR server unreachable: ${what} failed after retries (${failure.reason})`,
      undefined,
      [],
      true,
      { cause: error },
    );
  }
  return error instanceof Error ? error : new Error(String(error));
}
