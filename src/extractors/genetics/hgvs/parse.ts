import { AMINO_ACID_SOURCE, splitResidues, THREE_LETTER, threeLetter } from './amino-acids.js';
import { referenceProblems } from './reference.js';

/** Coordinate types of the HGVS recommendations (`o.`, circular genomic, parses like `g.`). */
export type HgvsLevel = 'c' | 'g' | 'n' | 'm' | 'o' | 'r' | 'p';

/** Variant kinds as the annotation format names them (spec section 2). */
export type HgvsKind =
  | 'snv'
  | 'deletion'
  | 'insertion'
  | 'duplication'
  | 'delins'
  | 'frameshift'
  | 'other';

export interface HgvsResult {
  readonly input: string;
  /** Conforms to the current HGVS recommendations as written. */
  readonly valid: boolean;
  /** Why it does not conform (or cannot be read). */
  readonly error?: string;
  /**
   * The conforming form: given for valid input, and for input that is not valid as written
   * when its meaning is still clear (`c.1522_1524delTTT` → `c.1522_1524del`). Absent when
   * conforming would need knowledge the string does not carry.
   */
  readonly normalized?: string;
  /** Reference sequence prefix, e.g. `NM_004333.6` (without the colon). */
  readonly reference?: string;
  readonly level?: HgvsLevel;
  readonly kind?: HgvsKind;
}

// Reference sequence identifiers: RefSeq (with an optional "(transcript)" or "(GENE)" after a
// genomic one), LRG, Ensembl and GenBank accessions.
const REFERENCE = new RegExp(
  '^(' +
    String.raw`(?:(?:N[CGMRTWP]|X[MRP]|YP)_\d+(?:\.\d+)?|LRG_\d+(?:[tp]\d+)?|ENS[TGP]\d+(?:\.\d+)?|[A-Z]{1,2}\d{5,6}\.\d+)` +
    String.raw`(?:\((?:(?:N[MR]|X[MR])_\d+(?:\.\d+)?|LRG_\d+t\d+|ENST\d+(?:\.\d+)?|[A-Za-z0-9-]+)\))?` +
    String.raw`)\s*:\s*`,
);

const POSITION = String.raw`(?:[-*]?\d+(?:[+-]\d+)?|\?)`;
const DNA_BASES = 'ACGTN';
const RNA_BASES = 'acgun';
// IUPAC ambiguity codes: a substitution may name "any of" (c.54G>H: A, C or T).
const AMBIGUITY = 'RYSWKMBDHV';

/**
 * What the parser found wrong. `fixable` problems disappear in the normalised form; a
 * `wrong` one means the conforming form cannot be known from the string alone.
 */
interface Problems {
  readonly fixable: string[];
  readonly wrong: string[];
}

interface Change {
  readonly text: string;
  readonly problems: Problems;
  readonly kind?: HgvsKind;
}

const noProblems = (): Problems => ({ fixable: [], wrong: [] });

/**
 * Parses one variant description as clinicians write it: `c.`, `g.`, `n.`, `m.`, `r.`, `p.`
 * (predicted `p.(…)`, `c.(…)`), optional reference prefix, substitutions, del, dup, ins,
 * delins, inv, frameshifts and extensions, intronic offsets and ranges. Strict and lenient at
 * once: `valid` follows the recommendations; `normalized` gives the conforming form whenever
 * the meaning is clear (`c.1522_1524delTTT` → `c.1522_1524del`, `p.L252Sfs*93` →
 * `p.Leu252SerfsTer93`).
 */
export function parseHgvs(input: string): HgvsResult {
  const text = input.trim().replace(/\s+/g, '');
  if (text === '') return { input, valid: false, error: 'empty' };
  const ref = REFERENCE.exec(text);
  const reference = ref?.[1];
  const rest = ref ? text.slice(ref[0].length) : text;
  const level = /^([cgnmorp])\./.exec(rest)?.[1] as HgvsLevel | undefined;
  const result = (level: HgvsLevel, change: Change, outer: Problems): HgvsResult => {
    const fixable = [...outer.fixable, ...change.problems.fixable];
    const wrong = [...outer.wrong, ...change.problems.wrong];
    const errors = [...wrong, ...fixable];
    return {
      input,
      valid: errors.length === 0,
      ...(errors.length ? { error: errors.join('; ') } : {}),
      ...(wrong.length === 0
        ? { normalized: `${reference ? `${reference}:` : ''}${level}.${change.text}` }
        : {}),
      ...(reference ? { reference } : {}),
      level,
      ...(change.kind ? { kind: change.kind } : {}),
    };
  };
  if (level === undefined) {
    // Bare forms clinicians write: "V600E", "L858R", "2573T>G".
    const outer = (prefix: string): Problems => ({
      fixable: [`a ${prefix} description needs the "${prefix === 'protein' ? 'p' : 'c'}." prefix`],
      wrong: [],
    });
    const protein = parseProtein(rest);
    if (protein) return result('p', protein, outer('protein'));
    const dna = parseNucleotide(rest, 'c');
    if (dna) return result('c', dna, outer('coding DNA'));
    return { input, valid: false, error: 'not an HGVS description' };
  }
  const body = rest.slice(2);
  const outer: Problems = {
    fixable: [],
    wrong: reference ? referenceProblems(reference, level, body) : [],
  };
  // Predicted consequences and unconfirmed changes are wrapped whole: p.(Arg12Cys), r.(76a>c).
  const predicted = /^\((.*)\)$/.exec(body);
  const inner = predicted ? predicted[1]! : body;
  const change = level === 'p' ? parseProtein(inner) : parseNucleotide(inner, level);
  if (!change) {
    return {
      input,
      valid: false,
      error: level === 'p' ? 'unreadable protein change' : 'unreadable nucleotide change',
      level,
    };
  }
  return result(level, predicted ? { ...change, text: `(${change.text})` } : change, outer);
}

interface Position {
  readonly text: string;
  /** For ordering: main position (`*` after the CDS, `-` before it) and intronic offset. */
  readonly main: number;
  readonly offset: number;
  readonly simple: boolean;
}

function position(raw: string): Position {
  if (raw === '?') return { text: raw, main: Number.NaN, offset: 0, simple: false };
  const m = /^([-*]?)(\d+)([+-]\d+)?$/.exec(raw)!;
  const base = Number(m[2]);
  const main = m[1] === '-' ? -base : m[1] === '*' ? 1e9 + base : base;
  return { text: raw, main, offset: m[3] ? Number(m[3]) : 0, simple: m[1] === '' && !m[3] };
}

function compare(a: Position, b: Position): number {
  return a.main - b.main || a.offset - b.offset;
}

/** DNA and RNA changes. */
function parseNucleotide(body: string, level: HgvsLevel): Change | null {
  const rna = level === 'r';
  const bases = rna ? RNA_BASES : DNA_BASES;
  const any = `${bases.toLowerCase()}${bases.toUpperCase()}`;
  const seq = `[${any}]+`;
  const alt = `[${any}${AMBIGUITY}${AMBIGUITY.toLowerCase()}]`;
  const re = new RegExp(
    `^(${POSITION})(?:_(${POSITION}))?(?:` +
      `(?<sub>[${any}])>(?<alt>${alt})` +
      `|delins(?<delins>${seq})` +
      `|del(?<delSeq>${seq})?ins(?<insAfterDel>${seq})` +
      `|(?<op>del|dup|inv)(?<opSeq>${seq}|\\d+)?` +
      `|ins(?<insFrom>${POSITION})_(?<insTo>${POSITION})(?<insInv>inv)?` +
      `|ins(?<ins>${seq}|\\d+)` +
      `|(?<same>=))$`,
  );
  const m = re.exec(body);
  if (!m?.groups) return null;
  const g = m.groups;
  const start = position(m[1]!);
  const end = m[2] === undefined ? undefined : position(m[2]);
  const problems = noProblems();
  if (
    (level === 'g' || level === 'm' || level === 'o') &&
    (!start.simple || (end && !end.simple))
  ) {
    problems.wrong.push(
      `"${level}." positions are plain numbers (no intronic offsets, "-" or "*")`,
    );
  }
  let range = end ? `${start.text}_${end.text}` : start.text;
  if (end && Number.isFinite(start.main) && Number.isFinite(end.main)) {
    const order = compare(start, end);
    if (order === 0) {
      problems.fixable.push('a range needs two different positions');
      range = start.text;
    } else if (order > 0 && level !== 'o' && level !== 'm') {
      problems.wrong.push('positions are listed 5′ to 3′');
    }
  }
  const single = end === undefined || range === start.text;
  const length = single ? 1 : start.simple && end?.simple ? end.main - start.main + 1 : undefined;
  const normalizeCase = (s: string) => (rna ? s.toLowerCase() : s.toUpperCase());
  const caseProblem = (s: string) => {
    if (rna ? /[A-Z]/.test(s) : /[a-z]/.test(s)) {
      problems.fixable.push(rna ? 'RNA bases are lower case' : 'DNA bases are upper case');
    }
  };
  const change = (text: string, kind: HgvsKind): Change => ({ text, problems, kind });

  if (g.sub) {
    caseProblem(g.sub + g.alt);
    if (!single) problems.wrong.push('a substitution changes one nucleotide; use delins');
    if (g.sub.toUpperCase() === g.alt!.toUpperCase()) {
      // "c.123C>C" is no change, written "c.123=".
      problems.fixable.push('no change is written "="');
      return change(`${range}=`, 'other');
    }
    return change(`${range}${normalizeCase(g.sub)}>${normalizeCase(g.alt!)}`, 'snv');
  }
  if (g.same) return change(`${range}=`, 'other');
  if (g.delins || g.insAfterDel) {
    const written = (g.delins ?? g.insAfterDel)!;
    caseProblem(written);
    const inserted = normalizeCase(written);
    if (g.insAfterDel) problems.fixable.push('write "delins" followed by the new sequence only');
    if (length === 1 && inserted.length === 1) {
      problems.wrong.push('one nucleotide replaced by one other is a substitution');
    }
    return change(
      `${range}delins${inserted}`,
      frameshiftKind('delins', length, inserted.length, level, start, end),
    );
  }
  if (g.op) {
    const op = g.op as 'del' | 'dup' | 'inv';
    const after = g.opSeq;
    if (after && /^\d+$/.test(after)) {
      if (op !== 'inv' && length !== undefined && Number(after) === length) {
        // "c.2236_2250del15": a length that restates the range's is no part of the description
        // (the older style); the range alone is the conforming form.
        problems.fixable.push(`"${op}" is not followed by a length`);
        return change(`${range}${op}`, frameshiftKind(op, length, 0, level, start, end));
      }
      // "g.123del6": the range cannot be recovered without the reference sequence.
      problems.wrong.push(`"${op}" is not followed by a length; give the range`);
      return change(`${range}${op}${after}`, 'other');
    }
    if (after) {
      const what = op === 'del' ? 'deleted' : op === 'dup' ? 'duplicated' : 'inverted';
      problems.fixable.push(`the ${what} sequence is not written after "${op}"`);
    }
    if (op === 'inv' && single) {
      problems.wrong.push('an inversion needs a range of at least two nucleotides');
    }
    const kind: HgvsKind =
      op === 'inv' ? 'other' : frameshiftKind(op, length ?? after?.length, 0, level, start, end);
    return change(`${range}${op}`, kind);
  }
  const flankProblems = () => {
    if (single) {
      // "c.22insG" could sit on either side of 22: the recommendations call it not unequivocal.
      problems.wrong.push('an insertion needs the two flanking positions');
    } else if (start.simple && end?.simple && end.main !== start.main + 1) {
      problems.wrong.push('an insertion is described between two adjacent positions');
    }
  };
  if (g.insFrom !== undefined) {
    // A copy of other reference positions: c.849_850ins858_895, ins850_900inv.
    flankProblems();
    const from = position(g.insFrom);
    const to = position(g.insTo!);
    const copied = `${from.text}_${to.text}`;
    if (!g.insInv && end && (compare(to, start) === 0 || compare(from, end) === 0)) {
      // A copy of the sequence right beside the insertion site is a tandem duplication.
      problems.fixable.push('a copy of the flanking sequence is a duplication ("dup")');
      return change(`${copied}dup`, 'duplication');
    }
    const insertedLength =
      from.simple && to.simple && !g.insInv ? to.main - from.main + 1 : undefined;
    return change(
      `${range}ins${copied}${g.insInv ? 'inv' : ''}`,
      insertedLength === undefined
        ? 'insertion'
        : frameshiftKind('ins', undefined, insertedLength, level, start, end),
    );
  }
  if (g.ins !== undefined) {
    flankProblems();
    if (/^\d+$/.test(g.ins)) {
      problems.wrong.push('the inserted sequence is written, not its length');
      return change(`${range}ins${g.ins}`, 'insertion');
    }
    caseProblem(g.ins);
    const inserted = normalizeCase(g.ins);
    return change(
      `${range}ins${inserted}`,
      frameshiftKind('ins', undefined, inserted.length, level, start, end),
    );
  }
  return null;
}

/**
 * Spec 3: "Kind follows the HGVS class … frameshifting del/dup → frameshift". A coding change
 * whose net length is not a multiple of three, entirely inside the coding sequence, shifts the
 * frame; intronic, UTR and non-coding changes keep their class.
 */
function frameshiftKind(
  op: 'del' | 'dup' | 'ins' | 'delins',
  deletedLength: number | undefined,
  insertedLength: number,
  level: HgvsLevel,
  start: Position,
  end: Position | undefined,
): HgvsKind {
  const plain: HgvsKind =
    op === 'del'
      ? 'deletion'
      : op === 'dup'
        ? 'duplication'
        : op === 'ins'
          ? 'insertion'
          : 'delins';
  const coding = level === 'c' && start.simple && (!end || end.simple) && start.main > 0;
  if (!coding) return plain;
  const net =
    op === 'del' || op === 'dup'
      ? deletedLength
      : op === 'ins'
        ? insertedLength
        : deletedLength === undefined
          ? undefined
          : insertedLength - deletedLength;
  if (net === undefined) return plain;
  return Math.abs(net) % 3 === 0 ? plain : 'frameshift';
}

const AA = AMINO_ACID_SOURCE;
const STOP = /^(?:Ter|\*|X)$/;

interface ProteinPattern {
  readonly re: RegExp;
  readonly build: (m: RegExpExecArray, problems: Problems) => { text: string; kind: HgvsKind };
}

const PROTEIN_PATTERNS: readonly ProteinPattern[] = [
  {
    // Substitution (missense, nonsense, silent, unknown): p.Leu858Arg, p.Trp24Ter, p.Leu54=.
    re: new RegExp(`^(${AA})(\\d+)(${AA}|=|\\?)$`),
    build: (m, problems) => {
      const [from, at, to] = [m[1]!, m[2]!, m[3]!];
      if (at === '1' && threeLetter(from) === 'Met' && to !== '?' && to !== '=') {
        problems.wrong.push('a change of the start codon is described as p.Met1? or p.0?');
      }
      if (to === 'X') problems.fixable.push('"X" is not a stop codon; use "Ter" or "*"');
      if (to !== '=' && to !== '?' && threeLetter(from) === stopOrResidue(to)) {
        problems.fixable.push('no change is written "="');
        return { text: `${aa(from)}${at}=`, kind: 'other' };
      }
      const target = to === '=' || to === '?' ? to : stopOrResidue(to);
      return { text: `${aa(from)}${at}${target}`, kind: to === '=' ? 'other' : 'snv' };
    },
  },
  {
    re: new RegExp(`^(${AA})(\\d+)(?:_(${AA})(\\d+))?(del|dup)(\\d+)?$`),
    build: (m, problems) => {
      if (m[6]) problems.wrong.push(`"${m[5]}" is not followed by a count; give the range`);
      return {
        text: `${aa(m[1]!)}${m[2]}${m[3] ? `_${aa(m[3])}${m[4]}` : ''}${m[5]}${m[6] ?? ''}`,
        kind: m[5] === 'del' ? 'deletion' : 'duplication',
      };
    },
  },
  {
    // Insertion: a sequence, a count of unknown residues, or a copy of other positions.
    re: new RegExp(`^(${AA})(\\d+)_(${AA})(\\d+)ins((?:${AA})+|\\d+|(${AA})(\\d+)_(${AA})(\\d+))$`),
    build: (m, problems) => {
      const inserted = m[6]
        ? `${aa(m[6])}${m[7]}_${aa(m[8]!)}${m[9]}`
        : insertedResidues(m[5]!, problems);
      return { text: `${aa(m[1]!)}${m[2]}_${aa(m[3]!)}${m[4]}ins${inserted}`, kind: 'insertion' };
    },
  },
  {
    re: new RegExp(`^(${AA})(\\d+)(?:_(${AA})(\\d+))?delins((?:${AA})+)$`),
    build: (m, problems) => {
      const inserted = insertedResidues(m[5]!, problems);
      const residues = splitResidues(m[5]!).map(stopOrResidue);
      const first = threeLetter(m[1]!);
      const last = m[3] ? threeLetter(m[3]) : first;
      // The description starts and ends at changed residues (p.Val559_Glu562delinsGlu is wrong).
      if (m[3] && (residues[0] === first || residues.at(-1) === last)) {
        problems.wrong.push('a delins starts and ends at changed residues');
      }
      return {
        text: `${aa(m[1]!)}${m[2]}${m[3] ? `_${aa(m[3])}${m[4]}` : ''}delins${inserted}`,
        kind: 'delins',
      };
    },
  },
  {
    re: new RegExp(`^(${AA})(\\d+)(${AA})?fs(?:(Ter|\\*|X)(\\d+|\\?)?)?$`),
    build: (m, problems) => {
      const [from, at, to] = [m[1]!, m[2]!, m[3]];
      if (m[4] === 'X') problems.fixable.push('"X" is not a stop codon; use "Ter" or "*"');
      if (m[4] && !m[5]) {
        // "p.Arg1443fs*": a stop without its position says nothing; the short form is "fs".
        problems.fixable.push('"Ter" after "fs" is followed by the position of the new stop');
      }
      const stop = m[4] && m[5] ? `Ter${m[5]}` : '';
      if (to && STOP.test(to)) {
        // A stop at the first changed residue is a nonsense change: p.Tyr4TerfsTer1 → p.Tyr4Ter.
        problems.fixable.push('a stop at the first changed residue is a substitution (p.…Ter)');
        return { text: `${aa(from)}${at}Ter`, kind: 'snv' };
      }
      if (to && threeLetter(to) === threeLetter(from)) {
        problems.wrong.push('a frameshift is described from the first changed residue');
      }
      return {
        text: `${aa(from)}${at}${to ? aa(to) : ''}fs${stop}`,
        kind: 'frameshift',
      };
    },
  },
  { re: /^(Met|M)1ext(-\d+)$/, build: (m) => ({ text: `Met1ext${m[2]}`, kind: 'other' }) },
  {
    re: new RegExp(`^(Ter|\\*|X)(\\d+)(${AA})ext(?:(Ter|\\*|X)(\\d+|\\?))?$`),
    build: (m, problems) => {
      if (m[1] === 'X' || m[4] === 'X') {
        problems.fixable.push('"X" is not a stop codon; use "Ter" or "*"');
      }
      return { text: `Ter${m[2]}${aa(m[3]!)}ext${m[4] ? `Ter${m[5]}` : ''}`, kind: 'other' };
    },
  },
];

/** Protein changes (inside `p.` or `p.(…)`), one- or three-letter codes. */
function parseProtein(body: string): Change | null {
  if (body === '0' || body === '?' || body === '0?') {
    return { text: body, problems: noProblems(), kind: 'other' };
  }
  for (const pattern of PROTEIN_PATTERNS) {
    const m = pattern.re.exec(body);
    if (!m) continue;
    const problems = noProblems();
    const built = pattern.build(m, problems);
    if (mixesCodeStyles(body)) {
      problems.fixable.push('one-letter and three-letter amino-acid codes are mixed');
    }
    return { text: built.text, problems, kind: built.kind };
  }
  return null;
}

function aa(residue: string): string {
  return threeLetter(residue);
}

/** `X` is an old stop symbol where a stop is meant (after the position, after "fs"). */
function stopOrResidue(residue: string): string {
  return residue === 'X' ? 'Ter' : threeLetter(residue);
}

/**
 * An inserted run: residues, or a count of unknown ones (`ins5`). Inside a run `X` is an
 * unknown residue (Xaa), and nothing can follow a stop: "insTerGluAsp" would never be made.
 */
function insertedResidues(run: string, problems: Problems): string {
  if (/^\d+$/.test(run)) return run;
  const residues = splitResidues(run).map((r) => (r === 'X' ? 'Xaa' : threeLetter(r)));
  const stop = residues.indexOf('Ter');
  if (stop >= 0 && stop < residues.length - 1) {
    problems.wrong.push('an inserted sequence ends at a stop; nothing follows "Ter"');
  }
  return residues.join('');
}

/** One-letter and three-letter codes may not be mixed (`X`, unknown or stop, fits both). */
function mixesCodeStyles(body: string): boolean {
  const found = splitResidues(body.replace(/(?:del|dup|ins|fs|ext)/g, ' '));
  const three = found.some((r) => r.length === 3 && THREE_LETTER.has(r));
  const one = found.some((r) => r.length === 1 && r !== '*' && r !== 'X');
  return three && one;
}
