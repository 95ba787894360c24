/**
 * Results written as headings or calls away from the item: a negative heading over the list
 * below it, a numbered test block's call line, a heading's negative that "came back". Separate
 * because these give an item a result word it does not have in its own clause.
 */
import type { Span } from '../../core/types.js';
import type { GeneMention } from './lexicon.js';
import {
  GENE_LABEL_LINE,
  lineEndOf,
  lineIndex,
  lineMemoFor,
  lineOf,
  lineStartOf,
  linesAbove,
  lineTest,
  SECTION_OPEN,
  spansWithin,
  testWord,
} from './note-lines.js';
import type { CompiledGeneticsRules } from './rules.js';
import { findResults, type ResultWord } from './status.js';
import type { VariantMention } from './variants.js';

/** The number of a numbered heading or row: "2) ", "(3)", "２．", "③". */
const LINE_NUMBER = /^[ \t　]*(?:[(（]?[0-9０-９]{1,2}[)）.．]|[①-⑳])[ \t　]*/;

/**
 * "提出しているが、結果はいずれも陰性であった": a heading word (いずれも) read on to the negative it
 * heads, right after it, says the test sent came back: the not_tested word does not hold.
 */
export function headedNegativeCameBack(
  text: string,
  item: Span,
  word: ResultWord,
  results: readonly ResultWord[],
  rules: CompiledGeneticsRules,
): boolean {
  const headed = results.find(
    (r) => r.type === 'negative_after' && r.start >= word.end && r.start - word.end <= 4,
  );
  return (
    headed !== undefined &&
    !testWord(rules.notTested, text.slice(item.end, headed.end).replace(/[(（][^)）]*[)）]/g, ' '))
  );
}

/**
 * A negative result written as a heading on a line of its own ("ALTERATIONS NOT DETECTED
 * (selected)", "Not detected:", "検出されず：") heads the list lines below it, up to a blank line
 * or a line with a result of its own. Each line is judged once (memo), so this stays linear.
 */
export function headingAbove(text: string, offset: number, rules: CompiledGeneticsRules) {
  const memo = lineMemoFor(text);
  const here = lineIndex(text, offset);
  // "■ 検出されなかった主な変化" … "■ その他：TMB …" … "■ EP推奨：MET増幅が耐性機序": a line opened by a
  // section mark and a label of words opens a section of its own, with its content on it; the
  // negative heading above no longer heads it (nor the lines after it).
  if (MARKED_LABEL.test(lineOf(text, offset))) return null;
  // So does an English commentary label ("Interpretation: ROS1 rearranged NSCLC", "Comment:
  // …", "Conclusion: …"): the lab's reading of the results, not a row of the list above.
  if (rules.language === 'en' && rules.layout.commentaryLabel.test(lineOf(text, offset)))
    return null;
  if (rules.language === 'ja' && rules.layout.jaCommentaryLabel.test(lineOf(text, offset)))
    return null;
  for (let i = here - 1; i >= 0 && i >= here - 12; i -= 1) {
    const line = lineOf(text, memo.starts[i]!);
    if (line.trim() === '') return null;
    let judged = memo.headings.get(i);
    if (judged === undefined) {
      judged = judgeHeading(line, memo.starts[i]!, rules);
      memo.headings.set(i, judged);
    }
    if (judged === 'result') return null;
    // A result indented under a line of gene symbols alone ("BRAF" over "    No mutation detected
    // (V600)") is that gene's row, no heading of the lines after it.
    if (judged !== 'none' && i > 0 && underGeneLabel(text, memo.starts[i - 1]!, line)) return null;
    if (judged !== 'none') return judged;
    // A heading of another section between ("【検出されなかった主な変化】 … 【コメント】・T790Mは…",
    // "■ 以下の遺伝子には病的バリアントを認めず … ■ コメント"): the negative heading above it no
    // longer heads the item's lines. (A "■" line naming genes may be a list row, so only one
    // of words alone closes the section.)
    // (A numbered heading of words alone, "3) バイオマーカー", closes it the same way.)
    if (
      SECTION_OPEN.test(line) ||
      /^[ \t　]*[■◆●□◇][ \t　]*[^A-Za-z0-9\n]{1,30}$/.test(line) ||
      MARKED_LABEL.test(line) ||
      (LINE_NUMBER.test(line) && /^[^A-Za-z\n]{1,30}$/.test(line.replace(LINE_NUMBER, '')))
    )
      return null;
  }
  return null;
}

/** Whether `line` is indented deeper than the line at `aboveStart`, a line of gene symbols. */
function underGeneLabel(text: string, aboveStart: number, line: string): boolean {
  const above = lineOf(text, aboveStart);
  if (!GENE_LABEL_LINE.test(above)) return false;
  const indent = (l: string) => l.length - l.trimStart().length;
  return indent(line) > indent(above);
}

/**
 * A reference lab's numbered test block: its heading names what was tested ("TEST 3: MPL exon 10
 * (W515L/K)", "TEST 5  CDKN2A/B (MLPA)"), a line under it gives the call ("  Result: not
 * detected.", "  Result: no homozygous deletion."). A call naming no gene or variant of its own,
 * opened by one result word, is the result of the items of the heading's clause (its own result
 * words, when it has any, come first in `decideStatus`). Only within the block: up to a blank
 * line or the next block's heading (layout `test_block_heads`, `test_block_result_labels`).
 */
export function testBlockCall(
  text: string,
  clause: Span,
  genes: readonly GeneMention[],
  variants: readonly VariantMention[],
  rules: CompiledGeneticsRules,
): ResultWord | null {
  const layout = rules.layout;
  // (A Japanese block is keyed in Japanese only: "検査項目：…" over "結果：陰性".)
  const ja = rules.language === 'ja';
  const numbered =
    !ja && lineTest(text, clause.start, 'testBlockHead', (line) => layout.testBlockHead.test(line));
  // (Or an unnumbered key-value block's test line, or a bare label line, naming one gene.)
  // (Or a Japanese test line naming two to four genes, "BRCA1/2遺伝学的検査", "対象遺伝子：BRCA1、BRCA2",
  // whose negative call under it is each gene's; a positive names no gene of them.)
  const several = ja && !numbered && multiTargetHead(text, clause.start, genes, variants, rules);
  const single =
    several || (!numbered && singleTargetHead(text, clause.start, genes, variants, rules));
  if (!numbered && !single)
    return ja ? nextSentenceCall(text, clause, genes, variants, rules) : null;
  // (The heading's own clause only: not a clause of the result line's.)
  let headEnd = lineEndOf(text, clause.start);
  // (A change's two rows read as one clause, "塩基変化：c.7007G>A⏎アミノ酸変化：p.R2336H", head the block
  // together.)
  if (
    ja &&
    single &&
    clause.end > headEnd &&
    clause.end - clause.start <= 160 &&
    text
      .slice(lineStartOf(text, clause.start), lineEndOf(text, clause.end))
      .split('\n')
      .every((row) => JA_CHANGE_FIELD_LINE.test(row))
  )
    headEnd = lineEndOf(text, clause.end);
  // (A several-gene test line closed by its bracket may be read on into its call's line.)
  if (clause.end > headEnd && !(several && clause.end <= lineEndOf(text, headEnd + 1))) return null;
  // (A Japanese gene row over the block's change row, "遺伝子名：KRAS⏎変異：G12C⏎結果：陰性": the call is the
  // change's, read from the change row's own head, not the gene's as a whole; decisions 51, 62.)
  const changeHead = JA_CHANGE_FIELD_LINE.test(lineOf(text, clause.start));
  let at = headEnd + 1;
  for (let steps = 0; steps < 4 && at < text.length; steps += 1) {
    const end = lineEndOf(text, at);
    const line = text.slice(at, end);
    if (line.trim() === '' || layout.testBlockHead.test(line)) return null;
    if (
      ja &&
      single &&
      !several &&
      !changeHead &&
      JA_CHANGE_FIELD_LINE.test(line) &&
      findResults(line, rules).length === 0
    )
      return null;
    // (Nor past the next Japanese block's test line, or a row naming a gene of its own.)
    if (
      ja &&
      (layout.jaTestKeyHead?.test(line) ||
        (spansWithin(genes, { start: at, end }).length > 0 &&
          !(single && JA_CHANGE_FIELD_LINE.test(line) && !/[A-Z][A-Z0-9]{2}/.test(line))))
    )
      return null;
    // A label line's bare call right under it: "ROS1 FISH:" over "Negative for rearrangement".
    const bare = single && steps === 0 ? bareCall(line, rules) : null;
    if (bare) {
      if (spansWithin(genes, { start: at, end }).length > 0) return null;
      // (Not a heading over a list under it: "NOT DETECTED" over "EGFR T790M; ALK fusion".)
      const next = { start: end + 1, end: lineEndOf(text, Math.min(end + 1, text.length)) };
      if (
        end < text.length &&
        (spansWithin(genes, next).length > 0 || spansWithin(variants, next).length > 0)
      )
        return null;
      return {
        ...bare,
        start: at + bare.start,
        end: at + bare.end,
        type: bare.type.startsWith('positive') ? 'positive_before' : 'negative_after',
      };
    }
    const call = (ja ? layout.jaTestBlockResult : layout.testBlockResult).exec(line);
    // (Between the label and its call, only the block's other keys: "Specimen: tumor tissue", or the
    // change's other form on a row of its own, "塩基変化：c.7007G>A⏎アミノ酸変化：p.R2336H".)
    if (
      single &&
      !call &&
      !(ja
        ? layout.jaTestBlockRow?.test(line) || JA_CHANGE_FIELD_LINE.test(line)
        : KEY_VALUE_LINE.test(line))
    )
      return null;
    // (A Japanese result row that gives counts and no call, "結果：計数腫瘍細胞 100個中、分離シグナル
    // 5個（陽性細胞率 8%）", is read past to the call under it, "判定：陰性".)
    if (
      ja &&
      call &&
      findResults(call[1]!.replace(/[(（][^()（）\n]{0,60}[)）]/g, ' '), rules).length === 0
    ) {
      at = end + 1;
      continue;
    }
    if (call) {
      const row = { start: at, end };
      if (spansWithin(genes, row).length > 0 || spansWithin(variants, row).length > 0) return null;
      const callStart = at + call.index + call[0].length - call[1]!.length;
      const words = findResults(
        call[1]!
          .replace(/[(（][^()（）\n]{0,60}[)）]/g, (m) => ' '.repeat(m.length))
          // ("結果：いずれも陰性": the word for all of them is no result of its own.)
          .replace(several ? SEVERAL_CALL_LEAD : /^$/, (m) => ' '.repeat(m.length)),
        rules,
      );
      const only = words.length === 1 ? words[0]! : null;
      if (
        !only ||
        (several
          ? call[1]!.slice(0, only.start).replace(SEVERAL_CALL_LEAD, '').trim() !== ''
          : only.start > 0)
      )
        return null;
      if (several && !only.type.startsWith('negative')) return null;
      // A negation heading its class ("no homozygous deletion", "no fusion transcript") is read
      // with the class it names, as a negative after the heading's items (`withResultClass`).
      const phrase =
        only.type === 'negative_before'
          ? (/^[^.;,()\n]{1,40}/.exec(call[1]!)?.[0].trimEnd() ?? only.text)
          : only.text;
      return {
        ...only,
        start: callStart + only.start,
        end: callStart + Math.max(only.end, phrase.length),
        text: phrase.length > only.text.length ? phrase : only.text,
        type: only.type.startsWith('positive') ? 'positive_before' : 'negative_after',
      };
    }
    at = end + 1;
  }
  return null;
}

/**
 * "ALK融合遺伝子検査を提出した。結果は陰性。": a Japanese sentence naming one gene's test, closed by
 * its full stop, and the next sentence giving only the call under a result key (layout
 * `ja_sentence_call_tests`, `ja_result_line_keys`): the call is that test's result.
 * With `reference`, the sentence tests a variant named elsewhere ("本人：父のバリアントについて単一
 * 部位検査を実施。\n結果：陰性（非保持）。"), naming at most its gene.
 */
export function nextSentenceCall(
  text: string,
  clause: Span,
  genes: readonly GeneMention[],
  variants: readonly VariantMention[],
  rules: CompiledGeneticsRules,
  reference = false,
): ResultWord | null {
  const layout = rules.layout;
  if (!layout.jaSentenceCallTest || clause.end - clause.start > 120) return null;
  const stop = /^[ \t　]*[。．][ \t　\n]{0,2}/.exec(text.slice(clause.end, clause.end + 8));
  if (!stop) return null;
  const own = text.slice(clause.start, clause.end);
  // (Or a withheld call, then a retest's: "ROS1：判定保留。再検で陰性。", `ja_retest_call_leads`.)
  const retest = layout.jaRetestCall !== null && (layout.jaWithheldCall?.test(own) ?? false);
  if (!(retest || layout.jaSentenceCallTest.test(own)) || findResults(own, rules).length > 0)
    return null;
  const symbols = new Set(spansWithin(genes, clause).flatMap((g) => g.genes));
  if (reference ? symbols.size > 1 : symbols.size !== 1) return null;
  const at = clause.end + stop[0].length;
  const call = (retest ? layout.jaRetestCall! : layout.jaSentenceCall).exec(
    text.slice(at, at + 80),
  );
  if (!call) return null;
  const callStart = at + call[0].length - call[1]!.length;
  const span = { start: at, end: callStart + call[1]!.length };
  if (spansWithin(genes, span).length > 0 || spansWithin(variants, span).length > 0) return null;
  const words = findResults(
    call[1]!.replace(/[(（][^()（）\n]{0,60}[)）]/g, (m) => ' '.repeat(m.length)),
    rules,
  );
  const only = words.length === 1 ? words[0]! : null;
  if (!only || only.start > 0) return null;
  return {
    ...only,
    start: callStart + only.start,
    end: callStart + only.end,
    type: only.type.startsWith('positive') ? 'positive_before' : 'negative_after',
  };
}

/**
 * A label line naming one change written out in HGVS, with at most its other form in a bracket
 * and a test word after it ("BRCA1 c.68_69del", "EGFR c.2573T>G (p.L858R)", "PALB2 c.3113G>A
 * シングルサイト検査"), perhaps keyed by the client or the target ("本人：", "対象バリアント："). Bounded.
 */
const HGVS_ONLY_LABEL =
  /^[ \t　]*(?:[-*•・■◆●][ \t　]*)?(?:(?:本人|患者|(?:検査)?対象(?:バリアント|変異)?|(?:シングルサイト|単一部位)(?:遺伝学的)?検査)[ \t　]*[:：][ \t　]*)?[A-Z][A-Z0-9]{1,9}[ \t　]?(?:遺伝子)?[ \t　]?[cp]\.[^\s()（）:：、，,。]{1,40}(?:[ \t　]?[(（][^()（）\n]{1,40}[)）])?(?:[ \t　]?の?[^\s()（）:：、，,。]{0,16}?(?:検査|解析)(?:[ \t　]?[(（][^()（）\n]{1,20}[)）])?)?[ \t　]*[:：]?[ \t　]*$/;

/**
 * A Japanese report block's row giving the change itself, under its gene row: "変異：G12C", "バリアント：
 * c.5946del", "塩基変化：c.7007G>A", "アミノ酸変化：p.R2336H", "変異：融合". Bounded.
 */
const JA_CHANGE_FIELD_LINE =
  /^[ \t　]*(?:[-*•・■◆●][ \t　]*)?(?:変異(?:名|内容)?|バリアント(?:名)?|(?:(?:塩基|核酸|アミノ酸|cDNA|タンパク質?)(?:の)?)?変化|(?:検出)?変異型|HGVS(?:\.?[cp])?)[ \t　]*[:：][ \t　]*[^\s:：][^:：\n]{0,60}$/;

/** A site-specific test with its target in a bracket: "シングルサイト検査（BRCA2 c.5946del）". Bounded. */
const SITE_TEST_BRACKET =
  /^[ \t　]*(?:[-*•・■◆●][ \t　]*)?(?:シングルサイト|単一部位|既知バリアント)(?:遺伝学的)?検査[ \t　]*[(（][ \t　]*[A-Z][A-Z0-9]{1,9}[ \t　]?[cp]\.[^\s()（）:：、，,。]{1,40}[ \t　]*[)）][ \t　]*[:：]?[ \t　]*$/;

/** A list entry of one gene symbol alone, maybe bulleted: "- BRCA1", "ATM". Bounded. */
const BULLET_GENE_LINE = /^[ \t]*(?:[-*•][ \t]*)?[A-Z][A-Z0-9-]{1,9}[ \t]*[,;]?[ \t]*$/;

/** A key-value line of a lab report's block ("Specimen: tumor tissue", "Method: PCR"). */
const KEY_VALUE_LINE = /^[ \t]*(?:[-*•][ \t]*)?[A-Za-z][A-Za-z /()-]{1,30}[:：][ \t]*\S/;

/**
 * An unnumbered test line naming exactly one gene (its variants, class, method beside it): a
 * key-value block's test line ("Test name: EGFR mutation (cobas v2)", layout
 * `test_block_key_heads`) or a bare label line opened by the gene ("ALK rearrangement by FISH",
 * "EGFR (tissue, NGS)", "ROS1 FISH:"), with no result word and no sentence of its own.
 */
function singleTargetHead(
  text: string,
  offset: number,
  genes: readonly GeneMention[],
  variants: readonly VariantMention[],
  rules: CompiledGeneticsRules,
): boolean {
  const ja = rules.language === 'ja';
  if (!ja && rules.language !== 'en') return false;
  const line = lineOf(text, offset);
  if (line.length > 80) return false;
  const start = lineStartOf(text, offset);
  const row = { start, end: start + line.length };
  const inLine = spansWithin(genes, row);
  const symbols = new Set(inLine.flatMap((g) => g.genes));
  // A report block's change row under its gene row ("遺伝子名：KRAS⏎変異：G12C⏎結果：陰性", "塩基変化：
  // c.3113G>A⏎判定：陰性"): the change is the block's target, as a key-value test line is (decisions 51, 62).
  if (
    ja &&
    symbols.size <= 1 &&
    JA_CHANGE_FIELD_LINE.test(line) &&
    !/[。！？]/.test(line) &&
    findResults(line, rules).length === 0
  )
    return true;
  // (A fusion pair written as one target counts once: "検査項目：PML-RARA", "BCR-ABL1 mRNA定量".)
  const pair =
    symbols.size === 2 &&
    inLine.length === 2 &&
    /^(?:-|::|\/|－)$/.test(text.slice(inLine[0]!.end, inLine[1]!.start));
  if (symbols.size !== 1 && !pair) return false;
  if (findResults(line, rules).length > 0) return false;
  // (No sentence: "ALK FISH was sent." is prose, not a label.)
  if (ja ? /[。！？]/.test(line) : /[a-z)]\.(?:\s|$)|[;!?]/.test(line)) return false;
  const key = (ja ? rules.layout.jaTestKeyHead : rules.layout.testKeyHead)?.exec(line);
  if (key) return true;
  // A line naming only one change written out in HGVS (its other form in a bracket), perhaps as a
  // site-specific test's target or the client's row, is that check's label as a bare protein
  // change is: "BRCA1 c.68_69del" over "結果：陰性", "本人：BRCA1 c.68_69del シングルサイト検査".
  if (HGVS_ONLY_LABEL.test(line) && spansWithin(variants, row).length <= 2) return true;
  // (So is a site-specific test naming its target in a bracket: "シングルサイト検査（BRCA2 c.5946del）".)
  if (ja && SITE_TEST_BRACKET.test(line) && spansWithin(variants, row).length <= 2) return true;
  // A bare label: the gene opens the line, a colon only at its end.
  // (Not the last entry of a list: "Genes included in this panel:" over "- BRCA1" … "- ATM" over
  // "Result: Negative" is a methods list and a negative naming no gene, decision 1; pgen10 item 2.)
  if (!ja) {
    const above = linesAbove(text, offset, 1)[0];
    if (
      above !== undefined &&
      (BULLET_GENE_LINE.test(above) || rules.layout.descriptionLine.test(above))
    )
      return false;
  }
  const first = inLine[0]!;
  if (
    !(ja ? /^[ \t　]*(?:[-*•・■◆●][ \t　]*)?$/ : /^[ \t]*(?:[-*•][ \t]*)?$/).test(
      text.slice(start, first.start),
    )
  )
    return false;
  if (/[:：]/.test(line.replace(/[:：]\s*$/, ''))) return false;
  // (Not a table's result row, "RNF43  c.1976del   p.G659Vfs*41   VAF 19%": columns, a measure
  // or a variant written out in HGVS say the row is a finding, not a test's label.)
  if ((ja ? /\S[ \t　]{2,}\S|[%％]/ : /\S[ \t]{2,}\S|%/).test(line.trim())) return false;
  return spansWithin(variants, row).every(
    (v) => v.start > first.start && v.bare && !/\b[cgp]\./.test(v.text),
  );
}

/**
 * A Japanese test line naming two to four genes (a key: one to four) and nothing else of a result: a test's name
 * ("BRCA1/2遺伝学的検査（BRACAnalysis）", "EGFR/ALK/ROS1検査", "RAS遺伝子検査（KRAS/NRAS）") or a key of
 * the genes tested ("対象遺伝子：BRCA1、BRCA2", "検査遺伝子：BRCA1/2"). Not a large panel's list of
 * analysed genes (decision 27): at most four genes, no variant, no sentence.
 */
function multiTargetHead(
  text: string,
  offset: number,
  genes: readonly GeneMention[],
  variants: readonly VariantMention[],
  rules: CompiledGeneticsRules,
): boolean {
  const line = lineOf(text, offset);
  if (line.length > 60 || /[。！？]/.test(line)) return false;
  const start = lineStartOf(text, offset);
  const row = { start, end: start + line.length };
  const symbols = new Set(spansWithin(genes, row).flatMap((g) => g.genes));
  if (symbols.size < 1 || symbols.size > 4) return false;
  if (spansWithin(variants, row).length > 0 || findResults(line, rules).length > 0) return false;
  // (A key may list one gene, "検査遺伝子：TP53" over "結果：病的バリアントなし" (decision 124); a test's
  // name with one gene is `singleTargetHead`'s.)
  return (symbols.size > 1 && MULTI_GENE_TEST_LINE.test(line)) || MULTI_GENE_KEY_LINE.test(line);
}

/**
 * What may open the call of a several-gene test before its negative: the word for all of them and
 * the class the negative is of ("いずれも陰性", "病的バリアントなし", "病的バリアントは検出されなかった", "いずれも変異なし").
 */
const SEVERAL_CALL_LEAD =
  /^(?:いずれも|ともに|全て|すべて)?(?:(?:病的|有意な|臨床的意義のある)?(?:バリアント|変異|異常)(?:は|が|を|も)?)?/;

/** A test's name closing its line, its kit or genes in a bracket: "BRCA1/2遺伝学的検査（BRACAnalysis）". */
const MULTI_GENE_TEST_LINE =
  /^[ \t　]*(?:[-*•・■◆●][ \t　]*)?[A-Z][A-Za-z0-9/／・、, ]{2,40}(?:遺伝子)?(?:変異)?(?:遺伝学的)?(?:検査|解析)(?:[ \t　]*[(（][^()（）\n]{1,30}[)）])?[ \t　]*[:：]?[ \t　]*$/;

/**
 * A key of the genes tested, over the genes alone: "対象遺伝子：BRCA1、BRCA2" (decision 124), and
 * "解析遺伝子：BRCA1、BRCA2", the same key as 解析対象遺伝子 (at most four genes: not decision 27's panel).
 */
const MULTI_GENE_KEY_LINE =
  /^[ \t　]*(?:[-*•・■◆●][ \t　]*)?(?:対象|検査|検査対象|解析対象|解析)遺伝子[ \t　]*[:：][ \t　]*[A-Z][A-Za-z0-9/／・、,， ]{2,40}$/;

/** A line that is only a call: "Not detected", "Negative for rearrangement", "Positive (45%)". */
function bareCall(line: string, rules: CompiledGeneticsRules): ResultWord | null {
  const plain = line.replace(/[(（][^()（）\n]{0,60}[)）]/g, (m) => ' '.repeat(m.length));
  const words = findResults(plain, rules);
  const only = words.length === 1 ? words[0]! : null;
  // (A Japanese call may follow an arrow: "BRCA2 c.5946del⏎→陰性".)
  if (!only) return null;
  const lead = plain.slice(0, only.start);
  if ((rules.language === 'ja' ? lead.replace(/^[ \t　]*[→⇒]/, '') : lead).trim() !== '')
    return null;
  // (A Japanese call is the result word alone: "陰性", "検出されず。")
  if (rules.language === 'ja') return /^[\s。．.]*$/.test(plain.slice(only.end)) ? only : null;
  const rest = plain.slice(only.end).replace(/[.:]/g, ' ');
  if (!(rest.match(/[A-Za-z0-9]+/g) ?? []).every((w) => rules.layout.listGap.test(w))) return null;
  return only;
}

/** A section mark and a label of words, no gene symbol ("■ その他：", "◆ EP推奨："). */
const MARKED_LABEL =
  /^[ \t　]*[■◆●□◇][ \t　]*(?![^:：\n]{0,18}[A-Z][A-Z0-9]{2})[^:：\n]{1,20}[:：]/;

function judgeHeading(
  line: string,
  lineStart: number,
  rules: CompiledGeneticsRules,
): ResultWord | 'result' | 'none' {
  if (line.length > 120) return 'result';
  const words = findResults(line, rules);
  if (words.length === 0) return 'none';
  const only = words[0]!;
  if (words.length > 1 || !only.type.startsWith('negative')) return 'result';
  // Only the result, class words and qualifiers ("(selected)"); a colon only at the end.
  const rest = `${line.slice(0, only.start)} ${line.slice(only.end)}`
    .replace(/[(（][^)）]{0,40}[)）]/g, ' ')
    .replace(/[:：]\s*$/, '')
    // (A heading in angle or other brackets, "＜検出限界以下＞", "〈検出されず〉": the marks are no words.)
    .replace(/^[\s\-*•・#【■●＜〈《〔［<[]+|[\s】＞〉》〕］>\]]+$/g, '')
    // A numbered heading ("2) 検出されなかった項目", "２．検出されなかった遺伝子"): the number is no word.
    .replace(LINE_NUMBER, '');
  // "Fusions: not detected" is a result line, not a heading.
  if (/[:：]/.test(line.replace(/[:：]\s*$/, ''))) return 'result';
  // "No other reportable alterations.": a sentence closed by a full stop heads nothing.
  if (/[a-z)]\.\s*$/i.test(line)) return 'result';
  // (A Japanese heading sentence may close with its full stop: "下記の遺伝子には病的バリアントを認めま
  // せんでした。" over the line listing them; it names no gene, so it is no result line itself.
  // It may name the reportable classes in English: "下記遺伝子にはPathogenic・Likely pathogenicに
  // 該当するバリアントを検出しませんでした". Not gap words everywhere: "… Pathogenic" closing a
  // variant's row must not carry a negative on the next line back to it.)
  const plain =
    rules.language === 'ja'
      ? rest
          .replace(/。\s*$/, '')
          .replace(/(?:likely\s*)?pathogenic/gi, '')
          .replace(rules.layout.japaneseGap, '')
          .trim() === ''
      : (rest.match(/[A-Za-z0-9]+/g) ?? []).every((w) => rules.layout.listGap.test(w));
  if (!plain) return 'result';
  return {
    ...only,
    start: lineStart + only.start,
    end: lineStart + only.end,
    type: 'negative_before',
  };
}
