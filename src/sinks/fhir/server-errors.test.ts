import { describe, expect, it } from 'vitest';
import {
  classifyServerFailure,
  describeIssues,
  outcomeIssues,
  redactPersons,
  retryAfterMs,
} from './server-errors.js';

function httpError(status: number, data: unknown = {}, headers: Record<string, string> = {}) {
  return Object.assign(new Error(`HTTP ${status}`), {
    response: { status, data },
    config: { headers: new Headers(headers) },
  });
}

describe('classifyServerFailure', () => {
  it.each([429, 500, 502, 503, 504])('retries HTTP %i', (status) => {
    expect(classifyServerFailure(httpError(status))).toEqual({
      retry: true,
      reason: `HTTP ${status}`,
    });
  });

  it.each([400, 401, 403, 404, 409, 412, 422])('does not retry HTTP %i', (status) => {
    expect(classifyServerFailure(httpError(status))).toEqual({ retry: false });
  });

  it('honours Retry-After', () => {
    expect(classifyServerFailure(httpError(503, {}, { 'retry-after': '7' }))).toMatchObject({
      retryAfterMs: 7000,
    });
  });

  it('retries network failures and timeouts, not programming errors', () => {
    const refused = new TypeError('fetch failed', {
      cause: Object.assign(new Error('x'), { code: 'ECONNREFUSED' }),
    });
    expect(classifyServerFailure(refused)).toEqual({ retry: true, reason: 'ECONNREFUSED' });
    const timeout = Object.assign(new Error('timed out'), { name: 'TimeoutError' });
    expect(classifyServerFailure(timeout)).toEqual({ retry: true, reason: 'timeout' });
    expect(classifyServerFailure(new TypeError('x is not a function'))).toEqual({ retry: false });
  });
});

describe('retryAfterMs', () => {
  it('reads seconds and HTTP dates', () => {
    expect(retryAfterMs('3')).toBe(3000);
    expect(
      retryAfterMs('Wed, 21 Oct 2015 07:28:10 GMT', Date.parse('Wed, 21 Oct 2015 07:28:00 GMT')),
    ).toBe(10_000);
    expect(retryAfterMs('soon')).toBeUndefined();
    expect(retryAfterMs(null)).toBeUndefined();
  });
});

describe('outcome issues', () => {
  it('reads OperationOutcome issues, details.text when no diagnostics, and response bundles', () => {
    const outcome = {
      resourceType: 'OperationOutcome',
      issue: [
        {
          severity: 'error',
          code: 'invalid',
          diagnostics: 'bad',
          expression: ['Observation.status'],
        },
        { severity: 'error', code: 'required', details: { text: 'missing' } },
      ],
    };
    expect(outcomeIssues(outcome)).toEqual([
      {
        severity: 'error',
        code: 'invalid',
        diagnostics: 'bad',
        expression: ['Observation.status'],
      },
      { severity: 'error', code: 'required', diagnostics: 'missing' },
    ]);
    expect(
      outcomeIssues({ resourceType: 'Bundle', entry: [{ response: { outcome } }] }),
    ).toHaveLength(2);
    expect(outcomeIssues('<html>busy</html>')).toEqual([]);
  });

  it('describes issues compactly, with person ids redacted', () => {
    const text = describeIssues(
      [
        {
          severity: 'error',
          code: 'processing',
          diagnostics: 'Patient/h-abc and 12345 unknown; 123456 fine',
          expression: ['Bundle.entry[1]'],
        },
      ],
      ['12345'],
    );
    expect(text).toBe(
      'error processing: "Patient/[person] and [person] unknown; 123456 fine" at Bundle.entry[1]',
    );
    expect(describeIssues([], [])).toBe('no OperationOutcome in the response');
    expect(
      describeIssues(
        Array.from({ length: 12 }, () => ({ code: 'invalid' })),
        [],
      ),
    ).toMatch(/and 2 more$/);
  });

  it('redacts ids with regex characters literally', () => {
    expect(redactPersons('id a.b+c here, aXb+c not', ['a.b+c'])).toBe(
      'id [person] here, aXb+c not',
    );
  });
});
