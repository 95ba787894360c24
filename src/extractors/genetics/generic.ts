import type { Item } from './items.js';
import { lineEndOf, testWord } from './note-lines.js';
import { resultMethod, trailingMethod } from './result-methods.js';
import type { CompiledGeneticsRules } from './rules.js';
import { findResults, findResultsIn, type ResultWord, type StatusDecision } from './status.js';

interface Span {
  readonly start: number;
  readonly end: number;
}

/** How far a class named as a sentence's subject is read on for what is said of it. */
const POPULATION_REACH = 120;
/** How far before a result taken back the item may stand ("The prior ALK result was …"). */
const OVERTURN_LEAD = 60;

/**
 * The change named as a class of patients, a general statement and no result of this patient:
 * "Patients with ALK fusions respond to alectinib", "ALK-positive lung cancer is more common in
 * young never-smokers", "For ALK-positive disease the standard is alectinib", "V600E変異例に比べて".
 * - `population_before`: the words right before the item say whose class it is ("in patients
 *   with", "tumours harbouring");
 * - `population_after`: what is said right after the change. Where the language gives
 *   `population_lead`, the change must open its clause (only those lead words before it: "For",
 *   "In general,"), so "Her ALK-positive NSCLC responded to alectinib" stays a result, and the
 *   statement is read to the end of its sentence; otherwise only the words right after it.
 */
export function populationStatement(
  text: string,
  clause: Span,
  sentence: Span,
  item: Item,
  rules: CompiledGeneticsRules,
): boolean {
  const changeEnd = item.eventEnd ?? item.end;
  // The change's own words start at its gene ("BRAF V600E-mutated melanoma is …"), unless the
  // sentence turned to this patient between them ("治験適格性：EGFR L858R陽性またはexon19欠失陽性 →
  // 該当（本例：exon19欠失陽性）": the criterion's gene, the patient's own result; layout
  // `ja_patient_turn`).
  const gene = item.geneMention?.start ?? item.start;
  const turn = rules.layout.jaPatientTurn;
  const opening =
    gene < item.start &&
    turn?.test(text.slice(Math.max(gene, item.start - POPULATION_REACH), item.start))
      ? item.start
      : Math.min(item.start, gene);
  const from = Math.max(clause.start, sentence.start, opening - POPULATION_REACH);
  const lead = text.slice(from, opening);
  if (rules.populationBefore?.test(lead)) return true;
  // "(KRAS G12D, trial requires G12C)": a change named apart from its gene, past a comma or a
  // semicolon; the words right before the change itself say whose class it is (the gene's lead is
  // the patient's own result).
  const geneEnd = item.geneMention?.end ?? item.start;
  if (
    rules.language === 'en' &&
    gene < item.start &&
    /[,;]/.test(text.slice(geneEnd, item.start)) &&
    rules.populationBefore?.test(
      text.slice(Math.max(clause.start, sentence.start, item.start - POPULATION_REACH), item.start),
    )
  )
    return true;
  // What is said of a share of patients, whatever opens the clause ("whereas after osimertinib
  // C797S is the commonest mechanism", "T790M arose in about half of patients").
  if (
    rules.populationGeneral?.test(
      text.slice(changeEnd, Math.min(sentence.end, changeEnd + POPULATION_REACH)),
    )
  )
    return true;
  if (!rules.populationAfter) return false;
  if (!rules.populationLead) {
    return rules.populationAfter.test(text.slice(changeEnd, changeEnd + 30));
  }
  if (!rules.populationLead.test(lead)) return false;
  const end = Math.min(sentence.end, changeEnd + POPULATION_REACH);
  return end > changeEnd && rules.populationAfter.test(text.slice(changeEnd, end));
}

/**
 * A positive taken back by a later test or a review in the same sentence: "ALK rearrangement was
 * previously reported positive but repeat testing was negative", "Outside report of ALK+; our
 * repeat FISH negative", "The prior ALK result was a false positive" (`overturned`). The item
 * must stand inside the statement or a short way before it. Null when no such statement covers
 * the item.
 */
export function overturnedAt(
  text: string,
  sentence: Span,
  item: Span,
  rules: CompiledGeneticsRules,
): Span | null {
  const re = rules.overturned;
  if (!re) return null;
  // (A bounded window of the sentence around the item: linear in a note that is one sentence.)
  const from = Math.max(sentence.start, item.start - 200);
  const within = text.slice(from, Math.min(sentence.end, item.end + 300));
  re.lastIndex = 0;
  for (let m = re.exec(within); m; m = re.exec(within)) {
    if (m[0] === '') {
      re.lastIndex += 1;
      continue;
    }
    const start = from + m.index;
    const end = start + m[0].length;
    if (item.end > end) continue;
    // Before the statement only across its own phrase ("ALK fusion was a false positive").
    if (
      item.start < start &&
      (start - item.start > OVERTURN_LEAD || /[.;:\n]/.test(text.slice(item.end, start)))
    )
      continue;
    return { start, end };
  }
  return null;
}

/**
 * The item's status when a positive of it is taken back (`overturnedAt`): absent, the later call
 * being the result that stands. Null when the item is absent already or nothing takes it back.
 */
export function overturnedResult(
  text: string,
  sentence: Span,
  item: Item,
  decided: StatusDecision,
  rules: CompiledGeneticsRules,
): StatusDecision | null {
  if (decided.status === 'absent') return null;
  const statement = overturnedAt(text, sentence, item, rules);
  if (!statement) return null;
  // The later call's own word, the last negative inside the statement (none for "a false
  // positive": the statement itself is the word). (Read from the statement itself: the later
  // call may stand in the next clause, "Outside report of ALK+; our repeat FISH negative".)
  const after = Math.max(statement.start, item.end);
  const negative = findResults(text.slice(after, statement.end), rules)
    .filter((r) => r.type === 'negative_after' || r.type === 'negative_before')
    .at(-1);
  const word: ResultWord = negative
    ? { ...negative, start: after + negative.start, end: after + negative.end }
    : {
        ...statement,
        type: 'negative_after',
        text: text.slice(statement.start, statement.end),
      };
  return { status: 'absent', word };
}

/** How far after the item its results by method are read ("ALK融合遺伝子：IHC陽性、FISH陰性"). */
const METHOD_REACH = 120;

/**
 * The item's result by the method it is attributed to (`protein_methods`, `dna_methods`): the
 * Japanese (`lead` order) reader of result-methods.ts. Japanese names a method only right before
 * its result, so each result word after the item belongs to the method named between it and the
 * result before it ("ALK融合遺伝子：IHC陽性だがRT-PCRで陰性"), and the item's own decided word is
 * weighed against the results after it; English, whose method may follow its result through a
 * link, is read per sentence there instead (`withoutProteinResults`). A protein method's result
 * is no DNA finding (decision 26); a DNA/RNA method's result of the same item is the one that
 * stands. Read within the sentence, and the lines under it each opened by a method (a result
 * sheet's), up to the next gene of another name.
 * - only a protein method's results on those lines, none decided: 'protein' (no finding);
 * - the decided word a protein method's, a DNA method's result after it: that result;
 * - the decided word a protein method's, none after it: 'protein' (no finding);
 * - no decided word: a DNA method's negative after the item ("ALK融合遺伝子陽性疑い→FISHで陰性を
 *   確認"), or its positive after a protein method's result ("ALK：IHC 1+→FISHで陽性");
 * - otherwise null (the decision stands).
 */
export function methodResult(
  text: string,
  sentence: Span,
  item: Item,
  decided: StatusDecision,
  otherGenes: readonly Span[],
  rules: CompiledGeneticsRules,
): StatusDecision | 'protein' | null {
  if (rules.methods?.order !== 'lead') return null;
  // "ALK IHC陽性だがFISHで再構成を認めず", "ALK-IHC陽性であったがFISHで融合遺伝子は確認されず": the decided
  // word a protein method's, between the gene and the class word the item reaches on to: weighed
  // like one after the item, against the DNA method's result after the class word (the DNA method
  // read from the stain's result on, across the class word).
  const inner =
    decided.word !== null &&
    decided.word.start < item.end &&
    decided.word.start > item.start &&
    resultMethod(text, decided.word, rules, item.start) === 'protein'
      ? decided.word
      : null;
  if (decided.word !== null && decided.word.start < item.end && inner === null) return null;
  const limit = item.end + METHOD_REACH;
  let end = Math.min(sentence.end, limit);
  // A result sheet's lines under the item, each opened by its method ("ALK融合遺伝子\nIHC：陽性\n
  // FISH：陰性", "ALK融合遺伝子：IHC陽性\n→FISHで陰性"): read on with the sentence ending its line.
  let lines = false;
  let lineEnd = lineEndOf(text, Math.max(item.end, end - 1));
  if (end >= item.end && text.slice(end, lineEnd).trim() === '') {
    while (lineEnd + 1 < limit) {
      const next = lineEnd + 1;
      const nextEnd = lineEndOf(text, next);
      if (otherGenes.some((g) => g.start >= next && g.start < nextEnd)) break;
      if (!methodLine(text, next, nextEnd, rules)) break;
      end = Math.min(nextEnd, limit);
      lines = true;
      lineEnd = nextEnd;
    }
  }
  for (const g of otherGenes) {
    if (g.start >= item.end && g.start < end) end = g.start;
  }
  if (end <= item.end) return null;
  const words = findResultsIn(text, item.end, end, rules);
  let from = item.end;
  let proteinSeen = false;
  let decidedProtein = inner !== null;
  let others = false;
  // (The stretch from the inner stain's result to the item's end, naming the DNA method of the
  // first result after the item: "…陽性であったが、FISH法による再検では融合遺伝子は確認されず".)
  let innerDna =
    inner !== null && testWord(rules.methods.dna, text.slice(inner.end, item.end)) ? inner : null;
  for (const word of words) {
    if (word.start < from) continue;
    // (The method right before the result, after the result before it; or in a bracket right
    // after it, "陽性（IHC）、陰性（FISH）", the next result's read after that bracket.)
    const method = innerDna !== null ? 'dna' : resultMethod(text, word, rules, from);
    innerDna = null;
    from = trailingMethod(text, word)?.end ?? word.end;
    const byDna = method === 'dna';
    const byProtein = method === 'protein';
    if (decided.word !== null && !decidedProtein) {
      if (word.end <= decided.word.start) continue;
      // (The decided word itself, read as the window reads it; any other is no protein's.)
      if (word.start !== decided.word.start) return null;
      // (A DNA method's own: "ALK：IHC 1+（判定保留）→FISH陰性", "陽性疑い→FISHで陰性を確認".)
      if (byDna) return decided;
      if (!byProtein) return null;
      decidedProtein = true;
      continue;
    }
    if (byProtein) proteinSeen = true;
    else if (!byDna) others = true;
    if (!byDna) continue;
    const positive = word.type.startsWith('positive');
    if (decided.word === null && positive && !proteinSeen) return null;
    return { status: positive ? 'present' : 'absent', word };
  }
  // (The item alone on its line, its lines below only a protein method's results: "ALK融合遺伝子\n
  // IHC：陽性".)
  if (lines && decided.word === null && proteinSeen && !others) return 'protein';
  return decidedProtein ? 'protein' : null;
}

/** How much of a line may stand before its result and name the method ("→FISH法にて確認したところ"). */
const METHOD_LINE_HEAD = 24;

/** A line opened by a method naming its result ("IHC：陽性", "　FISH　陰性", "→FISHで陰性"). */
function methodLine(text: string, start: number, end: number, rules: CompiledGeneticsRules) {
  const first = findResultsIn(text, start, end, rules)[0];
  if (first === undefined || first.start - start > METHOD_LINE_HEAD) return false;
  const head = text.slice(start, first.start);
  const methods = rules.methods;
  return (
    methods?.order === 'lead' && (testWord(methods.dna, head) || testWord(methods.protein, head))
  );
}
