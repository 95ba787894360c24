/**
 * Germline or somatic: origin words near the item, in the lines above it in its block, in the
 * test label before it, or the note's own answer when one kind of testing is all it speaks of.
 * Separate because origin is decided per gene across the note (literal gates keep the scan of
 * every line linear).
 */
import { gateOffsets, gateText, literalGate } from '../../core/text/literal-gate.js';
import type { Span } from '../../core/types.js';
import type { Item } from './items.js';
import type { GeneMention } from './lexicon.js';
import {
  lineIndex,
  lineMemoFor,
  lineOf,
  lineStartOf,
  linesAbove,
  SECTION_OPEN,
  spansWithin,
  testWord,
} from './note-lines.js';
import type { CompiledGeneticsRules } from './rules.js';
import { findResults, type ResultWord } from './status.js';
import type { Origin } from './types.js';

/**
 * Where the item's own words end in its English clause: at a comma after it opening another entry
 * with a sample or origin word, when that entry holds another item right after the word, or is a
 * germline test's gene-less call. Null when there is none.
 */
function commaEntryCut(
  text: string,
  clause: Span,
  item: Span,
  others: readonly Span[],
  rules: CompiledGeneticsRules,
): number | null {
  const { enCommaEntrySample: sample, enCommaGermlineCall: germlineCall } = rules.layout;
  if (!sample || item.end >= clause.end) return null;
  const rest = text.slice(item.end, clause.end);
  if (germlineCall?.test(rest)) return item.end + rest.indexOf(',');
  const m = sample.exec(rest);
  if (!m) return null;
  const wordEnd = item.end + m.index + m[0].length;
  return others.some(
    (o) => o !== item && o.start >= wordEnd && /^[ \t]*$/.test(text.slice(wordEnd, o.start)),
  )
    ? item.end + m.index
    : null;
}

/** Germline or somatic words in the item's clause, else in the lines above it in its block. */
export function originNear(
  text: string,
  clause: Span,
  rules: CompiledGeneticsRules,
  word: ResultWord | null,
  item?: Span,
  others: readonly Span[] = [],
): Origin | null {
  // "BRCA2 c.9382C>T：検出されず（腫瘍に限局した体細胞変異と判断）" under a germline test's heading: a
  // bracket right after a negative result is the conclusion drawn from it (where the variant
  // lies), not the source of the test that gave it.
  let clauseText = text.slice(clause.start, clause.end);
  const conclusion =
    rules.language === 'ja' && word?.type.startsWith('negative') && word.end <= clause.end
      ? // (So is a reason clause drawing it: "血液ではBRCA1、BRCA2ともに病的バリアントは検出されな
        // かったので、体細胞性の変化と説明した" is a germline test's result.)
        // (So is a judgement after an arrow, the quoted result's genes bracketed before it:
        // '血液の確認検査は "Negative"（ATM、PALB2）→ 腫瘍に限局した変化と判断'.)
        /^\s?["”」』]?\s?(?:[（(][^（()）\n]{1,40}[）)](?:\s?(?:→|⇒|->)[^。\n]{0,40}?と(?:説明|判断|考え|結論|解釈|推定)[^。\n]*)?|(?:ので|ため|ことから|ことより|から|→|⇒|->)[、,]?[^。\n]{0,40}?と(?:説明|判断|考え|結論|解釈|推定)[^。\n]*)/.exec(
          text.slice(word.end, clause.end),
        )
      : null;
  if (word && conclusion) {
    clauseText = `${text.slice(clause.start, word.end)}${text.slice(word.end + conclusion[0].length, clause.end)}`;
  }
  // "TP53 c.743G>A VAF 48%、生殖細胞系列バリアントの可能性を考慮し遺伝カウンセリングへ": a Japanese doubt of
  // the found change's origin after it, and the plan that follows it, state no source (layout
  // `ja_origin_hedges`, ja decision 12).
  // (So in English: "TP53 c.743G>A at VAF 48%; possible germline origin, referred to genetic
  // counseling", layout `origin_hedges`, en decision 11.)
  const hedgeWords = originHedgeOf(rules);
  const hedge =
    item && hedgeWords && item.end <= clause.end
      ? hedgeWords.exec(text.slice(item.end, clause.end))
      : null;
  if (item && hedge && !conclusion) {
    clauseText = text.slice(clause.start, item.end + hedge.index);
  }
  // An English comma entry opened by its own sample or origin word after the item holds another
  // finding or the germline test's gene-less call: "EGFR L858R, germline TP53 negative",
  // "Pancreatic adenocarcinoma, KRAS G12R, germline PALB2 c.172_175del", "KRAS G12D, germline
  // negative" (decision 68). The word is that entry's, not the item's (layout
  // `en_comma_entry_samples`; "TP53 R273H, germline" keeps its own).
  if (rules.language === 'en' && item && !conclusion && !hedge) {
    const cut = commaEntryCut(text, clause, item, others, rules);
    if (cut !== null) clauseText = text.slice(clause.start, cut);
  }
  // An English bracketed aside that holds another finding and not the item is about that
  // finding: "gastric GIST (KIT exon 11 del) …, and Lynch syndrome (germline MSH2 deletion of
  // exons 3-6 …" gives KIT no germline source. (The aside may run past the clause's end.)
  if (rules.language === 'en' && item && !conclusion && clauseText.includes('(')) {
    clauseText = clauseText.replace(/\([^()]{0,240}(?:\)|$)/g, (aside, at: number) => {
      const start = clause.start + at;
      const end = start + aside.length;
      const holds = (o: Span) => o.start >= start && o.end <= end;
      return !holds(item) && others.some((o) => o !== item && holds(o)) ? ' ' : aside;
    });
  }
  // An English syndrome named by its gene speaks of that gene: "Hx: MUTYH-associated polyposis
  // (biallelic - c.536A>G …), s/p colectomy; metastatic melanoma, BRAF-mutated" gives BRAF no
  // germline source.
  const itemGene = item && 'gene' in item ? (item as Item).gene : null;
  // (So does a Japanese syndrome with its gene bracketed after it: "#3 リンチ症候群（MLH1の病的バリア
  // ント）：…腫瘍は MSI-H、…BRAF V600E 陰性" gives BRAF no germline source.)
  if (itemGene) clauseText = withoutOtherGenesSyndromes(clauseText, itemGene, rules);
  // A Japanese clause of several results joined by 、: a source word reaches only its own item's
  // part ("KRAS G12V陽性、BRCA2 生殖細胞系列病的バリアント", "生殖細胞系列検査でBRCA2…陽性、腫瘍ではKRAS
  // G12R陽性"), not a neighbour's.
  if (rules.language === 'ja' && item && !conclusion && !hedge) {
    const parts = ownPart(text, clause, item, others, rules);
    if (parts) {
      const ownSource = originIn(parts.own, rules);
      if (ownSource) return ownSource;
      clauseText = parts.rest;
    }
  }
  // A change looked for in blood and not found, right after a germline test named on its line:
  // that blood test is the germline one, whatever the sentence says of the tumour or concludes
  // ("… germline testing …: blood EGFR sequencing confirmed T790M … . EGFR L858R was not present
  // in blood, so it is somatic", "Germline (blood): … . The tumour BRCA1 c.4327C>T … is NOT
  // present in blood"; en decision 26). (Not a plasma test's blood: "Guardant: … not detected".)
  if (rules.language === 'en' && item && word && notFoundInGermlineBlood(text, item, word, rules)) {
    return 'germline';
  }
  const own = originIn(clauseText, rules);
  if (own) return own;
  // Both kinds in a Japanese clause that runs over several result rows (no full stop between
  // them): a source labelling the item's own row, before it, is its own ("〈体細胞〉KRAS c.34G>T
  // …" above "〈生殖細胞系列〉BRCA1 c.… 病的", "体細胞：…" above "生殖細胞系列：…"). (Not a source
  // said after the item in prose wrapped from the row above: "BRCA2について前医で血液の確認検査が行わ
  // れ、同バリアントは検出されず" is read as before.)
  if (
    rules.language === 'ja' &&
    item &&
    clauseText.includes('\n') &&
    testWord(rules.germline, clauseText) &&
    testWord(rules.somatic, clauseText)
  ) {
    const rowStart = Math.max(clause.start, lineStartOf(text, item.start));
    const row = rowStart < item.start ? originIn(text.slice(rowStart, item.start), rules) : null;
    if (row) return row;
  }
  // Both kinds in a Japanese clause: the test named as the means right before the item is its
  // own ("腫瘍は MSI-H、…メチル化なし → 血液の遺伝学的検査（MLPA）でMLH1 エクソン8の欠失を確認",
  // "血漿のリキッドバイオプシーにてEGFR T790Mを検出").
  // (Not when the clause goes on to state a source after the item: "腫瘍組織のパネル検査で TP53
  // c.844C>T が検出され、生殖細胞系列の病的バリアントと判定された" is germline.)
  // (A source after the result closed as the reason for the next step is that step's: "腫瘍で
  // BRAF V600Eを調べたが陰性で、…認めなかったため、生殖細胞系列の検索に進んだ" is the tumour's.)
  const afterItem = item ? text.slice(item.end, clause.end) : '';
  const nextStep = rules.language === 'ja' ? rules.layout.jaNextStepTurn.exec(afterItem) : null;
  if (
    rules.language === 'ja' &&
    item &&
    item.start > clause.start &&
    !originIn(nextStep ? afterItem.slice(0, nextStep.index) : afterItem, rules)
  ) {
    const before = text.slice(Math.max(clause.start, item.start - 60), item.start);
    const means = MEANS_BEFORE.exec(before);
    const stated = means ? originIn(means[1]!, rules) : null;
    if (stated) return stated;
  }
  // Both kinds in the clause: a source written right after the result is its own ("somatic
  // (not present in germline)"); else the clause's label decides ("Germline: PALB2 … (also in
  // the tumour)", "Tumour BRCA testing: BRCA1 … somatic only, as germline testing was negative").
  if (word && word.end <= clause.end && !conclusion) {
    const trailing = /^\s*(?:in|on|by|[（(])\s*(?:the\s+)?[^\s,.;:)）]+/i.exec(
      text.slice(word.end, Math.min(clause.end, word.end + 30)),
    );
    const stated = trailing ? originIn(trailing[0], rules) : null;
    if (stated) return stated;
  }
  const label = /^[^:：\n]{1,60}[:：]/.exec(
    rules.language === 'ja' && itemGene
      ? withoutOtherGenesSyndromes(text.slice(clause.start, clause.end), itemGene, rules)
      : text.slice(clause.start, clause.end),
  );
  const labelled = label ? originIn(label[0], rules) : null;
  if (labelled) return labelled;
  // "Tumour dMMR (MSH2/MSH6 loss), MSI-high -> germline testing: Lynch syndrome, MSH2 deletion
  // of exons 3-6": both sources in the clause, the test after the arrow labels the item's result.
  if (rules.language === 'en' && item && item.start > clause.start) {
    const stated = arrowLabelOrigin(text.slice(clause.start, item.start), rules);
    if (stated) return stated;
  }
  // The same line before the clause: "Tissue NGS (4R node): …; no EGFR mutations". A bracketed
  // aside there is about the item before it ("BRCA2 … (germline variant with loss of the
  // wild-type allele); TMPRSS2::ERG fusion"), unless it qualifies a label ("NGS (tissue):").
  const lineStart = Math.max(lineStartOf(text, clause.start), clause.start - 200);
  // (Within the clause's sentence and the line's label: "The RUNX1 VAF does not suggest a
  // germline variant; germline RUNX1 testing … only if … . Absence of FLT3 and IDH1/2 mutations"
  // is a tumour result; "Tissue CGP (2023): … AR amp (CN 11). No alterations in ATM" is too.)
  const leadText = text.slice(lineStart, clause.start);
  const sentenceEnd = rules.language === 'en' ? lastSentenceEnd(leadText) : -1;
  // (A bracketed aside in the label does not count toward its length: "Path/molecular from the
  // hysterectomy (reviewed today with her):". A paragraph longer than the lead keeps its label:
  // "Path/molecular from the hysterectomy: … . Sequencing showed TP53 … . The POLE exonuclease
  // domain was sequenced and no pathogenic variant was found" is the hysterectomy's test.)
  const fullLineStart = lineStartOf(text, clause.start);
  const labelOfLine =
    /^[^:\n]{1,120}:/.exec(
      lineStart === fullLineStart
        ? leadText.slice(0, Math.max(0, sentenceEnd))
        : text.slice(fullLineStart, Math.min(clause.start, fullLineStart + 130)),
    )?.[0] ?? '';
  const lineLabel =
    (sentenceEnd >= 0 || lineStart !== fullLineStart) &&
    labelOfLine.replace(/\([^()\n]{0,60}\)/g, '').length <= 61
      ? labelOfLine
      : '';
  // A Japanese line's own label names its test, whatever the earlier clauses of the line quote
  // ("(2) 血液でのBRCA1/2確認検査：腫瘍で検出されたBRCA1 c.…は認めず、BRCA2にも病的バリアントなし").
  const japaneseLabel =
    rules.language === 'ja' && lineStart === lineStartOf(text, clause.start)
      ? /^[^:：\n]{1,60}[:：]/.exec(leadText)?.[0]
      : undefined;
  const labelledLine = japaneseLabel
    ? originIn(
        itemGene ? withoutOtherGenesSyndromes(japaneseLabel, itemGene, rules) : japaneseLabel,
        rules,
      )
    : null;
  if (labelledLine) return labelledLine;
  // "… -> germline testing: Lynch syndrome, MSH2 … PATHOGENIC. Same 30-gene panel: no
  // pathogenic variants in BRCA1, BRCA2 or PALB2": a label naming the same test as the sentence
  // before takes that test's source.
  // (The label may open the clause itself, or follow a sentence end before it on the line.)
  // (Or the same test named right after the clause's list of genes: "FH, FLCN and BAP1 on the
  // same panel showed no pathogenic variant".)
  const sameTestBefore =
    rules.language !== 'en' || !item
      ? null
      : rules.layout.sameTest.test(text.slice(clause.start, item.start)) ||
          rules.layout.sameTest.test(
            text
              .slice(item.end, Math.min(clause.end, item.end + 160))
              .replace(SAME_TEST_LIST_REST, ''),
          )
        ? leadText
        : sentenceEnd >= 0 && rules.layout.sameTest.test(leadText.slice(sentenceEnd + 1))
          ? leadText.slice(0, sentenceEnd)
          : null;
  if (sameTestBefore) {
    const stated = arrowLabelOrigin(sameTestBefore, rules);
    if (stated) return stated;
    // Or the test told in the prose sentence right before: "Her blood panel found a TP53 change
    // … . The same panel was negative for BRCA1 and BRCA2", "NGS on the resection showed KRAS
    // G12D. The same assay found no BRAF mutation".
    const previous = sameTestBefore.replace(/[\s.]+$/, '');
    // (An abbreviation's full stop ends no sentence: "… classified pathogenic, i.e. Li-Fraumeni".)
    const masked = previous.replace(/\b(?:i\.e|e\.g|vs|approx|incl|cf)\./gi, (m) =>
      m.replace(/\./g, '_'),
    );
    const prose = originIn(previous.slice(lastSentenceEnd(masked) + 1), rules);
    if (prose) return prose;
  }
  // (A Japanese clause's own label goes on from the words before it: "胃GIST（胃部分切除。遺伝子解析：KIT
  // …）" is the tumour's test, though the full stop cuts the clause at "遺伝子解析：".)
  // (A Japanese statement settling an earlier finding's origin is that finding's, not the test of
  // the item: "F1CDx で BRCA1 c.188T>A を再確認。既知の生殖細胞系列バリアントと同一。PIK3CA は変異なし"
  // is the tumour test's, layout `ja_origin_settled`.)
  const ownLead = withoutSettledOrigins(
    itemGene
      ? withoutOtherGenesSyndromes(leadText.slice(sentenceEnd + 1), itemGene, rules)
      : leadText.slice(sentenceEnd + 1),
    rules,
  );
  const lead = originIn(
    withoutAsides(
      `${lineLabel} ${ownLead}${rules.language === 'ja' && label ? label[0] : ''}`,
      rules,
    ),
    rules,
  );
  if (lead) return lead;
  // A labelled line whose first sentence opens with a source word and reports a finding: the
  // later sentences of that line are the same test's ("Genetics (fast-track panel): germline TP53
  // c.844C>T - PATHOGENIC. No P/LP variant in BRCA1, BRCA2, PALB2 or CHEK2"). Only when the
  // sentences between speak of one source.
  if (rules.language === 'en' && item && lineLabel && lineStart === fullLineStart) {
    const bodyStart = lineStart + lineLabel.length;
    // (The clause's own items are all `others` holds, so the finding is told by its words.)
    const body = withoutAsides(leadText.slice(lineLabel.length, sentenceEnd + 1), rules);
    const opening = /^\s*[A-Za-z-]{3,20}/.exec(body)?.[0] ?? '';
    const source = originIn(opening, rules);
    if (
      source &&
      originIn(body, rules) === source &&
      LABELLED_FINDING.test(text.slice(bodyStart, clause.start))
    )
      return source;
  }
  // An item of a numbered or bulleted list takes its source from the list's heading, not from
  // the other items or their notes ("1. EPCAM … this explains the loss in the tumour" above "4.
  // MLH1, MSH6 …: no pathogenic variants" in a germline report).
  const itemLine = lineOf(text, clause.start);
  // A result quoted on a history line ("既往：左上腕悪性黒色腫（2021年切除、BRAF V600E変異陽性）",
  // "臨床情報：…"): its source is the one its own line names; the lines above it (the note's title,
  // a "遺伝カウンセリング記録" heading) head no test of it.
  // (So is a plan line after the results, "推奨：…。BRAF V600E 陽性大腸癌として保険適用あり。" under a
  // "〈生殖細胞系列〉…に病的バリアントを認めない" line: it restates the tumour's result for the plan.)
  if (
    rules.language === 'ja' &&
    (rules.layout.reasonLine.test(itemLine) || rules.layout.jaPlanLine?.test(itemLine) === true)
  )
    return null;
  const listed = LIST_ITEM.test(itemLine);
  const indent = itemLine.length - itemLine.trimStart().length;
  // A line opened by a bracketed heading ("【討議】FGFR2融合遺伝子陽性のため…") starts a section of its
  // own: the lines above it are another section's.
  const above = SECTION_OPEN.test(itemLine) ? [] : linesAbove(text, clause.start, 6);
  for (const [k, line] of above.entries()) {
    if (
      listed &&
      (LIST_ITEM.test(line) || (line.length - line.trimStart().length > indent && line.trim()))
    )
      continue;
    // A line after a list is not one of its items ("検出：" over "・BRCA1 c.68_69del（既知の生殖細胞系列
    // バリアント）" and "・KRAS …", then "未検出：BRCA2、PALB2"): the items' own notes are theirs, and
    // the source is the one heading the list.
    // (But a bullet the item's line is indented under heads it: "・生殖細胞系列 多遺伝子パネル（血液）"
    // over "　　ATM c.8977C>T …" and "　　BRCA1／BRCA2／PALB2：病的バリアントなし".)
    if (
      rules.language === 'ja' &&
      !listed &&
      LIST_ITEM.test(line) &&
      !(indent > line.length - line.trimStart().length)
    )
      continue;
    // So is an unbulleted result row's note about its own variant: "PALB2 W1038*（VAF 47%）→ 既知の
    // 生殖細胞系列バリアントと一致" above "AKT1、PTEN：変異検出なし" in a plasma report. (A row names a
    // change; a heading, "BRCA1/2遺伝学的検査（血液）：", names none.)
    if (rules.language === 'ja' && JA_RESULT_ROW.test(line)) continue;
    // So is a paragraph of prose above a prose line, with its own genes and results: "既往の右乳癌の
    // 際に当院遺伝外来でBRCA1/2検査を受け…BRCA2は異常なしでした。" above "肺病変につきましては、貴院での
    // 検査でEGFRは野生型…と伺っております。" (the germline test is that paragraph's, not the lung
    // tumour's). Only when the item's line names a test of its own ("…での検査で"); a line going on
    // with no test ("BRCA2は病的バリアントを認めなかった。") is still the paragraph above's. A heading or
    // a test line above ("血液で遺伝学的検査を行った。" naming no gene) still heads.
    if (
      rules.language === 'ja' &&
      /。\s*$/.test(line) &&
      /。\s*$/.test(itemLine) &&
      !/[:：]/.test(itemLine) &&
      /(?:検査|解析|パネル|PCR|NGS|FISH|シークエンス)(?:で|にて|により|では)/.test(itemLine) &&
      /(?<![A-Za-z0-9])[A-Z][A-Z0-9]{1,9}(?![A-Za-z0-9])/.test(line) &&
      findResults(line, rules).length > 0
    )
      continue;
    // So in English: "ATM c.7913G>A, VAF 84% - the germline variant, other allele lost" above
    // "BRCA1 / BRCA2 - no alterations" under "Tumour CGP (bone bx 1/2023):" is the ATM row's own
    // note; the heading names the source.
    if (rules.language === 'en' && !listed && EN_RESULT_ROW.test(line)) continue;
    // (A reason-for-testing line quotes an earlier result: "検査理由：腫瘍で … が検出されたため".)
    if (rules.layout.reasonLine.test(line)) continue;
    // (An English hedge sees the start of the line below, as in originOfNote.)
    const below = k > 0 ? above[k - 1]! : itemLine;
    const unhedged =
      rules.language === 'en'
        ? withoutOriginHedges(`${line}\n${below.slice(0, 80)}`, rules).slice(0, line.length)
        : withoutOriginHedges(line, rules);
    const stated = originIn(withoutAsides(unhedged, rules), rules);
    if (stated) return stated;
    // A sample label naming peripheral blood or saliva ("検体：末梢血" below a "背景：F1CDx（生検）で…"
    // line) heads the item's test: the lines above it are another test's, and whether that blood
    // is a germline sample depends on the gene (extract.ts `inheritedSampleOrigin`).
    if (rules.inheritedSampleLabel !== null && testWord(rules.inheritedSampleLabel, line)) break;
    // A heading, naming no source, opens the item's section ("【検出されなかった主な遺伝子異常】"
    // below "【生殖細胞系列バリアント】 BRCA2 …"): lines above it are another's.
    if (SECTION_OPEN.test(line)) break;
  }
  return null;
}

/** "… not present in blood", "… NOT detected in the patient's blood" (not "blood plasma"). */
const IN_BLOOD =
  /^\s{0,3}in\s+(?:(?:the|her|his|their)\s+|the\s+patient['’]s\s+)?(?:peripheral\s+)?blood(?![\w-])(?!\s*(?:plasma|cfDNA|ctDNA))/i;

/** Words of a plasma (tumour) test drawn from blood. */
const PLASMA_TEST =
  /\b(?:plasma|ctDNA|cfDNA|liquid|circulating|Guardant\w*|FoundationOne\s*Liquid)\b/i;

/**
 * An English negative written after its item and followed by "in blood", with a germline word
 * before the item on its line (within 300 characters) and no plasma test on the line.
 */
function notFoundInGermlineBlood(
  text: string,
  item: Span,
  word: ResultWord,
  rules: CompiledGeneticsRules,
): boolean {
  if (!word.type.startsWith('negative') || word.start < item.end) return false;
  if (!IN_BLOOD.test(text.slice(word.end, word.end + 40))) return false;
  const from = Math.max(lineStartOf(text, item.start), item.start - 300);
  const lineEnd = text.indexOf('\n', word.end);
  const to = Math.min(lineEnd < 0 ? text.length : lineEnd, word.end + 80);
  return (
    testWord(rules.germline, text.slice(from, item.start)) &&
    !PLASMA_TEST.test(text.slice(from, to))
  );
}

/**
 * A Japanese clause split at its top-level commas (、, not inside brackets), when the item's part
 * is a result of its own (a named change, or a result word after the item) and another item has a
 * part of its own: the item's part, and the clause without the neighbours' sources (a part after
 * the item's that holds another item is dropped; one before it keeps its words but not its
 * brackets, an aside about its own item: "BRCA2 c.7007G>A（生殖細胞系列、Pathogenic）、TP53 R273H").
 * Null when the clause is no such list.
 */
function ownPart(
  text: string,
  clause: Span,
  item: Span & { readonly what?: string },
  others: readonly Span[],
  rules: CompiledGeneticsRules,
): { readonly own: string; readonly rest: string } | null {
  const body = text.slice(clause.start, clause.end);
  if (body.length > 400 || !/[、，,]/.test(body)) return null;
  const cuts: number[] = [];
  let depth = 0;
  for (let i = 0; i < body.length; i++) {
    const ch = body[i]!;
    if (ch === '（' || ch === '(') depth += 1;
    else if ((ch === '）' || ch === ')') && depth > 0) depth -= 1;
    else if (depth === 0 && (ch === '、' || ch === '，' || ch === ',')) cuts.push(i);
  }
  if (cuts.length === 0) return null;
  const bounds = [-1, ...cuts, body.length];
  const parts = bounds.slice(1).map((end, i) => ({
    start: clause.start + bounds[i]! + 1,
    end: clause.start + end,
  }));
  const holds = (p: Span, o: Span) => o.start >= p.start && o.start < p.end;
  const mine = parts.findIndex((p) => holds(p, item));
  if (mine < 0 || item.end > parts[mine]!.end) return null;
  const others2 = others.filter((o) => o !== item && (o.end <= item.start || o.start >= item.end));
  const own = parts[mine]!;
  if (others2.some((o) => holds(own, o))) return null;
  const ownText = text.slice(own.start, own.end);
  const ownResult =
    item.what === 'variant' || findResults(text.slice(item.end, own.end), rules).length > 0;
  if (!ownResult) return null;
  const neighbours = parts.filter((p, i) => i !== mine && others2.some((o) => holds(p, o)));
  if (neighbours.length === 0) return null;
  // (A bracket is a neighbour's aside only right after its item or the item's call: "KRAS G12D
  // 陽性（腫瘍組織）"; not one after a test's name, "前医のCGP（F1CDx）でBRCA2 …".)
  const attachedAt = (at: number) =>
    others2.some(
      (o) =>
        o.end <= at &&
        at - o.end <= 8 &&
        /^\s*(?:陽性|陰性|検出|あり|なし)?\s*$/.test(text.slice(o.end, at)),
    );
  const rest = parts
    .map((p, i) => {
      const words = text.slice(p.start, p.end);
      if (!neighbours.includes(p)) return words;
      if (i > mine) return '';
      // (A source word after the neighbour's own item is its label, not the list's lead:
      // "BRCA2 c.5946del 生殖細胞系列、KRAS G12R陽性" gives KRAS none; "生殖細胞系列検査でBRCA2陽性、…"
      // still leads.)
      // (Only another gene's part: "BRCA1/2の血液検査を提出していたが、…両遺伝子とも…" keeps it.)
      const held = others2.filter((o) => holds(p, o));
      const first = Math.min(...held.map((o) => o.start));
      const after = text.slice(first, p.end);
      const gene = (o: Span) => ('gene' in o ? (o as { gene: unknown }).gene : undefined);
      const otherGene =
        gene(item) !== undefined &&
        held.every((o) => gene(o) !== undefined && gene(o) !== gene(item));
      if (otherGene && !/[（(]/.test(after) && originIn(after, rules))
        return text.slice(p.start, first);
      return words.replace(/[（(][^（()）]{0,80}[）)]/g, (aside, at: number) =>
        attachedAt(p.start + at) ? ' ' : aside,
      );
    })
    .join('、');
  return { own: ownText, rest };
}

/**
 * A Japanese result row: a gene at the line's start and a change written after it ("PALB2
 * W1038*（VAF 47%）→ …", "BRCA2 c.5946del …", "EGFR L858R …").
 */
const JA_RESULT_ROW =
  /^[ \t　]*[A-Z][A-Z0-9]{1,9}(?:[-/][A-Z0-9]{1,9})?[ \t　]+(?:c\.[-*\d]|p\.\(?[A-Z]|[A-Z]\d{1,4}(?:[A-Z*]|fs|del|ins|dup))/;

/**
 * An English result row: a gene (or a fusion) at the line's start and a change written after it
 * ("ATM c.7913G>A, VAF 84% …", "TMPRSS2::ERG fusion …", "AR amplification (copy number 11)").
 */
const EN_RESULT_ROW =
  /^[ \t]*[A-Z][A-Z0-9]{1,9}(?:(?:::|-)[A-Z][A-Z0-9]{1,9})?[ \t]+(?:c\.[-*\d]|p\.\(?[A-Z]|[A-Z]\d{1,4}(?:[A-Z*]|fs|del|ins|dup)|fusion|amplification|rearrangement|homozygous\s+deletion)/;

/** A Japanese phrase naming a test as the means, right before an item ("血液の遺伝学的検査で"). */
const MEANS_BEFORE =
  /(?:^|[、,，→⇒;；:：。\n])([^、,，→⇒;；:：。\n]{1,50}?(?:で(?:の)?|にて|により|によって))\s*$/;

/**
 * The source of the last test label after an arrow or a sentence's start in an English text:
 * "Tumour dMMR, MSI-high -> germline testing: Lynch syndrome, MSH2 …" is germline.
 */
/** The rest of a list of genes after one of them: ", FLCN and BAP1", " / BRCA2". */
const SAME_TEST_LIST_REST =
  /^(?:[ \t]*(?:,|\/|&|\band\b|\bor\b)(?:[ \t]*(?:and|or)\b)?[ \t]*[A-Z][A-Z0-9-]{1,9}(?![A-Za-z0-9]))*/;

function arrowLabelOrigin(lead: string, rules: CompiledGeneticsRules): Origin | null {
  const m = /(?:^|->|→|=>|⇒|[.!?]\s)\s*([^:;.\n>→⇒]{1,40}):[^:;\n]{0,120}$/.exec(lead);
  return m ? originIn(m[1]!, rules) : null;
}

/** Where the last full stop closing a sentence ends in an English text (-1: none). */
function lastSentenceEnd(text: string): number {
  let last = -1;
  // (Also after an acronym: "… - so sporadic MTC. The panel also called …"; not a title or a
  // single initial, "Dr. Ibe", "Ms B.".)
  const re =
    /(?:[a-z0-9)%]|(?<![A-Za-z])(?!(?:Dr|Mr|Mrs|Ms|St|Prof|Sr|Jr)\.)[A-Z]{2,})\.(?:\s+(?=[A-Z])|\s*$)/g;
  for (let m = re.exec(text); m; m = re.exec(text)) last = m.index + 1;
  return last;
}

/**
 * English text without its bracketed asides, keeping a bracket that qualifies a label ("NGS
 * (tissue):"). (Japanese notes write the source itself in brackets: "（生殖細胞系列）".)
 */
function withoutAsides(text: string, rules: CompiledGeneticsRules): string {
  return rules.language === 'en' && text.includes('(')
    ? text.replace(/\([^()\n]{0,120}\)(?!\s*:)/g, ' ')
    : text;
}

/**
 * A line that is an item of a numbered or bulleted list. (A Japanese "・" needs no space; "■"
 * and "●" open a section as often as an item.)
 */
/** A reported change or call in a line's first sentence: an HGVS form or a result word. */
const LABELLED_FINDING =
  /\b[cp]\.[(\d*-]|\b(?:(?:likely )?pathogenic|detected|identified|positive)\b/i;

const LIST_ITEM = /^\s*(?:(?:\d{1,2}[.)]|[-*•·])\s|・)/;

export function originIn(text: string, rules: CompiledGeneticsRules): Origin | null {
  const germline = testWord(rules.germline, text);
  const somatic = testWord(rules.somatic, text);
  if (germline && !somatic) return 'germline';
  if (somatic && !germline) return 'somatic';
  return null;
}

/**
 * The note's own answer for a gene's results when one kind of testing is all it speaks of: its
 * type, else the source words of its lines. A line naming genes speaks only for those genes: a
 * germline test named for BRCA1/2 ("gBRCA1/2：陰性（BRACAnalysis）") makes no other gene's result
 * germline.
 */
export function originOfNote(
  text: string,
  rules: CompiledGeneticsRules,
  noteType: string | undefined,
  genes: readonly GeneMention[],
): (gene: string) => Origin | null {
  // A germline report or letter speaks of germline testing, though its clinical information
  // names the tumour ("right colon adenocarcinoma; tumour MMR IHC …; BRAF V600E not detected in
  // the tumour"): a result with no source of its own is the report's. So does a tumour report,
  // though it names its secondary findings or the paired blood sample ("二次的所見：なし").
  if (noteType && rules.layout.germlineNoteTypes.test(noteType)) return () => 'germline';
  if (noteType && rules.layout.somaticNoteTypes.test(noteType)) return () => 'somatic';
  const named = new Map<number, Set<string>>();
  // Lines holding a gene written with the germline prefix ("gBRCA1 … 病的、BRCA2は陰性"): the
  // prefix names the test the line reports, as a germline word there would.
  const prefixed = new Set<number>();
  for (const mention of genes) {
    const index = lineIndex(text, mention.start);
    const set = named.get(index) ?? new Set<string>();
    for (const gene of mention.genes) set.add(gene);
    named.set(index, set);
    if (mention.germline) prefixed.add(index);
  }
  const all = { germline: false, somatic: false };
  const byGene = new Map<string, { germline: boolean; somatic: boolean }>();
  const { starts } = lineMemoFor(text);
  for (const i of originWordLines(text, rules, prefixed)) {
    // (An English hedge sees the start of the next line: a test sent whose result follows there
    // is no plan, "germline testing was sent with the staging bloods\n(blood, 6/2024): no
    // pathogenic variant identified in CDH1".)
    const own = lineOf(text, starts[i]!);
    const line =
      rules.language === 'en'
        ? withoutOriginHedges(text.slice(starts[i]!, starts[i]! + own.length + 80), rules).slice(
            0,
            own.length,
          )
        : withoutOriginHedges(own, rules);
    const germline = prefixed.has(i) || testWord(rules.germline, line);
    const somatic = testWord(rules.somatic, line);
    if (!germline && !somatic) continue;
    // "Genetics: germline panel drawn today; result expected in ~3 weeks", "Germline testing
    // offered": a test with no result yet names the source of none of the note's results (a
    // CML patient's BCR::ABL1 and kinase-domain results stay the tumour's). Only a line naming
    // no gene: "Germline BRCA1/2: pending" still speaks of those genes.
    if (rules.language === 'en' && !named.has(i) && testWord(rules.notTested, line)) continue;
    for (const gene of named.get(i) ?? [null]) {
      const seen = gene === null ? all : (byGene.get(gene) ?? { germline: false, somatic: false });
      // An English aside naming only other genes speaks of them: "GIST (KIT exon 11 del) on
      // imatinib, and Lynch syndrome (germline MLH1 c.350C>T)" names no source for KIT.
      // (So does a Japanese source word after another gene in its own 、/。 part: "KRAS G12V陽性、
      // BRCA2 生殖細胞系列病的バリアントあり" names none for KRAS; one leading the part still reaches the
      // line, "生殖細胞系列検査でBRCA1陰性、BRCA2陰性".)
      const own =
        gene === null
          ? line
          : rules.language === 'en'
            ? line.includes('(')
              ? withoutOthersAsides(line, starts[i]!, gene, genes)
              : line
            : withoutOthersParts(line, starts[i]!, gene, genes);
      seen.germline ||= own === line ? germline : prefixed.has(i) || testWord(rules.germline, own);
      seen.somatic ||= own === line ? somatic : testWord(rules.somatic, own);
      if (gene !== null) byGene.set(gene, seen);
    }
  }
  return (gene) => {
    const own = byGene.get(gene);
    const germline = all.germline || own?.germline === true;
    const somatic = all.somatic || own?.somatic === true;
    return germline === somatic ? null : germline ? 'germline' : 'somatic';
  };
}

/**
 * The lines (indexes, in order) that can hold an origin word, or a germline-prefixed gene: those
 * holding a literal of the germline or somatic words' gates, found in one scan of the note
 * (literal-gate.ts), not one test of each expression per line. Every line, where the words have
 * no gate or lower-casing changed the text's length.
 */
function originWordLines(
  text: string,
  rules: CompiledGeneticsRules,
  prefixed: ReadonlySet<number>,
): Iterable<number> {
  const { starts } = lineMemoFor(text);
  const germline = gateOf(rules.germline);
  const somatic = gateOf(rules.somatic);
  const lower = germline && somatic ? gateText(text) : '';
  if (!germline || !somatic || lower.length !== text.length) return starts.keys();
  const lines = new Set(prefixed);
  for (const offset of [...gateOffsets(germline, lower), ...gateOffsets(somatic, lower)]) {
    lines.add(lineIndex(text, offset));
  }
  return [...lines].sort((a, b) => a - b);
}

const GATES = new WeakMap<RegExp, readonly string[] | null>();

function gateOf(regex: RegExp): readonly string[] | null {
  let gate = GATES.get(regex);
  if (gate === undefined) {
    gate = literalGate(regex);
    GATES.set(regex, gate);
  }
  return gate;
}

/**
 * A text without the gene-named syndromes of genes other than `gene` (origin words): English
 * "MUTYH-associated polyposis", Japanese "リンチ症候群（MLH1…".
 */
function withoutOtherGenesSyndromes(
  piece: string,
  gene: string,
  rules: CompiledGeneticsRules,
): string {
  const syndromes =
    rules.language === 'ja' ? rules.layout.jaGeneNamedSyndrome : rules.layout.geneNamedSyndrome;
  return piece.replace(syndromes, (m, symbol: string) =>
    symbol === gene ? m : ' '.repeat(m.length),
  );
}

/** A line (starting at `lineStart`) without its bracketed asides that name other genes, not `gene`. */
function withoutOthersAsides(
  line: string,
  lineStart: number,
  gene: string,
  genes: readonly GeneMention[],
): string {
  // (An aside may run on past the line's end: "Lynch syndrome (germline MSH2 … for\nendometrial ca)".)
  return line.replace(/\([^()]{0,240}(?:\)|$)/g, (aside, at: number) => {
    const inside = spansWithin(genes, {
      start: lineStart + at,
      end: lineStart + at + aside.length,
    });
    return inside.length > 0 && inside.every((g) => !g.genes.includes(gene)) ? ' ' : aside;
  });
}

/**
 * A Japanese line with each top-level 、 / 。 part that names only other genes cut to its words
 * before its first gene (a lead such as 「生殖細胞系列検査で」 stays; a label after another gene's
 * change goes). The line as it is when no part names only other genes.
 */
function withoutOthersParts(
  line: string,
  lineStart: number,
  gene: string,
  genes: readonly GeneMention[],
): string {
  if (!/[、，,。]/.test(line)) return line;
  // (A long list line is read whole: linear time in the note, not a pass per gene.)
  if (spansWithin(genes, { start: lineStart, end: lineStart + line.length }).length > 24)
    return line;
  let out = '';
  let from = 0;
  let depth = 0;
  const close = (to: number) => {
    const part = line.slice(from, to);
    const inside = spansWithin(genes, { start: lineStart + from, end: lineStart + to });
    if (inside.length > 0 && inside.every((g) => !g.genes.includes(gene))) {
      out += `${part.slice(0, inside[0]!.start - lineStart - from)} `;
    } else out += part;
  };
  for (let k = 0; k < line.length; k++) {
    const ch = line[k]!;
    if (ch === '（' || ch === '(') depth += 1;
    else if ((ch === '）' || ch === ')') && depth > 0) depth -= 1;
    else if (depth === 0 && /[、，,。]/.test(ch)) {
      close(k);
      out += ch;
      from = k + 1;
    }
  }
  close(line.length);
  return out;
}

/**
 * The origin a Japanese note settles for a present finding after naming it, which outweighs the
 * test named before it (ja decision 12): a hereditary syndrome bracketed alone right after it
 * ("MLH1 c.1A>G（リンチ症候群）"); else a statement of its origin in the rest of its sentence or the
 * next sentence, before another gene is named ("FoundationOne CDxでBRCA2 c.5946delを検出。確認検査
 * （BRACAnalysis）で生殖細胞系列由来と判明。", "腫瘍組織と正常組織のペア解析で、BRCA2 病的バリアントは
 * 生殖細胞系列由来と推定された", "…体細胞由来と判明"); else a confirmation test there that found it
 * ("確認検査で同バリアントを検出"). Null when nothing settles it.
 */
/** Whether the note names at most one change of `gene` (its lines' coding changes, its items). */
function oneChangeOf(
  text: string,
  gene: string,
  genes: readonly GeneMention[],
  items: readonly Item[],
): boolean {
  const named = new Set(
    items
      .filter((it) => it.what === 'variant' && it.gene === gene)
      .map((it) => it.hgvsP ?? it.hgvsC),
  );
  if (named.size > 1) return false;
  const changes = new Set<string>();
  for (const mention of genes) {
    if (!mention.genes.includes(gene)) continue;
    const from = text.lastIndexOf('\n', mention.start) + 1;
    const to = text.indexOf('\n', mention.end);
    for (const c of text.slice(from, to < 0 ? text.length : to).matchAll(CODING_CHANGE)) {
      changes.add(c[1]!);
    }
  }
  return changes.size <= 1;
}

/** A coding change as written, up to its class (c.5946del and c.5946delT are one change). */
const CODING_CHANGE = /(?:^|[^A-Za-z0-9])c\.([0-9][0-9_+*-]{0,20}(?:[ACGT]>[ACGT]|del|dup|ins)?)/g;

/**
 * The end of the stretch that may settle a Japanese finding's origin: the rest of the item's
 * sentence and the next one (a full stop or a line's end closes one), within its paragraph and
 * section, at most 240 characters.
 */
function settlingEnd(text: string, item: Span): number {
  const end = Math.min(text.length, item.end + 240);
  let closed = 0;
  for (let at = item.end; at < end; at++) {
    const ch = text[at];
    if (ch !== '。' && ch !== '\n') continue;
    // (A full stop that ends its line closes one sentence, not two.)
    if (ch === '\n' && at > item.end && text[at - 1] === '。') continue;
    closed += 1;
    const nextEnd = text.indexOf('\n', at + 1);
    const next = ch === '\n' ? text.slice(at + 1, nextEnd < 0 ? text.length : nextEnd) : '';
    if (closed >= 2 || (ch === '\n' && (!next.trim() || SECTION_OPEN.test(next)))) return at;
  }
  return end;
}

/**
 * The index of the first gene mention starting at or after `at` (the mentions being in text order,
 * a binary search: a note of many findings is not scanned once per finding).
 */
function firstMentionAfter(genes: readonly GeneMention[], at: number): number {
  let low = 0;
  for (let high = genes.length; low < high; ) {
    const mid = (low + high) >> 1;
    if (genes[mid]!.start < at) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * Whether a germline confirmation of a Japanese tumour finding, in the rest of its sentence or the
 * next one and before another gene is named, is a bare negative naming nothing of its own
 * ("組織NGS：BRCA2 c.… 検出。生殖細胞系列確認検査：陰性。", "確認検査（血液）では陰性", "…検出、germline
 * 陰性"; layout `ja_germline_confirmation_negatives`): the confirmation did not find it, a second
 * finding, absent and germline (ja decision 12). Not when its own clause names a tumour source.
 */
export function germlineConfirmationNegative(
  text: string,
  item: Span,
  genes: readonly GeneMention[],
  rules: CompiledGeneticsRules,
): boolean {
  const negative = rules.layout.jaGermlineConfirmationNegative;
  if (rules.language !== 'ja' || !negative) return false;
  const end = settlingEnd(text, item);
  const stop = Math.min(end, genes[firstMentionAfter(genes, item.end)]?.start ?? end);
  const window = text.slice(item.end, stop);
  const m = negative.exec(window);
  if (!m) return false;
  // (The confirmation's own clause: "腫瘍で…検出、germline陰性" is read from its comma.)
  const opened = Math.max(
    ...['。', '、', ',', '，', '\n'].map((c) => window.lastIndexOf(c, m.index)),
  );
  return originIn(window.slice(opened + 1, m.index + m[0].length), rules) !== 'somatic';
}

export function settledOrigin(
  text: string,
  item: Span,
  gene: string,
  genes: readonly GeneMention[],
  rules: CompiledGeneticsRules,
  items: readonly Item[] = [],
): Origin | null {
  if (rules.language === 'en') return englishGermlineConfirmation(text, item, gene, genes, rules);
  if (rules.language !== 'ja') return null;
  if (rules.layout.jaSyndromeAfterItem.test(text.slice(item.end, item.end + 80))) {
    return 'germline';
  }
  const end = settlingEnd(text, item);
  // Its parts about the item: from the item, and from the item's gene named again ("BRCA2は確認検査
  // で…"), each up to the next other gene named (a TP53 listed after BRCA2 is not settled by it).
  const low = firstMentionAfter(genes, item.end);
  const later: GeneMention[] = [];
  for (let i = low; i < genes.length && genes[i]!.start < end; i++) later.push(genes[i]!);
  const starts = [item.end, ...later.filter((m) => m.genes.includes(gene)).map((m) => m.end)];
  for (const start of starts) {
    const stop = later.find((m) => m.start >= start && !m.genes.includes(gene))?.start ?? end;
    const window = text.slice(start, stop);
    const statement = rules.layout.jaOriginSettled.exec(window);
    const stated = statement ? originIn(statement[0], rules) : null;
    if (stated) return stated;
    const confirmed = rules.layout.jaGermlineConfirmation.exec(window);
    if (confirmed && originIn(confirmed[0], rules) !== 'somatic') return 'germline';
  }
  // Further on, a conclusion whose subject is the item's gene named again, with no variant of its
  // own ("結論：腫瘍で検出された BRCA2 バリアントは生殖細胞系列由来と確定しました。"): the statement
  // is read from the gene to the end of its sentence, before another gene is named. (Only when the
  // note names no other change of that gene: "腫瘍のBRCA2バリアントは体細胞変異と考えられる" after two
  // BRCA2 changes does not say which.)
  for (let i = low; i < genes.length && genes[i]!.start < item.end + 1600; i++) {
    const mention = genes[i]!;
    if (mention.start < end || !mention.genes.includes(gene)) continue;
    let stop = Math.min(text.length, mention.end + 80);
    const next = genes[i + 1];
    if (next && next.start < stop) stop = next.start;
    const close = text.slice(mention.end, stop).search(/[。\n]/);
    const window = text.slice(mention.end, close < 0 ? stop : mention.end + close);
    const statement = rules.layout.jaOriginSettled.exec(window);
    if (!statement || /[0-9０-９]/.test(window.slice(0, statement.index))) continue;
    const stated = originIn(statement[0], rules);
    if (stated) return oneChangeOf(text, gene, genes, items) ? stated : null;
  }
  return null;
}

/**
 * English: a germline confirmation that found a tumour finding, in the rest of its sentence or the
 * next one, before another gene is named (layout `germline_confirmations`: "Tumor showed BRCA2
 * c.5946del; confirmed germline on blood", "… (VAF 52%). Germline confirmation: positive"): the
 * same variant in both tests is one germline finding (en decision 11).
 */
function englishGermlineConfirmation(
  text: string,
  item: Span,
  gene: string,
  genes: readonly GeneMention[],
  rules: CompiledGeneticsRules,
): Origin | null {
  const confirmation = rules.layout.germlineConfirmation;
  if (!confirmation) return null;
  let end = Math.min(text.length, item.end + 200);
  let closed = 0;
  for (let at = item.end; at < end; at++) {
    const ch = text[at];
    const stop = ch === '\n' || (ch === '.' && /^\s/.test(text.charAt(at + 1)));
    if (!stop) continue;
    closed += 1;
    if (closed >= 2 || (ch === '\n' && text.charAt(at + 1) === '\n')) end = at;
  }
  const other = genes
    .slice(firstMentionAfter(genes, item.end))
    .find((m) => m.start < end && !m.genes.includes(gene));
  const window = text.slice(item.end, other ? other.start : end);
  return confirmation.test(window) ? 'germline' : null;
}

/**
 * The source word a Japanese note attaches to one finding right after it (layout
 * `ja_origin_attached`): "BRCA2 c.9097dupA（生殖細胞系列）、KRAS G12D（体細胞）", "BRCA2 c.9097dupは生殖細胞
 * 系列バリアント、TP53 R175Hは体細胞バリアント". It is that finding's own, whatever else its clause names.
 * Null when none is attached.
 */
export function attachedOrigin(
  text: string,
  item: Span,
  rules: CompiledGeneticsRules,
): Origin | null {
  // (So in English, layout `origin_attached`: "BRCA2 c.9097dup (germline), KRAS G12D (somatic)",
  // "BRCA2 c.9097dup is germline; TP53 R175H is somatic".)
  const words =
    rules.language === 'ja' ? rules.layout.jaOriginAttached : rules.layout.originAttached;
  if (!words) return null;
  const attached = words.exec(text.slice(item.end, item.end + 80));
  return attached ? originIn(attached[0], rules) : null;
}

/**
 * The last source label before a Japanese finding on its line, in its sentence (layout
 * `ja_origin_labels`): "生殖細胞系列：BRCA2 c.9097dupA、体細胞：KRAS G12D" gives KRAS `somatic`. Null
 * when the line has none before it.
 */
export function labelledOrigin(
  text: string,
  item: Span,
  rules: CompiledGeneticsRules,
): Origin | null {
  // (So in English, layout `origin_labels`: "Paired tumor-normal NGS - germline: BRCA2 c.9097dup;
  // somatic: KRAS G12D, TP53 R175H", "germline BRCA2 c.9097dup and somatic KRAS G12D"; a full
  // stop ends the sentence there.)
  const labels = rules.language === 'ja' ? rules.layout.jaOriginLabel : rules.layout.originLabel;
  if (!labels) return null;
  const from = Math.max(lineStartOf(text, item.start), item.start - 200);
  const lead = text.slice(from, item.start);
  let stop = lead.lastIndexOf('。');
  if (rules.language === 'en') for (const m of lead.matchAll(/[.!?]\s/g)) stop = m.index;
  labels.lastIndex = 0;
  let last: RegExpExecArray | null = null;
  for (let m = labels.exec(lead); m; m = labels.exec(lead)) {
    if (m[0] === '') labels.lastIndex += 1;
    else if (m.index > stop) last = m;
  }
  // (Another source named between the label and the item is the item's own: "体細胞変異：なし、血液の
  // 遺伝学的検査でBRCA2 …" is left to the clause.)
  if (!last) return null;
  const between = lead.slice(last.index + last[0].length);
  return testWord(rules.germline, between) || testWord(rules.somatic, between)
    ? null
    : originIn(last[0], rules);
}

const GLOBAL_HEDGES = new WeakMap<RegExp, RegExp>();
const GLOBAL_SETTLED = new WeakMap<RegExp, RegExp>();

/**
 * A Japanese text with each statement settling a finding's origin blanked ("既知の生殖細胞系列バリ
 * アントと同一", "生殖細胞系列由来と判明"; layout `ja_origin_settled`): it speaks of that finding, not
 * of the test of another. The text unchanged in English.
 */
function withoutSettledOrigins(text: string, rules: CompiledGeneticsRules): string {
  if (rules.language !== 'ja') return text;
  const settled = rules.layout.jaOriginSettled;
  if (!settled.test(text)) return text;
  let global = GLOBAL_SETTLED.get(settled);
  if (!global) {
    global = new RegExp(settled.source, `g${settled.flags.replace('g', '')}`);
    GLOBAL_SETTLED.set(settled, global);
  }
  return text.replace(global, (m) => ' '.repeat(m.length));
}

/**
 * A Japanese text with each doubt of a finding's origin blanked to the end of its sentence
 * ("生殖細胞系列バリアントの可能性を考慮し遺伝カウンセリングへ", layout `ja_origin_hedges`): no source
 * is stated there (ja decision 12). The text unchanged elsewhere.
 */
function withoutOriginHedges(text: string, rules: CompiledGeneticsRules): string {
  const hedge = originHedgeOf(rules);
  if (!hedge || !hedge.test(text)) return text;
  let global = GLOBAL_HEDGES.get(hedge);
  if (!global) {
    // (An English sentence ends at its full stop: "… possible germline origin; referred to
    // genetic counseling.")
    global =
      rules.language === 'ja'
        ? new RegExp(`(?:${hedge.source})[^。\\n]*`, 'gu')
        : new RegExp(`(?:${hedge.source})[^.\\n]*`, 'giu');
    GLOBAL_HEDGES.set(hedge, global);
  }
  return text.replace(global, (m) => ' '.repeat(m.length));
}

/**
 * The words doubting a finding's origin in the rules' language (layout `ja_origin_hedges`,
 * `origin_hedges`): "生殖細胞系列由来の可能性", "possible germline origin". Null when none listed.
 */
export function originHedgeOf(rules: CompiledGeneticsRules): RegExp | null {
  return rules.language === 'ja' ? rules.layout.jaOriginHedge : rules.layout.originHedge;
}
