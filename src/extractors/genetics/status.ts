import type { Item } from './items.js';
import type { CompiledGeneticsRules, CompiledLayout } from './rules.js';

export interface ResultWord {
  readonly start: number;
  readonly end: number;
  /** `_before` types head what follows ("negative for", "Not detected:", "DETECTED:"). */
  readonly type: 'positive' | 'positive_before' | 'negative_after' | 'negative_before';
  readonly text: string;
}

/** Result words of a clause, longest first where they overlap ("not detected" over "detected"). */
export function findResults(text: string, rules: CompiledGeneticsRules): ResultWord[] {
  const all: ResultWord[] = [];
  const collect = (re: RegExp, type: ResultWord['type']) => {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (m[0] === '') {
        re.lastIndex += 1;
        continue;
      }
      all.push({ start: m.index, end: m.index + m[0].length, type, text: m[0] });
    }
  };
  collect(rules.negativeBefore, 'negative_before');
  collect(rules.positiveBefore, 'positive_before');
  collect(rules.negativeAfter, 'negative_after');
  collect(rules.positive, 'positive');
  all.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const kept: ResultWord[] = [];
  for (const word of all) {
    const last = kept.at(-1);
    if (last && word.start < last.end) continue;
    // A result written as a label heads the list after it: "Not detected: ROS1, RET".
    const label = /^\s*[:：]/.test(text.slice(word.end, word.end + 3));
    kept.push(
      label
        ? {
            ...word,
            // ("Positive for: KRAS G12C": a positive_before stays positive; pgen10 item 1.)
            type: word.type.startsWith('positive') ? 'positive_before' : 'negative_before',
          }
        : word,
    );
  }
  return kept;
}

/** The result words of `text` from `from` to `to`, placed in the whole text. */
export function findResultsIn(
  text: string,
  from: number,
  to: number,
  rules: CompiledGeneticsRules,
): ResultWord[] {
  return findResults(text.slice(from, to), rules).map((r) => ({
    ...r,
    start: r.start + from,
    end: r.end + from,
  }));
}

/** A result label opening a line ("Not detected: …", "陰性："): it heads the whole line. */
export function lineLabel(line: string, rules: CompiledGeneticsRules): ResultWord | null {
  // (After a bullet or a section mark: "■検出されなかった主な遺伝子異常：EGFR、ALK融合".)
  // (Or in other heading brackets, width-folded: "＜変化なし＞BRCA1、BRCA2、ESR1", "〈陰性〉ALK、ROS1",
  // "［検出されず］EGFR T790M／MET 増幅／BRAF".)
  // (The triangles and stars of other report templates too: "▼検出されなかった耐性変異：EGFR T790M".)
  const head =
    /^[\s\-*•・■□●○◆◇▪▼▽▲△▶►★☆]*(?:([^:：【】<>]{1,60})[:：]|【([^】]{1,24})】|[<〈《〔[]([^>〉》〕\]\n]{1,24})[>〉》〕\]])/.exec(
      line,
    );
  if (head && head[1] === undefined) head[1] = head[2] ?? head[3]!;
  if (!head) return null;
  // (An English full stop inside it closes a sentence of its own: "Germline negative. Somatic:
  // KRAS G12D" is the germline test's negative, then the somatic label; pgen9 item 7.)
  if (
    rules.language === 'en' &&
    /[A-Za-z0-9)]\.\s+[A-Z]/.test(head[1]!.replace(/[(（][^()（）]{0,60}[)）]/g, ' '))
  )
    return null;
  // English labels run longer: "GENES WITH NO REPORTABLE ALTERATIONS (selected): ALK, BRAF".
  if (head[1]!.length > 24 && rules.language !== 'en') return null;
  let words = findResults(head[1]!, rules);
  // A gloss of the result in brackets is no second result: "陰性（検出されず）：EGFR、ALK".
  if (words.length > 1) {
    words = findResults(
      head[1]!.replace(/[(（][^()（）]{0,30}[)）]/g, (m) => ' '.repeat(m.length)),
      rules,
    );
  }
  const only = words.length === 1 ? words[0]! : null;
  if (!only) return null;
  // Besides the result, only words of lists ("検出されなかった遺伝子・変異：NRAS、BRAF V600E",
  // "Alterations not detected: ALK, RET").
  // A bracketed qualifier is no other result ("【検出されなかった変異（抜粋）】BRAF V600E、NRAS").
  // (A heading's number is no word either: "2) 検出されなかった項目：NRAS、BRAF V600E".)
  const rest = head[1]!
    .replace(only.text, ' ')
    .replace(/[(（][^)）]{0,30}[)）]/g, ' ')
    .replace(/^[ \t　]*(?:[0-9０-９]{1,2}[)）.．]|[①-⑳])/, ' ');
  const plain =
    rules.language === 'ja'
      ? rest.replace(rules.layout.japaneseGap, '').trim() === ''
      : (rest.match(/[A-Za-z0-9]+/g) ?? []).every((w) => rules.layout.listGap.test(w));
  if (!plain) return null;
  return {
    ...only,
    type: only.type.startsWith('positive') ? 'positive_before' : 'negative_before',
  };
}

const MAX_RESULT_GAP = 7;

/**
 * A one-gene test as its sentence's subject, its result after a copula further on than a phrase
 * allows ("Her BRCA2 testing, which was done through the hereditary cancer clinic in March 2023,
 * was negative"; "KRAS mutation analysis on the 2021 resection specimen was wild-type"): the test
 * noun right after the gene and the verb right before the result tie them, across an aside.
 */
function subjectTestResult(
  text: string,
  item: Item,
  result: ResultWord,
  itemsBetween: number,
  japanese: boolean,
  layout: CompiledLayout,
): boolean {
  if (japanese || itemsBetween > 0 || item.generic) return false;
  // A named variant as the subject of its own check, an aside between: "BRCA1 185delAG,
  // requested by the family because of Ashkenazi ancestry, was also checked: not present",
  // "KRAS G12C, the reason for referral, was looked for again - not detected".
  if (
    item.what === 'variant' &&
    layout.checkedAfterAside.test(text.slice(item.end, result.start)) &&
    (text.slice(item.end, result.start).match(/[A-Za-z0-9]+/g) ?? []).length <= MAX_SUBJECT_GAP
  )
    return true;
  // A gene as the subject of a passive test verb, its result after "and" further on than a
  // phrase allows: "CXCR4 was then Sanger-sequenced over the C-terminal region and came back
  // wild type", "IDH2 was sequenced on the same run and showed nothing". The verb right after
  // the gene ties them as the test noun does ("CXCR4 sequencing … was wild type").
  // (So is a named variant sent for testing: "JAK2 V617F had been sent by the GP before the
  // smear was reviewed and was negative", "KRAS was sent off in 2021 and came back wild-type".)
  if (
    (item.what === 'gene' || item.what === 'variant') &&
    layout.testedAfterGene.test(text.slice(item.end, item.end + 60))
  ) {
    const gap = text.slice(item.end, result.start);
    if (/[.;:!?](?:\s|$)|\n\s*\n/.test(gap) || layout.subjectGapStop.test(gap)) return false;
    if ((gap.match(/[A-Za-z0-9]+/g) ?? []).length > MAX_SUBJECT_GAP) return false;
    const lead = text.slice(Math.max(item.end, result.start - 30), result.start);
    // (Or its result set off by a dash: "JAK2 V617F had been sent before the smear came back -
    // not detected".)
    return layout.copulaBefore.test(lead) || /\band\s+$/i.test(lead) || /\s[-–—]\s*$/.test(lead);
  }
  const after = text.slice(item.end, item.end + 40).replace(layout.testNounModifiers, ' ');
  if (!layout.testNoun.test(after)) return false;
  const gap = text.slice(item.end, result.start);
  // (Nor a clause with a subject of its own: "… given that her mother was positive".)
  if (/[.;:!?](?:\s|$)|\n\s*\n/.test(gap) || layout.subjectGapStop.test(gap)) return false;
  if ((gap.match(/[A-Za-z0-9]+/g) ?? []).length > MAX_SUBJECT_GAP) return false;
  const lead = text.slice(Math.max(item.end, result.start - 30), result.start);
  // (Or the genes' test told with its sample and date, then "and neither gene showed …": "He had
  // BRCA1 and BRCA2 sequencing on a blood sample through the genetics service in 2022 and
  // neither gene showed a pathogenic variant": the pronoun stands for the genes tested.)
  return (
    layout.copulaBefore.test(lead) ||
    // (The copula may be the result's own first word: "ALK break-apart FISH on the cell block in
    // 2021 was positive" reads "was positive" as one result.)
    layout.copulaBefore.test(result.text.split(/\s+/)[0] ?? '') ||
    (/^(?:neither|none)\b/i.test(result.text) && /\band\s+$/i.test(lead))
  );
}

const MAX_SUBJECT_GAP = 24;

/**
 * "NGS found KRAS wild-type", "the panel detected KRAS and NRAS wild-type", "sequencing identified
 * EGFR as wild-type": a verb of finding heading a plain gene says only that a test was read; the
 * gene's own negative bound right after it (through a plain list of other genes) is its result.
 */
function ownNegativeAfter(
  text: string,
  item: Item,
  items: readonly Item[],
  results: readonly ResultWord[],
  japanese: boolean,
): boolean {
  if (japanese) return jaOwnNegativeAfter(text, item, items, results);
  // (Or a class item of its own: "AML with mutated NPM1, FLT3-ITD negative".)
  if (item.what === 'variant' || item.generic) return false;
  const own = results.find((r) => r.start >= item.end);
  if (own?.type !== 'negative_after') return false;
  let cursor = item.end;
  // (Genes joined by commas alone are a run of results, each with its own: "AML with mutated
  // IDH2, FLT3 negative" has IDH2 found. A list to share the negative is joined by a word or a
  // slash: "found KRAS and NRAS wild-type", "KRAS/NRAS wt".)
  let listed = false;
  let between = 0;
  for (const it of items) {
    if (it === item || it.start < item.end || it.end > own.start) continue;
    const joint = text.slice(cursor, it.start);
    if (it.what !== 'gene' || !/^\s*(?:,|\/|&)?\s*(?:(?:and|or)\s+)?$/i.test(joint)) return false;
    if (!/^\s*,\s*$/.test(joint)) listed = true;
    between += 1;
    cursor = it.end;
  }
  if (between > 0 && !listed) return false;
  return /^[ \t-]*$/.test(text.slice(cursor, own.start));
}

/**
 * Japanese comma entries (`jaCommaGenesOfOther`): the joint after a named change, its own mutation
 * word (a named fusion's 融合) and bracket (origin, significance, level) at most before the comma
 * ("KRAS G12D変異、", "CD74-NRG1 融合（エビデンスレベルC）、", "BRCA2 c.5946del（体細胞）、", the
 * bracket its HGVS closes: "c.35G>A（p.G12D）、"); the joint of a list of genes ("NRAS・BRAF",
 * "ALK／ROS1"); and what may stand
 * between the last gene and its negative (its own bracket, spaces: "BRCA1（生殖細胞系列）陰性"; not a
 * colon, which makes the negative a label the list shares: "AKT1 E17K、PTEN：検出されず", ja-g-1327).
 */
const JA_ENTRY_JOINT =
  /^[）)]?[ \t　]*(?:変異|バリアント|融合(?:遺伝子)?)?[ \t　]*(?:[（(][^（()）\n]{1,16}[）)])?[ \t　]*[、，,][ \t　]*$/;
const JA_GENE_LIST_JOINT = /^[ \t　]*[・/／][ \t　]*$/;
const JA_GLUED_RESULT = /^[ \t　]*(?:[（(][^（()）\n]{1,16}[）)])?[ \t　]*$/;

/**
 * The item's own gene named again after it with a class of another sort ("METエクソン14スキッピング、
 * MET増幅なし", "EGFR exon19欠失、EGFR増幅は認めず"): a later entry of its own, as another gene's
 * would be (ja decision 109, same-gene form). Not the class read from the item's gene with no
 * gene written again ("EGFR exon19欠失、exon20挿入なし", a list of one gene's changes, unsettled).
 */
function sameGeneOtherClass(item: Item, it: Item): boolean {
  return (
    item.what !== 'gene' &&
    !item.generic &&
    item.kind !== 'wild_type' &&
    it.what === 'event' &&
    !it.generic &&
    it.gene === item.gene &&
    it.kind !== 'wild_type' &&
    it.kind !== item.kind &&
    it.geneMention !== null &&
    it.geneMention !== item.geneMention &&
    it.geneMention.start >= item.end
  );
}

/**
 * Whether the items between a named change and a negative are a comma entry of other genes alone
 * (`jaCommaGenesOfOther`): maybe the change's own gene named again in its bracket first
 * ("ALK融合遺伝子（EML4-ALK）、EGFR陰性"), then a comma and the genes (or their classes), joined by ・／.
 */
function commaGenesAfter(text: string, item: Item, between: readonly Item[]): boolean {
  let own = 0;
  while (
    own < between.length &&
    between[own]!.gene === item.gene &&
    /^[ \t　]*[（(][^（()）\n]{0,40}$/.test(text.slice(item.end, between[own]!.start))
  )
    own += 1;
  const genes = between.slice(own);
  const first = genes[0];
  if (first === undefined) return false;
  // (Or another gene's class of another sort, or after a named change or a fusion named with
  // its partner: "ETV6-NTRK3融合、NTRK1融合陰性", "EGFR L858R、MET増幅陰性"; not a list of one class,
  // "ALK融合、RET融合陰性".)
  if (
    !genes.every(
      (it) =>
        !it.generic &&
        ((it.gene !== item.gene &&
          (it.what === 'gene' ||
            (it.what === 'event' &&
              it.kind !== 'wild_type' &&
              (item.what === 'variant' || item.partner !== null || it.kind !== item.kind)))) ||
          sameGeneOtherClass(item, it)),
    )
  )
    return false;
  if (!JA_ENTRY_JOINT.test(text.slice((between[own - 1] ?? item).end, first.start))) return false;
  return genes.every(
    (it, i) => i === 0 || JA_GENE_LIST_JOINT.test(text.slice(genes[i - 1]!.end, it.start)),
  );
}

/**
 * "検出：KRAS G12C、EGFR陰性", "陽性：KRAS G12C、EGFR・ALK陰性": a 検出： / 陽性： label heads the list,
 * but an entry with its own negative glued after it (a gene, or a ・／ list of genes, maybe its
 * bracket or a colon between) says its own result, which wins over the label's.
 */
function jaOwnNegativeAfter(
  text: string,
  item: Item,
  items: readonly Item[],
  results: readonly ResultWord[],
): boolean {
  if (item.generic) return false;
  const own = results.find((r) => r.start >= item.end);
  if (own?.type !== 'negative_after') return false;
  const between = items.filter((it) => it !== item && it.start >= item.end && it.end <= own.start);
  if (between.length > 0) {
    if (item.what !== 'gene' || !between.every((it) => it.what === 'gene' && !it.generic))
      return false;
    if (
      !between.every((it, i) =>
        JA_GENE_LIST_JOINT.test(text.slice((between[i - 1] ?? item).end, it.start)),
      )
    )
      return false;
  }
  // (Its own colon too: "検出：BRAF V600E、KRAS：陰性".)
  return /^[ \t　]*(?:[（(][^（()）\n]{1,16}[）)])?[ \t　]*(?:[:：][ \t　]*)?$/.test(
    text.slice((between.at(-1) ?? item).end, own.start),
  );
}

/** A bracket of the item's own measured value: "（CN 11）", "(VAF 18%)", "（コピー数：8）". */
const OWN_MEASURE =
  /^\s?[(（]\s*(?:VAF|AF|CN|コピー数|copy\s*number|(?:変異)?アレル頻度)\s*[:：=]?\s*(?:約|~|〜|≒)?\s*\d+(?:\.\d+)?\s*%?\s*[)）]/i;

export type Status = 'present' | 'absent' | null;

export interface StatusDecision {
  readonly status: Status;
  /** The result word that decided, if any. */
  readonly word: ResultWord | null;
}

const personTurnMemo = new WeakMap<CompiledLayout, RegExp>();

/**
 * A Japanese clause after a comma opened by a person as its topic ("、本人は", "、妹：", "、母も")
 * between `from` and `to`: what follows is that person's, not the item's before the comma.
 */
function personTurnBetween(
  text: string,
  from: number,
  to: number,
  layout: CompiledLayout,
): boolean {
  let turn = personTurnMemo.get(layout);
  if (!turn) {
    turn = new RegExp(
      `[、,，][ \\t　]*(?:${layout.selfWord.source}|${layout.chartRelative.source})(?:さん|さま|様)?(?:[（(][^）)\\n]{0,12}[）)])?[ \\t　]*(?:は|も|[:：])`,
      'i',
    );
    personTurnMemo.set(layout, turn);
  }
  // (Only a bounded stretch: linear in the note.)
  return turn.test(text.slice(from, Math.min(to, from + 200)));
}

const personCallMemo = new WeakMap<CompiledLayout, RegExp>();

/**
 * "既知の家系内バリアント（BRCA1 c.68_69del）：本人 陽性、妹 陰性", "BRCA1 c.68_69delのシングルサイト検査：
 * 本人：陽性、妹：陰性": a Japanese named change, a colon on its line, then a list of people each with
 * a call of their own, at least one a relative. Each person's call is that person's finding of the
 * change (ja decision 13: the relative's a family entry, kept apart from the client's). The
 * people in order, `self` for the client, and where the list ends; else null.
 */
export function personCallPairs(
  text: string,
  item: Item,
  items: readonly Item[],
  rules: CompiledGeneticsRules,
): {
  readonly people: readonly { readonly self: boolean; readonly status: 'present' | 'absent' }[];
  readonly end: number;
} | null {
  if (item.what !== 'variant') return null;
  const layout = rules.layout;
  let person = personCallMemo.get(layout);
  if (!person) {
    person = new RegExp(
      `^[ \\t　]*(?:(${layout.selfWord.source})|${layout.chartRelative.source})(?:さん|さま|様)?(?:[（(][^（()）\\n]{0,12}[）)])?[ \\t　]*(?:[:：]|は)?[ \\t　]*`,
      'i',
    );
    personCallMemo.set(layout, person);
  }
  // (Only the rest of the item's line, and a bounded stretch of it: linear in the note.)
  const lineEnd = text.indexOf('\n', item.end);
  const rest = text.slice(item.end, Math.min(lineEnd < 0 ? text.length : lineEnd, item.end + 160));
  // (The item's bracket closing, another bracket after it, a short test name, then the colon.)
  const head =
    /^[）)]?(?:[ \t　]?[（(][^（()）\n]{0,40}[）)])?[^:：\n、。，,（()）]{0,24}?[ \t　]*[:：][ \t　]*/.exec(
      rest,
    );
  if (!head) return null;
  const stop = rest.indexOf('。', head[0].length);
  const list = rest.slice(head[0].length, stop < 0 ? rest.length : stop);
  if (
    items.some(
      (it) =>
        it !== item && it.start >= item.end && it.start < item.end + head[0].length + list.length,
    )
  )
    return null;
  const pairs: { self: boolean; status: 'present' | 'absent' }[] = [];
  for (const part of list.split(/[、，,；;]/)) {
    const who = person.exec(part);
    if (!who) return null;
    const call = findResults(part.slice(who[0].length), rules)[0];
    if (call?.start !== 0) return null;
    // (The call closes the part: "妹 陰性", "本人 陽性であった".)
    if (
      !/^[ \t　]*(?:で(?:あった|した)|だった)?[ \t　]*$/.test(part.slice(who[0].length + call.end))
    )
      return null;
    pairs.push({
      self: who[1] !== undefined,
      status: call.type.startsWith('positive') ? 'present' : 'absent',
    });
  }
  return pairs.length >= 2 && pairs.some((p) => !p.self)
    ? { people: pairs, end: item.end + head[0].length + list.length }
    : null;
}

/**
 * The status of one item from the result words of its clause:
 * 1. "negative for A, B and C", "no … in A": a negation before it, with only lists and the
 *    words of variant reporting between, makes it absent (whatever follows: "no EGFR mutation
 *    detected");
 * 2. otherwise the first result word after it, across a list of other items ("EGFR, ALK and
 *    ROS1 negative") and at most a few other words;
 * 3. otherwise no stated result (`null`): a named variant is then present, a gene alone is
 *    nothing.
 */

/** Another item ends just before `item` with only a list comma or ・／ between: `item` is not a list's first entry. */
function listedAfterAnother(text: string, items: readonly Item[], item: Item): boolean {
  return items.some(
    (it) =>
      it !== item &&
      it.end <= item.start &&
      /^[ \t　]*[、，,・/／][ \t　]*$/.test(text.slice(it.end, item.start)),
  );
}

export function decideStatus(
  text: string,
  item: Item,
  items: readonly Item[],
  results: readonly ResultWord[],
  japanese: boolean,
  layout: CompiledLayout,
  label: ResultWord | null = null,
): StatusDecision {
  // A result inside the item's own words: "HER2 … - NOT amplified".
  // (A gene from a line above, a report block's, is not part of the item's words.)
  const ownStart =
    item.geneMention && item.geneMention.start >= item.start
      ? Math.min(item.geneMention.end, item.end)
      : item.start;
  // (Not the result of another item standing inside it, after the gene: in "EGFR エクソン21 L858R
  // 陽性・エクソン19欠失陰性" the deletion's words run from EGFR, but "陽性" is L858R's.)
  const inside = results.find(
    (r) =>
      r.start >= ownStart &&
      r.start < item.end &&
      r.end > ownStart &&
      // (Nor one before a bracket the item stands in that holds a result of its own: in
      // "エクソン19欠失を検出（L858R、T790Mは陰性）" the "検出" is the deletion's.)
      !bracketWithOwnResult(text, r.end, item.end, results) &&
      // (Nor a generic class's in an earlier column of the gene's table row: in "MSH2　病的バリアント
      // なし　エクソン1〜6欠失" the "なし" is the sequencing column's, not the MLPA column's.)
      !(
        /[ \t　]{2}|[\t|｜]/.test(text.slice(r.end, item.end)) &&
        items.some(
          (it) =>
            it !== item &&
            it.generic &&
            it.kind !== item.kind &&
            it.geneMention !== null &&
            it.geneMention.start === item.geneMention?.start,
        )
      ) &&
      // (Nor a class's of the same gene: in "FLT3はITDは陰性だったがTKDのD835Yが陽性" the D835Y's
      // words run from FLT3, but "は陰性" is the ITD's.)
      !items.some(
        (it) =>
          it !== item &&
          (it.what === 'variant' ||
            (it.what === 'event' && !it.generic && it.kind !== item.kind)) &&
          it.end > ownStart &&
          it.end <= r.start &&
          /^[\s]*$/.test(text.slice(it.end, r.start)),
      ),
  );
  if (inside && item.what !== 'gene') {
    return { status: inside.type.startsWith('positive') ? 'present' : 'absent', word: inside };
  }
  // A negation whose words run into the item: "No fusions detected in RET".
  // Also a negative ending in the item's class word: "ISH NOT amplified (HER2/CEP17 1.4)".
  const opening = results.find(
    (r) =>
      r.start < item.start &&
      r.end > item.start &&
      (r.type === 'negative_before' ||
        (r.type === 'negative_after' &&
          (item.what !== 'gene' ||
            // (A gene right after the result's own "no": "the panel showed no ALK mutation".)
            /\bno\s+$/i.test(text.slice(r.start, item.start))))),
  );
  if (opening) return { status: 'absent', word: opening };
  // A class heading a negated list is part of the first item's words: "Fusion analysis negative
  // for RET, ALK …" (the item runs from "Fusion" to "RET").
  const gene = item.geneMention;
  const leading =
    gene && gene.start > item.start
      ? results.find(
          (r) =>
            r.start >= item.start &&
            r.end <= gene.start &&
            (r.type === 'negative_before' ||
              // (Japanese: the class's result before its bracketed genes, "融合遺伝子陰性（ALK）";
              // layout `ja_class_result_before_list`.)
              (japanese && layout.jaClassResultBeforeList?.test(text.slice(r.start, gene.start)))),
        )
      : undefined;
  if (leading) {
    return { status: leading.type.startsWith('positive') ? 'present' : 'absent', word: leading };
  }
  // A gene of a slash list that shares the class word after the list takes the negation in
  // front of that word: "CDKN2A/CDKN2B (MLPA): no homozygous deletion" is CDKN2A's too.
  const sharedClassNegation =
    item.eventEnd !== undefined && item.eventEnd > item.end
      ? results.find(
          (r) =>
            r.type === 'negative_before' &&
            r.start >= item.end &&
            r.end <= item.eventEnd! &&
            onlyListBetween(text, item.end, r.start, items, japanese, layout, 'strict'),
        )
      : undefined;
  if (sharedClassNegation) return { status: 'absent', word: sharedClassNegation };
  // The nearest heading result before the item; "detected" inside "No … variants detected, in
  // BRCA1" is part of the negation, not a result of its own.
  const earlier = results.filter((r) => r.end <= item.start);
  let before: ResultWord | undefined;
  for (let i = earlier.length - 1; i >= 0; i -= 1) {
    const r = earlier[i]!;
    if (r.type === 'positive' && layout.listGap.test(r.text.trim())) continue;
    before = r;
    break;
  }
  // A "no <class>" result with no item before it heads the list after it too ("No fusions or
  // TERT promoter mutations detected", "no amplifications detected (ERBB2, FGFR1)").
  const noHeading =
    before?.type === 'negative_after' &&
    /^no\s/i.test(before.text) &&
    !items.some((it) => it.end <= before!.start);
  if (
    (before?.type === 'negative_before' || before?.type === 'positive_before' || noHeading) &&
    (onlyListBetween(text, before!.end, item.start, items, japanese, layout, 'strict') ||
      // "She does not carry her sister's BRCA2 c.9097dup", "tested negative for his father's
      // MLH1 c.1852_1854del": the relative who owns the variant stands between the negation
      // and it. The negation is the client's result for that variant (the relative's own
      // finding is read from the possessive in extract.ts).
      (!japanese &&
        item.what === 'variant' &&
        before!.type === 'negative_before' &&
        layout.relativeOwnerGap.test(text.slice(before!.end, item.start)))) &&
    // "inherited only the p.Gly396Asp - the Pro405Leu was not found in her": a heading that
    // says "only" covers the one item right after it, not a list (the next has its own result).
    !(
      /\bonly$/i.test(before!.text) &&
      items.some((it) => it !== item && it.start >= before!.end && it.end <= item.start)
    ) &&
    !(
      before!.type === 'positive_before' && ownNegativeAfter(text, item, items, results, japanese)
    ) &&
    // "No targetable alteration (KRAS G12D)": a negative of actionability only, the change in
    // its bracket the one found (layout `unactionable_found_brackets`).
    !(
      item.what === 'variant' &&
      before!.type === 'negative_before' &&
      layout.unactionableFoundBracket?.test(text.slice(before!.start, item.start)) === true
    )
  ) {
    return { status: before!.type === 'positive_before' ? 'present' : 'absent', word: before! };
  }
  const aside = resultAside(text, item, items, results);
  if (aside)
    return { status: aside.type.startsWith('positive') ? 'present' : 'absent', word: aside };
  const heading =
    bracketHeading(text, item, items, results, japanese, layout) ??
    exampleOfNegative(text, item, results, japanese, layout);
  if (heading) return { status: 'absent', word: heading };
  // The first result after the item; a negation there counts only when no other item follows
  // it ("NF1 - no pathogenic alterations detected", but not "KRAS G12C, no BRAF V600E").
  const after = results.find(
    (r) =>
      r.start >= item.end &&
      // A sign glued to another gene ("ALK-") is that gene's alone. (A dash standing alone after
      // a space or a label's colon is a result cell of its own: "MYCN増幅：－", "EGFR -, ALK -";
      // so is one after a table's cell bar, "EGFR｜－", "KRAS|+".)
      !(
        r.end - r.start === 1 &&
        /[-−－ｰー+＋]/.test(r.text) &&
        r.start !== item.end &&
        !/[\s:：|｜]/.test(text.charAt(r.start - 1))
      ) &&
      // So is a bracketed sign glued to another gene after a comma, beside a named change that
      // has none ("EGFR exon20挿入 p.A763_Y764insFQEA、ALK(-)、ROS1(-)": the insertion is the
      // label's finding; a slash list "EGFR/ALK(-)" still shares it).
      !(
        item.what !== 'gene' &&
        /^[(（][ \t]?[-−－ー+＋][ \t]?[)）]$/.test(r.text) &&
        /[A-Za-z0-9]/.test(text.charAt(r.start - 1)) &&
        /[、,，]/.test(text.slice(item.end, Math.min(r.start, item.end + 200)))
      ) &&
      // So is a result glued to a stain marker that is no item ("（DISHで…増幅）、ER陰性").
      !stainMarkerResult(text, r, items, layout) &&
      // So is one glued to a genomic signature ("…VUS、GIS 36（HRD陰性）").
      !signatureMarkerResult(text, r, layout) &&
      // Nor one after a comma that turns to another person as its topic: "母はBRCA1 c.68_69del、
      // 本人は非保持" (the mother's variant, named with no result, and the client's result of it).
      !(japanese && personTurnBetween(text, item.end, r.end, layout)) &&
      // A Japanese verb ending in た/る right before another item modifies it, and is no
      // result of what stands before ("BRCA1/2確認検査：腫瘍で検出されたBRCA1 c.…は認めず",
      // "前回認めたKRAS G12Dは今回検出されず").
      !(
        japanese &&
        /[たる]$/.test(r.text) &&
        // (Not across an opening bracket: "MYCNの増幅はなかった（MYCN/CEP2 1.1）", "ERBB2の
        // 増幅は認めなかった（HER2/CEP17比 1.2）": the bracket measures the result before it.)
        items.some(
          (it) =>
            it !== item &&
            it.start >= r.end &&
            it.start - r.end <= 1 &&
            !/^[（(]/.test(text.slice(r.end, it.start)),
        )
      ) &&
      (r.type === 'positive' ||
        r.type === 'negative_after' ||
        (r.type === 'negative_before' &&
          // (Items of the gene itself may follow: "KRAS - no mutations detected, including
          // G12C and G13D" is KRAS's gene-level negative as well.)
          // (Not the gene itself named again right after the negation, which heads it: "the
          // same RET change at 51% and no second RET change".)
          !items.some(
            (it) =>
              it.start >= r.end &&
              it.start < restEnd(text, r.end) &&
              (item.what !== 'gene' ||
                it.gene !== item.gene ||
                (it.start - r.end <= 24 &&
                  layout.otherChangeAfter?.test(text.slice(r.end, r.end + 16)) === true &&
                  !/[,;:()\n]/.test(text.slice(r.end, it.start)))),
          ) &&
          // A gene alone takes "no pathogenic alterations detected"; a named alteration only
          // a bare value ("ALK rearrangement: no"), not "KRAS-mutant -> no anti-EGFR".
          // A region ("POLE exonuclease domain: no pathogenic variant detected") is a gene too.
          ((item.what === 'gene' && !item.generic && !bareNegationOfOther(text, r, layout)) ||
            item.kind === 'wild_type' ||
            clauseRestEmpty(text, r.end)))),
  );
  if (after) {
    const between = items.filter(
      (it) => it !== item && it.start >= item.end && it.end <= after.start,
    );
    // A gene alone takes a result only if no named variant stands between ("IDH1/IDH2
    // sequencing: IDH1 c.395G>A detected" says nothing about IDH2).
    // Through a plain list it does ("EGFR、ALK、ROS1、BRAF V600Eはいずれも陰性").
    const variantBetween =
      item.what === 'gene' &&
      !item.generic &&
      between.some((it) => it.what === 'variant') &&
      !onlyListBetween(text, item.end, after.start, items, japanese, layout, 'list');
    // Across other items only through a plain list ("KRAS G12C and BRAF V600E not detected"),
    // not out of a parenthesis or a phrase ("BRAF V600K on NGS (NRAS and KIT wild type)").
    // A named alteration does not take a "no <alteration>" written for a plain gene listed
    // after it: "CDKN2A homozygous deletion, SMAD4 no alteration" found the deletion. (A shared
    // label still reaches back: "FLT3 (ITD and TKD), NPM1 and TP53: negative".)
    // Nor a "wild-type" of the gene after it: "KRAS G12C (c.34G>T), STK11 wild-type".
    // Nor a result the topic particle gives to that gene: "BRCA2 c.5946del、BRCA1は陰性".
    const lastBetween = between.at(-1);
    const firstBetween = between[0];
    const namedBeforeGene =
      item.what !== 'gene' &&
      !item.generic &&
      (/^no\b|^(?:wild[- ]?type|wt|[-−])$|(?:なし|無し|野生型)$/i.test(after.text) ||
        // (Or a result that opens with a later comma entry's own class word and its topic
        // particle: "MET ex14スキッピング、MET増幅は認めず" reads 「増幅は認めず」, the amplification's
        // result; not a list joined by ・ or および, which shares it.)
        (japanese &&
          /^\S{1,8}は/.test(after.text) &&
          items.some(
            (it) =>
              it !== item &&
              it.what === 'event' &&
              it.start >= item.end &&
              JA_ENTRY_JOINT.test(text.slice(item.end, it.start)) &&
              it.start < after.start &&
              it.end > after.start &&
              it.end <= after.end,
          )) ||
        (japanese &&
          lastBetween !== undefined &&
          // (Or another gene's class as that topic, after a named change or fusion: "EML4-ALK融合
          // 遺伝子、ROS1融合遺伝子は陰性".)
          (lastBetween.what === 'gene' ||
            (lastBetween.what === 'event' &&
              (item.what === 'variant' ||
                item.partner !== null ||
                sameGeneOtherClass(item, lastBetween)) &&
              commaGenesAfter(text, item, between) &&
              /^\s*(?:遺伝子)?は\s*$/.test(text.slice(lastBetween.end, after.start)) &&
              !layout.backReference.test(after.text))) &&
          /^\s*(?:遺伝子)?は/.test(`${text.slice(lastBetween.end, after.start)}${after.text}`) &&
          // (Not a topic read as a group, 「JAK2 V617F、CALR、MPLはいずれも陰性」: the list shares
          // it, decision 109; layout `ja_group_words`. A group of its own after the comma,
          // 「EGFR L858R、ALK・ROS1はいずれも陰性」, may be the later genes' only: left as it was.)
          !(
            layout.jaFusionAndGroup.test(text.slice(lastBetween.end, after.start)) &&
            !(
              /[、，,]/.test(text.slice(item.end, firstBetween?.start ?? item.end)) &&
              between.some(
                (it, k) =>
                  k > 0 &&
                  /^[ \t　]*(?:[・／/]|と)[ \t　]*$/.test(
                    text.slice(between[k - 1]!.end, it.start),
                  ),
              )
            )
          ))) &&
      // (Also another gene's class negated after it: "BRCA2 c.6275_6276del（VAF 47%）、AR増幅なし" is
      // AR's "no amplification", not the BRCA2 variant's result.)
      // (The class item may end inside the result: "AR増幅" and "増幅なし".)
      items.some(
        (it) =>
          it !== item &&
          // (Or a class of its own of the same gene: "ERBB2 L755S、ERBB2増幅なし".)
          // (Or another gene's class of another kind after a class: "BRCA2 ホモ欠失、AR増幅なし"; not
          // a list of one class, "ALK、ROS1融合遺伝子なし".)
          // (But a fusion named with its partner is a found change, as a named variant is:
          // "CD74-NRG1 融合（レベルC）、NTRK1/2/3 融合なし", "EML4-ALK、RET融合なし".)
          ((it.what === 'gene' && it.gene !== item.gene) ||
            (it.what === 'event' &&
              (item.what === 'variant' ||
                (it.gene !== item.gene &&
                  (it.kind !== item.kind || (japanese && item.partner !== null))) ||
                sameGeneOtherClass(item, it)))) &&
          it.start >= item.end &&
          it.start < after.start,
      );
    // A telegraphic comma list of entries, each with its own result or none: "AML - NPM1 type A,
    // IDH2 p.R140Q, FLT3-ITD negative", "KRAS G12D, BRAF neg", "EGFR ex19del, T790M negative". A
    // named change or class followed only by commas and an item of another sort (a gene alone, a
    // class, a named change) that carries the negative right after it was found; the negative is
    // that last entry's. (A list joined by "and"/"or", or of one sort, "T790M, C797S: negative",
    // "ALK fusion, ROS1 fusion: negative", still shares its result.)
    // (The next entry may be a class of the same gene read from that gene, its span starting
    // before the item: "EGFR L858R, exon 19 deletion negative" is L858R, then "EGFR … exon 19
    // deletion".)
    const classOfGeneAfter =
      !japanese &&
      between.length === 0 &&
      item.what === 'variant' &&
      after.type === 'negative_after' &&
      items.some(
        (it) =>
          it !== item &&
          it.what === 'event' &&
          it.gene === item.gene &&
          it.start <= item.start &&
          it.end > item.end &&
          it.end <= after.start &&
          /^\s*[)\]]?\s*,\s*[^,;:()\n]{1,40}$/.test(text.slice(item.end, it.end)) &&
          /^[\s:–-]*$/.test(text.slice(it.end, after.start)),
      );
    // (The next entry may open with its sample or origin, "EGFR L858R, germline TP53 negative",
    // and be a slash or "and" list of genes, "KRAS G12D, germline BRCA1/2 negative", "…, BRCA1
    // and BRCA2 negative"; layout `en_comma_entry_samples`. A gene-less germline call after the
    // comma is the germline test's, "KRAS G12D, germline negative", decision 68.)
    const commaEntryOfOther =
      !japanese &&
      (item.what === 'variant' ||
        (item.what === 'event' && !item.generic && item.kind !== 'wild_type')) &&
      after.type === 'negative_after' &&
      (classOfGeneAfter ||
        (between.length === 0 &&
          layout.enCommaGermlineTest?.test(text.slice(item.end, after.start)) === true) ||
        (lastBetween !== undefined &&
          (lastBetween.what !== item.what || restatedInBracket(text, item, items)) &&
          /^[\s:–-]*$/.test(text.slice(lastBetween.end, after.start)) &&
          between.every((it, i) =>
            // (The bracket of an entry's HGVS closes before its comma: "IDH1 R132C (c.394C>T),
            // FGFR2 fusion negative".)
            // (Or the whole bracket of the entry's HGVS stands before it, naming no item: "EGFR
            // exon 19 deletion (p.E746_A750del), T790M not detected"; pgen10 item 12.)
            i === 0
              ? layout.enCommaEntryJoint.test(
                  text.slice(item.end, it.start).replace(/^\s{0,3}[([][^()[\]\n]{1,60}[)\]]/, ''),
                )
              : /^\s*,\s*$/.test(text.slice(between[i - 1]!.end, it.start)) ||
                (it.what === 'gene' &&
                  between[i - 1]!.what === 'gene' &&
                  /^\s*(?:[/,]|and|or)?\s*$/i.test(text.slice(between[i - 1]!.end, it.start))),
          )));
    // An entry closed as found by the tumour it defines or its own mutation noun before a comma
    // (layout `en_closed_entry_words`): "EGFR L858R adenocarcinoma, T790M negative on rebiopsy",
    // "MDS with SF3B1 mutation, TP53 wild-type". A negative glued to the next entry, one entry or a
    // comma list of them, is theirs alone. (Not a shared label: "…, ALK fusion: negative".)

    const closedEntry =
      !japanese &&
      layout.enClosedEntry !== null &&
      (item.what === 'gene' || item.kind !== 'wild_type') &&
      after.type === 'negative_after' &&
      firstBetween !== undefined &&
      lastBetween !== undefined &&
      /^[ \t–-]*$/.test(text.slice(lastBetween.end, after.start)) &&
      layout.enClosedEntry.test(text.slice(item.end, firstBetween.start)) &&
      between.every(
        (it, i) => i === 0 || /^\s*,\s*$/.test(text.slice(between[i - 1]!.end, it.start)),
      );
    // Genes naming a test, its positive verb heading what it found: "germline testing (SDHA/SDHB/
    // SDHC/SDHD panel) reported SDHA c.133G>A …", "the BRCA1/BRCA2/PALB2 panel identified PALB2
    // c.509_510del". The verb is the named change's, not a result of the panel's genes (a
    // negative still is: "BRCA1/BRCA2 panel negative").
    const namesTest =
      item.what === 'gene' &&
      after.type === 'positive' &&
      (japanese
        ? // In Japanese the found change comes before the verb: "RAS/BRAF遺伝子検査（腫瘍組織）の結果、
          // KRAS G12D変異を検出" (the test noun right after the gene; another gene's change between).
          !item.generic &&
          layout.testNoun.test(text.slice(item.end, item.end + 24).replace(/^\s*遺伝子/, '')) &&
          between.some((it) => it.what !== 'gene' && it.gene !== item.gene)
        : layout.testNoun.test(
            text.slice((lastBetween ?? item).end, after.start).replace(/^[\s)]+/, ' '),
          ) &&
          items.some(
            (it) =>
              it.what !== 'gene' &&
              it.start >= after.end &&
              /^[^.;\n]{0,40}$/.test(text.slice(after.end, it.start)),
          ));
    // A gene naming a test before its label ("RAS/BRAF検査：KRAS G12D 陽性", "BRAF testing:
    // KRAS G12C detected") does not take the result of the items after the label.
    const labelBetween =
      item.what === 'gene' && between.some((it) => /[:：]/.test(text.slice(item.end, it.start)));
    // An item as the topic of a sentence about another gene's result ("ROS1はEGFR陽性であり追加
    // 検索は不要", "BRAFは、KRAS G12D陽性のため未検"): the topic particle joins no list, and the
    // result after the other gene is that gene's.
    const topicOfOther =
      japanese &&
      firstBetween !== undefined &&
      firstBetween.gene !== item.gene &&
      (/^\s*(?:遺伝子)?(?:は|では)[\s、,，]*$/.test(text.slice(item.end, firstBetween.start)) ||
        // An entry closed by its own change word before the next gene's topic: "NPM1にtype Aの
        // 変異、FLT3はITDが陰性" (the NPM1 change was found; "陰性" is FLT3's).
        (/^[^、。\n]{0,20}?(?:変異|バリアント|欠失|増幅|融合|転座|再構成)[、,，]\s*$/.test(
          text.slice(item.end, firstBetween.start),
        ) &&
          /^\s*(?:遺伝子)?(?:は|では|については)/.test(
            text.slice(firstBetween.geneMention?.end ?? firstBetween.end),
          )));
    // A named change given its own allele fraction before the next item ("ALK G1202R 1.1%, ALK
    // I1171N not detected", "ESR1 D538G (VAF 0.4%), Y537S: not detected") was measured, so
    // found: the result after the next item is that item's alone.
    // (A positive after them is all of theirs, so a later result after it is too: "KRAS Q61H
    // 0.8%、EGFR S492R 0.2% が検出されていたが、今回はいずれも消失", decision 60.)
    const measured =
      item.what !== 'gene' &&
      !after.type.startsWith('positive') &&
      firstBetween !== undefined &&
      layout.measuredAfter.test(text.slice(item.end, firstBetween.start));
    const strict = between.some((it) => it.gene !== item.gene);
    // A result that points back at the list ("… and nothing was found in any of them") closes
    // its sentence: the words between the list and it may be many, the list's joints not.
    // So does a result whose subject is a pronoun opening the clause after a semicolon ("HOXB13
    // G84E was specifically reviewed because of the family history; it was not detected", "…;
    // neither was found"), when the result closes its clause (layout `continuing_calls` joins
    // such a clause to the one before it). (The list words: layout.yaml `back_reference_*`,
    // `gene_count_*`; "neither"/"none" as the subject of a verb of finding stands for the list
    // before it: "ALK and RET were looked at in the same assay and neither showed a fusion".)
    const backReference =
      layout.backReference.test(after.text) ||
      (!japanese &&
        layout.pronounResultLead.test(text.slice(Math.max(0, after.start - 40), after.start)) &&
        (/^(?:neither|none)\b/i.test(after.text) ||
          /^(?:it|they)\b/i.test(
            text.slice(Math.max(0, after.start - 40), after.start).replace(/^.*[;:]\s*/s, ''),
          )) &&
        clauseRestEmpty(text, after.end));
    // "EGFR L858R 残存／MET 増幅（CN 11）／T790M(-)", "KRAS G12C (VAF 18%), BRAF V600E negative": an
    // item given its own measured value (copy number, allele fraction) was found; a negative
    // further along the list is the later items' only.
    // "KRAS G12C 0.8%、その他特記なし", "BRAF V600E、その他報告すべき変異なし": a named change with no
    // call of its own, then a comma and a catch-all of the others before the negative (layout
    // `ja_catch_all_others`): the negative reaches only the changes not named (decision 27). Not
    // "…、その他の変異も認めず", where も joins the named change to the negative.
    const catchAllOthers =
      (japanese || layout.enCatchAllOthers !== null) &&
      item.what !== 'gene' &&
      !item.generic &&
      // (Or only its own gene's words in a bracket after it: "ALK融合遺伝子（EML4-ALK）、それ以外".)
      between.every(
        (it) =>
          it.gene === item.gene &&
          /^[ \t　]*[（(][^（()）\n]{0,40}$/.test(text.slice(item.end, it.start)),
      ) &&
      !after.type.startsWith('positive') &&
      catchAllRightAfter(
        text.slice(item.end, after.start),
        layout,
        japanese,
        /[（(][^（()）\n]{0,40}$/.test(text.slice(Math.max(0, item.start - 40), item.start)),
      ) &&
      !/も[ \t　]*$/.test(text.slice(Math.max(item.end, after.start - 4), after.start));
    // The same in Japanese, two entries joined by a comma: "EGFR Ex21 L858R、Ex19del は陰性" (a named
    // change, then a class of the same gene with its negative), "EGFR L858R（組織）、T790Mなし" (an entry
    // closed by its own sample's bracket, layout `ja_test_samples`): the negative is the last
    // entry's. (A class item's words may run from the gene before the first: "EGFR Ex21 L858R、
    // Ex19del" is the deletion's item from EGFR on. Not a list pointed back at, "…はいずれも陰性".)
    const jaCommaEntryOfOther =
      japanese &&
      !backReference &&
      (item.what === 'variant' ||
        (item.what === 'event' && !item.generic && item.kind !== 'wild_type')) &&
      !after.type.startsWith('positive') &&
      // (The first of two entries only: not "ｴｸｿﾝ19欠失、L858R、T790M、ｴｸｿﾝ20挿入　検出されず", a list.)
      !listedAfterAnother(text, items, item) &&
      items.some((last) => {
        if (last === item || last.end <= item.end || last.end > after.start) return false;
        if (!/^[ \t　]*(?:は|も|が)?[ \t　]*$/.test(text.slice(last.end, after.start)))
          return false;
        if (
          items.some(
            (it) => it !== last && it !== item && it.start >= item.end && it.end < last.end,
          )
        )
          return false;
        // The comma alone between the two (the last's own words after it when its item runs from
        // the gene before the first: "、Ex19del"; not "、ならびにｴｸｿﾝ20のＴ７９０Ｍ").
        const joint =
          last.start >= item.end
            ? /^([ \t　]*[（(][^（()）\n]{1,16}[）)])?[ \t　]*[、，,][ \t　]*$/.exec(
                text.slice(item.end, last.start),
              )
            : /^([ \t　]*[（(][^（()）\n]{1,16}[）)])?[ \t　]*[、，,][ \t　]*[^\s、，,。はもがのをにで（()）]{1,16}$/.exec(
                text.slice(item.end, last.end),
              );
        if (!joint) return false;
        if (last.what !== item.what && (last.what !== 'gene' || last.gene === item.gene))
          return true;
        const sample = layout.jaTestSample;
        if (!joint[1] || !sample) return false;
        sample.lastIndex = 0;
        const own = sample.test(joint[1]);
        sample.lastIndex = 0;
        return own;
      });
    // "KRAS G12D、NRAS陰性", "EGFR Ex19del、ALK・ROS1陰性", "BRCA2 c.5946del（体細胞）、BRCA1（生殖細胞
    // 系列）陰性": a named change or class with no result of its own, then a comma and another gene
    // alone (or a ・／ list of them) with its negative glued on. The summary's entries each say their
    // own: the change was found and the negative is the later genes' (as "…、NRAS野生型"; the English
    // form is `commaEntryOfOther`). A list pointed back at ("…、ALKはいずれも陰性") still shares it.
    const jaCommaGenesOfOther =
      japanese &&
      !backReference &&
      (item.what === 'variant' ||
        (item.what === 'event' && !item.generic && item.kind !== 'wild_type')) &&
      after.type === 'negative_after' &&
      lastBetween !== undefined &&
      // (The first of the entries only: not "T790M、C797S、MET陰性", a list.)
      !listedAfterAnother(text, items, item) &&
      commaGenesAfter(text, item, between) &&
      JA_GLUED_RESULT.test(text.slice(lastBetween.end, after.start));
    // "EGFR L858R（組織）、血漿では検出されず": another test's negative (otherSampleNegative).
    const otherSample = japanese && otherSampleNegative(text, item, after, layout) !== null;
    const measuredFirst =
      between.length > 0 &&
      !after.type.startsWith('positive') &&
      OWN_MEASURE.test(text.slice(item.eventEnd ?? item.end, (item.eventEnd ?? item.end) + 40));
    if (
      subjectTestResult(text, item, after, between.length, japanese, layout) ||
      (!variantBetween &&
        !measuredFirst &&
        !namedBeforeGene &&
        !commaEntryOfOther &&
        !closedEntry &&
        !namesTest &&
        !labelBetween &&
        !topicOfOther &&
        !measured &&
        !catchAllOthers &&
        !jaCommaEntryOfOther &&
        !jaCommaGenesOfOther &&
        !otherSample &&
        onlyListBetween(
          text,
          item.end,
          after.start,
          items,
          japanese,
          layout,
          backReference ? 'joints' : strict ? 'list' : 'lenient',
        ))
    ) {
      return { status: after.type === 'positive' ? 'present' : 'absent', word: after };
    }
  }
  if (label)
    return { status: label.type === 'positive_before' ? 'present' : 'absent', word: label };
  return { status: null, word: null };
}

/**
 * A catch-all of the others (layout `ja_catch_all_others`) right after a named change, only its own
 * measure between ("KRAS G12C 0.8%、その他", "NRAS Q61K（VAF 3.1%）、他に"); not after the change's own
 * words, "MSH2のc.942+3A>Tも含めて、その他の変異は認めず" (the negative includes it).
 */
function catchAllRightAfter(
  gap: string,
  layout: CompiledLayout,
  japanese = true,
  inBracket = false,
): boolean {
  // (English: `en_catch_all_others`, "KRAS G12C 0.8%, otherwise no reportable alterations".)
  const m = (japanese ? layout.jaCatchAllOthers : layout.enCatchAllOthers)?.exec(gap);
  if (!m) return false;
  let own = gap.slice(0, m.index);
  // The change's own class word ("EML4-ALK融合遺伝子、その他"; layout `ja_catch_all_entry_words`), and
  // the rest of the bracket it was named in ("ALK融合遺伝子（EML4-ALK）、それ以外"): its own entry still.
  if (japanese) {
    if (inBracket) own = own.replace(/^[^（()）\n]{0,40}[）)]/, '');
    const word = layout.jaCatchAllEntryWord?.exec(own);
    if (word) own = own.slice(word[0].length);
  }
  return /^[ \t　]*$/.test(
    own.replace(/[（(][^（()）\n]{0,40}[）)]/g, '').replace(/\d{1,3}(?:\.\d{1,3})?[ \t　]*%/g, ''),
  );
}

/** The group of the sample a `ja_test_samples` match names (its named capture). */
function sampleGroup(m: RegExpExecArray): string | null {
  for (const [name, value] of Object.entries(m.groups ?? {})) if (value !== undefined) return name;
  return null;
}

/** The group of the last test sample (layout `ja_test_samples`) named in a stretch, or null. */
export function sampleGroupIn(stretch: string, layout: CompiledLayout): string | null {
  return layout.jaTestSample ? lastSampleGroup(stretch, layout.jaTestSample) : null;
}

/**
 * A bracket right after a Japanese named change listing each test's sample with its own call
 * ("RET M918T（生殖細胞系列検査：陰性、腫瘍：陽性）", "BRCA2 c.…（腫瘍：陽性、末梢血：陰性）"): each
 * sample's group (layout `ja_test_samples`) and status, in order; null unless two or more pairs.
 */
export function sampleCallPairs(
  text: string,
  item: Item,
  rules: CompiledGeneticsRules,
): { readonly group: string; readonly status: 'present' | 'absent' }[] | null {
  if (!rules.layout.jaTestSample || item.what !== 'variant') return null;
  const m = /^[ \t　]?[（(]([^（()）\n]{4,80})[）)]/.exec(text.slice(item.end, item.end + 90));
  if (!m) return null;
  const pairs: { group: string; status: 'present' | 'absent' }[] = [];
  for (const part of m[1]!.split(/[、，,;；／/]/)) {
    const colon = part.search(/[:：]/);
    if (colon < 0) return null;
    const group = sampleGroupIn(part.slice(0, colon), rules.layout);
    const call = findResults(part.slice(colon + 1), rules)[0];
    if (!group || !call || !/^[ \t　]*$/.test(part.slice(colon + 1, colon + 1 + call.start)))
      return null;
    pairs.push({ group, status: call.type.startsWith('positive') ? 'present' : 'absent' });
  }
  return pairs.length >= 2 ? pairs : null;
}

/** The group of the last sample named in a stretch, or null. */
function lastSampleGroup(stretch: string, sample: RegExp): string | null {
  let group: string | null = null;
  sample.lastIndex = 0;
  for (let m = sample.exec(stretch); m !== null; m = sample.exec(stretch)) group = sampleGroup(m);
  sample.lastIndex = 0;
  return group;
}

/**
 * "EGFR L858R（組織）、血漿では検出されず", "BRCA2 c.5946del 体細胞のみ、生殖細胞系列では認めず", "体細胞変異：
 * PIK3CA E545K、生殖細胞系列：病的バリアントなし": a Japanese named change with no call of its own, told with
 * its own test's sample (in its entry or its line's label), then after a comma another test's sample
 * as the topic of a negative (layout `ja_test_samples`, `ja_sample_topic_particles`). The negative is
 * that other test's, not the first test's call: the other sample's group and where its topic ends,
 * else null.
 */
export function otherSampleNegative(
  text: string,
  item: Item,
  word: ResultWord,
  layout: CompiledLayout,
): { readonly group: string; readonly topicEnd: number } | null {
  const sample = layout.jaTestSample;
  if (!sample || !layout.jaSampleTopic) return null;
  if (item.what === 'gene' || item.generic || word.type.startsWith('positive')) return null;
  if (word.start < item.end) return null;
  const gap = text.slice(item.end, word.start);
  if (gap.length > 80 || /[。\n]/.test(gap)) return null;
  const comma = gap.search(/[、,，]/);
  if (comma < 0 || comma > 24) return null;
  const topic = layout.jaSampleTopic.exec(gap.slice(comma + 1));
  const other = topic ? sampleGroup(topic) : null;
  if (!topic || !other) return null;
  const lineStart = text.lastIndexOf('\n', item.start - 1) + 1;
  const own =
    lastSampleGroup(gap.slice(0, comma), sample) ??
    lastSampleGroup(text.slice(Math.max(lineStart, item.start - 60), item.start), sample);
  if (own === null || own === other) return null;
  return { group: other, topicEnd: item.end + comma + 1 + topic[0].length };
}

/**
 * The other test's negative of a named change (`otherSampleNegative`) when it is the change's own:
 * no other item and no class word of its own between the sample and the negative ("血漿では検出
 * されず", not "生殖細胞系列の病的バリアントは認めず", which names no gene, decision 27). The negative
 * and the other sample's group, else null.
 */
export function otherSampleCall(
  text: string,
  item: Item,
  items: readonly Item[],
  results: readonly ResultWord[],
  layout: CompiledLayout,
): { readonly word: ResultWord; readonly group: string } | null {
  if (!layout.jaTestSample) return null;
  const word = results.find((r) => r.start >= item.end);
  if (!word) return null;
  const other = otherSampleNegative(text, item, word, layout);
  if (!other) return null;
  if (items.some((it) => it !== item && it.start >= item.end && it.start < word.end)) return null;
  if (layout.jaSampleNegativeSubject?.test(text.slice(other.topicEnd, word.start))) return null;
  return { word, group: other.group };
}

/**
 * "T790M negative in plasma, positive in tissue", "EGFR L858R detected in tissue but not in
 * plasma": a second call of the item right after its first, the opposite one, in another sample
 * or by another method (layout `discordant_*`). Each test is its own finding (decision 36), so
 * the item is read once more with that call.
 */
export function discordantCall(
  text: string,
  first: StatusDecision,
  layout: CompiledLayout,
): StatusDecision | null {
  if (first.word === null || first.status === null) return null;
  const re = first.status === 'absent' ? layout.discordantPositive : layout.discordantNegative;
  if (re === null) return null;
  const from = first.word.end;
  // (Or the first call opens the bracket after the change, the second follows it: "T790M
  // (detected 2022) now lost".)
  const bracket =
    first.status === 'absent' ? layout.discordantBracketPositive : layout.discordantBracketNegative;
  const opened = /\([ \t]*$/.test(text.slice(Math.max(0, first.word.start - 4), first.word.start));
  const m =
    re.exec(text.slice(from, from + 160)) ??
    (opened ? (bracket?.exec(text.slice(from, from + 80)) ?? null) : null);
  if (!m) return null;
  const start = from + m[1]!.length;
  return {
    status: first.status === 'absent' ? 'present' : 'absent',
    word: {
      start,
      end: start + m[2]!.length,
      type: first.status === 'absent' ? 'positive' : 'negative_after',
      text: m[2]!,
    },
  };
}

/**
 * "ALK 融合遺伝子 陽性（EML4-ALK）／ROS1 陰性", "RET fusion positive (KIF5B-RET), ALK negative": a
 * named alteration alone in a bracket right after its own gene's result says what that result
 * was (the partner, the variant). It takes that result, not the next item's in the list.
 */
function resultAside(
  text: string,
  item: Item,
  items: readonly Item[],
  results: readonly ResultWord[],
): ResultWord | null {
  if (item.what === 'gene' || item.generic) return null;
  const open = /[(（]\s?$/.exec(text.slice(Math.max(0, item.start - 2), item.start));
  // (The bracket holds the item alone and closes the entry: not "なし（c.2612C>T（p.P871L）は良性多型）".)
  if (!open || !/^\s?[)）]\s*(?:[、,，;；。/／|｜\n]|$)/.test(text.slice(item.end, item.end + 6)))
    return null;
  const bracket = item.start - open[0].length;
  const word = results.find((r) => r.end <= bracket && /^\s?$/.test(text.slice(r.end, bracket)));
  if (!word) return null;
  // The item the result belongs to: the last one before it, of the same gene, with at most its
  // class words and a label mark between, no list joint ("ALK融合遺伝子：陽性", "ALK fusion
  // positive").
  const owner = items.filter((it) => it !== item && it.end <= word.start).at(-1);
  if (owner && /^[^、,，;；。\n/／|]{0,16}$/.test(text.slice(owner.end, word.start)))
    return owner.gene === item.gene ? word : null;
  // "RAS変異陽性（KRAS exon2 G12D）", "ドライバー遺伝子変異：陽性（EGFR L858R）", "RAS mutant (KRAS
  // G12D)": the result of a group word (a gene family, "driver"), with no gene of its own before
  // it in the entry, is that of the change named alone in the bracket.
  // (Read back a short way only: a note that is one long line stays linear.)
  const entry = text
    .slice(Math.max(owner?.end ?? 0, word.start - 40), word.start)
    .split(/[、,，;；。\n/／|]/)
    .at(-1)!;
  return /^[^(（)）]{1,20}$/.test(entry) &&
    /変異|バリアント|ドライバー|遺伝子|mutat|mutant|alteration|driver/i.test(`${entry}${word.text}`)
    ? word
    : null;
}

/**
 * "RAS wild-type (KRAS, NRAS)", "Driver testing negative (EGFR, ALK, ROS1)": a negative result
 * right before a bracket is the result of the genes listed in it, when the bracket holds only
 * the list (a gene's exons may follow it: "KRAS exons 2-4") and no result of its own; so are
 * the gene classes listed there ("No fusions detected (ALK fusion, ROS1 fusion)").
 */
function bracketHeading(
  text: string,
  item: Item,
  items: readonly Item[],
  results: readonly ResultWord[],
  japanese: boolean,
  layout: CompiledLayout,
): ResultWord | null {
  if ((item.what !== 'gene' && item.what !== 'event') || item.generic) return null;
  let word: ResultWord | undefined;
  for (const r of results) {
    if (r.end > item.start) break;
    word = r;
  }
  if (!word || !(word.type === 'negative_after' || word.type === 'negative_before')) return null;
  // (The result may be quoted from the report: '"No Variants Found"（ATM、PALB2）', 「検出されず」（…）.)
  const open = /^\s?["”』」']?\s?[(（]\s?/.exec(text.slice(word.end, word.end + 5));
  if (!open || item.start - word.end > 120) return null;
  const close = text.slice(item.end, item.end + 80).search(/[)）]/);
  if (close < 0) return null;
  const inside = { start: word.end + open[0].length, end: item.end + close };
  if (results.some((r) => r.start >= inside.start && r.start < inside.end)) return null;
  const listed = items.filter((it) => it.start >= inside.start && it.end <= inside.end);
  // (Exon ranges after a gene: "KRAS exons 2-4, NRAS exons 2-4".)
  const plain = text
    .slice(inside.start, inside.end)
    .replace(/\bexons?\s*\d{1,2}(?:\s*(?:-|–|to|,|and|&)\s*\d{1,2})*/gi, (m) =>
      ' '.repeat(m.length),
    );
  const span = { start: 0, end: plain.length };
  const shifted = listed.map((it) => ({
    ...it,
    start: it.start - inside.start,
    end: it.end - inside.start,
  }));
  return listed.includes(item) &&
    onlyListBetween(plain, span.start, span.end, shifted, japanese, layout, 'strict')
    ? word
    : null;
}

/**
 * The negative before a Japanese bracket of examples that names the change ("BRCA2 病的バリアント：
 * 検出されず（c.7480C>T を含む）"): the change was among what was not found (ja decision 61), and the
 * gene keeps its own gene-level negative.
 */
function exampleOfNegative(
  text: string,
  item: Item,
  results: readonly ResultWord[],
  japanese: boolean,
  layout: CompiledLayout,
): ResultWord | null {
  if (!japanese || item.what !== 'variant') return null;
  let word: ResultWord | undefined;
  for (const r of results) {
    if (r.end > item.start) break;
    word = r;
  }
  if (!word || !(word.type === 'negative_after' || word.type === 'negative_before')) return null;
  if (!/^\s?[(（][^()（）\n]{0,40}$/.test(text.slice(word.end, item.start))) return null;
  return layout.includedInParenthesis.test(text.slice(item.end, item.end + 60)) ? word : null;
}

function onlyListBetween(
  text: string,
  from: number,
  to: number,
  items: readonly Item[],
  japanese: boolean,
  layout: CompiledLayout,
  mode: 'strict' | 'lenient' | 'list' | 'joints',
): boolean {
  // A bracket closed at the end of its line closes what it held: in "#肺腺癌（EGFR ex20ins(+)、
  // A767_V769dup）" the next line's "cobas: ex19del(-)" is that line's own result (even where an
  // item's words run over the line break).
  // (A bracket opened after the item and closed on its line is the item's own aside, a label's
  // method: "ALK融合遺伝子（FISH法）" over "判定：陰性" closes nothing the item stands in.)
  if (
    japanese &&
    /[）)][ \t　]*\n/.test(
      text.slice(from, to).replace(/（[^（）()\n]{0,40}）|\([^（）()\n]{0,40}\)/g, ''),
    )
  )
    return false;
  // Cut out the other items between (a list of genes or variants); keep the pieces apart.
  const pieces: string[] = [];
  let cursor = from;
  for (const it of items) {
    if (it.end <= from || it.start >= to) continue;
    pieces.push(text.slice(cursor, Math.max(cursor, it.start)));
    cursor = Math.max(cursor, it.end);
  }
  const tail = text.slice(cursor, to);
  // `list`: the joints between items must be plain list marks; what follows the last item
  // may be a short phrase ("EGFR, ALK and ROS1 rearrangements: negative").
  // `joints`: only the joints between items are checked (the tail is a back-referenced clause).
  const strictPart =
    mode === 'strict'
      ? [...pieces, tail].join(' ')
      : mode === 'list' || mode === 'joints'
        ? pieces.join(' ')
        : '';
  const lenientPart =
    mode === 'strict' || mode === 'joints'
      ? ''
      : mode === 'list'
        ? tail
        : [...pieces, tail].join(' ');
  return gapOk(strictPart, japanese, layout, true) && gapOk(lenientPart, japanese, layout, false);
}

function gapOk(
  between: string,
  japanese: boolean,
  layout: CompiledLayout,
  strict: boolean,
): boolean {
  if (between.trim() === '') return true;
  if (japanese) {
    // Japanese: particles, list marks and a few reporting words.
    // (A list of numbers goes first, so it is not read as one long token: "コドン
    // 12/13/59/61/117/146" is six codons, not "12135961117146".)
    const rest = between
      .replace(/（[^）]{0,40}）|\([^)]{0,40}\)/g, '')
      .replace(/\d{1,3}(?:\s*[/／、,，・]\s*\d{1,3})+/g, '')
      .replace(layout.japaneseGap, '')
      .replace(/[A-Za-z0-9.]+/g, (w) => (w.length <= 6 ? '' : w));
    // "BRCA1/2、PALB2などの相同組換え修復関連遺伝子に病的変異は認めない": a descriptive phrase
    // between a list and its result, but no other result or sentence end.
    return rest.length <= (strict ? 0 : 16);
  }
  const words = between.match(/[A-Za-z0-9]+(?:['’][a-z]+)?|\/|&/g) ?? [];
  if (strict) return words.every((w) => layout.listGap.test(w));
  // A short bracket is the test's aside, not words of the phrase: "EGFR mutation analysis
  // (real-time PCR, exons 18-21): no mutation detected".
  // (A run of numbers joined by slashes is one word, as in Japanese: "KIT exons 9/11/13/17:
  // wild-type" names four exons, not seven words.)
  const bare = between.replace(/\d{1,3}(?:[ \t]*\/[ \t]*\d{1,3})+/g, '0');
  const plain = bare.includes('(')
    ? (bare.replace(/\([^()\n]{0,40}\)/g, ' ').match(/[A-Za-z0-9]+(?:['’][a-z]+)?|\/|&/g) ?? [])
    : (bare.match(/[A-Za-z0-9]+(?:['’][a-z]+)?|\/|&/g) ?? []);
  return plain.length <= MAX_RESULT_GAP;
}

const markerRes = new WeakMap<RegExp, RegExp>();

/**
 * "BRCA2 c.8187G>T（p.K2729N）VUS、GIS 36（HRD陰性）": a result glued to a genomic signature
 * (layout `signature_markers`: HRD, MSI, TMB) is the signature's, not a gene's or change's before it.
 */
function signatureMarkerResult(text: string, r: ResultWord, layout: CompiledLayout): boolean {
  const re = layout.signatureResult;
  if (!re) return false;
  const from = Math.max(0, r.start - 12);
  const lead = text.slice(from, r.end);
  re.lastIndex = 0;
  for (let m = re.exec(lead); m; m = re.exec(lead)) {
    const start = from + m.index;
    if (
      start + m[0].length === r.end &&
      start < r.start &&
      !/[A-Za-z0-9]/.test(text.charAt(start - 1))
    )
      return true;
  }
  return false;
}

/**
 * "HER2陽性（IHC 2+ → DISHで…7.4個/細胞で増幅）、ER陰性", "EGFR L858R, PD-L1 negative": a result
 * glued to a stain marker (ER, PgR, Ki-67, PD-L1) that is no item of the note is that marker's
 * own result, not one of a gene or change before it. (A marker that is an item, "HER2陰性",
 * keeps its result.)
 */
function stainMarkerResult(
  text: string,
  r: ResultWord,
  items: readonly Item[],
  layout: CompiledLayout,
): boolean {
  let re = markerRes.get(layout.receptorLine);
  if (!re) {
    re = new RegExp(layout.receptorLine.source, 'giu');
    markerRes.set(layout.receptorLine, re);
  }
  const from = Math.max(0, r.start - 16);
  const lead = text.slice(from, r.end);
  re.lastIndex = 0;
  for (let m = re.exec(lead); m; m = re.exec(lead)) {
    if (m[0] === '') {
      re.lastIndex += 1;
      continue;
    }
    const start = from + m.index;
    if (from + m.index + m[0].length !== r.end || start >= r.start) continue;
    if (!items.some((it) => it.start <= start && it.end > start)) return true;
  }
  return false;
}

/** A word of `re` within `maxWords` words before or after the item, inside the clause. */
export function nearWord(
  text: string,
  clause: { readonly start: number; readonly end: number },
  item: { readonly start: number; readonly end: number },
  re: RegExp,
  maxWords: number,
  side: 'both' | 'before' = 'both',
  // Skip a word inside a closed aside before the item (Japanese reports: inClosedAside). English
  // asides hold the example words that make a phrase hypothetical ("(e.g. G810) or … such as MET
  // amplification"), so they are not skipped there.
  skipAsides = false,
  // Skip a word after the item inside a bracketed aside that names one of these genes before it:
  // "HOXB13 c.…を保有（BRCA1については未検）" speaks of that other gene, not of the item.
  asideGenes: readonly { readonly start: number }[] = [],
): boolean {
  const within = text.slice(clause.start, clause.end);
  re.lastIndex = 0;
  for (let m = re.exec(within); m; m = re.exec(within)) {
    if (m[0] === '') {
      re.lastIndex += 1;
      continue;
    }
    const start = clause.start + m.index;
    const end = start + m[0].length;
    if (
      end <= item.start &&
      countWords(text.slice(end, item.start)) <= maxWords &&
      !(skipAsides && inClosedAside(text, start, end, item.start))
    )
      return true;
    if (side === 'before') continue;
    if (
      start >= item.end &&
      countWords(text.slice(item.end, start)) <= maxWords &&
      !otherGeneAside(text, item.end, start, asideGenes)
    )
      return true;
    if (start < item.end && end > item.start) return true;
  }
  return false;
}

/**
 * The text with a bracket right after a result blanked out when it tells of another result
 * ("陰性（偽陽性の可能性を除外）", "陰性（陽性コントロールは適正）", "陰性（偽陰性の可能性は否定できない）"):
 * an aside about the test, not a doubt about the result before it. The text unchanged otherwise.
 */
export function withoutResultAside(
  text: string,
  resultEnd: number,
  rules: CompiledGeneticsRules,
): string {
  const open = /^[ \t　]?[(（]/.exec(text.slice(resultEnd, resultEnd + 2));
  if (!open) return text;
  const from = resultEnd + open[0].length;
  const close = text.slice(from, from + 60).search(/[)）\n(（]/);
  if (close < 0 || !/[)）]/.test(text[from + close]!)) return text;
  if (findResults(text.slice(from, from + close), rules).length === 0) return text;
  return text.slice(0, from) + ' '.repeat(close) + text.slice(from + close);
}

/**
 * The word at `at` sits inside a bracket opened after the item (`from`) on its line, and a gene
 * of `genes` is named inside that bracket before the word: the aside is about that gene.
 */
function otherGeneAside(
  text: string,
  from: number,
  at: number,
  genes: readonly { readonly start: number }[],
): boolean {
  if (genes.length === 0) return false;
  let depth = 0;
  for (let i = at - 1; i >= from; i -= 1) {
    const c = text[i]!;
    if (c === '\n') return false;
    if (c === ')' || c === '）') depth += 1;
    else if (c === '(' || c === '（') {
      if (depth === 0) return genes.some((g) => g.start > i && g.start < at);
      depth -= 1;
    }
  }
  return false;
}

/**
 * A word inside a bracketed aside that closes before the item, the bracket glued to what stands
 * before it: "BRCA2 c.5946del … Tier II（生殖細胞系列の可能性→確認検査推奨、未実施）、PTEN ホモ接合性
 * 欠失", "MET amplification (pending), KRAS G12C detected". The aside speaks of what it follows,
 * not of the item after it. (A bracket opening its line, "(未実施) ROS1", is a label: not skipped.)
 */
function inClosedAside(text: string, start: number, end: number, itemStart: number): boolean {
  let depth = 0;
  let close = -1;
  for (let i = end; i < itemStart; i += 1) {
    const c = text[i]!;
    if (c === '(' || c === '（') depth += 1;
    else if (c === ')' || c === '）') {
      if (depth === 0) {
        close = i;
        break;
      }
      depth -= 1;
    } else if (c === '\n') return false;
  }
  if (close < 0) return false;
  depth = 0;
  for (let i = start - 1; i >= 0 && i >= start - 200; i -= 1) {
    const c = text[i]!;
    if (c === '\n') return false;
    if (c === ')' || c === '）') depth += 1;
    else if (c === '(' || c === '（') {
      if (depth === 0) {
        const lineStart = text.lastIndexOf('\n', i - 1) + 1;
        return /[^\s\-*•・■□●○◆◇▪▼▽▲△▶►★☆]/.test(text.slice(lineStart, i));
      }
      depth -= 1;
    }
  }
  return false;
}

function countWords(s: string): number {
  return (s.match(/[A-Za-z0-9]+|[\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}]+/gu) ?? [])
    .length;
}

/** After a bare negation: a genetic noun within a few words, or nothing more ("BRCA1: no,"). */
const GENETIC_AFTER_NEGATION =
  /^(?:\s*(?:[,;:)\]]|$)|\s+(?:[\w/()-]+\s+){0,4}?(?:mutat|variant|alteration|change|fusion|rearrang|amplifi|deletion|duplication|insertion|abnormalit|aberration|copy|pathogenic|reportable))/i;

/**
 * "low EPO, no splenomegaly": a bare negation after a gene that negates some other, non-genetic
 * thing written after it is no result of the gene.
 */
function bareNegationOfOther(text: string, word: ResultWord, layout: CompiledLayout): boolean {
  return (
    layout.bareNegation.test(word.text) &&
    !GENETIC_AFTER_NEGATION.test(text.slice(word.end, word.end + 80).split('\n')[0]!)
  );
}

/** Where the line or sentence holding an offset ends. */
function restEnd(text: string, from: number): number {
  const rest = text.slice(from, from + 200).split(/[\n。;；]|\.(?:\s|$)/)[0] ?? '';
  return from + rest.length;
}

/** Nothing but punctuation after an offset, to the end of its line or sentence. */
function clauseRestEmpty(text: string, from: number): boolean {
  return /^[\s.,:)）]*$/.test(text.slice(from, restEnd(text, from)));
}

/**
 * Whether the item ending at `end` stands in a bracket opened after `from` whose inside, after
 * the item, holds a result word before the bracket closes ("…を検出（L858R、T790Mは陰性）").
 */
function bracketWithOwnResult(
  text: string,
  from: number,
  end: number,
  results: readonly ResultWord[],
): boolean {
  const lead = text.slice(from, end);
  const open = Math.max(lead.lastIndexOf('（'), lead.lastIndexOf('('));
  if (open < 0 || /[)）\n]/.test(lead.slice(open + 1))) return false;
  const close = /[)）\n]/.exec(text.slice(end, end + 80));
  if (!close || close[0] === '\n') return false;
  return results.some((r) => r.start >= end && r.end <= end + close.index);
}

/**
 * The result of a row's footnote: a row ending in a mark ("ERBB2：コピー数増加（CN 5）※", "…※2")
 * whose footnote line below opens with the same mark ("※報告書の判定は「増幅なし」") is decided by
 * the footnote's result words when they all agree (writer's call, ja decision 97). Not a footnote
 * naming another gene (its own statement). Placed in the whole text; null when there is none.
 */
export function footnoteResult(
  text: string,
  item: Item,
  genes: readonly {
    readonly start: number;
    readonly end: number;
    readonly genes: readonly string[];
  }[],
  rules: CompiledGeneticsRules,
): ResultWord | null {
  const rowEnd = text.indexOf('\n', item.end);
  if (rowEnd < 0) return null;
  const mark = FOOTNOTE_MARK_END.exec(text.slice(Math.max(item.end, rowEnd - 40), rowEnd));
  if (!mark) return null;
  // (Bounded: the footnotes sit under the table, within a few lines.)
  const below = text.slice(rowEnd + 1, rowEnd + 1 + 1600);
  let at = 0;
  for (let lines = 0; lines < 30 && at < below.length; lines += 1) {
    const end = below.indexOf('\n', at);
    const line = below.slice(at, end < 0 ? below.length : end);
    const open = FOOTNOTE_MARK_START.exec(line);
    if (open && open[1] === mark[1]) {
      const start = rowEnd + 1 + at + open[0].length;
      const stop = rowEnd + 1 + at + line.length;
      if (genes.some((g) => g.start >= start && g.start < stop && !g.genes.includes(item.gene))) {
        return null;
      }
      const words = findResults(text.slice(start, stop), rules);
      if (words.length === 0) return null;
      const positive = words.every((w) => w.type.startsWith('positive'));
      if (!positive && !words.every((w) => w.type.startsWith('negative'))) return null;
      return { ...words[0]!, start: words[0]!.start + start, end: words[0]!.end + start };
    }
    if (end < 0) break;
    at = end + 1;
  }
  return null;
}

/** A footnote mark closing a row ("…（CN 5）※", "… ※2"): the mark is group 1. */
const FOOTNOTE_MARK_END = /[ \t　]*(※\d{0,2}|＊\d{0,2})[ \t　]*$/;
/** A footnote line opened by its mark ("※FoundationOne…", "※2 …"): the mark is group 1. */
const FOOTNOTE_MARK_START = /^[ \t　]*(※\d{0,2}|＊\d{0,2})(?!\d)[ \t　:：)）]*/;

/**
 * An item that is the HGVS of an exon-level class named right before it, in a bracket: "EGFR exon
 * 19 deletion (p.E746_A750del": one entry with the class, closed by the bracket, no list member.
 */
function restatedInBracket(text: string, item: Item, items: readonly Item[]): boolean {
  return (
    item.what === 'variant' &&
    items.some(
      (it) =>
        it !== item &&
        it.what === 'event' &&
        it.gene === item.gene &&
        it.start === item.start &&
        it.end < item.end &&
        /^\s{0,3}[([]/.test(text.slice(it.end, item.end)),
    )
  );
}
