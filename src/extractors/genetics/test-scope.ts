/**
 * Genes named only as what a test looked at: "BRCA1/2 testing: pathogenic variant in BRCA2",
 * "Testing for KRAS, NRAS and BRAF revealed BRAF V600E", "Lynch panel (MLH1/MSH2/MSH6/PMS2):
 * … MSH2 c.942+3A>T", "BRCA1/2検査の結果、BRCA2に病的バリアントを認めた". The result the sentence
 * goes on to give names its own gene, so the other genes of the test's scope are no finding of it
 * (en decision 1, ja decision 27: a list of the genes tested is a method statement). A scope with
 * no gene after it keeps its result ("BRCA1/2 testing negative": both genes).
 */
import type { GeneMention } from './lexicon.js';
import type { Candidate } from './resolve.js';

/** `layout.yaml` `test_scope`, compiled (each anchored where it is tried). */
export interface TestScope {
  /** Between two genes of one list: "," "/" "and" "・" "および". */
  readonly listJoin: RegExp;
  /** Right after the list: the test it is the scope of ("testing", "検査", "を検索し"). */
  readonly testAfter: RegExp;
  /** Right before the list: the test it is the scope of ("Tested for", "panel ("). */
  readonly testBefore: RegExp;
  /** From the scope's end to the gene the result names ("revealed a", ": pathogenic variant in", "の結果、"). */
  readonly resultLink: RegExp;
  /** The other way round, from the result's gene to the scope ("の病的バリアントを", "variant found on"). */
  readonly resultLinkBefore: RegExp | null;
  /**
   * A result label opening a later sentence of a method line ("Genes tested: BRCA1, BRCA2,
   * PALB2. Result: PALB2 c.3113G>A"): what follows it is a result, not the method's list.
   */
  readonly resultLabelAfter: RegExp;
}

export interface TestScopeFile {
  readonly list_joins: readonly string[];
  readonly tests_after: readonly string[];
  readonly tests_before: readonly string[];
  readonly result_links: readonly string[];
  readonly result_links_before?: readonly string[] | undefined;
}

const any = (list: readonly string[]) => `(?:${list.join('|')})`;

export function compileTestScope(file: TestScopeFile, resultLabels: readonly string[]): TestScope {
  return {
    resultLabelAfter: new RegExp(
      `(?:[.;。|]|[ \\t]{2,}|　)[ \\t　]*${any(resultLabels)}[ \\t]*[:：]`,
      'i',
    ),
    listJoin: new RegExp(`^\\s*${any(file.list_joins)}\\s*$`, 'iu'),
    testAfter: new RegExp(`^${any(file.tests_after)}`, 'iu'),
    testBefore: new RegExp(`${any(file.tests_before)}\\s*$`, 'iu'),
    resultLink: new RegExp(`^${any(file.result_links)}$`, 'iu'),
    resultLinkBefore: file.result_links_before?.length
      ? new RegExp(`^${any(file.result_links_before)}$`, 'iu')
      : null,
  };
}

/** How far a scope may end after its list (a closing bracket), and a link run. */
const LINK_REACH = 80;
const BEFORE_REACH = 40;

/**
 * The present gene-level candidates that a test's scope alone gave: a gene of the scope list, no
 * change of its own named, where the result after the scope names another gene (and not it).
 */
export function scopeOnlyPositives(
  text: string,
  genes: readonly GeneMention[],
  candidates: readonly Candidate[],
  scope: TestScope,
): Set<Candidate> {
  const dropped = new Set<Candidate>();
  const generic = candidates.filter(
    (c) =>
      c.status === 'present' &&
      c.subject === 'patient' &&
      c.item.geneMention !== null &&
      !c.item.hgvsC &&
      !c.item.hgvsP &&
      c.item.exon === null &&
      c.item.partner === null &&
      // (Or the class the test looked for: "NTRK1/2/3 fusion testing revealed an ETV6-NTRK3 fusion".)
      (c.item.kind === 'other' || c.item.kind === 'fusion' || c.item.kind === 'amplification'),
  );
  if (generic.length === 0) return dropped;
  const sorted = [...genes]
    .sort((a, b) => a.start - b.start || b.end - a.end)
    .filter((g, i, all) => i === 0 || g.start >= all[i - 1]!.end);
  // Runs of genes joined as one list.
  const runs: GeneMention[][] = [];
  for (const g of sorted) {
    const last = runs.at(-1);
    const prev = last?.at(-1);
    if (
      last &&
      prev &&
      g.start - prev.end <= 12 &&
      scope.listJoin.test(text.slice(prev.end, g.start))
    )
      last.push(g);
    else runs.push([g]);
  }
  // (Each candidate looked up by binary search, not per run: linear in the note.)
  const present = candidates
    .filter((c) => c.status === 'present')
    .sort((a, b) => a.item.start - b.item.start);
  const scoped = new Map<number, Candidate[]>();
  for (const c of generic) {
    const m = c.item.geneMention!;
    const index = lastAtOrBefore(runs, m.start, (run) => run[0]!.start);
    if (index < 0 || m.end > runs[index]!.at(-1)!.end) continue;
    const list = scoped.get(index);
    if (list) list.push(c);
    else scoped.set(index, [c]);
  }
  for (const [index, run] of runs.entries()) {
    const own = scoped.get(index);
    if (!own) continue;
    const first = run[0]!;
    const last = run.at(-1)!;
    const scopeEnd = scopeEndOf(text, first.start, last.end, scope);
    if (scopeEnd === null) continue;
    // The result's genes: the next list after the scope, linked to it by the result's words only
    // (or the list before it, the result told first: "BRCA2の病的バリアントをBRCA1/2検査で認めた").
    const next = runs[index + 1];
    const prev = runs[index - 1];
    const result =
      next &&
      next[0]!.start - scopeEnd <= LINK_REACH &&
      scope.resultLink.test(text.slice(scopeEnd, next[0]!.start))
        ? next
        : prev &&
            scope.resultLinkBefore &&
            first.start - prev.at(-1)!.end <= LINK_REACH &&
            scope.resultLinkBefore.test(text.slice(prev.at(-1)!.end, first.start))
          ? prev
          : undefined;
    if (!result) continue;
    const resultEnd = result.at(-1)!.end;
    // (The result must be a found change there: a negative leaves the scope alone. A fusion
    // named by its partner first, "ETV6-NTRK3", is its kinase's.)
    const found: Candidate[] = [];
    for (
      let i = lastAtOrBefore(present, result[0]!.start - 1, (c) => c.item.start) + 1;
      i < present.length && present[i]!.item.start < resultEnd;
      i += 1
    )
      found.push(present[i]!);
    if (found.length === 0) continue;
    const named = new Set([...result.flatMap((g) => g.genes), ...found.map((c) => c.item.gene)]);
    for (const c of own) if (!named.has(c.item.gene)) dropped.add(c);
  }
  return dropped;
}

/** The index of the last entry whose key is at or before `at` (entries sorted by key), or -1. */
function lastAtOrBefore<T>(sorted: readonly T[], at: number, key: (entry: T) => number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(sorted[mid]!) <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** Where the test whose scope the list is ends ("BRCA1/2 testing|", "panel (MLH1/…/PMS2)|"), or null. */
function scopeEndOf(text: string, start: number, end: number, scope: TestScope): number | null {
  const after = scope.testAfter.exec(text.slice(end, end + LINK_REACH));
  if (after) return end + after[0].length;
  if (!scope.testBefore.test(text.slice(Math.max(0, start - BEFORE_REACH), start))) return null;
  // (A bracketed list closes its bracket: "panel (MLH1/MSH2/MSH6/PMS2)".)
  const close = /^\s*[)）\]]/.exec(text.slice(end, end + 4));
  return close ? end + close[0].length : end;
}
