/** IUPAC-IUB amino-acid codes, one-letter ↔ three-letter (HGVS uses Ter / * for stop). */
export const THREE_BY_ONE: Readonly<Record<string, string>> = {
  A: 'Ala',
  R: 'Arg',
  N: 'Asn',
  D: 'Asp',
  C: 'Cys',
  Q: 'Gln',
  E: 'Glu',
  G: 'Gly',
  H: 'His',
  I: 'Ile',
  L: 'Leu',
  K: 'Lys',
  M: 'Met',
  F: 'Phe',
  P: 'Pro',
  S: 'Ser',
  T: 'Thr',
  W: 'Trp',
  Y: 'Tyr',
  V: 'Val',
  U: 'Sec',
  O: 'Pyl',
  '*': 'Ter',
};

export const THREE_LETTER = new Set([...Object.values(THREE_BY_ONE), 'Xaa']);

/** One amino acid as written: three-letter, one-letter, `*`, or `X` (accepted, flagged). */
export const AMINO_ACID_SOURCE =
  '(?:Ala|Arg|Asn|Asp|Cys|Gln|Glu|Gly|His|Ile|Leu|Lys|Met|Phe|Pro|Ser|Thr|Trp|Tyr|Val|Sec|Pyl|Ter|Xaa|[ARNDCQEGHILKMFPSTWYVUO*X])';

/** Three-letter form of one residue; `X` (an old stop symbol) becomes `Ter`. */
export function threeLetter(residue: string): string {
  if (residue.length === 3) return residue;
  if (residue === 'X') return 'Ter';
  return THREE_BY_ONE[residue] ?? residue;
}

/** Splits a run of residues ("GlyArg", "GR", "Ter") into residues. */
export function splitResidues(run: string): string[] {
  return run.match(new RegExp(AMINO_ACID_SOURCE, 'g')) ?? [];
}
