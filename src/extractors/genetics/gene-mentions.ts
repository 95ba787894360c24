/**
 * Which gene a mention stands for and whether it is a genetic finding at all: gene anaphors and
 * counted gene lists ("the same gene", "両遺伝子"), signs glued to a gene ("ALK+"), a gene from a
 * heading, an exon reference or the block above, drug and stain names, a fusion's partner, and
 * a gene that only names the test.
 */
import type { Span } from '../../core/types.js';
import { wrapsIntoLine } from './clauses.js';
import type { Item } from './items.js';
import type { GeneMention } from './lexicon.js';
import {
  lineIndex,
  lineMemoFor,
  lineOf,
  lineStartOf,
  linesAbove,
  linesBelow,
  lineTest,
  spansWithin,
  testWord,
} from './note-lines.js';
import { dnaResultLater, headsDnaMethodLine, methodLineGene } from './result-methods.js';
import type { CompiledDrivers, CompiledGeneticsRules, CompiledLayout } from './rules.js';
import { findResults, type ResultWord } from './status.js';
import type { VariantMention } from './variants.js';

export function isDrugName(text: string, gene: GeneMention, rules: CompiledGeneticsRules): boolean {
  // The targets of one drug class may be a slash list: "BRAF/MEK阻害薬", "抗EGFR/MET抗体".
  const after = text.slice(gene.end, gene.end + 60).replace(DRUG_TARGETS_AFTER, '');
  const before = text
    .slice(Math.max(0, gene.start - 40), gene.start)
    .replace(DRUG_TARGETS_BEFORE, '');
  return rules.drugAfter.test(after.slice(0, 40)) || rules.drugBefore.test(before.slice(-12));
}

// Other targets joined to a gene by slashes ("/MEK", "EGFR/"), each a short symbol.
const DRUG_TARGETS_AFTER = /^(?:\s?[/／]\s?[A-Za-z][A-Za-z0-9-]{1,9}(?![A-Za-z0-9])){1,3}/;

const DRUG_TARGETS_BEFORE = /(?<![A-Za-z0-9])(?:[A-Za-z][A-Za-z0-9-]{1,9}\s?[/／]\s?){1,3}$/;

export function isExpression(
  text: string,
  gene: GeneMention,
  rules: CompiledGeneticsRules,
  /** The other genes of the note, in text order: a DNA result after the stain is read up to one. */
  otherGenes?: readonly GeneMention[],
): boolean {
  if (lineTest(text, gene.start, 'stains', (line) => rules.layout.expressionLine.test(line))) {
    return true;
  }
  // Receptor calls speak for their own sentence of the line: "ER陽性、PgR陽性、HER2陰性。BRCA1/2陰性"
  // makes HER2 a stain, not the BRCA1/2 negative after the full stop.
  // (In English a gene that is no stain marker also stops at a full stop, "ALK/ROS1 neg. PD-L1
  // 5%" keeps the rearrangement results apart from the stain's sentence after them; a genetic
  // word anywhere on the line still makes it a line of DNA results: "Tissue NGS: TP53 mut. ALK
  // neg, ROS1 neg, PD-L1 80%".)
  const sentence = sentenceOnLine(text, gene.start);
  const ownSentence =
    rules.language === 'en' && !rules.layout.stainMarker.test(gene.text)
      ? sentenceOnLine(text, gene.start, true)
      : sentence;
  if (
    rules.layout.receptorLine.test(ownSentence) &&
    !testWord(rules.geneticWords, sentence) &&
    !lineTest(text, gene.start, 'gene-list', () =>
      geneListLine(text, gene, rules.layout, otherGenes),
    )
  ) {
    return true;
  }
  // A stain line's list wrapped onto the next line ("Immunohistochemistry: …; p53 strong in >70%
  // of\nnuclei; OLIG2 positive"): the label above still heads it.
  const lineStart = lineStartOf(text, gene.start);
  if (
    lineStart > 0 &&
    rules.layout.expressionLine.test(lineOf(text, lineStart - 1)) &&
    wrapsIntoLine(text, lineStart, rules.layout)
  )
    return true;
  if (linesAbove(text, gene.start, 6).some((above) => rules.layout.expressionHeader.test(above)))
    return true;
  // "ALK (clone D5F3) immunohistochemistry": skip a short parenthesis after the gene.
  // (Japanese reads on to the sentence's end, at most 100 characters: a stain as the gene's topic
  // is told apart from a DNA result later in its sentence by what follows, "ALKは免疫染色（D5F3）で
  // 強陽性となり、break-apart FISHを追加したところ…陽性". The patterns are anchored at the gene.)
  const reach = rules.language === 'ja' ? 100 : 30;
  const own = text.slice(gene.end, gene.end + Math.max(60, reach));
  // "NF1 intact (no variant)" on an NGS line: the bracket names a DNA result (decision 125).
  if (INTACT_DNA.test(own.slice(0, 60))) return false;
  // (Also past the other genes of a slash list sharing the stain: "ALK/ROS1 IHC done by path -
  // both negative"; or of a list joined by "and" or a comma: "RB1 and p53 IHC retained/wild-type
  // pattern", "MLH1, PMS2 IHC: retained".)
  const after = own
    .replace(
      /^(?:(?:\s?[/／,]\s?|\s(?:and|&)\s)[A-Za-z][A-Za-z0-9-]{1,9}(?![A-Za-z0-9]))+(?=\s{0,2}[(（]?\s{0,2}(?:IHC|immuno))/i,
      '',
    )
    .replace(/^\s*[(（][^)）]{0,30}[)）]/, '');
  const beforeGene = text
    .slice(Math.max(0, gene.start - 50), gene.start)
    .replace(GENE_LIST_BEFORE, '');
  const stain =
    ((rules.expressionAfter.test(after.slice(0, reach)) ||
      rules.expressionAfter.test(own.slice(0, reach))) &&
      // (Not a stain heading a DNA result of the gene later in its sentence: "ALK IHC positive,
      // FISH negative" is the rearrangement's negative, decision 14.)
      !dnaResultLater(
        text,
        gene.end,
        // (A new entry naming the gene again after a comma or semicolon has its own result:
        // "BRAF VE1 IHC negative; BRAF V600E not detected by PCR" leaves the stain alone.)
        otherGenes?.filter(
          (g) =>
            !g.genes.some((x) => gene.genes.includes(x)) ||
            (g.start > gene.end && /[;,]/.test(text.slice(gene.end, g.start))),
        ),
        rules,
      ) &&
      // (Nor a heading over method lines: "ALK" over "IHC: positive" and "FISH: negative".)
      !headsDnaMethodLine(text, gene, rules)) ||
    // (Over the genes listed before it: "免疫染色ではMLH1/PMS2 欠失", "IHC: MSH2, MSH6 loss".)
    rules.expressionBefore.test(beforeGene);
  if (!stain || rules.copyLossGate === null) return stain;
  // "NGS: CDKN2A/B loss", "loss of CDKN2A on the FoundationOne report": a loss word in a genomic
  // result is the gene's copy loss (read as an event), not a stain's loss.
  const gate = rules.copyLossGate;
  const afterSkipped = gate.after.exec(after);
  const lossAfter = afterSkipped ?? gate.after.exec(own);
  const lossBefore = lossAfter ? null : gate.before.exec(beforeGene);
  if (lossAfter === null && lossBefore === null) return true;
  const skipped = afterSkipped ? own.length - after.length : 0;
  const end = lossAfter ? gene.end + skipped + lossAfter[0].length : gene.end;
  const start = lossBefore ? gene.start - lossBefore[0].length : gene.start;
  return !copyLossContext(text, start, end, rules);
}

/** How far a sentence of a line is read either side of a gene (characters): linear time. */
const LINE_SENTENCE_REACH = 200;

/**
 * The sentence of its line around an offset: between Japanese full stops (with `english`, also
 * between English ones, a period before a space), within the reach.
 */
function sentenceOnLine(text: string, offset: number, english = false): string {
  const from = Math.max(lineStartOf(text, offset), offset - LINE_SENTENCE_REACH);
  let before = text.slice(from, offset);
  let after = text.slice(offset, offset + LINE_SENTENCE_REACH).split('\n')[0]!;
  const stop = after.indexOf('。');
  before = before.slice(before.lastIndexOf('。') + 1);
  after = stop < 0 ? after : after.slice(0, stop);
  if (!english) return `${before}${after}`;
  const lead = before.split(EN_FULL_STOP);
  const end = after.search(EN_FULL_STOP);
  return `${lead[lead.length - 1]}${end < 0 ? after : after.slice(0, end + 1)}`;
}

/** An English full stop between sentences: no digit before the period, a space after it. */
const EN_FULL_STOP = /[^\s\d]\.\s/;

/**
 * "EGFR陰性、ALK陰性、HER2陰性": a line naming two or more genes that are no stain marker is a list
 * of gene results, so a receptor name's bare result on it (HER2陰性) does not make it a line of
 * stains ("ER陽性/PgR陽性/HER2陰性" names none).
 */
function geneListLine(
  text: string,
  gene: GeneMention,
  layout: CompiledLayout,
  genes?: readonly GeneMention[],
): boolean {
  if (!genes) return false;
  const from = lineStartOf(text, gene.start);
  const to = from + lineOf(text, gene.start).length;
  let count = 0;
  for (const g of spansWithin(genes, { start: from, end: to })) {
    if (layout.stainMarker.test(g.text)) continue;
    // (Each a gene and its bare call: not "MYC protein ~50%, BCL2 protein 80%" beside "Ki-67 ~85%".)
    if (!BARE_CALL.test(text.slice(g.end, g.end + 16))) continue;
    count += 1;
    if (count >= 2) return true;
  }
  return false;
}

/**
 * Right after a gene: its bare call ("陰性", ": negative", "（−）", "neg"), also shared by a slash
 * list of genes ("EGFR/ALK/ROS1 neg, PD-L1 50%"), or a sign glued or spaced after it that closes
 * its entry ("EGFR-/ALK-/ROS1+/PD-L1 5%", "EGFR -, ALK -, PD-L1 20%"; not "ALK-1").
 */
const BARE_CALL =
  /^(?:[ \t]*\/[ \t]*[A-Z][A-Z0-9]{1,9}){0,6}[ \t]*[:：]?[ \t]*(?:陰性|陽性|野生型|(?:negative|positive|neg|pos|wild[- ]?type|wt)(?![A-Za-z])|[(（][ \t]*[-−－+＋][ \t]*[)）]|[-−－+＋](?=[ \t]*(?:$|[\n,、，;；/|]|\.(?:\s|$))))/i;

/** A heading line: short, and closed by a colon or written without lower-case letters. */
const HEADING = /^(?=[^\n]{0,80}$)(?:[^\n]*:\s*|[^a-z\n]*[A-Z][^a-z\n]*)$/;

/**
 * The separators of a list item: "NF1 loss, CDKN2A loss; TERT …", a sentence's end (also the
 * Japanese comma and full stop: "CDKN2A loss、KRAS G12D。").
 */
const ITEM_END = /[;,\n•、。]|\.(?:\s|$)/;
const ITEM_START = /[\s\S]*(?:[;,\n•、。]|\.\s)/;

/**
 * A loss word at [start, end) read as a homozygous copy loss (decisions 51, 62): a genomic result
 * on its line or in the block above (`copy_loss_gate.context`), and nothing in its own list item
 * that makes it a stain, a single-copy loss, LOH or a chromosome's (`copy_loss_gate.against`).
 */
export function copyLossContext(
  text: string,
  start: number,
  end: number,
  rules: CompiledGeneticsRules,
): boolean {
  return copyLossEvidence(text, start, end, rules) !== null;
}

/**
 * What reads the loss word at [start, end) as a copy loss: a genomic result on its line or in
 * its block's headings (`context`), or only its own clause (`clause`: a method, the tumour as
 * subject; not enough for a gene named mostly for its stain, "her tumour showed loss of MLH1");
 * null: none, or something against it.
 */
export function copyLossEvidence(
  text: string,
  start: number,
  end: number,
  rules: CompiledGeneticsRules,
): 'context' | 'clause' | null {
  const gate = rules.copyLossGate;
  if (gate === null) return null;
  const head = text.slice(Math.max(0, start - 80), start);
  const lead = ITEM_START.exec(head);
  // (A line wrapped mid-phrase goes on: "loss of the other\nallele".)
  const tail = text.slice(end, end + 80).replace(/\n[ \t]*(?=[a-z])/g, ' ');
  const stop = ITEM_END.exec(tail);
  const item = `${lead ? head.slice(lead[0].length) : head}${text.slice(start, end)}${stop ? tail.slice(0, stop.index) : tail}`;
  if (testWord(gate.against, item)) return null;
  // The loss's own clause, read across wrapped lines ("tumour showed loss of MSH2 and\nMSH6 on
  // IHC"): its DNA method ("by FISH", "on MLPA") or the tumour as its subject (`gate.clause`).
  // (Read only when the line alone does not settle it.)
  const clauseRe = gate.clause;
  let clause: string | null = null;
  const readClause = () => {
    clause ??= clauseRe ? clauseAround(text, start, end) : '';
    return clause;
  };
  const evidence = () => clauseRe !== null && testWord(clauseRe, readClause());
  // (The method named for the loss is not held against it: "CDKN2A deletion on MLPA".)
  const own = (s: string) => (clauseRe ? s.replace(clauseRe, ' ') : s);
  const line = lineOf(text, start);
  if (testWord(gate.againstLine, line) && (!evidence() || testWord(gate.againstLine, own(line))))
    return null;
  // Above its own line, only the headings of its block ("COPY NUMBER ALTERATIONS", "Copy number
  // alterations:"), not a variant's row further up ("STK11 … Tier II" over "STK11 loss may …").
  if (
    [line, ...linesAbove(text, start, 12).filter((l) => HEADING.test(l))].some((l) =>
      testWord(gate.context, l),
    )
  )
    return 'context';
  if (evidence() && !testWord(gate.againstLine, own(readClause()))) return 'clause';
  // A result row, the gene its label and the loss word its whole result ("CDKN2A - deleted",
  // "CDKN2A\nloss"), in a block that names no stain ("MMR IHC:\nMLH1 - loss").
  return resultRow(text, start, end) &&
    ![...linesAbove(text, start, 12), ...linesBelow(text, start, 12)].some((l) =>
      testWord(gate.againstLine, l),
    )
    ? 'clause'
    : null;
}

/** Before a row's result: the gene alone as its label, then a dash, colon or line break. */
const ROW_LABEL =
  /(?:^|\n)[ \t]*(?:[-•*·▪][ \t]*)?[A-Z][A-Z0-9]{1,9}(?:[ \t]?\/[ \t]?[A-Z0-9]{1,9}){0,3}[ \t]*(?:[-–—:=][ \t]*|\n[ \t]*)$/;

/** After it: nothing more on its line. */
const ROW_END = /^[ \t]*[.;]?[ \t]*(?:\n|$)/;

function resultRow(text: string, start: number, end: number): boolean {
  const from = Math.max(0, start - 60);
  const label = ROW_LABEL.exec(text.slice(from, start));
  return (
    label !== null &&
    (label[0].startsWith('\n') || from === 0) &&
    ROW_END.test(text.slice(end, end + 20))
  );
}

/** A clause ends at a sentence's end, a semicolon, a blank line or a list item's opening. */
const CLAUSE_END = /[.;!?](?=\s|$)|\n[ \t]*(?:\n|[-•*·▪]|\d{1,2}[.)]\s)/g;

/**
 * The clause around [start, end) (at most 200 characters each side), its wrapped lines read as
 * one: "Her tumour showed loss of MSH2 and\nMSH6 on IHC".
 */
function clauseAround(text: string, start: number, end: number): string {
  const from = Math.max(0, start - 200);
  const head = text.slice(from, start);
  let open = 0;
  CLAUSE_END.lastIndex = 0;
  for (let m = CLAUSE_END.exec(head); m; m = CLAUSE_END.exec(head)) open = m.index + m[0].length;
  const tail = text.slice(end, end + 200);
  CLAUSE_END.lastIndex = 0;
  const close = CLAUSE_END.exec(tail);
  return `${head.slice(open)}${text.slice(start, end)}${close ? tail.slice(0, close.index) : tail}`.replace(
    /\s*\n\s*/g,
    ' ',
  );
}

/** Short symbols listed before a gene: "MLH1/", "MSH2・", "MSH2, ". */
const GENE_LIST_BEFORE = /(?<![A-Za-z0-9])(?:[A-Za-z][A-Za-z0-9-]{1,9}\s?[/／・、,，]\s?){1,4}$/;

const INTACT_DNA =
  /^\s*[:-]?\s*(?:intact|retained|preserved|normal)\s*[(（]\s*(?:no|without)\s+(?:[\w-]+\s+){0,2}(?:variants?|mutations?|alterations?)\b/i;

/** Right before a gene: the words that name it as a fusion's partner. */
const PARTNER_WORD =
  /(?:(?:融合)?(?:相手|パートナー)(?:遺伝子)?\s*(?:は|が|として|[:：=])?|(?:fusion\s+)?partner(?:\s+gene)?\s*(?:is|was|[:=])?)\s*$/i;

/**
 * A fusion's partner stated in words after it in its sentence, not written as a pair:
 * "ROS1融合遺伝子陽性、追加のRNAシークエンスで融合相手はSLC34A2と判明", "ALK融合陽性（パートナー：
 * EML4）", "RET fusion detected (partner: KIF5B)". Only with no other gene between, so another
 * fusion's partner ("ALK融合陽性、RET融合の相手はKIF5B") is not taken.
 */
export function statedPartner(
  text: string,
  item: Item,
  genes: readonly GeneMention[],
  drivers: CompiledDrivers,
  layout: CompiledLayout,
): GeneMention | null {
  // (Bounded: the rest of the sentence, at most 120 characters.)
  const limit = Math.min(text.length, item.end + 120);
  const stop = text.slice(item.end, limit).search(/[。\n]|\.\s/);
  let end = stop < 0 ? limit : item.end + stop;
  // The partner may be told in a sentence of its own right after: "ROS1の再構成が陽性と判明。
  // 融合相手はSLC34A2とのこと。", "ALK融合陽性。パートナーはEML4。" (that sentence only when it
  // opens with the partner word, so a next sentence about another gene is not read).
  const next = /^[。.]\s*(?:融合)?(?:相手|パートナー)(?:遺伝子)?[^。\n]{0,40}/.exec(
    text.slice(end, end + 60),
  );
  if (next) end += next[0].length;
  for (const g of genes) {
    if (g.start < item.end) continue;
    if (g.end > end) break;
    if (g.genes.length !== 1 || g.genes[0] === item.gene) return null;
    if (
      !PARTNER_WORD.test(text.slice(Math.max(item.end, g.start - 16), g.start)) &&
      !layout.partnerWordAfter.test(text.slice(g.end, g.end + 40)) &&
      !bracketPartner(text, item.end, g) &&
      // A partner-only gene told by "との融合" in the clause after ("ALKのみ陽性で、EML4とのバリアント1の
      // 融合であった", "ROS1陽性、CD74との再構成"); not a driver of a fusion of its own ("ALK陽性、RETとの
      // 融合は…").
      !(
        JA_PARTNER_AFTER.test(text.slice(g.end, g.end + 24)) &&
        !drivers.isDriver(g.genes[0]!, null, 'fusion', null)
      )
    )
      return null;
    return g;
  }
  return null;
}

/** After a gene: "との融合", "とのバリアント1の融合", "との再構成" (the gene is the partner of a fusion). */
const JA_PARTNER_AFTER =
  /^\s*(?:遺伝子)?\s*との?\s*(?:(?:バリアント|variant|v)\s*\d{1,2}[a-z]?\s*(?:の|型の)?\s*)?(?:融合|再構成|再配列|転座|キメラ)/;

/**
 * A partner written alone in brackets right after the fusion, with no partner word: "ALK fusion
 * (EML4)", "RET rearrangement (KIF5B) detected", "NTRK3 fusion positive (with ETV6)", "ALK fusion
 * (EML4, variant 3a)". The bracket must hold only the gene (an exon or variant label may follow),
 * so a bracket that reports another gene ("ALK fusion (ROS1 negative)") or the method ("(FISH)")
 * is not read as the partner.
 */
function bracketPartner(text: string, from: number, g: GeneMention): boolean {
  const lead = text.slice(from, g.start);
  if (!/^[^()（）.;:\n]{0,30}[(（]\s*(?:with\s+)?$/i.test(lead)) return false;
  return /^\s*(?:exon\s*\d+\s*)?(?:[,;]\s*(?:variant|v|e)\s*\w+\s*)?[)）]/i.test(
    text.slice(g.end, g.end + 40),
  );
}

/**
 * A gene in the bracket right after a variant of it names the test, not a result of its own:
 * "BRAF V600E／V600K（THxID BRAF、2024/12）：陰性", "KRAS G12C (therascreen KRAS): negative".
 */
export function namesTestOfVariant(text: string, item: Item, items: readonly Item[]): boolean {
  if (item.what !== 'gene' || item.generic) return false;
  return items.some(
    (v) =>
      v.what === 'variant' &&
      v.gene === item.gene &&
      v.end <= item.start &&
      item.start - v.end <= 32 &&
      /^\s*[（(][^（()）\n]*$/.test(text.slice(v.end, item.start)),
  );
}

/**
 * A sign glued to a gene is its result: "ALK+", "EGFR-, ALK-, ROS1-", "ALK－". (Case matters,
 * so this is not a vocabulary pattern: "first- and second-generation" is no result.)
 */
/**
 * "the gene itself is not amplified", "no amplification of the same gene (MET/CEP7 ratio 1.0)":
 * a noun phrase pointing back to a gene named before. It stands for the nearest gene written
 * before it, in the same paragraph and within GENE_ANAPHOR_REACH characters, when that mention
 * names one gene (not a list: "BRCA1 and BRCA2 … the same gene" is ambiguous and left alone).
 */
const GENE_ANAPHOR =
  /\b(?:the\s+same\s+gene|the\s+gene\s+itself|(?:this|that)\s+(?:same\s+)?gene)(?![\w-]|\s+(?:panel|test(?:ing)?|list))/gi;

const GENE_ANAPHOR_REACH = 300;

export function withGeneAnaphors(
  text: string,
  genes: GeneMention[],
  layout: CompiledLayout,
): GeneMention[] {
  const added: GeneMention[] = [];
  GENE_ANAPHOR.lastIndex = 0;
  for (let m = GENE_ANAPHOR.exec(text); m; m = GENE_ANAPHOR.exec(text)) {
    const at = m.index;
    const before = genes.filter((g) => g.end <= at);
    const last = before.at(-1);
    if (last?.genes.length !== 1 || at - last.end > GENE_ANAPHOR_REACH) continue;
    // (Not across a blank line: another paragraph's gene is no antecedent.)
    if (/\n[ \t]*\n/.test(text.slice(last.end, at))) continue;
    // (Nor with a list ending there: "EGFR and KRAS … the same gene" has two antecedents.)
    const prev = before.at(-2);
    if (
      prev &&
      prev.genes[0] !== last.genes[0] &&
      /^\s*(?:,|and|or|\/)\s*$/.test(text.slice(prev.end, last.start))
    )
      continue;
    // (A symbol that is also a word, MET, keeps needing genetic context.)
    added.push({
      start: at,
      end: at + m[0].length,
      text: m[0],
      genes: last.genes,
      contextOnly: last.contextOnly,
    });
  }
  const counted = withCountedGeneLists(text, genes, layout);
  if (added.length === 0 && counted.length === 0) return genes;
  return [...genes, ...added, ...counted].sort((a, b) => a.start - b.start);
}

/*
 * "血液のBRCA1/2検査 … 両遺伝子とも病的バリアントは見つからず", "対象遺伝子：MLH1、MSH2、MSH6、PMS2、
 * EPCAM（欠失）… 4遺伝子のいずれにも病的バリアントは認めませんでした": a Japanese report counts back
 * to the genes of the test it lists (`layout.jaCountedGenes`), and its result is each gene's (one
 * absent entry per gene). The count says which genes: the list written last before it (within
 * GENE_ANAPHOR_REACH), whose members are all of it, or those not restricted to one class by a
 * bracket ("EPCAM（欠失）", tested for its deletion only, has its own line). A count that fits
 * neither is left alone.
 */
const KANJI_COUNTS = '二三四五六七八九';

const JA_COUNTED_LIST_MAX = 12;

/** Between the genes of one list: "、", "・", "/", "と", "および"; a bracket after a gene may come first. */
const JA_GENE_LIST_JOINT =
  /^\s*(?:[（(][^（()）\n]{0,12}[)）])?\s*(?:[、,，・/／]|と|および|及び|並びに|ならびに)\s*$/;

function withCountedGeneLists(
  text: string,
  genes: readonly GeneMention[],
  layout: CompiledLayout,
): GeneMention[] {
  const added: GeneMention[] = [];
  // (Genes are in text order and so are the matches: one pass, and a list read back over at
  // most JA_COUNTED_LIST_MAX genes, so the whole is linear in the note.)
  let next = 0;
  const counted = layout.jaCountedGenes;
  counted.lastIndex = 0;
  for (let m = counted.exec(text); m; m = counted.exec(text)) {
    const at = m.index;
    const count = m[1] ? 2 : m[2] ? Number(m[2]) : KANJI_COUNTS.indexOf(m[3]!) + 2;
    while (next < genes.length && genes[next]!.end <= at) next += 1;
    const last = genes[next - 1];
    if (!last || at - last.end > GENE_ANAPHOR_REACH) continue;
    if (/\n[ \t]*\n/.test(text.slice(last.end, at))) continue;
    // The list ending at that gene, back over its joints.
    const list: GeneMention[] = [last];
    for (let i = next - 2; i >= Math.max(0, next - 1 - JA_COUNTED_LIST_MAX); i -= 1) {
      const gap = list[0]!.start - genes[i]!.end;
      if (gap > 24 || !JA_GENE_LIST_JOINT.test(text.slice(genes[i]!.end, list[0]!.start))) break;
      list.unshift(genes[i]!);
    }
    const all = [...new Set(list.flatMap((g) => g.genes))];
    const restricted = new Set(
      list
        .filter((g) => /^\s*[（(][^（()）\n]{0,12}[)）]/.test(text.slice(g.end, g.end + 14)))
        .flatMap((g) => g.genes),
    );
    const open = all.filter((gene) => !restricted.has(gene));
    const named = all.length === count ? all : open.length === count ? open : null;
    if (!named) continue;
    added.push({
      start: at,
      end: at + m[0].length,
      text: m[0],
      genes: named,
      contextOnly: false,
    });
  }
  return added;
}

export function gluedSigns(text: string, genes: readonly Span[]): ResultWord[] {
  const signs: ResultWord[] = [];
  for (const g of genes) {
    const sign =
      /^(?:[(（]([+＋]|[-−－])[)）]|([+＋]|[-−－])(?=$|[\s,、，;；/)）]|\.(?:\s|$)))/.exec(
        text.slice(g.end, g.end + 3),
      );
    if (!sign) continue;
    // "PIK3CA- and ESR1-mutated", "KRAS- or NRAS-mutant": a hyphen left hanging before a
    // coordinated gene shares that gene's class word, no negative sign.
    if (
      sign[2] !== undefined &&
      /^[-−－]\s+(?:and|or|&|\/)\s+[A-Za-z0-9]{2,10}[-−－](?:mutated|mutant|altered|amplified|rearranged|positive|driven|fused)\b/i.test(
        text.slice(g.end, g.end + 40),
      )
    )
      continue;
    const written = (sign[1] ?? sign[2])!;
    signs.push({
      start: g.end,
      end: g.end + 1,
      text: written,
      type: /[+＋]/.test(written) ? 'positive' : 'negative_after',
    });
  }
  return signs;
}

/**
 * A gene named above a clause in the same block, for a variant or exon-level result written on
 * a line of its own ("Gene: MSH2" then "Variant: c.942+3A>T"; "EGFR MUTATION TEST" then "Exon
 * 19 deletions: not detected"): the nearest line above naming exactly one gene.
 */
/** A line that is only a gene's heading: "【BRCA2】", "[BRCA2]", "■ BRCA2", "BRCA2:". */
export const GENE_HEADING_LINE =
  /^[\s■□●◆#*・-]*[【[（(]?\s*([A-Za-z0-9-]+)\s*(?:遺伝子|gene)?\s*[】\]）)]?\s*[:：]?\s*$/;

export function withHeadingGene(
  text: string,
  clause: Span,
  clauseGenes: GeneMention[],
  genes: readonly GeneMention[],
  variants: readonly VariantMention[],
  rules: CompiledGeneticsRules,
): GeneMention[] {
  if (clauseGenes.length > 0) return clauseGenes;
  const lineStart = lineStartOf(text, clause.start);
  if (lineStart < 2 || text.slice(lineStart, clause.start).trim() !== '') return clauseGenes;
  // (A method's line under the gene's heading, "ALK" over "IHC: positive" and "FISH: negative":
  // a DNA method's result, positive or negative, is the gene's; a protein method's is none.)
  const byMethod = methodLineGene(text, lineStart, genes, rules);
  if (byMethod !== null) {
    return byMethod.length > 0 &&
      !variants.some((v) => v.start >= clause.start && v.start < clause.end) &&
      findResults(text.slice(clause.start, clause.end), rules).length > 0
      ? byMethod
      : clauseGenes;
  }
  // The clause states a negative and names nothing else.
  const own = text.slice(clause.start, clause.end);
  if (!findResults(own, rules).some((r) => r.type.startsWith('negative'))) return clauseGenes;
  if (variants.some((v) => v.start >= clause.start && v.start < clause.end)) return clauseGenes;
  const above = lineStartOf(text, lineStart - 1);
  const heading = GENE_HEADING_LINE.exec(text.slice(above, lineStart - 1));
  if (!heading) return clauseGenes;
  // (Not the last entry of a list of genes: "Genes included in this panel:" over "- BRCA1" …
  // "- ATM" over "Result: Negative" is a methods list and a negative naming no gene, decision 1;
  // pgen10 item 2.)
  if (rules.language === 'en' && above >= 2) {
    const listAbove = linesAbove(text, above, 1)[0];
    const aboveStart = lineStartOf(text, above - 1);
    if (
      listAbove !== undefined &&
      ((GENE_HEADING_LINE.test(listAbove) &&
        spansWithin(genes, { start: aboveStart, end: above - 1 }).length > 0) ||
        rules.layout.descriptionLine.test(listAbove))
    )
      return clauseGenes;
  }
  const gene = spansWithin(genes, { start: above, end: lineStart - 1 });
  return gene.length === 1 && gene[0]!.text === heading[1] ? [gene[0]!] : clauseGenes;
}

/**
 * "ADDENDUM: reflex NGS identified the exon 19 change as c.2239_2248delinsC", "Sequencing showed
 * the exon 20 insertion to be c.2310_2311insGGT": a clause naming no gene that refers to an exon
 * of a finding named earlier, in another paragraph, is about the gene named with that exon.
 * Only one gene may have been named with it.
 */
export function exonReferenceGene(
  text: string,
  clause: Span,
  genes: readonly GeneMention[],
): GeneMention | undefined {
  const reference = EXON_REFERENCE.exec(text.slice(clause.start, clause.end));
  if (!reference) return undefined;
  const exon = Number(reference[1]);
  const earlier = genes.filter((g) => {
    if (g.end > clause.start || g.genes.length !== 1) return false;
    const after = /^[\s:-]{0,3}(?:\([^)\n]{0,20}\)\s?)?(?:exon|ex)\s?(\d{1,2})(?!\d)/i.exec(
      text.slice(g.end, g.end + 30),
    );
    return after !== null && Number(after[1]) === exon;
  });
  return new Set(earlier.flatMap((g) => g.genes)).size === 1 ? earlier.at(-1) : undefined;
}

/** "the exon 19 change", "this exon 20 insertion": a finding named before, by its exon. */
const EXON_REFERENCE =
  /(?<![A-Za-z])(?:the|this|that)\s+exon\s?(\d{1,2})\s+(?:change|variant|alteration|mutation|deletion|insertion|duplication|event)(?![A-Za-z])/i;

export function geneAbove(
  text: string,
  offset: number,
  genes: readonly GeneMention[],
  // A stain's marker on a line above ("患者：…ホルモン受容体陽性・HER2陰性" between "therascreen PIK3CA
  // …報告書" and "検出された変異：E542K") heads no changes: the lines above it are read on.
  stained?: (g: GeneMention) => boolean,
): GeneMention | undefined {
  // The same line before the clause first ("DPYD genotyping: … allele. c.1679T>G … not detected").
  const lineStart = lineStartOf(text, offset);
  const lead = spansWithin(genes, { start: lineStart, end: offset });
  const leadGenes = new Set(lead.flatMap((g) => g.genes));
  if (leadGenes.size === 1) return lead.at(-1);
  if (leadGenes.size > 1) {
    // "their KRAS/NRAS PCR kit on the resection: in KRAS, G12C was detected, while the G12D,
    // G13D and Q61H assays were negative": past the line's last colon, semicolon or full stop
    // only one gene is named, so the sentence goes on about that gene alone.
    const cut = /^.*[:;.](?=\s)/.exec(text.slice(lineStart, offset));
    const tail = cut ? lead.filter((g) => g.start >= lineStart + cut[0].length) : [];
    return new Set(tail.flatMap((g) => g.genes)).size === 1 ? tail.at(-1) : undefined;
  }
  const starts = lineMemoFor(text).starts;
  const here = lineIndex(text, offset);
  for (let i = here - 1; i >= 0 && i >= here - 8; i -= 1) {
    const start = starts[i]!;
    const line = lineOf(text, start);
    if (line.trim() === '') return undefined;
    const onLine = spansWithin(genes, { start, end: start + line.length }).filter(
      (g) => !stained?.(g),
    );
    const distinct = new Set(onLine.flatMap((g) => g.genes));
    if (distinct.size === 1) return onLine[0];
    // Several genes, but the line reports one gene's variant ("ABL1 c.944C>T … of BCR::ABL1").
    if (distinct.size > 1) {
      return onLine.find((g) =>
        /^[\s:]*(?:[A-Z]{2}_\d+(?:\.\d+)?:)?[cp]\.\S/.test(text.slice(g.end, g.end + 24)),
      );
    }
  }
  return undefined;
}
