import { z } from 'zod';
import { splitResidues, THREE_BY_ONE, threeLetter } from './amino-acids.js';
import type { HgvsLevel, HgvsResult } from './parse.js';

/**
 * A reference sequence, or a fragment of one, in the coordinates a description uses: each
 * residue carries its HGVS position text (`5690`, `-4`, `1704+1`, `1813-2`, `*12`).
 */
export interface ReferenceSequence {
  readonly accession: string;
  readonly type: 'nucleotide' | 'protein';
  /** Upper case, one letter a residue; RNA `u` is held as `T`. */
  readonly residues: string;
  readonly labels: readonly string[];
  /** True when the sequence runs from the reference's first residue to its last. */
  readonly complete: boolean;
  /** Indexes i with an exon/exon junction between residue i and i + 1 (`c.`/`n.` only). */
  readonly junctions: ReadonlySet<number>;
}

export interface ReferenceOptions {
  readonly accession: string;
  readonly sequence: string;
  /** Position of the first residue (default `1`). */
  readonly start?: string;
  /** Exonic positions followed by intron: the next residues are `N+1`, `N+2`, … */
  readonly intronAfter?: readonly string[];
  /** Positions followed by an exon/exon junction: a `c.`/`n.` change is not shifted across it. */
  readonly junctionAfter?: readonly string[];
  /** The last coding position: the residue after it is `*1`. */
  readonly cdsEnd?: number;
  /** Only part of the reference: a shift that reaches its end cannot be settled. */
  readonly fragment?: boolean;
  readonly type?: 'nucleotide' | 'protein';
}

const POSITION_TEXT = /^([-*]?)(\d+)([+-]\d+)?$/;

/** Builds a reference (fragment) from a sequence and the position of its first residue. */
export function referenceSequence(options: ReferenceOptions): ReferenceSequence {
  const raw = options.sequence.replace(/\s+/g, '').replace(/\*$/, '');
  if (raw === '') throw new Error(`reference ${options.accession}: empty sequence`);
  const type = options.type ?? (/^[ACGTUN]+$/i.test(raw) ? 'nucleotide' : 'protein');
  const letters = type === 'nucleotide' ? /^[ACGTUN]+$/i : /^[A-Z]+$/;
  if (!letters.test(raw)) {
    throw new Error(
      `reference ${options.accession}: not a ${type} sequence (letters ${type === 'nucleotide' ? 'ACGTUN' : 'A–Z, one-letter codes'})`,
    );
  }
  const residues = raw.toUpperCase().replace(/U/g, type === 'nucleotide' ? 'T' : 'U');
  const start = POSITION_TEXT.exec(options.start ?? '1');
  if (!start) throw new Error(`reference ${options.accession}: bad start position`);
  const intronAfter = new Set(options.intronAfter ?? []);
  let prefix = start[1] as '' | '-' | '*';
  let main = Number(start[2]);
  let offset = start[3] ? Number(start[3]) : 0;
  const labels: string[] = [];
  const text = () =>
    `${prefix}${main}${offset > 0 ? `+${offset}` : offset < 0 ? String(offset) : ''}`;
  for (let i = 0; i < residues.length; i += 1) {
    labels.push(text());
    if (offset !== 0) offset += 1;
    else if (intronAfter.has(text())) offset = 1;
    else if (prefix === '-') {
      main -= 1;
      if (main === 0) [prefix, main] = ['', 1];
    } else if (prefix === '' && options.cdsEnd === main) [prefix, main] = ['*', 1];
    else main += 1;
  }
  const index = new Map(labels.map((label, i) => [label, i]));
  const junctions = new Set<number>();
  for (const after of options.junctionAfter ?? []) {
    const i = index.get(after);
    if (i !== undefined) junctions.add(i);
  }
  return {
    accession: options.accession,
    type,
    residues,
    labels,
    complete: !options.fragment,
    junctions,
  };
}

// FASTA header: ">ACCESSION key=value …" (start, intron_after, junction_after, cds_end, type,
// fragment). Anything else is an error, so a typo never silently changes the numbering.
const positionList = z
  .string()
  .regex(/^[-*]?\d+(?:[+-]\d+)?(?:,[-*]?\d+(?:[+-]\d+)?)*$/, 'positions, comma-separated')
  .transform((s) => s.split(','));
const HeaderOptions = z
  .object({
    start: z.string().regex(POSITION_TEXT, 'an HGVS position such as 1, -244 or 1813-2'),
    intron_after: positionList,
    junction_after: positionList,
    cds_end: z.coerce.number().int().positive(),
    type: z.enum(['nucleotide', 'protein']),
    fragment: z.literal(true),
  })
  .partial()
  .strict();

/**
 * Reads a local FASTA file's text: one record per `>` header whose first word is the
 * accession (`NM_004006.2`, `LRG_199t1`, `NC_000023.11(NM_004006.2)`). Throws with the line
 * number on anything it cannot read.
 */
export function parseReferenceFasta(text: string): ReferenceSequence[] {
  const records: ReferenceSequence[] = [];
  const seen = new Set<string>();
  let header: { accession: string; options: z.infer<typeof HeaderOptions>; line: number } | null =
    null;
  let sequence: string[] = [];
  const finish = () => {
    if (!header) return;
    const { accession, options, line } = header;
    if (sequence.length === 0) throw new Error(`FASTA line ${line}: ${accession} has no sequence`);
    try {
      records.push(
        referenceSequence({
          accession,
          sequence: sequence.join(''),
          ...(options.start !== undefined ? { start: options.start } : {}),
          ...(options.intron_after ? { intronAfter: options.intron_after } : {}),
          ...(options.junction_after ? { junctionAfter: options.junction_after } : {}),
          ...(options.cds_end !== undefined ? { cdsEnd: options.cds_end } : {}),
          ...(options.type ? { type: options.type } : {}),
          ...(options.fragment ? { fragment: true } : {}),
        }),
      );
    } catch (error) {
      throw new Error(`FASTA line ${line}: ${(error as Error).message}`);
    }
  };
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  lines.forEach((raw, i) => {
    const line = raw.trim();
    if (line === '' || line.startsWith(';')) return;
    if (line.startsWith('>')) {
      finish();
      const [accession = '', ...pairs] = line.slice(1).trim().split(/\s+/);
      if (accession === '') throw new Error(`FASTA line ${i + 1}: a header needs an accession`);
      if (seen.has(accession)) throw new Error(`FASTA line ${i + 1}: ${accession} appears twice`);
      seen.add(accession);
      const fields: Record<string, string | true> = {};
      for (const pair of pairs) {
        const eq = pair.indexOf('=');
        if (eq < 0) fields[pair] = true;
        else fields[pair.slice(0, eq)] = pair.slice(eq + 1);
      }
      const parsed = HeaderOptions.safeParse(fields);
      if (!parsed.success) {
        const issue = parsed.error.issues[0]!;
        throw new Error(
          `FASTA line ${i + 1}: ${issue.path.join('.') || 'header'}: ${issue.message} (keys: start, intron_after, junction_after, cds_end, type, fragment)`,
        );
      }
      header = { accession, options: parsed.data, line: i + 1 };
      sequence = [];
      return;
    }
    if (!header) throw new Error(`FASTA line ${i + 1}: sequence before the first ">" header`);
    if (!/^[A-Za-z*]+$/.test(line.replace(/\s+/g, ''))) {
      throw new Error(`FASTA line ${i + 1}: not sequence letters`);
    }
    sequence.push(line);
  });
  finish();
  if (records.length === 0) throw new Error('FASTA: no records');
  return records;
}

/** The reference sequences to judge one description by (its accession, as written). */
export type SequenceProvider = (reference: string | undefined) => readonly ReferenceSequence[];

/**
 * Looks records up by the full reference (`NC_000023.11(NM_004006.2)`), then the transcript in
 * brackets, then the accession outside them. No accession, no lookup.
 */
export function fastaProvider(records: readonly ReferenceSequence[]): SequenceProvider {
  const byAccession = new Map<string, ReferenceSequence[]>();
  for (const record of records) {
    const list = byAccession.get(record.accession) ?? [];
    list.push(record);
    byAccession.set(record.accession, list);
  }
  return (reference) => {
    if (!reference) return [];
    const [, outer, inner] = /^([^(]+)(?:\(([^)]+)\))?$/.exec(reference) ?? [];
    for (const key of [reference, inner, outer]) {
      const found = key ? byAccession.get(key) : undefined;
      if (found) return found;
    }
    return [];
  };
}

export interface ReferenceCheck {
  /**
   * `consistent`: the reference confirms the description. `inconsistent`: it shows the
   * description is wrong. `undetermined`: the reference given is too short to settle it.
   * `unchecked`: no reference for it, or a change type this check does not judge.
   */
  readonly status: 'consistent' | 'inconsistent' | 'undetermined' | 'unchecked';
  readonly reason?: string;
  /** For `inconsistent`: the conforming description, when the reference settles it. */
  readonly normalized?: string;
}

interface Edit {
  /** Deleted residues are [start, end] (end = start - 1: none); `inserted` goes in their place. */
  start: number;
  end: number;
  inserted: string;
}

const ONE_BY_THREE: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(THREE_BY_ONE).map(([one, three]) => [three, one]),
);

const NUCLEOTIDE_CHANGE =
  /^([-*]?\d+(?:[+-]\d+)?)(?:_([-*]?\d+(?:[+-]\d+)?))?(?:([ACGTUN])>([ACGTUN])|(del|dup)|ins([ACGTUN]+)|delins([ACGTUN]+))$/i;
const AA =
  '(?:Ala|Arg|Asn|Asp|Cys|Gln|Glu|Gly|His|Ile|Leu|Lys|Met|Phe|Pro|Ser|Thr|Trp|Tyr|Val|Sec|Pyl|Ter)';
const PROTEIN_CHANGE = new RegExp(
  `^(${AA})(\\d+)(?:_(${AA})(\\d+))?(?:(del|dup)|ins((?:${AA})+)|delins((?:${AA})+)|(${AA}))$`,
);

/**
 * Judges a parsed description against the reference sequence: the stated residues must be
 * there; a deletion, duplication or insertion sits at its most 3′ (C-terminal) position (the
 * "3′ rule", not across an exon/exon junction on a `c.`/`n.` reference); an insertion of a copy
 * of the sequence just 5′ of it is a duplication; a delins that keeps residues at either end is
 * trimmed to what changed; a protein deletion reaching the C-terminus is a nonsense change.
 * Pure: the provider is the only source of sequence. Judges only descriptions the string parser
 * could give a conforming form for, and only del, dup, ins, delins and substitutions.
 */
export function checkAgainstReference(
  parsed: HgvsResult,
  provider: SequenceProvider,
): ReferenceCheck {
  const { level, normalized } = parsed;
  if (!level || !normalized) return { status: 'unchecked', reason: 'no conforming form to check' };
  const prefix = parsed.reference ? `${parsed.reference}:` : '';
  let body = normalized.slice(prefix.length + 2);
  const predicted = /^\((.*)\)$/.exec(body);
  if (predicted) body = predicted[1]!;
  const wrap = (text: string) => `${prefix}${level}.${predicted ? `(${text})` : text}`;
  const protein = level === 'p';
  const candidates = provider(parsed.reference).filter(
    (r) => r.type === (protein ? 'protein' : 'nucleotide'),
  );
  if (candidates.length === 0)
    return { status: 'unchecked', reason: 'no reference sequence given' };
  const change = protein ? proteinChange(body) : nucleotideChange(body);
  if (!change) return { status: 'unchecked', reason: 'a change type this check does not judge' };
  let outside: string | undefined;
  for (const ref of candidates) {
    const judged = judge(change, ref, level);
    if (judged === null) continue;
    if (typeof judged === 'string') {
      outside ??= judged;
      continue;
    }
    const { status, reason, text } = judged;
    return {
      status,
      ...(reason ? { reason } : {}),
      ...(status === 'inconsistent' && text ? { normalized: wrap(text) } : {}),
    };
  }
  return outside
    ? { status: 'inconsistent', reason: outside }
    : { status: 'undetermined', reason: 'the reference given does not cover these positions' };
}

/** The check's verdict folded into the parse: a reference-inconsistent description is not valid. */
export function withReferenceCheck<T extends HgvsResult>(parsed: T, check: ReferenceCheck): T {
  if (check.status !== 'inconsistent') return parsed;
  const { normalized: _, ...rest } = parsed;
  return {
    ...rest,
    valid: false,
    error: [parsed.error, check.reason].filter(Boolean).join('; '),
    ...(check.normalized ? { normalized: check.normalized } : {}),
  } as T;
}

interface Change {
  readonly op: 'sub' | 'del' | 'dup' | 'ins' | 'delins';
  readonly from: string;
  readonly to?: string;
  /** Residues the description names (protein positions, substitution's reference base). */
  readonly named: readonly { position: string; residue: string }[];
  readonly inserted: string;
}

function nucleotideChange(body: string): Change | null {
  const m = NUCLEOTIDE_CHANGE.exec(body);
  if (!m) return null;
  const [, from, to, refBase, alt, delDup, ins, delins] = m;
  const up = (s: string) => s.toUpperCase().replace(/U/g, 'T');
  const base = { from: from!, ...(to ? { to } : {}) };
  if (refBase) {
    return {
      ...base,
      op: 'sub',
      named: [{ position: from!, residue: up(refBase) }],
      inserted: up(alt!),
    };
  }
  if (delDup) return { ...base, op: delDup as 'del' | 'dup', named: [], inserted: '' };
  if (ins) return { ...base, op: 'ins', named: [], inserted: up(ins) };
  return { ...base, op: 'delins', named: [], inserted: up(delins!) };
}

function proteinChange(body: string): Change | null {
  const m = PROTEIN_CHANGE.exec(body);
  if (!m) return null;
  const [, aa1, pos1, aa2, pos2, delDup, ins, delins, sub] = m;
  const one = (run: string) =>
    splitResidues(run)
      .map((r) => ONE_BY_THREE[threeLetter(r)] ?? '?')
      .join('');
  const named = [{ position: pos1!, residue: one(aa1!) }];
  if (aa2) named.push({ position: pos2!, residue: one(aa2) });
  const base = { from: pos1!, ...(pos2 ? { to: pos2 } : {}), named };
  if (sub) return { ...base, op: 'sub', inserted: one(sub) };
  if (delDup) return { ...base, op: delDup as 'del' | 'dup', inserted: '' };
  if (ins) return { ...base, op: 'ins', inserted: one(ins) };
  return { ...base, op: 'delins', inserted: one(delins!) };
}

interface Judged {
  readonly status: 'consistent' | 'inconsistent' | 'undetermined';
  readonly reason?: string;
  readonly text?: string;
}

/**
 * One reference: null when it does not hold the positions, a string (a reason) when it shows
 * a position past its end, else the verdict.
 */
function judge(change: Change, ref: ReferenceSequence, level: HgvsLevel): Judged | string | null {
  const index = new Map(ref.labels.map((label, i) => [label, i]));
  const at = (position: string) => index.get(position);
  const rna = level === 'r';
  const protein = level === 'p';
  // Past the end of a complete reference: "p.Trp24_Met36853del" on a 3685-residue protein.
  if (ref.complete) {
    const last = ref.labels.at(-1)!;
    for (const position of [change.from, change.to]) {
      if (
        position &&
        /^\d+$/.test(position) &&
        /^\d+$/.test(last) &&
        Number(position) > Number(last)
      ) {
        return `position ${level}.${position} is past the end of ${ref.accession} (${ref.labels.length} residues)`;
      }
    }
  }
  const show = (residues: string) =>
    protein
      ? [...residues].map((r) => threeLetter(r)).join('')
      : rna
        ? residues.toLowerCase().replace(/t/g, 'u')
        : residues;
  for (const { position, residue } of change.named) {
    const i = at(position);
    if (i === undefined) return null;
    if (ref.residues[i] !== residue) {
      return {
        status: 'inconsistent',
        reason: `${ref.accession} has ${show(ref.residues[i]!)} at ${level}.${position}, not ${show(residue)}`,
      };
    }
  }
  let edit: Edit;
  if (change.op === 'ins') {
    const a = at(change.from);
    const b = change.to === undefined ? undefined : at(change.to);
    if (a === undefined && b === undefined) return null;
    if (a !== undefined && b !== undefined && b !== a + 1) return null;
    const point = a !== undefined ? a + 1 : b!;
    edit = { start: point, end: point - 1, inserted: change.inserted };
  } else {
    const s = at(change.from);
    const e = change.to === undefined ? s : at(change.to);
    if (s === undefined || e === undefined || e < s) return null;
    edit =
      change.op === 'dup'
        ? { start: e + 1, end: e, inserted: ref.residues.slice(s, e + 1) }
        : { start: s, end: e, inserted: change.inserted };
  }
  const barrier = (i: number) => !rna && !protein && ref.junctions.has(i);
  const result = normalize(ref, edit, barrier);
  const text = describe(result, ref, level, show);
  const written = describeChange(change, level, show);
  const label = (i: number) => ref.labels[i]!;
  if (result.kind === 'none') {
    return { status: 'inconsistent', reason: 'with the reference sequence this changes nothing' };
  }
  // A protein deletion that runs to the C-terminal end is a nonsense change (p.Trp26Ter).
  if (protein && result.kind === 'del' && ref.complete && result.end === ref.residues.length - 1) {
    const nonsense = `${show(ref.residues[result.start]!)}${label(result.start)}Ter`;
    return {
      status: 'inconsistent',
      reason: `a deletion to the C-terminal end is a nonsense change: p.${nonsense}`,
      text: nonsense,
    };
  }
  if (text === undefined)
    return { status: 'undetermined', reason: 'the reference given ends too soon' };
  if (text === written) {
    return result.settled
      ? { status: 'consistent' }
      : {
          status: 'undetermined',
          reason: result.offStart
            ? `the reference given starts at ${level}.${label(0)}; a copy of the sequence before it (a duplication) cannot be ruled out`
            : `the reference given ends at ${level}.${label(ref.residues.length - 1)}; a 3′ shift beyond it cannot be ruled out`,
        };
  }
  const where = result.settled
    ? `${level}.${text}`
    : `${level}.${text} or further 3′ (the reference given ends at ${level}.${label(ref.residues.length - 1)})`;
  const reason =
    change.op === 'ins' && result.kind === 'dup'
      ? `an inserted copy of the sequence just 5′ of it is a duplication: ${where}`
      : change.op === result.kind
        ? `3′ rule: the most 3′ position is ${where}`
        : `with the reference sequence this is ${where}`;
  return { status: 'inconsistent', reason, ...(result.settled ? { text } : {}) };
}

interface Normalized {
  readonly kind: 'none' | 'sub' | 'del' | 'dup' | 'ins' | 'delins';
  readonly start: number;
  readonly end: number;
  readonly inserted: string;
  /** False when the shift ran into the end of a fragment (or a copy check ran off its start). */
  readonly settled: boolean;
  readonly offStart?: boolean;
}

/** Trims what is unchanged, then shifts a deletion or insertion as far 3′ as it goes. */
function normalize(
  ref: ReferenceSequence,
  edit: Edit,
  barrier: (i: number) => boolean,
): Normalized {
  const seq = ref.residues;
  let { start, end, inserted } = edit;
  while (end >= start && inserted !== '' && seq[end] === inserted.at(-1)) {
    end -= 1;
    inserted = inserted.slice(0, -1);
  }
  while (end >= start && inserted !== '' && seq[start] === inserted[0]) {
    start += 1;
    inserted = inserted.slice(1);
  }
  const deleted = end - start + 1;
  if (deleted === 0 && inserted === '')
    return { kind: 'none', start, end, inserted, settled: true };
  if (deleted > 0 && inserted !== '') {
    return {
      kind: deleted === 1 && inserted.length === 1 ? 'sub' : 'delins',
      start,
      end,
      inserted,
      settled: true,
    };
  }
  if (deleted > 0) {
    for (;;) {
      if (end + 1 >= seq.length)
        return { kind: 'del', start, end, inserted, settled: ref.complete };
      if (barrier(end) || seq[start] !== seq[end + 1]) {
        return { kind: 'del', start, end, inserted, settled: true };
      }
      start += 1;
      end += 1;
    }
  }
  // An insertion before index `start`.
  let settled = true;
  for (;;) {
    if (start >= seq.length) {
      settled = ref.complete;
      break;
    }
    if (barrier(start - 1) || seq[start] !== inserted[0]) break;
    inserted = inserted.slice(1) + inserted[0];
    start += 1;
  }
  const n = inserted.length;
  if (start - n >= 0 && seq.slice(start - n, start) === inserted) {
    return { kind: 'dup', start: start - n, end: start - 1, inserted, settled };
  }
  // A copy check that runs off a fragment's start cannot rule a duplication out.
  const offStart = start - n < 0 && !ref.complete;
  return { kind: 'ins', start, end: start - 1, inserted, settled: settled && !offStart, offStart };
}

function describe(
  n: Normalized,
  ref: ReferenceSequence,
  level: HgvsLevel,
  show: (residues: string) => string,
): string | undefined {
  const protein = level === 'p';
  const label = (i: number) => ref.labels[i];
  const pos = (i: number) => {
    const l = label(i);
    if (l === undefined) return undefined;
    return protein ? `${show(ref.residues[i]!)}${l}` : l;
  };
  const range = (s: number, e: number) => {
    const a = pos(s);
    const b = pos(e);
    if (a === undefined || b === undefined) return undefined;
    return s === e ? a : `${a}_${b}`;
  };
  switch (n.kind) {
    case 'none':
      return undefined;
    case 'sub': {
      const p = pos(n.start);
      if (p === undefined) return undefined;
      return protein
        ? `${p}${show(n.inserted)}`
        : `${p}${show(ref.residues[n.start]!)}>${show(n.inserted)}`;
    }
    case 'del':
    case 'dup': {
      const r = range(n.start, n.end);
      return r === undefined ? undefined : `${r}${n.kind}`;
    }
    case 'ins': {
      const r = range(n.start - 1, n.start);
      return r === undefined || n.start === 0 ? undefined : `${r}ins${show(n.inserted)}`;
    }
    case 'delins': {
      const r = range(n.start, n.end);
      return r === undefined ? undefined : `${r}delins${show(n.inserted)}`;
    }
  }
}

/** The change as written, in the same form `describe` gives (so the two compare as text). */
function describeChange(
  change: Change,
  level: HgvsLevel,
  show: (residues: string) => string,
): string {
  const protein = level === 'p';
  const named = (position: string | undefined) =>
    position === undefined
      ? undefined
      : protein
        ? `${show(change.named.find((n) => n.position === position)?.residue ?? '?')}${position}`
        : position;
  const range =
    change.to === undefined ? named(change.from)! : `${named(change.from)}_${named(change.to)}`;
  switch (change.op) {
    case 'sub':
      return protein
        ? `${range}${show(change.inserted)}`
        : `${range}${show(change.named[0]!.residue)}>${show(change.inserted)}`;
    case 'del':
    case 'dup':
      return `${range}${change.op}`;
    case 'ins':
    case 'delins':
      return `${range}${change.op}${show(change.inserted)}`;
  }
}
