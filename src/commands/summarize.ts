import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { UsageError } from '../cli-options.js';
import { DEFAULT_OMOP_SCHEMA } from '../sinks/omop/target.js';
import { recoveredNumbers } from '../summarize/attack.js';
import {
  DEFAULT_MIN_CELL,
  mergeSummaries,
  type NoteFacts,
  type Summary,
  SummarySchema,
  summarizeFacts,
} from '../summarize/index.js';
import { VERSION } from '../system.js';
import { type AuditEntry, appendAudit, defaultAuditPath, osUser } from './audit-log.js';
import {
  readAnnotationFacts,
  readNoteContext,
  readOmopFacts,
  SummarizeInputError,
} from './summarize-input.js';

export interface SummarizeRunOptions {
  /** `postgres://…` or `embedded:<dir>`: the OMOP tables emrx wrote. */
  readonly omop?: string;
  readonly omopSchema?: string;
  /** annotations.jsonl */
  readonly input?: string;
  /** With `input`: the notes file, to count by year of note and check persons behind counts. */
  readonly notes?: string;
  /** Site summaries to combine. */
  readonly merge?: readonly string[];
  readonly minCell?: number;
  readonly output: string;
  /** The audit log (default `~/.emrx/audit.jsonl`). */
  readonly audit?: string;
  /** For tests. */
  readonly now?: () => Date;
}

export interface SummarizeRunResult {
  readonly summary: Summary;
  readonly output: string;
  readonly sha256: string;
  readonly audit: string;
  /** Notes counted (0 for a merge). */
  readonly notes: number;
}

/** Password-free form of a database target, safe for the audit log. */
function redactTarget(target: string): string {
  if (!/^postgres(ql)?:\/\//.test(target)) return target;
  try {
    const url = new URL(target);
    url.password = '';
    return url.toString();
  } catch {
    return 'postgres://(unparseable)';
  }
}

function checkOptions(options: SummarizeRunOptions): 'omop' | 'annotations' | 'merge' {
  const modes = [
    options.omop !== undefined ? 'omop' : undefined,
    options.input !== undefined ? 'annotations' : undefined,
    options.merge !== undefined ? 'merge' : undefined,
  ].filter((m): m is 'omop' | 'annotations' | 'merge' => m !== undefined);
  if (modes.length !== 1)
    throw new UsageError(
      'give exactly one of --omop <db>, --in <annotations.jsonl>, --merge <files…>',
    );
  if (options.notes !== undefined && options.input === undefined)
    throw new UsageError('--notes goes with --in (the OMOP note table has the dates)');
  if (options.merge !== undefined && options.merge.length === 0)
    throw new UsageError('--merge needs at least one summary file');
  const minCell = options.minCell ?? DEFAULT_MIN_CELL;
  if (!Number.isSafeInteger(minCell) || minCell < 1)
    throw new UsageError(`--min-cell must be a positive integer: ${minCell}`);
  return modes[0]!;
}

async function readSummary(path: string): Promise<Summary> {
  let json: unknown;
  try {
    json = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    throw new SummarizeInputError(path, [`not a JSON file (${(error as Error).name})`]);
  }
  const parsed = SummarySchema.safeParse(json);
  if (!parsed.success)
    throw new SummarizeInputError(
      path,
      parsed.error.issues.map((i) => `${i.path.join('.') || '(file)'}: ${i.message}`),
    );
  return parsed.data;
}

async function collectFacts(
  mode: 'omop' | 'annotations',
  options: SummarizeRunOptions,
): Promise<{ facts: NoteFacts[]; years: boolean; target?: string }> {
  if (mode === 'annotations') {
    const notes = options.notes ? await readNoteContext(resolve(options.notes)) : undefined;
    const facts = await readAnnotationFacts(resolve(options.input!), notes);
    return { facts, years: notes !== undefined };
  }
  // The database driver is loaded only when asked for.
  const { openSqlClient } = await import('../sinks/omop/sql-client.js');
  const db = await openSqlClient(options.omop!);
  try {
    const facts = await readOmopFacts(db, options.omopSchema ?? DEFAULT_OMOP_SCHEMA);
    return { facts, years: true, target: db.description };
  } finally {
    await db.close();
  }
}

/**
 * `emrx summarize`: aggregate counts with small-cell and complementary suppression, from
 * annotations.jsonl or the OMOP tables, or combining site summaries. The summary is checked
 * against its schema and by an attacker (no suppressed number may be recoverable from what it
 * publishes) before it is written; every run, done or failed, is recorded in the audit log, and
 * a summary is only written once its record is.
 */
export async function runSummarize(options: SummarizeRunOptions): Promise<SummarizeRunResult> {
  const mode = checkOptions(options);
  const minCell = options.minCell ?? DEFAULT_MIN_CELL;
  const output = resolve(options.output);
  const auditPath = resolve(options.audit ?? defaultAuditPath());
  const now = options.now ?? (() => new Date());
  const parameters: Record<string, unknown> = {
    mode,
    min_cell: minCell,
    out: output,
    ...(options.omop !== undefined
      ? {
          omop: redactTarget(options.omop),
          omop_schema: options.omopSchema ?? DEFAULT_OMOP_SCHEMA,
        }
      : {}),
    ...(options.input !== undefined ? { in: resolve(options.input) } : {}),
    ...(options.notes !== undefined ? { notes: resolve(options.notes) } : {}),
    ...(options.merge !== undefined ? { merge: options.merge.map((p) => resolve(p)) } : {}),
  };
  const record = (status: AuditEntry['status'], out?: AuditEntry['output']) =>
    appendAudit(auditPath, {
      time: now().toISOString(),
      user: osUser(),
      command: 'summarize',
      emrx: VERSION,
      status,
      parameters,
      ...(out ? { output: out } : {}),
    });

  const temporary = `${output}.${process.pid}.tmp`;
  try {
    let summary: Summary;
    let notes = 0;
    const generator = `emrx ${VERSION}`;
    if (mode === 'merge') {
      const inputs: Summary[] = [];
      for (const path of options.merge!) inputs.push(await readSummary(resolve(path)));
      summary = mergeSummaries(inputs, { minCell, generator });
    } else {
      const { facts, years } = await collectFacts(mode, options);
      notes = facts.length;
      summary = summarizeFacts(facts, { minCell, source: mode, years, generator });
    }
    SummarySchema.parse(summary);
    const recovered = recoveredNumbers(summary);
    if (recovered.length > 0)
      throw new Error(
        `refusing to write: ${recovered.length} suppressed number(s) recoverable (a bug in emrx)`,
      );
    const bytes = Buffer.from(`${JSON.stringify(summary, null, 2)}\n`, 'utf8');
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    await mkdir(dirname(output), { recursive: true });
    await writeFile(temporary, bytes);
    await record('done', { path: output, sha256, bytes: bytes.length });
    await rename(temporary, output);
    return { summary, output, sha256, audit: auditPath, notes };
  } catch (error) {
    await rm(temporary, { force: true });
    // A failed run is recorded too (best effort: the original error is the one reported).
    await record('failed').catch(() => {});
    throw error;
  }
}
