/**
 * Changes typed with stray spaces or an arrow ("EGFR L 858 R", "c.2573 T > G", "c.2573T→G",
 * "del E746-A750", "E746_A750 del") and a protein deletion with its lost residues spelt out
 * ("p.E746_A750delELREA"), closed up for reading: the HGVS parser stays strict, and the extractor
 * reads the change as it is usually written. The text keeps its length, so offsets hold: the
 * spaces taken out stand before the change (or after a trailing residue string, where it was).
 */

const ONE = 'ACDEFGHIKLMNPQRSTVWY';

// A c. substitution with spaces inside, or an arrow for its ">": "c.2573 T>G", "c. 2573T>G",
// "c.2573T > G", "c.2573T→G", "c.2573T->G" (an intronic offset too, "c.3028+1 G>T").
const SPACED_SUBSTITUTION =
  /(?<![A-Za-z0-9])c\.[ \t]{0,2}([-*]?\d{1,6}(?:[+-]\d{1,5})?)[ \t]{0,2}([ACGT])[ \t]{0,2}(?:>|→|->)[ \t]{0,2}([ACGT])(?![A-Za-z0-9])/g;

// A c. or p. change with a space after its prefix: "c. 2235_2249del", "p. L858R" (what follows
// shaped as a change: not a page, "p. 12").
const SPACED_PREFIX =
  /(?<![A-Za-z0-9])(?:(c)\.[ \t]{1,2}(?=[-*]?\d{1,6}(?:[+-]\d{1,5})?(?:_[-*]?\d{1,6}(?:[+-]\d{1,5})?)?(?:[ACGT]>|del|dup|ins))|(p)\.[ \t]{1,2}(?=\(?(?:[A-Z][a-z]{2}|[A-Z])\d{1,4}))/g;

// A one-letter protein change with spaces between its residues and codon, right after a symbol
// written in capitals ("EGFR L 858 R", "BRAF V 600 E"); not a staging run ("T 2 N 0").
const SPACED_PROTEIN = new RegExp(
  `(?<![A-Za-z0-9])([A-Z][A-Z0-9]{1,9})([ \\t]{1,2})([${ONE}])([ \\t]{0,2})(\\d{1,4})([ \\t]{0,2})([${ONE}*])(?![A-Za-z0-9]|[ \\t]{0,2}\\d)`,
  'g',
);

// A deletion word spaced from its range: "del E746-A750" (read as "delE746-A750"), "E746_A750 del".
const SPACED_DEL_BEFORE = new RegExp(
  `(?<![A-Za-z0-9])del[ \\t]{1,2}(?=[${ONE}]\\d{1,4}[-_][${ONE}]\\d{1,4}(?![A-Za-z0-9]))`,
  'g',
);
const SPACED_DEL_AFTER = new RegExp(
  `(?<![A-Za-z0-9.>_-])([${ONE}]\\d{1,4}[-_][${ONE}]\\d{1,4})[ \\t]{1,2}(del|dup)(?![A-Za-z0-9])`,
  'g',
);

// A protein range deletion followed by the residues it removes: "p.E746_A750delELREA". Dropped
// only when they match the range (its count, first and last residue).
const SPELT_DELETION = new RegExp(
  `(?<![A-Za-z0-9])((?:p\\.)?([${ONE}])(\\d{1,4})[-_]([${ONE}])(\\d{1,4})del)([${ONE}]{2,40})(?![A-Za-z0-9])`,
  'g',
);

/** The same length: spaces moved before the closed change. */
function closed(whole: string, change: string): string {
  return change.padStart(whole.length, ' ');
}

/**
 * The text with spaced or arrowed changes closed up (same length). `isSymbol` says whether a
 * capital token before a spaced protein change is a gene symbol.
 */
export function withChangesClosed(text: string, isSymbol: (token: string) => boolean): string {
  let out = text;
  if (out.includes('c.')) {
    out = out.replace(SPACED_SUBSTITUTION, (whole, pos: string, ref: string, alt: string) =>
      closed(whole, `c.${pos}${ref}>${alt}`),
    );
  }
  if (out.includes('c. ') || out.includes('p. ') || out.includes('c.\t') || out.includes('p.\t')) {
    out = out.replace(SPACED_PREFIX, (whole, c: string | undefined, p: string | undefined) =>
      closed(whole, `${c ?? p}.`),
    );
  }
  out = out.replace(
    SPACED_PROTEIN,
    (
      whole,
      symbol: string,
      gap: string,
      ref: string,
      s1: string,
      codon: string,
      s2: string,
      alt,
    ) =>
      (s1 === '' && s2 === '') || !isSymbol(symbol)
        ? whole
        : `${symbol}${gap}${closed(`${ref}${s1}${codon}${s2}${alt}`, `${ref}${codon}${alt}`)}`,
  );
  if (out.includes('del') || out.includes('dup')) {
    out = out.replace(SPACED_DEL_BEFORE, (whole) => closed(whole, 'del'));
    out = out.replace(SPACED_DEL_AFTER, (whole, range: string, word: string) =>
      closed(whole, `${range}${word}`),
    );
    out = out.replace(
      SPELT_DELETION,
      (whole, head: string, first: string, from: string, last: string, to: string, lost: string) =>
        Number(to) - Number(from) + 1 === lost.length && lost[0] === first && lost.at(-1) === last
          ? head.padEnd(whole.length, ' ')
          : whole,
    );
  }
  return out;
}
