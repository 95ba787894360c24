import type { Failure } from './retry.js';

/** One OperationOutcome issue, as much as an error message needs. */
export interface OutcomeIssue {
  readonly severity?: string;
  readonly code?: string;
  readonly diagnostics?: string;
  readonly expression?: readonly string[];
}

/**
 * A FHIR server refused our data, or could not be reached within the retry budget.
 * `retryable` says whether a later run may succeed unchanged (5xx, 429, network) or the data or
 * configuration must change first (other 4xx, an unexpected response).
 */
export class FhirServerError extends Error {
  override readonly name = 'FhirServerError';

  constructor(
    message: string,
    readonly status: number | undefined,
    readonly issues: readonly OutcomeIssue[],
    readonly retryable: boolean,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

/** What fhir-kit-client 2.x attaches to an HTTP error (`response`, and `config.headers`). */
interface KitHttpError {
  readonly response: { readonly status: number; readonly data: unknown };
  readonly config?: { readonly headers?: { get(name: string): string | null } };
}

function isKitHttpError(error: unknown): error is KitHttpError {
  if (typeof error !== 'object' || error === null || !('response' in error)) return false;
  const response = (error as { response: unknown }).response;
  return (
    typeof response === 'object' &&
    response !== null &&
    typeof (response as { status: unknown }).status === 'number'
  );
}

/** Node's fetch (undici) failures below HTTP: refused, reset, DNS, TLS, our timeout. */
function networkReason(error: unknown): string | undefined {
  if (!(error instanceof Error)) return undefined;
  if (error.name === 'TimeoutError') return 'timeout';
  if (error instanceof TypeError && error.message === 'fetch failed') {
    const code = (error.cause as { code?: unknown } | undefined)?.code;
    return typeof code === 'string' ? code : 'network error';
  }
  return undefined;
}

/** `Retry-After` in seconds or as an HTTP date (RFC 9110 §10.2.3), in ms from `now`. */
export function retryAfterMs(
  value: string | null | undefined,
  now = Date.now(),
): number | undefined {
  if (!value) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/** 429, 5xx and network failures are worth retrying; every other failure is final. */
export function classifyServerFailure(error: unknown): Failure {
  if (isKitHttpError(error)) {
    const { status } = error.response;
    if (status !== 429 && status < 500) return { retry: false };
    const after = retryAfterMs(error.config?.headers?.get('retry-after'));
    return {
      retry: true,
      reason: `HTTP ${status}`,
      ...(after !== undefined ? { retryAfterMs: after } : {}),
    };
  }
  const reason = networkReason(error);
  return reason === undefined ? { retry: false } : { retry: true, reason };
}

/** The issues of an OperationOutcome, or of the outcomes in a (transaction-)response Bundle. */
export function outcomeIssues(data: unknown): OutcomeIssue[] {
  if (typeof data !== 'object' || data === null) return [];
  const resource = data as {
    resourceType?: unknown;
    issue?: unknown;
    entry?: readonly { response?: { outcome?: unknown } }[];
  };
  if (resource.resourceType === 'OperationOutcome' && Array.isArray(resource.issue)) {
    return resource.issue.map((issue: Record<string, unknown>) => ({
      ...(typeof issue.severity === 'string' ? { severity: issue.severity } : {}),
      ...(typeof issue.code === 'string' ? { code: issue.code } : {}),
      ...(typeof issue.diagnostics === 'string'
        ? { diagnostics: issue.diagnostics }
        : typeof (issue.details as { text?: unknown } | undefined)?.text === 'string'
          ? { diagnostics: (issue.details as { text: string }).text }
          : {}),
      ...(Array.isArray(issue.expression)
        ? { expression: issue.expression.filter((e): e is string => typeof e === 'string') }
        : {}),
    }));
  }
  if (resource.resourceType === 'Bundle' && Array.isArray(resource.entry)) {
    return resource.entry.flatMap((entry) => outcomeIssues(entry.response?.outcome));
  }
  return [];
}

const MAX_ISSUES = 10;
const MAX_DIAGNOSTICS = 300;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Removes person ids from server text before it reaches a log or an error: any `Patient/<id>`
 * reference, and the batch's raw and FHIR person ids as whole tokens. (Our bundles carry no
 * note text, so a server cannot echo any.)
 */
export function redactPersons(text: string, personIds: Iterable<string>): string {
  let out = text.replace(/Patient\/[A-Za-z0-9\-.]{1,64}/g, 'Patient/[person]');
  const ids = [...new Set(personIds)].filter((id) => id !== '').sort((a, b) => b.length - a.length);
  for (const id of ids) {
    out = out.replace(
      new RegExp(`(?<![A-Za-z0-9])${escapeRegExp(id)}(?![A-Za-z0-9])`, 'g'),
      '[person]',
    );
  }
  return out;
}

/** `error invalid: "…" at Bundle.entry[2].resource.subject; …` for an error message. */
export function describeIssues(
  issues: readonly OutcomeIssue[],
  personIds: Iterable<string>,
): string {
  const ids = [...personIds];
  if (issues.length === 0) return 'no OperationOutcome in the response';
  const shown = issues.slice(0, MAX_ISSUES).map((issue) => {
    const head = [issue.severity, issue.code].filter(Boolean).join(' ') || 'issue';
    const text = issue.diagnostics
      ? ` "${redactPersons(issue.diagnostics, ids).slice(0, MAX_DIAGNOSTICS)}"`
      : '';
    const at = issue.expression?.length
      ? ` at ${redactPersons(issue.expression.join(', '), ids)}`
      : '';
    return `${head}:${text}${at}`;
  });
  const more = issues.length > MAX_ISSUES ? `; and ${issues.length - MAX_ISSUES} more` : '';
  return `${shown.join('; ')}${more}`;
}
