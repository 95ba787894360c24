/**
 * Whose result it is: a relative's chart, family-history sections and rows, a relative named as
 * the subject or owner of a variant, the patient named beside a relative, and a relative's
 * unnamed variant ("father's MLH1 variant"). The family scope of a finding is decided here, the
 * extractor only asks.
 */
import { countBefore } from '../../core/bisect.js';
import type { SectionHeader, Span, TriggerHit } from '../../core/types.js';
import { continuesLine } from './clauses.js';
import type { Item } from './items.js';
import type { GeneMention } from './lexicon.js';
import { lineEndOf, lineIndex, lineMemoFor, lineOf, lineStartOf } from './note-lines.js';
import type { CompiledLayout } from './rules.js';
import type { ResultWord } from './status.js';

/**
 * The chart of a relative tested for a familial variant ("Client: …", "Re: Ms X (daughter of
 * …)", "来談者：長女"): the person tested is the patient and the proband a relative (en decisions
 * 67 and 76, ja decisions 50 and 58). Cues in `vocab/genetics/layout.yaml` (`relative_chart`).
 */
export interface RelativeChart {
  /** The client's own relationship ("daughter", 長女), lower case, or null when not stated. */
  readonly role: string | null;
}

export function relativeChartOf(text: string, layout: CompiledLayout): RelativeChart | null {
  let found = false;
  let role: string | null = null;
  for (const re of layout.relativeChart) {
    const m = re.exec(text);
    if (!m) continue;
    found = true;
    role ??= m.groups?.role?.toLowerCase() ?? null;
  }
  return found ? { role } : null;
}

/**
 * "妻より：夫はBRCA2陽性と聞いている", "長女より「父はBRCA1保持者」": a relative as the speaker, and the word
 * that in the speaker's mouth names the patient (layout `ja_speaker_patient_words`). A trigger inside
 * such a phrase stands for neither a relative's result nor the speaker's own.
 */
export function speakerPatientWord(text: string, t: Span, layout: CompiledLayout): boolean {
  const words = layout.jaSpeakerPatient;
  if (!words) return false;
  // (A bounded window of the trigger's line: constant per trigger.)
  const from = Math.max(lineStartOf(text, t.start), t.start - 40);
  const window = text.slice(from, Math.min(lineEndOf(text, t.end), t.end + 40));
  words.lastIndex = 0;
  for (const m of window.matchAll(words)) {
    const start = from + m.index;
    if (t.start >= start && t.end <= start + m[0].length) return true;
  }
  return false;
}

/**
 * "長女より：父はBRCA1陽性と聞いている": the item's sentence opens with a relative speaking of the patient
 * (`speakerPatientWord`), and no other relative is named between that phrase and the item: the
 * patient is the subject, not the relative the words name.
 */
export function speakerPatientBefore(
  text: string,
  item: Span,
  sentenceStart: number,
  layout: CompiledLayout,
): boolean {
  const words = layout.jaSpeakerPatient;
  if (!words) return false;
  // (Bounded: the item's line, up to 80 characters before it.)
  const from = Math.max(lineStartOf(text, item.start), sentenceStart, item.start - 80);
  const lead = text.slice(from, item.start);
  words.lastIndex = 0;
  const last = [...lead.matchAll(words)].at(-1);
  if (!last) return false;
  layout.chartRelative.lastIndex = 0;
  const rest = lead.slice(last.index + last[0].length);
  const other = layout.chartRelative.test(rest);
  layout.chartRelative.lastIndex = 0;
  return !other;
}

/**
 * Whether a ConText experiencer trigger makes a result a relative's. Not a fusion "partner" or a
 * "donor"; the proband only in a relative's chart, where the client's own role ("daughter of",
 * 来談者：長女) is the patient instead. A relative named as the variant's owner ("she did not
 * inherit her father's variant", 姉と同じ…は検出されなかった) is not the subject of a negative
 * result, nor, in a relative's chart, of a positive one (母と同じバリアントを保持).
 */
export function isRelative(
  t: TriggerHit,
  text: string,
  status: 'present' | 'absent',
  chart: RelativeChart | null,
  layout: CompiledLayout,
): boolean {
  if (t.category !== 'experiencer_other') return false;
  const word = t.text.toLowerCase();
  if (word === 'proband' && !chart) return describesRelative(text, t.start, layout);
  if (/^(?:partner|donor)$/.test(word)) return false;
  // "Molecular (Kingsbridge Children's lab)", "Boston Children's Hospital", "the Children's
  // Oncology Group protocol": a capitalised possessive "Children's" inside a name (a name word
  // before it or after it) is an institution, not the patient's children.
  if (
    /^Child(?:ren)?$/.test(t.text) &&
    /^['’]s\s/.test(text.slice(t.end, t.end + 3)) &&
    (/[A-Za-z]\s+$/.test(text.slice(Math.max(0, t.start - 3), t.start)) ||
      /^['’]s\s+[A-Z]/.test(text.slice(t.end, t.end + 5)))
  )
    return false;
  if (chart?.role && word.endsWith(chart.role)) return false;
  // The owner mark follows the relative's word, which may sit inside the trigger ("（母と同じ…）").
  layout.chartRelative.lastIndex = 0;
  const m = layout.chartRelative.exec(t.text);
  return !ownerOnly(text, m ? t.start + m.index + m[0].length : t.end, status, chart, layout);
}

/**
 * "FH, FLCN and BAP1 on the same panel showed no pathogenic variant", "FH   c.1189G>A": a
 * relative's trigger that is also a gene symbol (FH, a chart's family history) names the gene
 * where another gene of a list or its variant follows it (layout.yaml `gene_list_joiners`), or
 * where it leads a row of a table's gene column ("FH        no variant detected").
 */
export function triggerNamesGene(
  t: TriggerHit,
  text: string,
  genes: readonly GeneMention[],
  layout: CompiledLayout,
): boolean {
  if (!genes.some((g) => g.start === t.start && g.end === t.end)) return false;
  if (/^[ \t]*[cpg]\.\S/.test(text.slice(t.end, t.end + 12))) return true;
  const next = genes.find((g) => g.start >= t.end);
  return (
    (next !== undefined &&
      next.start - t.end <= 12 &&
      layout.geneListJoiner.test(text.slice(t.end, next.start))) ||
    geneColumnRow(text, t, genes)
  );
}

/** A cell's end: two blanks or more, a tab, or a pipe. */
const CELL_GAP = /^(?:[ \t]{2,}|\t|[ \t]*\|)/;

/**
 * "SDHD      no variant detected" over "FH        no variant detected": the trigger leads its
 * row as the first cell, and the row above or below is led so by another gene (a gene column).
 */
function geneColumnRow(text: string, t: Span, genes: readonly GeneMention[]): boolean {
  const start = lineStartOf(text, t.start);
  const leads = (lineStart: number, at: number) => /^[ \t|]*$/.test(text.slice(lineStart, at));
  if (!leads(start, t.start) || !CELL_GAP.test(text.slice(t.end, t.end + 4))) return false;
  const next = text.indexOf('\n', t.end);
  const rows = [
    ...(start > 0 ? [lineStartOf(text, start - 1)] : []),
    ...(next >= 0 ? [next + 1] : []),
  ];
  return rows.some((row) => {
    const lead = genes.find((g) => g.start >= row);
    return (
      lead !== undefined &&
      lead.start !== t.start &&
      leads(row, lead.start) &&
      CELL_GAP.test(text.slice(lead.end, lead.end + 4))
    );
  });
}

/**
 * "Mrs T. has not inherited the BRCA2 variant found in her sister", "she tested positive for the
 * MLH1 variant identified in her mother": a relative after the variant, named as where it was
 * found, owns the variant; the result stated before it is the patient's (the relative's own
 * result is read where the note gives it).
 */
export function foundInRelativeAfter(
  text: string,
  trigger: TriggerHit,
  item: Item,
  word: ResultWord | null,
  layout: CompiledLayout,
): boolean {
  // (Only a relative close after the variant: the phrase is short, and each item is not read
  // against every relative of a long note.)
  if (word === null || word.end > item.start || trigger.start < item.end) return false;
  if (trigger.start - item.end > 120) return false;
  return layout.foundInRelative.test(text.slice(item.end, trigger.start + trigger.text.length));
}

// (The rest of the variant's phrase up to the relative it was found in, see above: layout.yaml
// `found_in_*`.)

/**
 * "pt's mother (proband; endometrial cancer at 52) carries MSH6 …": outside a relative's chart
 * the proband is the patient, unless the word describes the relative right before it.
 */
function describesRelative(text: string, at: number, layout: CompiledLayout): boolean {
  const lead = text.slice(Math.max(0, at - 24), at);
  const re = layout.chartRelative;
  re.lastIndex = 0;
  let last: RegExpExecArray | null = null;
  for (let m = re.exec(lead); m; m = re.exec(lead)) last = m;
  return (
    last !== null &&
    last[0].toLowerCase() !== 'proband' &&
    /^\s*[(（,]\s*$/.test(lead.slice(last.index + last[0].length))
  );
}

/**
 * A relative named as the variant's owner, not as the subject of the result: "she did not
 * inherit her father's variant", 姉と同じ…は検出されなかった (a negative result); in a
 * relative's chart also 母と同じバリアントを保持 (the client carries the mother's variant).
 * `end` is where the relative's word ends.
 */
function ownerOnly(
  text: string,
  end: number,
  status: 'present' | 'absent',
  chart: RelativeChart | null,
  layout: CompiledLayout,
): boolean {
  // (Long enough for the relative's bracket before the mark: "妹（51歳）で見つかった"; the
  // patterns are anchored at the relative's end.)
  const after = text.slice(end, end + 24);
  return (
    (status === 'absent' && layout.ownerAfter.test(after)) ||
    (layout.sameAsAfter.test(after) && (chart !== null || selfTopicBefore(text, end, layout)))
  );
}

/**
 * The patient as the topic right before the relative that ends at `end`: "来談者も兄と同じMSH2
 * c.1165C>Tを保持", "本人は、母と同じ変異を持っていた" (the comparison names the relative as the
 * variant's owner; the patient is the one with the result). A few words may come between
 * ("本人も父方の叔母と同じ…"), no clause break.
 */
function selfTopicBefore(text: string, end: number, layout: CompiledLayout): boolean {
  const lead = text.slice(Math.max(0, end - 40), end);
  const relatives = [...lead.matchAll(new RegExp(layout.chartRelative.source, 'gi'))];
  const relative = relatives.at(-1);
  if (!relative || relative.index + relative[0].length !== lead.length) return false;
  const before = lead.slice(0, relative.index);
  const self = new RegExp(`(?:${layout.selfWord.source})[はも][、,]?[^。、,\n]{0,8}$`, 'i');
  // (Or the patient's own test as the label of the result: "本人の単一部位検査（2025/7採血）：母と
  // 同じBRCA2 c.5946delを検出", "本人：母と同じ変異を保持".)
  const label = new RegExp(
    `(?:${layout.selfWord.source})(?:の[^。、,\n:：（(]{0,16})?(?:[（(][^）)\n]{0,20}[）)])?\\s*[:：]\\s*$`,
    'i',
  );
  return self.test(before) || label.test(before);
}

/**
 * A reference opening with a relative ("Sister (55): positive", "her son Luke tested"), not the
 * client's own role in a relative's chart, nor the variant's owner (see `ownerOnly`).
 */
export function relativeRow(
  row: string,
  start: number,
  text: string,
  status: 'present' | 'absent',
  chart: RelativeChart | null,
  layout: CompiledLayout,
): boolean {
  const m = layout.relativeRow.exec(row);
  if (!m) return false;
  if (chart?.role && m[0].toLowerCase().endsWith(chart.role)) return false;
  return !ownerOnly(text, start + m[0].length, status, chart, layout);
}

/**
 * A test's label with a bracketed aside, then its results: "Germline (2023; sister with breast
 * cancer at 39): ATM c.7327C>T …", "Germline testing (sent because of a sister with ovarian
 * cancer): BRCA1/BRCA2 …", "Hereditary panel (referred for her mother's history): …". A relative
 * in the aside says why the patient was tested; the results after the label are the patient's.
 * (Not a relative's own label: "Mother (tested 2019): BRCA1 …", whose head is the relative.)
 */
// (The label may open a sentence after another on its line: "Original dx 2019: IDC. Germline
// testing (2020, family hx): negative for BRCA1 and BRCA2".)
const TEST_LABEL_ASIDE =
  /(?:^|\n|(?<=[a-z0-9)][.;])[ \t]+)[ \t]*[-*•]?[ \t]*([A-Za-z][^():\n]{0,40}?)[ \t]*\(([^()\n]{0,160})\)[ \t]*:[^\n]{0,80}$/;

// (The head names a test and the aside a reason: `test_label_heads` and `aside_reasons` in
// vocab/genetics/layout.yaml.)
const RELATIVE_WORD =
  /\b(?:mother|father|sister|brother|son|daughter|aunt|uncle|cousin|niece|nephew|sibling|parent|grand\w*|relative|proband|family)\b/i;

export function relativeInTestLabelAside(
  text: string,
  trigger: TriggerHit,
  item: Item,
  layout: CompiledLayout,
): boolean {
  if (trigger.start >= item.start) return false;
  // (The label may be one line up when the result starts the next line.)
  const from = Math.max(0, item.start - 260);
  const lead = text.slice(from, item.start);
  const m = TEST_LABEL_ASIDE.exec(lead);
  if (!m) return false;
  const head = m[1]!;
  if (!layout.testLabelHead.test(head) || RELATIVE_WORD.test(head)) return false;
  // The aside gives the relative as a reason (their cancer, a referral), not as the person
  // tested: "Cascade testing (daughter, 24): …" stays the daughter's.
  if (!layout.asideReason.test(m[2]!)) return false;
  const asideStart = from + m.index + m[0].indexOf('(');
  const asideEnd = from + m.index + m[0].lastIndexOf(')');
  return trigger.start > asideStart && trigger.start < asideEnd;
}

/**
 * A relative named inside a reason phrase for the patient's test, the main clause going on after
 * its comma or colon: "his germline saliva test last year, done because his brother had
 * pancreatic cancer, was positive for a BRCA2 nonsense variant", "genetics saw her last year
 * after her sister's ovarian cancer: her blood panel showed a likely pathogenic RAD51C splice
 * variant". The relative is why the test was done; the result after the phrase is the
 * patient's. (ConText's relative scope runs over commas and colons, and a reason word does not
 * end it: the phrase's bounds are read here. The reason words: layout.yaml
 * `reason_before_relative_words`.)
 */
export function relativeInReasonAside(
  text: string,
  trigger: TriggerHit,
  item: Item,
  sentenceStart: number,
  layout: CompiledLayout,
): boolean {
  if (trigger.start >= item.start || trigger.start < sentenceStart) return false;
  const from = Math.max(sentenceStart, item.start - 300);
  if (trigger.start < from) return false;
  const open =
    Math.max(text.lastIndexOf(',', trigger.start), text.lastIndexOf(':', trigger.start), from - 1) +
    1;
  const reason = layout.reasonBeforeRelative.exec(text.slice(open, trigger.start));
  if (!reason) return false;
  const closeAt = /[,:]/.exec(text.slice(trigger.end, item.start));
  if (!closeAt) return false;
  const close = trigger.end + closeAt.index;
  if (close - (open + reason.index) > 120 || /[;\n]/.test(text.slice(open, item.start)))
    return false;
  // The head before the reason and the clause after it are not a relative's own.
  return (
    !RELATIVE_WORD.test(text.slice(from, open + reason.index)) &&
    !RELATIVE_WORD.test(text.slice(close, item.start))
  );
}

/**
 * First names the note introduces as a relative: "her sister Ruth's result", "his brother,
 * Daniel,", "Ruth (her sister)" (layout.yaml `named_relative*`). Memoised for the last text read
 * (each item asks).
 */
let relativeNamesMemo: { text: string; names: ReadonlySet<string> } | null = null;

function relativeNames(text: string, layout: CompiledLayout): ReadonlySet<string> {
  if (relativeNamesMemo?.text === text) return relativeNamesMemo.names;
  const names = new Set<string>();
  for (const re of [layout.relativeNamedAfter, layout.relativeNamedBefore]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) names.add(m[1]!);
  }
  relativeNamesMemo = { text, names };
  return names;
}

/**
 * "The reason for her referral was her sister Ruth's result. Ruth was found in 2022 to carry the
 * Ashkenazi BRCA1 founder change, 5382insC": a sentence opened by a first name the note gives
 * to a relative has that relative as its subject (the name alone is no relative word for
 * ConText).
 */
export function namedRelativeSubject(
  text: string,
  item: Item,
  sentenceStart: number,
  layout: CompiledLayout,
): boolean {
  if (item.start - sentenceStart > 200) return false;
  const lead = text.slice(sentenceStart, item.start);
  const m =
    /^\s*([A-Z][a-z]{2,14})(?:\s*\([^)\n]{0,30}\))?\s+(?:(?:also|has|have|had|was|is|then|since|subsequently|herself|himself)\s+){0,2}(?:been\s+)?(?:found|tested|carries|carried|has|had|harbou?rs|harbou?red|inherited|is|was)\b/.exec(
      lead,
    ) ??
    // (Or the name's test opening it: "Arjun's genetic testing (2023) found PKD2 c.2159dup".)
    layout.namedPossessiveTest.exec(lead);
  if (!m || !relativeNames(text, layout).has(m[1]!)) return false;
  // (Not a new subject after it: "Ruth was tested, and she …", "… and the patient …".)
  return !/[;\n]|\b(?:and|but|while|whereas)\s+(?:she|he|the\s+patient|our\s+patient|pt)\b|\bpatient\b/i.test(
    lead.slice(m[0].length),
  );
}

export function relativeSubjectPastAside(
  text: string,
  item: Item,
  sentenceStart: number,
  layout: CompiledLayout,
): boolean {
  if (item.start - sentenceStart > 300) return false;
  const lead = text.slice(sentenceStart, item.start);
  // A relative as the subject, an aside between commas, then the verb of the result: "Her
  // father, who had colon cancer at 58, carries a pathogenic MSH6 frameshift", "his sister, now
  // 52 and well, was found to carry it". ConText's "who" clause has a short scope (it is about
  // the relative), so the main verb after a long aside falls outside it; the subject still owns
  // the result (layout.yaml `past_aside_*`).
  // (Or "Her father, Declan, was diagnosed with rectal cancer at 59 and was found at another
  // centre to carry a pathogenic MSH6 frameshift": the relative opening the sentence is the
  // subject of both verbs joined by "and"; the second verb has no subject of its own, so the
  // result after it is the relative's, past the ConText scope of the relative's word:
  // layout.yaml `coordinated_*`.)
  const m =
    layout.relativeSubjectPastAside.exec(lead) ?? layout.relativeSubjectCoordinated.exec(lead);
  if (!m) return false;
  // (Not a new subject after it: "…, had colon cancer, and she carries it too".)
  return !/[;\n]|\b(?:and|but|while|whereas)\s+(?:she|he|the\s+patient|our\s+patient|pt)\b|\bpatient\b/i.test(
    lead.slice(m[0].length),
  );
}

/** After a relative opening a row, the rest of its label: " Ann (58):", " (61) :". */
const RELATIVE_LABEL_REST = /^(?:[ \t]+[A-Z][a-z]+)?[ \t]*(?:\([^)\n]{0,30}\))?[ \t]*:/;

/**
 * Or, after a Japanese relative, its bracket of age or history with no colon, the row going on
 * with the relative's history and results: "・母（68）卵巣癌 → 2019年 他院で BRCA2 同バリアント保持と
 * 判明済", past the reach of ConText. (Not a relative compared with or owning what follows:
 * "母（68）と同じバリアント", "母（68）の検査".)
 */
const RELATIVE_ROW_HEAD_JA = /^[ \t]*\([^)\n]{0,30}\)(?![ \t]*[のと])/;
const JAPANESE_WORD = /[\u3040-\u30ff\u4e00-\u9fff]/;

/**
 * A row of a family list opened by a relative's label ("- Father (58): colon cancer at 52;
 * germline MSH6 c.2731C>T - pathogenic", "- Paternal aunt (61): …; tested negative for the
 * familial MSH6 variant"): every result on the row is that relative's, past its clause breaks.
 * So in Japanese, where the label is past a relative's particles' reach: "・母（61歳、未発症）：2019年の
 * 単一部位検査で同じバリアントを保持", "・母方祖母（故人）：…BRCA2 c.…、病的バリアントと判明".
 */
export function relativeLabelRow(
  text: string,
  at: number,
  chart: RelativeChart | null,
  layout: CompiledLayout,
): boolean {
  // (The row may wrap, the item on a line that goes on from the label's: "- Paternal aunt (55):
  // …; the first person tested in the family (2025) - carries\n  the same TP53 variant.")
  // (Or indented under an unfinished line: "… - carries\n  TP53 c.1010G>A.")
  const indent = (line: string) => line.length - line.trimStart().length;
  const wraps = (start: number): boolean => {
    const above = lineOf(text, start - 1);
    return (
      continuesLine(text, start - 1, layout) ||
      (/\S/.test(above) &&
        !/[.:;。：]\s*$/.test(above) &&
        indent(lineOf(text, start)) > indent(above))
    );
  };
  let rowStart = lineStartOf(text, at);
  for (let up = 0; up < 3 && rowStart > 0 && wraps(rowStart); up += 1) {
    rowStart = lineStartOf(text, rowStart - 1);
  }
  const line = lineOf(text, rowStart);
  const m = layout.relativeRow.exec(line);
  if (!m) return false;
  if (chart?.role && m[0].toLowerCase().endsWith(chart.role)) return false;
  const rest = line.slice(m[0].length, m[0].length + 60);
  const label =
    RELATIVE_LABEL_REST.exec(rest) ??
    (JAPANESE_WORD.test(m[0]) ? RELATIVE_ROW_HEAD_JA.exec(rest) : null);
  if (label === null) return false;
  const labelEnd = rowStart + m[0].length + label[0].length;
  // (Not past the patient named on the row: "Father (62): …. Patient: BRCA2 c.5946del detected".)
  if (labelEnd > at || at - labelEnd > 300) return false;
  const between = text.slice(labelEnd, at);
  // (Nor a relative's word glossed as the patient: "姉（来談者）：…".)
  return (
    !layout.selfWord.test(between) &&
    !layout.selfWord.test(label[0]) &&
    !/(?<![A-Za-z])proband(?![A-Za-z])/i.test(between)
  );
}

/**
 * A line opening with a field label of its own: "生殖細胞系列 多遺伝子パネル（血液）：…". Not an
 * indented line (a wrapped sentence goes on there), nor the colon of a reference
 * ("NM_007294.4(BRCA1):c.68_69del").
 */
const FIELD_LABEL = /^[・\-*•]?[ \t]*([^:：。\s][^:：。\n]{0,39})[:：](?![ \t]*[cgpnmr]\.)/;

/**
 * The same, for a label made long by its bracketed asides ("FoundationOne CDx（原発巣手術検体
 * 2023/8、2025/5 報告）：", dev78 7805): each closed bracket counts as one character of the 40.
 * (Brackets only as closed groups, so there is one way to read a line: linear. Not across a
 * sentence's full stop: "… c.3261dup (p.Phe1088Leufs*5). Paternal aunt:" is prose, en-g-0054.)
 */
const FIELD_LABEL_BRACKETED =
  /^[・\-*•]?[ \t]*([^:：。.\s（()）](?:[^:：。.\n（()）]|\.(?!\s)|[（(][^（()）\n]{1,60}[）)]){0,39})[:：](?![ \t]*[cgpnmr]\.)/;

/** A line at the margin opened by a gene symbol or a test's Latin name ("KRAS G12V検出", "・EGFR：…"). */
const OWN_FINDING_LINE = /^(?:[・\-*•■◆●][ \t　]*)?[A-Z][A-Za-z0-9]{1,15}(?![a-z])/;

/** The end of a family field's line that closes it: not a comma, particle, joiner or open bracket. */
const CLOSED_FIELD_LINE = /[^、，,・／/（(［[「のはがをにでともや：:\s　][ \t　]*$/;

/**
 * A line at the margin that opens a sentence of its own: a gene or test name, or a word in kanji or
 * katakana; not a particle, bracket, digit or lower-case change carried over from the line above.
 */
const OWN_SENTENCE_LINE =
  /^(?:[・\-*•■◆●][ \t　]*)?(?:[A-Z][A-Za-z0-9]{1,15}(?![a-z])|[\p{Script=Han}\p{Script=Katakana}])/u;

/** A rule line, a SOAP part's label ("O）", "A/P:") or a numbered problem ("#1"). */
const BLOCK_OPENER_LINE =
  /^[ \t　]*(?:[―─━ー=＝_＿-]{3,}[ \t　]*$|[SOAP][)）]|A\/P[ \t]*[:：]|[#＃][ \t]*[0-9０-９])/;

/**
 * A heading inside a line: 【現病歴】, ［現病歴］, ＜現病歴＞, ■現病歴, or a history or results label after a
 * full stop or a space ("。現病歴：", " 検査結果："). Group 1–4 is the heading word; a relative's
 * ("【母】") is none.
 */
const INLINE_HEADING =
  /(?:【([^】\n\d]{1,16})】|[＜<［[〔][ \t]*([\p{Script=Han}\p{Script=Katakana}ー・]{2,10})[ \t]*[＞>］\]〕]|[■◆▼][ \t　]*([\p{Script=Han}\p{Script=Katakana}ー・]{2,10})|(?<=[。．\s　])([\p{Script=Han}\p{Script=Katakana}ー]{0,8}(?:歴|経過|所見|結果|診断|方針|主訴|現症))[ \t　]*[:：])/gu;

function inlineHeadingIn(lead: string, layout: CompiledLayout): boolean {
  for (const m of lead.matchAll(INLINE_HEADING)) {
    const word = m[1] ?? m[2] ?? m[3] ?? m[4] ?? '';
    if (/家族|家系/.test(word)) continue;
    layout.relativeRow.lastIndex = 0;
    if (!layout.relativeRow.test(word)) return true;
  }
  return false;
}

/** Whether `line` names a relative anywhere (layout `relatives`, `chart_relatives`). */
function namesRelative(line: string, layout: CompiledLayout): boolean {
  layout.chartRelative.lastIndex = 0;
  const found = layout.chartRelative.test(line);
  layout.chartRelative.lastIndex = 0;
  return found;
}

/**
 * A section opened by an inline label ("家族歴：母 胃癌（41歳で死亡）、母方叔父 胃癌。") is a field of
 * its line: a later line opened by a label of its own, not a relative's ("生殖細胞系列 多遺伝子パネル
 * （血液）：CDH1 …"), is another field, so the item there is no longer in that section (dev16 1635).
 * A header on a line of its own ("【家族歴】", "家族歴：") heads the block below it instead.
 */
export function inlineSectionLeft(
  text: string,
  sections: readonly SectionHeader[],
  at: number,
  layout: CompiledLayout,
): boolean {
  // (The last header at or before the item, by bisection: sections are in order.)
  const header = sections[countBefore(sections.length, (i) => sections[i]!.start <= at) - 1];
  if (!header || header.bodyEnd <= at) return false;
  const headerLineEnd = lineEndOf(text, header.end);
  // "【家族歴】母 卵巣癌【現病歴】膵癌、KRAS G12D陽性": a heading later on the header's own line opens
  // the next field, so the item after it is not in the family section. (Bounded look back.)
  if (at <= headerLineEnd)
    return (
      at > header.end &&
      JAPANESE_WORD.test(text.slice(header.start, header.end)) &&
      inlineHeadingIn(text.slice(Math.max(header.end, at - 200), at), layout)
    );
  // (The header's line read only so far: it may be long.)
  if (!/\S/.test(text.slice(header.end, Math.min(headerLineEnd, header.end + 80)))) return false;
  const memo = lineMemoFor(text);
  const here = lineIndex(text, at);
  // (Bounded: the item's line and at most a dozen above it, down to the header's.)
  const headerLine = lineIndex(text, headerLineEnd);
  const first = Math.max(headerLine + 1, here - 12);
  for (let i = here; i >= first; i -= 1) {
    const line = lineOf(text, memo.starts[i]!);
    // "家族歴：父 膵癌。\nKRAS G12V検出": a Japanese field closed by its full stop, then a line at the
    // margin opened by a gene (or a test's name) and naming no relative, is a finding line of its
    // own, not the relative's (a relative's own line opens with the relative, "母はBRCA1陽性").
    if (
      i === headerLine + 1 &&
      JAPANESE_WORD.test(text.slice(header.start, header.end)) &&
      /[。．][ \t　]*$/.test(lineOf(text, memo.starts[headerLine]!)) &&
      OWN_FINDING_LINE.test(line) &&
      !namesRelative(line, layout)
    )
      return true;
    // "家族歴：なし⏎EGFR L858R陽性", "家族歴：父 膵癌⏎肺腺癌 cT2N0M0 EGFR exon19欠失陽性": the same with the
    // field closed by its line (no comma, particle or open bracket at its end) and a line at the margin
    // that goes on as a sentence of its own (not opened by a particle, a bracket or a lower-case
    // change) and names no relative.
    if (
      i === headerLine + 1 &&
      JAPANESE_WORD.test(text.slice(header.start, header.end)) &&
      CLOSED_FIELD_LINE.test(lineOf(text, memo.starts[headerLine]!).slice(-40)) &&
      OWN_SENTENCE_LINE.test(line) &&
      !namesRelative(line, layout)
    )
      return true;
    // A rule line ("―――"), a SOAP part ("O）…") or a numbered problem ("#1 膵癌") opens a block of its own.
    if (BLOCK_OPENER_LINE.test(line)) return true;
    const label = FIELD_LABEL.exec(line) ?? FIELD_LABEL_BRACKETED.exec(line);
    if (label && !layout.relativeRow.test(label[1]!)) return true;
    // So is a line opened by a heading mark ("◆検出された変異", "＜EGFR（PCR）＞", "〔体細胞〕"):
    // a block of its own, unless the heading is a relative's ("■母：…").
    const heading = HEADING_MARK.exec(line);
    if (heading && !layout.relativeRow.test(heading[1]!)) return true;
    // So is a bare title line naming the results below it, with no mark or colon ("主な検出結果",
    // "遺伝子検査結果", "検出された遺伝子変異" above a numbered list of the tumour's results).
    if (i < here && BARE_RESULTS_TITLE.test(line)) return true;
  }
  return false;
}

/**
 * "家族歴：母 乳癌（39歳）、兄 骨肉腫 → Li-Fraumeni症候群を疑い生殖細胞系列TP53解析を行ったが…",
 * "家族歴：父 大腸癌（48歳）、これを契機に本人もMLH1を検査": a family-history field that goes on, on
 * the item's line, to the reason for the patient's own test. What follows the reason word is the
 * patient's, as the ConText terminators (を疑い, 契機に) end a relative's clause; a section has no
 * trigger for them to end, so it is read here. (Not a relative as the subject who suspects.)
 */
export function familyReasonTurnBefore(text: string, at: number, layout: CompiledLayout): boolean {
  const lead = text.slice(Math.max(lineStartOf(text, at), at - 120), at);
  return layout.familyReasonTurn.test(lead);
}

/**
 * "家族歴：姉が…BRCA2の病的バリアントを持つと診断。…今回のパネルでもBRCA2に異常はない", "家族歴：母 乳癌。
 * 本人はBRCA1/2ともに病的バリアントなし": a sentence of a family-history field whose own words, before
 * the item, name the patient (after any relative) or this note's test (今回, with no relative) is
 * the patient's. The section has no ConText trigger for such a sentence to end, so it is read
 * here. (Bounded: the item's sentence, at most CHART_REACH characters before it.)
 */
export function ownSentenceInSection(
  text: string,
  sentenceStart: number,
  at: number,
  layout: CompiledLayout,
): boolean {
  const lead = text.slice(Math.max(sentenceStart, at - CHART_REACH), at);
  if (selfAfterRelatives(lead, layout)) return true;
  if (!layout.currentTest.test(lead)) return false;
  layout.chartRelative.lastIndex = 0;
  return !layout.chartRelative.test(lead);
}

/**
 * A line that is only a short Japanese title of a results block: a label ending in a word for
 * results or findings ("NGS検査結果" too), no digits (no variant), no punctuation of a sentence.
 */
const BARE_RESULTS_TITLE =
  /^[ \t　]*[^\s\x21-\x40\x5b-\x60\x7b-\x7e：。、，（）]{0,14}(?:結果|所見|検出された(?:遺伝子)?(?:変異|バリアント|変化|異常)|検出遺伝子(?:変異|異常)?)[ \t　]*$/;

/** A line opened by a heading mark or a bracketed heading; group 1 is what the mark heads. */
const HEADING_MARK =
  /^[ \t]*(?:[◆◇■□●○▼▽▶►★☆]|【[^】\n]{1,40}】|<[^>\n]{1,40}>|〔[^〕\n]{1,40}〕|《[^》\n]{1,40}》|〈[^〉\n]{1,40}〉)[ \t]*([^\n]{0,20})/;

/** How far back `relativeBefore` looks: bounded, so the extractor stays linear. */
const CHART_REACH = 240;

/**
 * Between two relatives of one subject (`relativeSubjectOfSentence`): の of kinship ("父の妹") or a
 * joiner ("姉と妹", "兄・弟"), after an optional honorific and aside ("父（68歳）の妹"). Bounded.
 */
const RELATIVE_CHAIN_JOINT = /^(?:さん|さま|様)?(?:[（(][^）)\n]{0,24}[）)])?(?:の|と|・|、)/;
/** At most this many relatives after the first in one such chain. */
const RELATIVE_CHAIN = 3;

/**
 * In a relative's chart: a relative or the proband named before the item on its line or in its
 * sentence ("発端者：母（62歳）。BRCA1 c.68_69del…", "Family: his mother …; her testing found
 * TP53 …") makes the result theirs, unless it is the client's own role or the variant's owner
 * ("母と同じバリアント").
 */
export function relativeBefore(
  text: string,
  item: Span,
  status: 'present' | 'absent',
  sentenceStart: number,
  chart: RelativeChart,
  layout: CompiledLayout,
): boolean {
  // A sentence wrapped onto the item's line ("his sister (proband) has Lynch syndrome due to\n
  // MLH1 c.1852_1854del") starts on the line before.
  const lineStart = lineStartOf(text, item.start);
  const wrapped = lineStart > 0 && continuesLine(text, lineStart - 1, layout);
  const from = Math.max(
    item.start - CHART_REACH,
    Math.min(sentenceStart, wrapped ? lineStartOf(text, lineStart - 1) : lineStart),
  );
  const window = text.slice(from, item.start);
  const re = layout.chartRelative;
  re.lastIndex = 0;
  for (let m = re.exec(window); m; m = re.exec(window)) {
    const end = m.index + m[0].length;
    if (chart.role && m[0].toLowerCase() === chart.role) continue;
    if (ownerOnly(text, from + end, status, chart, layout)) continue;
    return true;
  }
  return false;
}

/**
 * A Japanese sentence with no subject of its own goes on about the topic of the sentence right
 * before it on its line: "血縁者：弟（42歳）は先行して他院で検査済み。MUTYH c.1187G>A のみを保持し、
 * c.536A>G は認めず" is the brother's result. Only a sentence opened by a relative as its topic
 * (は, も); a person named in the item's own sentence before it is that sentence's subject.
 */
export function relativeTopicBefore(
  text: string,
  item: Span,
  sentenceStart: number,
  layout: CompiledLayout,
): boolean {
  const lineStart = lineStartOf(text, sentenceStart);
  // (Bounded: the sentence before is read within CHART_REACH characters.)
  const lead = text.slice(Math.max(lineStart, sentenceStart - CHART_REACH), sentenceStart);
  if (!/。\s*$/.test(lead)) return false;
  const body = lead.replace(/。\s*$/, '');
  const previous = body
    .slice(body.lastIndexOf('。') + 1)
    // (After a row label: "血縁者：弟（42歳）は…".)
    .replace(/^[^:：。\n]{1,16}[:：]\s*/, '');
  const relative = layout.relativeRow.exec(previous);
  const topic =
    relative !== null &&
    /^(?:[（(][^）)\n]{0,12}[）)])?[はも]/.test(previous.slice(relative[0].length));
  if (!topic && !relativePredicate(previous, layout)) return false;
  const own = text.slice(sentenceStart, item.start);
  layout.chartRelative.lastIndex = 0;
  return !layout.chartRelative.test(own) && !layout.selfWord.test(own);
}

/**
 * A sentence that names a relative as what its topic is, the copula left out: "発端者は来談者の母
 * （62歳、卵巣癌）", "発端者は兄（46歳）": the next sentence, with no subject, goes on about them.
 */
function relativePredicate(sentence: string, layout: CompiledLayout): boolean {
  const trimmed = sentence
    .replace(/[（(][^）)\n]{0,24}[）)]\s*$/, '')
    .replace(/(?:です|である|だ)$/, '');
  const relatives = [...trimmed.matchAll(new RegExp(layout.chartRelative.source, 'gi'))];
  const relative = relatives.at(-1);
  if (!relative || relative.index + relative[0].length !== trimmed.length) return false;
  // (A relative's word, not the proband itself: "母が発端者" says who the proband is.)
  if (!layout.relativeRow.test(relative[0])) return false;
  const topicEnd = trimmed.indexOf('は');
  return (
    topicEnd > 0 &&
    topicEnd < relative.index &&
    !/[、,]/.test(trimmed.slice(topicEnd, relative.index))
  );
}

/**
 * A relative's result told second-hand or unverified (layout.yaml `hearsay_after`): "他院で
 * 「BRCA1陽性」と言われたとのこと（報告書なし）", "…を指摘されたと聞いている。同一バリアントかは未確認".
 * Read on the rest of the item's sentence, and a short remark right after it on its line.
 */
export function toldSecondHand(text: string, item: Span, layout: CompiledLayout): boolean {
  const rest = text.slice(item.end, Math.min(lineEndOf(text, item.end), item.end + 160));
  const stop = rest.indexOf('。');
  if (layout.hearsayAfter.test(stop < 0 ? rest : rest.slice(0, stop))) return true;
  if (stop < 0) return false;
  const next = rest.slice(stop + 1).split('。')[0]!;
  return next.length <= 30 && !layout.relativeRow.test(next) && layout.hearsayAfter.test(next);
}

/**
 * Whether a self word (本人, 患者, クライエント, patient) is written in `lead` after its last relative
 * word: what follows is about the patient ("姉の…が判明しており、本人は…同バリアントは検出されず").
 */
export function selfAfterRelatives(lead: string, layout: CompiledLayout): boolean {
  const self = new RegExp(layout.selfWord.source, 'gi');
  let lastSelf = -1;
  for (let m = self.exec(lead); m; m = self.exec(lead)) lastSelf = m.index;
  if (lastSelf < 0) return false;
  const re = layout.chartRelative;
  re.lastIndex = 0;
  let lastRelative = -1;
  for (let m = re.exec(lead); m; m = re.exec(lead)) lastRelative = m.index;
  return lastSelf > lastRelative;
}

/**
 * "兄（52歳）が大腸癌の手術を受け、MLH1の病的バリアントがあると言われた": a sentence whose subject is a
 * relative (が/は/も right after it) speaks for the relative in every clause up to its "。", unless
 * another relative or the patient is named before the item. A short lead clause ("先日、") may
 * come first. (Bounded: the sentence up to the item, at most CHART_REACH characters.)
 */
/**
 * A Japanese reference to a variant named elsewhere, then a relative as the subject of the
 * result ("上記ATMバリアントは母（67歳、未発症）も持っている", "このバリアントを姉も保持していた",
 * "同バリアントについては、弟さんが陽性"): the result is the relative's. (Not the patient: "同バリアント
 * は本人も保持" has no relative there.)
 */
export function sameAsRelative(lead: string, layout: CompiledLayout): RegExpExecArray | null {
  const relative = `(?:${layout.chartRelative.source})(?:親|さん|さま|様)?(?:[（(][^）)\\n]{0,20}[）)])?`;
  const re = new RegExp(
    `${relative}(?:[・、,]${relative})*と(?:同じ|同一)(?:の)?(?:[A-Z][A-Z0-9-]+の?)?(?:病的)?(?:バリアント|変異|欠失|重複)$`,
    'i',
  );
  const m = re.exec(lead);
  // (Not the proband, who in a client's own chart is the patient.)
  // (Nor a kinship word glossed as the client herself: "姉（来談者）と同じ変異は妹さんからは検出されず"
  // is the client's variant, told from the sister's side; the sister is the one tested.)
  return m &&
    !/^(?:発端者|proband)/i.test(m[0]) &&
    !/[（(][^）)\n]{0,20}?(?:来談者|本人|クライエント|患者|発端者)[^）)\n]{0,20}[）)]/.test(m[0])
    ? m
    : null;
}

export function relativeAfterReference(
  text: string,
  span: Span,
  word: Span | null,
  layout: CompiledLayout,
): boolean {
  if (!word || word.start < span.end || word.start - span.end > 40) return false;
  const between = text.slice(span.end, word.start);
  if (/[。\n]/.test(between)) return false;
  const topic = /^\s*(?:は|を|について(?:は)?)[、,]?\s*/.exec(between);
  if (!topic) return false;
  const rest = between.slice(topic[0].length);
  const relative = layout.relativeRow.exec(rest);
  if (!relative) return false;
  const after = rest
    .slice(relative[0].length)
    .replace(/^(?:さん|さま|様)/, '')
    .replace(/^[（(][^）)\n]{0,16}[）)]/, '');
  // (Or the relative as the sample it was looked for in: "姉と同じ変異は妹さんからは検出されず",
  // "同バリアントは母でも確認された", "上記変異は弟には認めなかった".)
  return /^(?:[もがは]|(?:から|で|に|において)(?:は|も))/.test(after);
}

export function relativeSubjectOfSentence(
  text: string,
  item: Span,
  sentenceStart: number,
  layout: CompiledLayout,
): boolean {
  if (item.start - sentenceStart > CHART_REACH) return false;
  // A line that does not go on from the one before starts its own sentence, though the splitter
  // may join it to a header line with no "。" ("来談者：42歳女性\n【経緯】父（68歳）が…、BRCA2 …").
  const lineStart = lineStartOf(text, item.start);
  const from =
    lineStart > sentenceStart && !continuesLine(text, lineStart - 1, layout)
      ? lineStart
      : sentenceStart;
  const own = text
    .slice(from, item.start)
    // (After a row label or a bracketed heading: "経緯：父が…", "【経緯】父が…".)
    .replace(/^\s*(?:【[^】\n]{1,16}】|[^:：。\n]{1,16}[:：])\s*/, '')
    .replace(/^[^、。\n]{1,8}[、,]\s*/, (lead) => (layout.relativeRow.test(lead) ? lead : ''))
    // (Or a lead clause naming the relative as its complement, the relative then the subject:
    // "来談のきっかけは3歳上の姉で、姉は…の検査でBRCA2 c.…が見つかり", "発端者は母であり、母は…".)
    .replace(/^[^、。\n]{1,30}?(?=(?:で|であり|です)[、,])[^、,]*[、,]\s*/, (lead, _at, whole) => {
      const copula = lead.search(/(?:で|であり|です)[、,]\s*$/);
      const words = new RegExp(layout.chartRelative.source, 'gi');
      const last = [...lead.slice(0, copula).matchAll(words)].at(-1);
      const endsWithRelative = last !== undefined && last.index + last[0].length === copula;
      return endsWithRelative && layout.relativeRow.test(whole.slice(lead.length)) ? '' : lead;
    });
  const relative = layout.relativeRow.exec(own);
  if (!relative) return false;
  // (A relative named through another, or several joined: "父の妹（叔母、62歳、乳癌既往）も",
  // "姉の娘（姪）も", "姉と妹（いずれも30代）も": the last one, its aside after it. At most
  // RELATIVE_CHAIN links, each one short.)
  let chainEnd = relative[0].length;
  for (let link = 0; link < RELATIVE_CHAIN; link++) {
    const joint = RELATIVE_CHAIN_JOINT.exec(own.slice(chainEnd));
    if (!joint) break;
    const next = layout.relativeRow.exec(own.slice(chainEnd + joint[0].length));
    if (!next) break;
    chainEnd += joint[0].length + next[0].length;
  }
  // (The bracket after the relative describes them: "姉（発端者、大腸癌）が".)
  const rest = own
    .slice(chainEnd)
    .replace(/^(?:さん|さま|様)?[（(][^）)\n]{0,24}[）)]/, '')
    // (Or the relative's own sample or test as the topic: "兄の腫瘍はMMR免疫染色でMSH2が消失しており、
    // その後の血液の検査でMSH2 c.2038C>Tが見つかった", "母の血液検査では…を認めた".)
    .replace(
      /^(?:さん|さま|様)?の(?:(?:腫瘍|がん|癌|組織|検体|血液|生検)(?:組織|検体)?(?:の)?(?:遺伝子|遺伝学的)?(?:検査|解析)?|(?:遺伝子|遺伝学的)?(?:検査|解析))(?:結果)?(?:で(?=は))?(?=[はがも])/,
      '',
    );
  if (!/^[はがも]/.test(rest)) return false;
  // "母が乳癌のためBRCA1/2遺伝学的検査を施行", "姉が卵巣癌なので検査を受け": が binds the relative to a
  // reason clause, and the test after it is the patient's ("母は乳癌のため検査を受け" keeps the relative
  // as the topic of both).
  if (/^が[^。\n]{1,16}?(?:のため|なので|ので|ため[、,])/.test(rest)) return false;
  layout.chartRelative.lastIndex = 0;
  return !layout.chartRelative.test(rest) && !layout.selfWord.test(rest);
}

/** After a variant or a gene's class word: "… in the family", "… that was found in your family". */
/**
 * "tested in 2019 for father's MLH1 variant - negative": a negative for a relative's variant,
 * left unnamed, is a single-site test, not the whole gene (decision 76): `other`, not `wild_type`.
 */
export function withFamilyVariant(
  item: Item,
  text: string,
  english: boolean,
  layout: CompiledLayout,
): Item {
  // "NPM1 MRD は検出感度未満", "NPM1-MRD negative", "MRD (NPM1 type A) not detected": a
  // residual-disease assay follows the patient's own known change, one site, not the whole gene
  // (ja decisions 60 and 73, en decision 36): `other` as well, or that change (resolve.ts).
  if (
    item.what === 'gene' &&
    (layout.trackedChangeAfter.test(text.slice(item.end, item.end + 16)) ||
      layout.trackedChangeBefore.test(text.slice(Math.max(0, item.start - 24), item.start)))
  )
    return { ...item, familial: true, tracked: true };
  return english && isFamilyVariant(item, text) ? { ...item, familial: true } : item;
}

/** "father's MLH1 variant", "the familial MSH6 variant": one relative's variant, unnamed. */
export function isFamilyVariant(item: Item, text: string): boolean {
  if (item.what !== 'gene' || !item.generic || item.eventEnd === undefined) return false;
  if (!/^\s*(?:variant|mutation)$/i.test(text.slice(item.end, item.eventEnd))) return false;
  return FAMILY_VARIANT_BEFORE.test(text.slice(Math.max(0, item.start - 40), item.start));
}

const FAMILY_VARIANT_BEFORE =
  /(?<![A-Za-z])(?:(?:mother|father|sister|brother|daughter|son|aunt|uncle|cousin|niece|nephew|grandmother|grandfather|parent|sibling)['’]s|familial|family)\s+(?:(?:known|pathogenic|likely\s+pathogenic|heterozygous)\s+)?$/i;

/** Right before a gene: the family's variant ("a known familial MSH6 variant"). */
export const FAMILIAL_BEFORE =
  /(?<![A-Za-z])(?:familial|family|family['’]s)\s+(?:(?:known|pathogenic|likely\s+pathogenic|heterozygous)\s+)?$/i;

export const IN_FAMILY_AFTER =
  /^\s*(?:(?:that|which)\s+(?:was|is|has\s+been)\s+(?:found|identified|detected|reported)\s+)?in\s+(?:the|your|his|her|their|this)\s+family\b/i;

/**
 * The patient and a relative as joint subjects of a variant's sentence (`layout.coSubjectBefore`
 * and `coSubjectAfter`, layout `co_subject_relatives`): before it, "he and his father share", "she
 * and her mother both carry", "the patient and his brother are heterozygous for", "her sister and
 * she", "Like her older sister, she carries"; after it, ", as does her sister", ", like his father".
 */
export function coSubjectWithRelative(
  text: string,
  sentenceStart: number,
  item: Item,
  sentenceEnd: number,
  layout: CompiledLayout,
): boolean {
  const before = text.slice(Math.max(sentenceStart, item.start - 160), item.start);
  if (layout.coSubjectBefore.test(before)) return true;
  return layout.coSubjectAfter.test(text.slice(item.end, Math.min(sentenceEnd, item.end + 80)));
}

/**
 * A relative's possessive right before a gene's variant ("her father's PALB2 variant, c.…", "the
 * paternal MSH2 c.1226_1227del").
 */
export const RELATIVE_OWNER_BEFORE =
  /(?<![A-Za-z])(?:(?:the|her|his|their|your)\s+(?:paternal|maternal)|(?:his|her|your|their|the\s+patient['’]s|pt['’]s)\s+(?:(?:late|older|younger|elder|maternal|paternal)\s+)?(?:mother|father|sister|brother|daughter|son|aunt|uncle|cousin|niece|nephew|grandmother|grandfather|parent|sibling)['’]s)\s+(?:(?:pathogenic|likely\s+pathogenic|familial|known|heterozygous)\s+){0,3}$/i;

/**
 * Right before a variant, the relative it was found in: "妹で同定された", "母に認められた", "兄で見つかった",
 * "父由来の", "姉（47歳）が保持する", "母の", "血縁者で同定されている", "父の既知病的バリアント（". So is the
 * relative it is compared with, "父と同じMSH2 c.…を保持していた": the relative carries it, and the
 * result after it is the client's own (ja decisions 13 and 35).
 */
export const RELATIVE_OWNER_BEFORE_JA =
  /(?:母親?|父親?|姉|妹|兄|弟|長女|次女|長男|次男|娘|息子|叔母|伯母|叔父|伯父|祖母|祖父|いとこ|従姉妹|姪|甥|発端者|血縁者)(?:さん)?(?:[（(][^）)\n]{0,20}[）)])?(?:(?:で|に|において|にて)(?:同定|検出|確認|指摘|判明)(?:された|されている|されていた|した)|(?:で|に)(?:見つかった|認められた|認めた)|(?:が|の)(?:保持|保有)(?:する|している|していた)|由来の|の|と同じ|と同一の?)[ \t]*(?:既知の?)?(?:病的)?(?:バリアント|変異)?(?:である|の)?[ \t]*[（(]?[ \t]*$/;

/**
 * Of those, the relative's plain possessive ("母の", "父（58歳）の既知バリアント（"): the variant as the
 * relative's own, so a carrier word glued to it ("母のBRCA2 c.5946del保持が判明") is the relative's
 * result. Not "父由来の" or "姉で同定された", whose variant the client may be the one found to carry.
 */
export const RELATIVE_POSSESSIVE_BEFORE_JA =
  /(?:母親?|父親?|姉|妹|兄|弟|長女|次女|長男|次男|娘|息子|叔母|伯母|叔父|伯父|祖母|祖父|いとこ|従姉妹|姪|甥|発端者|血縁者)(?:さん)?(?:[（(][^）)\n]{0,20}[）)])?の[ \t]*(?:既知の?)?(?:病的)?(?:バリアント|変異)?(?:である|の)?[ \t]*[（(]?[ \t]*$/;

/**
 * "As you know, your mother had genetic testing in 2022 after her breast cancer. It showed a
 * pathogenic variant in the BRCA2 gene": a sentence opened by what the test before found
 * (layout `test_told_openers`) tells the result of the test of the sentence before; when that
 * test is a relative's (the relative, then their test within three words), so is the result.
 */
export function relativeTestTold(
  text: string,
  item: Span,
  sentenceStart: number,
  layout: CompiledLayout,
): boolean {
  const opener = layout.testToldOpener;
  if (!opener || item.start - sentenceStart > CHART_REACH) return false;
  if (!opener.test(text.slice(sentenceStart, item.start))) return false;
  const lead = text.slice(Math.max(0, sentenceStart - 240), sentenceStart);
  const paragraph = lead.split(/\n[ \t]*\n/).at(-1) ?? '';
  const stops = [...paragraph.trimEnd().matchAll(/[.!?](?=\s)/g)];
  const previous = paragraph.slice(stops.length >= 2 ? stops.at(-2)!.index + 1 : 0);
  for (const re of [layout.femaleRelative, layout.maleRelative]) {
    const relative = new RegExp(re.source, 'gi');
    for (const m of previous.matchAll(relative)) {
      const after = previous.slice(m.index + m[0].length, m.index + m[0].length + 60);
      const words = after.split(/(?<=\s)(?=\S)/).slice(0, 4);
      let at = 0;
      for (const [i, word] of words.entries()) {
        if (i > 0 && /[,;:]\s*$/.test(words[i - 1]!)) break;
        if (layout.testNoun.test(after.slice(at))) return true;
        at += word.length;
      }
    }
  }
  return false;
}
