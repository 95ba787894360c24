/**
 * The classification of a variant (pathogenic … benign; AMP tiers): stated beside the item, in a
 * class heading above its block, in its table row's tier cell, shared by a list, or given later
 * by a reclassification. Separate because significance is read after the item's status and
 * never changes whose result it is.
 */
import type { Span } from '../../core/types.js';
import { continuesLine } from './clauses.js';
import type { Item } from './items.js';
import type { GeneMention } from './lexicon.js';
import {
  lineEndOf,
  lineIndex,
  lineMemoFor,
  lineOf,
  lineStartOf,
  linesAbove,
  linesBelow,
  spansWithin,
} from './note-lines.js';
import type { CompiledGeneticsRules } from './rules.js';
import { cellsOf } from './tables.js';
import type { Significance } from './types.js';

/**
 * The classification stated for an item: in its clause (after it first, then before it), else
 * in a header line above its block ("Pathogenic variants:", "VARIANTS OF UNCERTAIN
 * SIGNIFICANCE").
 */
/**
 * The end of the words beside an item: up to the next item of another gene, and not past a long
 * stretch of other words. (An aside set off by spaced dashes is not counted: "a KIAA1549 exon 16
 * :: BRAF exon 9 junction - i.e. the classic tandem-duplication fusion - which the lab lists as
 * tier I", "KIT p.W557_K558del – the commonest GIST change in our series – tier I".)
 */
function besideEnd(text: string, item: Item, items: readonly Item[], clause: Span): number {
  const next = items.find((it) => it.start >= item.end && it.gene !== item.gene);
  const aside = /\s[-–—]\s[^;\n]{4,80}?\s[-–—]\s/.exec(text.slice(item.end, item.end + 90));
  return Math.min(next ? next.start : clause.end, item.end + 90 + (aside?.[0].length ?? 0));
}

/**
 * Whether the words beside an item say it was given no class (layout `no_class_stated`: "TP53
 * p.R248Q at 31% - the report gives it no tier", "MYCNは増幅しており…エビデンスレベルは付与して
 * いない"), before any class stated after it. Its significance stays null, even for a well-known
 * driver (ja decision 96 on dev41 4127).
 */
export function classStatedMissing(
  text: string,
  item: Item,
  items: readonly Item[],
  clause: Span,
  rules: CompiledGeneticsRules,
): boolean {
  const pattern = rules.layout.noClassStated;
  // (Tried first on the longest reach of the words beside it, so that a note of many items is
  // not scanned for the next one of each.)
  if (!pattern?.test(text.slice(item.end, item.end + 200))) return false;
  const afterEnd = besideEnd(text, item, items, clause);
  if (item.end >= afterEnd) return false;
  const noClass = pattern.exec(text.slice(item.end, afterEnd));
  if (!noClass) return false;
  const after = firstSignificance(text.slice(item.start, afterEnd), rules);
  return !after || after.start > item.end - item.start + noClass.index;
}

export function significanceOf(
  text: string,
  item: Item,
  items: readonly Item[],
  clause: Span,
  rules: CompiledGeneticsRules,
  entryLines?: ReadonlySet<number>,
): Significance | null {
  const next = items.find((it) => it.start >= item.end && it.gene !== item.gene);
  const previous = items.filter((it) => it.end <= item.start && it.gene !== item.gene).at(-1);
  const afterEnd = besideEnd(text, item, items, clause);
  // (The rest of a previous item's line is that row's: "FGFR2::BICC1 融合 ― エビデンスレベルA" over
  // "TP53 c.743G>A（p.R248Q） ― エビデンスレベル該当なし" in a clause with no full stop.)
  const previousLineEnd = previous ? lineEndOf(text, previous.end) : -1;
  let beforeStart = previous
    ? previousLineEnd < item.start
      ? previousLineEnd + 1
      : previous.end
    : clause.start;
  // Japanese: the class after the previous item up to a comma is that item's ("KRAS c.35G>T
  // （p.G12V）がVAF 33%でエビデンスレベルD、APCのナンセンス変異 c.2626C>T（p.R876*）はレベル付与なし"): the
  // words before this item start after that comma.
  if (rules.language === 'ja' && previous && beforeStart === previous.end) {
    const comma = text.slice(beforeStart, item.start).lastIndexOf('、');
    if (comma >= 0) beforeStart += comma + 1;
  }
  // A class that qualifies the gene itself ("a pathogenic PALB2 variant, c.3113G>A …, and a
  // VUS in ATM") is its own, before a later class that belongs to the next finding.
  const adjective = text.slice(Math.max(beforeStart, item.start - 30), item.start);
  const qualifying = firstSignificance(adjective, rules, true);
  // (On the item's own line: the class ending the row above is that row's.)
  // (Also a class named for the gene by "in": "… no pathogenic or likely pathogenic variants,
  // including BRCA1 and ATM. One VUS in POLD1", the VUS and not the negative's class.)
  if (
    qualifying &&
    /^(?:[ \t\u3000-]*|[ \t]+in[ \t]+)$/.test(adjective.slice(qualifying.start + qualifying.length))
  ) {
    return qualifying.value;
  }
  // (So is one ending the prose line above, wrapped before the gene: "was found to carry a
  // pathogenic\nMSH6 variant, c.3261dup (p.Phe1088Leufs*5)".)
  if (rules.language === 'en' && !qualifying) {
    const lineStart = lineStartOf(text, item.start);
    const wrapFrom = Math.max(0, lineStart - 31);
    const above = text.slice(wrapFrom, Math.max(wrapFrom, lineStart - 1));
    const wrapped =
      lineStart > 0 &&
      /^[ \t]*$/.test(text.slice(lineStart, item.start)) &&
      (previous === undefined || previous.end <= wrapFrom) &&
      !/[|\t\n]/.test(above)
        ? firstSignificance(above, rules, true)
        : null;
    // (Only a class opened by its article, as prose runs: "carry a pathogenic", not the class
    // closing a row above, "KRAS G12D - pathogenic".)
    if (
      wrapped &&
      /^[ \t]*$/.test(above.slice(wrapped.start + wrapped.length)) &&
      /(?:^|[^\w-])(?:a|an|the|one|her|his|their|this|that|same|known|familial)[ \t]+$/i.test(
        above.slice(0, wrapped.start),
      )
    ) {
      return wrapped.value;
    }
  }
  const after = firstSignificance(text.slice(item.start, afterEnd), rules);
  // "TP53 p.R248Q at 31% - the report gives it no tier": a class stated as missing, beside the
  // change and before any class after it, leaves it null (not the tier told of the change
  // before it, nor one further on).
  if (classStatedMissing(text, item, items, clause, rules)) return null;
  if (after) return after.value;
  // A list sharing one class word past the next gene ("CDKN2AとCDKN2Bのホモ欠失（Tier II）",
  // "ALK・ROS1融合遺伝子陽性（Tier I）"): a class right after that shared word is every gene's.
  if (item.eventEnd !== undefined && next && item.eventEnd > next.start) {
    const following = items.find((it) => it.start >= item.eventEnd! && it.gene !== item.gene);
    const shared = firstSignificance(
      text.slice(
        item.eventEnd,
        Math.min(following ? following.start : clause.end, item.eventEnd + 30),
      ),
      rules,
    );
    if (shared && shared.start <= 4) return shared.value;
  }
  // "APC c.2626C>T（p.R876*）とTP53 c.844C>T（p.R282W）はともにOncogenic", "BRCA1 c.3113A>G と BRCA2
  // c.865A>C は、いずれも良性", "TP53 R248QとSMAD4 R361Hも検出され、上記の3つはいずれもTier II": a
  // Japanese list of changes (と, 、) classed together after its last member: each member's class.
  if (rules.language === 'ja') {
    let last: Item = item;
    for (let i = 0; i < 8; i += 1) {
      const following = items
        // (Not the same change's other form in brackets: "c.2626C>T（p.R876*）".)
        .filter((it) => it.start >= last.end && it.gene !== last.gene)
        .sort((a, b) => a.start - b.start)[0];
      if (!following || !JA_LIST_JOINT.test(text.slice(last.end, following.start))) break;
      last = following;
    }
    if (last !== item) {
      const rest = text.slice(last.end, Math.min(clause.end, last.end + 60));
      const tail = JA_SHARED_CLASS_TAIL.exec(rest);
      const stated = tail ? firstSignificance(rest.slice(tail[0].length), rules) : null;
      if (stated && stated.start <= 4) return stated.value;
    }
  }
  const before = firstSignificance(text.slice(beforeStart, item.start), rules, true);
  // (Not a class trailing the previous item in apposition, a comma after it: "a BAP1 nonsense
  // change, c.178C>T p.(Arg60*), tier II, at 36%, and TP53 p.R175H at 22% without a tier" –
  // tier II is BAP1's.)
  const trailsPrevious =
    before !== null &&
    rules.language === 'en' &&
    previous !== undefined &&
    beforeStart === previous.end &&
    /^[\s,;()-]*$/.test(text.slice(beforeStart, beforeStart + before.start)) &&
    /^\s*,/.test(text.slice(beforeStart + before.start + before.length, item.start));
  if (before && !trailsPrevious) return before.value;
  // A class label opening the item's line heads the whole inline list after it ("Likely
  // pathogenic: MLH1 c.…; MSH2 c.…", "Tier II: KRAS G12D, SMAD4 R361H"), not only its first
  // entry. (The label holds the class and nothing else; no other class between it and the item.)
  // (Only near the line's start: a note that is one long line is not read again for each item.)
  // (So in Japanese, "VUS：GATA3 P409S、ARID1A S2264L", "病的意義不明のバリアント（VUS）：…": the class
  // first in the label, a short noun after it, "のバリアント（VUS）", with no other class.)
  const ja = rules.language === 'ja';
  const lineStart = lineStartOf(text, item.start);
  if (item.start - lineStart <= 400) {
    const head = text.slice(lineStart, item.start);
    const label = (ja ? /^[\s*•・■●-]*([^:：、。\n]{2,48})[:：]/ : /^[\s*•-]*([^:\n]{2,48}):/).exec(
      head,
    );
    const stated = label ? firstSignificance(label[1]!, rules) : null;
    const tail = stated ? label![1]!.slice(stated.start + stated.length) : '';
    const tailClass = ja ? firstSignificance(tail, rules) : null;
    if (
      stated &&
      /^[\s(（]*$/.test(label![1]!.slice(0, stated.start)) &&
      (ja
        ? tail.length <= 16 && (tailClass === null || tailClass.value === stated.value)
        : /^[\s)]*$/.test(tail)) &&
      firstSignificance(head.slice(label![0].length), rules) === null &&
      // (Not past a later label of its own on the line: "Actionable: none. Non-actionable: TP53
      // R273H", "Actionable: KRAS G12C. Non-actionable: TP53 R273H" – the item is that label's.)
      !(!ja && /[.;][ \t]+[A-Za-z][^:\n.;]{0,48}:/.test(head.slice(label![0].length)))
    )
      return stated.value;
  }
  // The next sentence classing the clause's changes together: "two changes in MUTYH, c.1187G>A
  // (p.Gly396Asp) and c.1437_1439del (p.Glu480del). Both are reported pathogenic" (layout
  // `class_together_subjects`; two or more changes named in the clause).
  // (The changes of one sentence, from the first to the last, with no full stop between.)
  if (rules.language === 'en' && item.what === 'variant' && rules.layout.classTogether) {
    const sentence = items.filter(
      (it) =>
        it.what === 'variant' &&
        it.start >= clause.start &&
        it.end <= clause.end &&
        !/[.;]\s/.test(text.slice(Math.min(it.end, item.end), Math.max(it.start, item.start))),
    );
    const lastEnd = Math.max(...sentence.map((it) => it.end));
    const close = /^[^.;\n]{0,60}?(?=[.;])/.exec(text.slice(lastEnd, lastEnd + 60));
    const together = close
      ? rules.layout.classTogether.exec(text.slice(lastEnd + close[0].length, lastEnd + 140))
      : null;
    const listed = new Set(sentence.map((it) => `${it.gene}|${it.hgvsP ?? it.hgvsC}`));
    if (together && listed.size >= 2) {
      const from = lastEnd + close![0].length + together[0].length;
      const stated = firstSignificance(text.slice(from, from + 60), rules);
      if (stated && stated.start <= 4) return stated.value;
    }
  }
  // The next sentence classifying it: "… HOXB13 c.251G>A p.(Gly84Glu), often called G84E. The
  // laboratory classifies it as PATHOGENIC" (the clause's last named variant only).
  // (So is a change named at exon level, which is a variant too: "MLPA found a BRCA1 exon 13
  // duplication. The laboratory classifies it as pathogenic".)
  if (
    rules.language === 'en' &&
    (item.what === 'variant' ||
      (item.what === 'event' && item.exon !== null && item.kind !== 'wild_type')) &&
    !items.some((it) => it.start >= item.end && it.what === 'variant' && it.gene !== item.gene)
  ) {
    const backReference = rules.layout.classBackReference.exec(
      text.slice(clause.end, clause.end + 120),
    );
    if (backReference) {
      const from = clause.end + backReference[0].length;
      const sentence = /^[^.;\n]{0,80}/.exec(text.slice(from, from + 80))![0];
      const stated = firstSignificance(sentence, rules);
      if (stated && stated.start <= 4) return stated.value;
    }
    // A report's narrative may describe the change before classifying it: "MSH6, c.3439-2A>G,
    // sitting at the canonical acceptor of intron 5; it is expected to disrupt normal splicing.
    // We classify it as likely pathogenic", "RAD51C c.706-2A>G (heterozygous). Intron 4 acceptor
    // site; loss of the canonical splice signal. Classification: likely pathogenic". Up to two
    // such sentences on the line may come between, if they name no other gene or change.
    // The class in the item's own clause, past the words beside it, told of the variant as
    // "it"/"this …": "BRCA2 c.9976A>T, p.(Lys3326*), heterozygous - this truncation of the final
    // exon is a common low-risk allele and is reported as LIKELY BENIGN for completeness".
    const tail = text.slice(item.end, Math.min(clause.end, item.end + 300));
    const told = rules.layout.classToldOfVariant.exec(tail);
    if (told) {
      const stated = firstSignificance(tail.slice(told.index + told[0].length).slice(0, 80), rules);
      if (stated && stated.start <= 4) return stated.value;
    }
    // (Prose wrapped onto the next line goes on there: "… and the laboratory classifies it\nas
    // pathogenic".)
    const lineEnd = lineEndOf(text, clause.end);
    const restEnd =
      lineEnd < text.length && continuesLine(text, lineEnd, rules.layout)
        ? lineEndOf(text, lineEnd + 1)
        : lineEnd;
    const rest = text.slice(clause.end, restEnd).replace(/\n/g, ' ');
    const parts = rest.slice(0, 360).split(/(?<=[.;])\s+/);
    // (The next sentence itself, when the clause took its full stop.)
    const joinedNext = /^[)\s]*[.;]?\s*$/.test(text.slice(clause.start, clause.end).slice(-1))
      ? classJoinedToReference(parts[0]!.replace(/^[)\s]*[.;]?\s*/, ''), rules)
      : null;
    if (joinedNext && joinedNext.start <= 4) return joinedNext.value;
    const namesOther = (part: string) => /\b[A-Z][A-Z0-9]{2,}\b|\b[cp]\.[\dA-Z(*?-]/.test(part);
    for (let i = 1; i < Math.min(parts.length, 4) && !namesOther(parts[0]!); i += 1) {
      const part = parts[i]!;
      // (Also with its verb further on: "it is expected to abolish normal splicing and is
      // classified LIKELY PATHOGENIC".)
      const told =
        rules.layout.classBackReference.exec(part) ?? rules.layout.classToldOfVariant.exec(part);
      const classifying = told && (told.index === 0 || told[0] === part) ? told : null;
      const keyed = /^([^:\n]{1,30}):\s*/.exec(part);
      const stated = classifying
        ? firstSignificance(part.slice(classifying[0].length, classifying[0].length + 80), rules)
        : keyed && rules.layout.significanceKey.test(keyed[0])
          ? firstSignificance(part.slice(keyed[0].length, keyed[0].length + 80), rules)
          : (classJoinedToReference(part, rules) ?? null);
      if (stated && stated.start <= 4) return stated.value;
      if (namesOther(part)) break;
    }
  }
  // The next sentence of the line giving the class by its key: "…の欠失を検出。分類：病的
  // （Pathogenic）", "… detected. Classification: likely pathogenic" (the clause's last item).
  if (!items.some((it) => it.start >= item.end && it.what !== 'gene')) {
    const next = /^[ \t\u3000]*[。.;；]?[ \t\u3000]*([^\n。]{1,80})/.exec(
      text.slice(clause.end, clause.end + 84),
    );
    if (next && rules.layout.significanceKey.test(next[1]!)) {
      const stated = firstSignificance(next[1]!, rules);
      if (stated) return stated.value;
    }
    // A Japanese report's short next sentence that is only the class, its key joined by a
    // particle rather than a colon: "…をヘテロで認めた。判定はLikely pathogenic。", "…VAF 48%。
    // Tier I。", "…を検出。病的バリアントと判定。" (the clause's last item; a longer sentence is
    // about something else).
    if (next && rules.language === 'ja') {
      const lead = rules.layout.jaClassSentenceLead.exec(next[1]!)![0];
      const rest = next[1]!.slice(lead.length);
      const stated = rest.length <= 30 ? firstSignificance(rest, rules) : null;
      if (
        stated &&
        stated.start === 0 &&
        rules.layout.jaClassSentenceTail.test(rest.slice(stated.length))
      )
        return stated.value;
    }
  }
  // The fields after the item's clause on its row: "* TP53 c.742C>T, p.R248W; AF 47%; Tier II"
  // (semicolons cut the clause, not the row). Only allele fractions may come between; any
  // other field ("NRAS wt") is another finding's, and ends the row's own fields.
  const lineEnd = lineEndOf(text, item.end);
  if (clause.end < lineEnd && lineEnd - clause.end <= 120) {
    for (const field of text.slice(clause.end + 1, lineEnd).split(/[;；]/)) {
      const plain = field.trim();
      if (rules.layout.measureField.test(plain)) continue;
      const stated = plain.length <= 40 ? firstSignificance(plain, rules) : null;
      // (After the guideline's name too: "…DETECTED; AMP Tier I (diagnostic)".)
      const guide = rules.layout.tierGuideline.exec(plain)?.[0].length ?? 0;
      // (Not a class heading a list of its own, "TP53 R273H. Actionable: none.", "…; Tier I:
      // none": the item is no member of it.)
      const headsList =
        stated !== null && /^[^:\n]{0,30}:/.test(plain.slice(stated.start + stated.length));
      if (
        stated &&
        !headsList &&
        (stated.start === 0 || (stated.start === guide && /^tier/i.test(plain.slice(guide))))
      )
        return stated.value;
      break;
    }
  }
  const cell = tableSignificance(text, item.start, rules);
  if (cell) return cell;
  // A report block: "Classification: PATHOGENIC" on a line of its own near the variant (below
  // it, not past the next entry's gene or variant: "TP53 … / CDKN2A … / BRCA2 … / 判定：…").
  // (One line further for a key whose class sits on the line under it: "Current
  // classification (2025):" over "    Pathogenic" below the block's other rows.)
  const reach = linesBelow(text, clause.end, 5);
  const below = reach.slice(0, 4);
  const first = lineIndex(text, clause.end) + 1;
  // (A classification line naming a gene, "Classification (ClinGen TP53 VCEP): PATHOGENIC",
  // is no next entry.)
  // (Nor a detail row of the same finding, every item on it the item's own: "EWSR1::WT1 fusion -
  // DETECTED" over "breakpoint: EWSR1 exon 7 :: WT1 exon 8" over "AMP Tier I".)
  const detailRow = (line: number): boolean => {
    const onLine = items.filter(
      (it) => it.start > clause.end && lineIndex(text, it.start) === line,
    );
    return onLine.length > 0 && onLine.every((it) => sameFinding(it, item));
  };
  const nextEntry = entryLines
    ? below.findIndex(
        (line, i) =>
          entryLines.has(first + i) &&
          !rules.layout.significanceKey.test(line) &&
          !detailRow(first + i),
      )
    : -1;
  // (Nor past a line indented less than the item's row: a heading of other rows, "  TP53 R273H"
  // over "VARIANTS OF UNKNOWN SIGNIFICANCE" and its own indented rows, closes the entry.)
  const rowIndent = /^[ \t　]*/.exec(lineOf(text, item.start))![0].length;
  // (A class key line is still the entry's: "　APC：c.…" over "【判定】Pathogenic".)
  const outdented = reach.findIndex(
    (line) =>
      /^[ \t　]*/.exec(line)![0].length < rowIndent && !rules.layout.significanceKey.test(line),
  );
  const entryEnd = Math.min(
    nextEntry < 0 ? reach.length : nextEntry,
    outdented < 0 ? reach.length : outdented,
  );
  const own = below.slice(0, entryEnd);
  const ownReach = reach.slice(0, entryEnd);
  // (Not the next section's heading, pgen10 item 6: a class line closed by its colon, "Tier III
  // variants:" under "EGFR L858R (VAF 31%)", heads the rows below it. So does a class line alone
  // with an entry under it, "VUS" over "MSH6 c.3261dup", when the item's own row sits under a
  // class line alone, "PATHOGENIC" over "MLH1 c.350C>T", that is no class of an entry above it.)
  const itemLine = lineIndex(text, item.start);
  const aboveLine = itemLine >= 1 ? lineOf(text, lineMemoFor(text).starts[itemLine - 1]!) : '';
  const headedAbove =
    rules.language === 'en' &&
    entryLines !== undefined &&
    !entryLines.has(itemLine - 1) &&
    !entryLines.has(itemLine - 2) &&
    firstSignificance(aboveLine, rules) !== null &&
    classHeading(aboveLine, rules);
  const nextHeading = (i: number): boolean =>
    rules.language === 'en' &&
    (/[:：]\s*$/.test(own[i]!) ||
      (headedAbove && entryLines?.has(first + i + 1) === true && classHeading(own[i]!, rules)));
  // The line right under the variant opening with its tier ("Tier IIC. Hotspot loss-of-function
  // change"), as a narrative report writes each finding's interpretation.
  // (Also after the guideline's name: "AMP/ASCO/CAP Tier I.")
  const tierLine =
    own[0] !== undefined && rules.layout.tierFirst.test(own[0]) && !nextHeading(0)
      ? firstSignificance(own[0], rules)
      : null;
  const guideline =
    own[0] !== undefined ? (rules.layout.tierGuideline.exec(own[0])?.[0].length ?? 0) : 0;
  if (tierLine && tierLine.start <= guideline + 4) return tierLine.value;
  // (Also after the row's wrapped allele fraction: "- TP53 p.R175H" over "  VAF 44%, Tier II"
  // is one entry with its class, decision 60; pgen10 item 7.)
  if (rules.language === 'en' && own[0] !== undefined && !nextHeading(0)) {
    for (const field of own[0]
      .trim()
      .slice(0, 120)
      .split(/[ \t]*[,;][ \t]*/)) {
      if (rules.layout.measureField.test(field)) continue;
      const stated = field.length <= 40 ? firstSignificance(field, rules) : null;
      if (stated && stated.start === 0 && field !== own[0].trim()) return stated.value;
      break;
    }
  }
  // A line of the entry holding its class alone ("(1) CHEK2 c.444+1G>A - heterozygous" over
  // "       Likely Pathogenic"), before the next entry.
  for (const [i, line] of own.entries()) {
    const plain = line.trim();
    const alone = plain.length <= 48 ? firstSignificance(plain, rules) : null;
    // (After the guideline's name too: "AMP Tier I (diagnostic)".)
    const guide = rules.layout.tierGuideline.exec(plain)?.[0].length ?? 0;
    const opens =
      alone !== null &&
      (alone.start === 0 || (alone.start === guide && /^tier/i.test(plain.slice(guide))));
    // (Not the value of a label on the line above that is no class key: "Previous
    // classification (2019):" over "Variant of uncertain significance", then "Current
    // classification (2025):" over "Pathogenic" in an amended report.)
    const label = i > 0 ? own[i - 1]!.trim() : '';
    if (label.endsWith(':') && !rules.layout.significanceKey.test(label)) continue;
    if (
      alone &&
      !nextHeading(i) &&
      opens &&
      // (Not a heading of the rows below: "Variant of uncertain significance:".)
      /^\s*(?:\([^)]{0,12}\))?[\s.]*$/.test(plain.slice(alone.start + alone.length))
    ) {
      return alone.value;
    }
  }
  // A key on a line of its own, its class on the next ("【判定】" over "Likely pathogenic（…）").
  for (let i = 0; i + 1 < ownReach.length; i += 1) {
    const key = rules.layout.significanceKey.exec(ownReach[i]!);
    if (!key || ownReach[i]!.slice(key[0].length).trim() !== '') continue;
    const stated = firstSignificance(ownReach[i + 1]!.trim().slice(0, 48), rules);
    if (stated) return stated.value;
  }
  // (Above, up to a nearer class heading closed by its colon, which the headings below read: a
  // key further up is another section's, "Tier II variants:" over "PTEN p.R130*" over "Variants
  // of uncertain significance:" over "KMT2D p.P2354L".)
  const keyAbove: string[] = [];
  for (const line of linesAbove(text, clause.start, 4)) {
    if (rules.language === 'en' && /[:：]\s*$/.test(line) && firstSignificance(line, rules)) break;
    keyAbove.push(line);
  }
  for (const line of [...own.filter((_, i) => !nextHeading(i)), ...keyAbove]) {
    if (!rules.layout.significanceKey.test(line)) continue;
    const keyed = firstSignificance(line, rules);
    if (keyed) return keyed.value;
  }
  const aboveFrom = lineIndex(text, clause.start) - 1;
  const clauseIndent = /^[ \t　]*/.exec(lineOf(text, clause.start))![0].length;
  for (const [i, line] of linesAbove(text, clause.start, 8).entries()) {
    const header = firstSignificance(line, rules);
    // (A nearer Japanese bracketed heading of its own opens the clause's section: "【意義不明の
    // バリアント（VUS）】⏎なし⏎【検出された遺伝子異常】⏎KRAS G12D" is not under the VUS heading.)
    if (!header && JA_SECTION_HEADING.test(line)) break;
    if (!header) continue;
    // (Nor a class heading whose section is empty, "【VUS】該当なし", or a class negated,
    // "【生殖細胞系列】BRCA1、BRCA2：病的バリアントなし" over "【腫瘍】TP53 R273H".)
    if (
      rules.language === 'ja' &&
      JA_CLASS_NONE.test(
        line.slice(header.start + header.length, header.start + header.length + 30),
      )
    )
      break;
    // (A heading indented deeper than the clause's line heads none of it: "  VARIANTS OF UNKNOWN
    // SIGNIFICANCE" over its rows, then a flush-left comment naming other results.)
    if (/^[ \t　]*/.exec(line)![0].length > clauseIndent) continue;
    // A bracketed label opening a row that is an entry of its own, its class after its own
    // change ("【生殖細胞系列】BRCA1 c.68_69del…、Pathogenic。" over "【腫瘍】TP53 c.659A>G…"), is
    // that entry's class, not a heading of the rows below.
    // (The clause's items hold no other line's: the change is read from the words.)
    // (So is a marked row naming its gene and change in words, "■ BRCA2　ホモ接合性欠失　エビデンス
    // レベルA" over "■ PTEN　深い欠失　エビデンスレベル－": a row of the list, not its heading.)
    const ownEntry =
      WRITTEN_CHANGE.test(line.slice(0, header.start)) ||
      (entryLines?.has(aboveFrom - i) === true && /^[\s]*[■●◆]/.test(line));
    if (
      /[:：]\s*$|^[\s#*-]*[A-Z][A-Z /()-]{6,}$/.test(line) ||
      (!ownEntry && /^[\s]*[【■●◆]/.test(line)) ||
      // "RESULT: PATHOGENIC VARIANT DETECTED" above the variant's table.
      /^[\s#*-]*[A-Za-z][A-Za-z ]{0,24}:\s*[A-Z][A-Z /()-]{6,}$/.test(line) ||
      classHeading(line, rules)
    ) {
      return header.value;
    }
  }
  // A display set off by a blank line under the sentence introducing it: "she carries a harmful
  // (pathogenic) change in the MSH6 gene:" / "" / "        MSH6  c.2731C>T,  p.(Arg911*)".
  // (Only a block's first line, and only an introduction ending in its colon.)
  const memo = lineMemoFor(text);
  const at = lineIndex(text, clause.start);
  if (at >= 2 && lineOf(text, memo.starts[at - 1]!).trim() === '') {
    const intro = lineOf(text, memo.starts[at - 2]!);
    const stated = /[:：]\s*$/.test(intro) ? firstSignificance(intro, rules) : null;
    if (stated) return stated.value;
  }
  return null;
}

/** A Japanese bracketed heading alone on its line: "【検出された遺伝子異常】", "【その他】". */
const JA_SECTION_HEADING = /^[ \t　]*【[^】\n]{1,30}】[ \t　]*$/;

/** After a class, its section or the class said to be empty: "】該当なし", "バリアントなし", "（VUS）】⏎". */
const JA_CLASS_NONE =
  /^[^\n。]{0,16}?(?:[】:：][ \t　]*(?:なし|無し|該当なし|該当せず|認めず)|(?:バリアント|変異)?(?:は|を|が)?[ \t　]?(?:なし|無し|認め(?:ず|ない|られず|ませんでした)|検出され(?:ず|なかった|ませんでした)|検出せず|陰性|非検出))[ \t　]*(?:[。．]|$)/;

/** The same finding named again (a fusion's breakpoint row, a variant's other notation). */
function sameFinding(other: Item, item: Item): boolean {
  if (other.gene !== item.gene || other.kind !== item.kind) return false;
  if (item.kind === 'fusion') return other.partner === item.partner;
  if (item.what !== 'variant' || other.what !== 'variant') return false;
  return (
    (item.hgvsP !== null && other.hgvsP === item.hgvsP) ||
    (item.hgvsC !== null && other.hgvsC === item.hgvsC)
  );
}

/** A change written out: HGVS ("c.68_69del", "p.Y220C"), a protein change ("V600E") or a fusion. */
const WRITTEN_CHANGE =
  /\b[cp]\.[(\d*A-Z_-]|\b[A-Z]\d{1,4}(?:[A-Z*]|fs|del)|[A-Z0-9]{2,}::[A-Z0-9]{2,}/;

/**
 * A sentence about the variant as "this"/"it", its class told after "and" by its reporter: "This
 * is a well-known founder variant in families of Ashkenazi Jewish descent, and the laboratory
 * classifies it as pathogenic", "It is a recurrent allele, and the lab calls it likely
 * pathogenic". The class right after the reporter's words, or null.
 */
function classJoinedToReference(
  part: string,
  rules: CompiledGeneticsRules,
): { value: Significance; start: number; length: number } | null {
  const joined = /^(?:this|it)\b[^.;\n]{0,120}?,?\s+and\s+/i.exec(part);
  if (!joined) return null;
  const back = rules.layout.classBackReference.exec(part.slice(joined[0].length));
  if (!back) return null;
  const stated = firstSignificance(
    part.slice(joined[0].length + back[0].length).slice(0, 80),
    rules,
  );
  return stated && stated.start <= 4 ? stated : null;
}

/**
 * The start of a sentence classifying the variant named just before it: "The laboratory
 * classifies it as", "It is classified as", "This variant was reported as".
 */
/**
 * Between two changes of a Japanese list: "と", "、", "および" (after the rest of a bracketed form,
 * which an item may end inside: "c.2626C>T（p.R876*）と").
 */
// (A comma may add the last member with a conjunction: "KRAS…、TP53…、さらにCDKN2Aのホモ接合性欠失".)
const JA_LIST_JOINT =
  /^\s*(?:[（(][^（()）\n]{0,30})?[)）]?\s*(?:と|、|，|,|・|および|及び|並びに|ならびに)\s*(?:さらに|加えて|それに|そして)?\s*$/;

/**
 * After a Japanese list's last change, its topic taken together: "はともに", "は、いずれも", "も検出され、
 * 上記の3つはいずれも".
 * (Also a report's listing, then both: "BRCA1のc.4837A>GとBRCA2のc.7397T>Cが記載されているが、どちらも
 * 良性と分類".)
 */
// (Or counted after the list's own verb: "…CDKN2Aのホモ接合性欠失があり、3つともTier II", "…を認め、
// 以上の3変異はいずれもTier I".)
const JA_SHARED_CLASS_TAIL =
  /^\s*(?:[（(][^（()）\n]{0,30})?[)）]?\s*(?:(?:(?:も|が)(?:検出|同定|確認|記載|報告)(?:され|し)(?:て(?:いる|いた|おり))?(?:が)?[、,]\s*(?:上記|前記|以上|これら|どちら|いずれ|両者)(?:の)?(?:\d|[二三四五])?(?:つ|者|変異|バリアント)?)?(?:は|も)[、,]?\s*(?:ともに|共に|いずれも|両者とも|すべて|全て)?|(?:(?:が|も|を)(?:あり|あって|認め(?:られ)?|見つかり|検出され)[、,]\s*)?(?:上記|前記|以上|これら)?(?:の)?(?:\d|[二三四五])(?:つ|者|遺伝子|変異|バリアント)(?:は|が)?\s*(?:とも(?:に)?|共に|いずれも|すべて|全て))\s*/;

/**
 * A line that is only a class, a heading over the entries below it: "Variant of uncertain
 * significance", "Tier III (uncertain significance)", "Pathogenic variants (2)".
 */
function classHeading(line: string, rules: CompiledGeneticsRules): boolean {
  if (rules.language !== 'en' || line.length > 60) return false;
  let rest = line;
  for (const s of rules.significance) rest = rest.replace(s.re, ' ');
  return (rest.match(/[A-Za-z0-9]+/g) ?? []).every((w) => rules.layout.headingWords.test(w));
}

/**
 * The class a "See comment" cell points to: the first commentary line below the row, its class
 * told of "this variant" or standing first ("Comment: This variant is classified as likely
 * pathogenic", "Comment: Tier III (uncertain significance)"; pgen10 item 7). A comment naming
 * the gene is read where it names it.
 */
function noteClass(
  text: string,
  offset: number,
  rules: CompiledGeneticsRules,
): Significance | null {
  for (const line of linesBelow(text, offset, 8)) {
    const label = rules.layout.commentaryLabel.exec(line);
    if (!label) continue;
    const content = line.slice(label[0].length).trim().slice(0, 160);
    const told = rules.layout.classBackReference.exec(content);
    const rest = told ? content.slice(told[0].length) : content;
    const stated = firstSignificance(rest, rules);
    return stated && stated.start <= (told ? 4 : 0) ? stated.value : null;
  }
  return null;
}

/**
 * The classification cell of the item's table row: "EGFR | c.2573T>G | 31% | IA" under a
 * header "Gene | Variant | VAF | Tier". Tier I/II (AMP) → pathogenic, III → uncertain.
 */
function tableSignificance(
  text: string,
  offset: number,
  rules: CompiledGeneticsRules,
): Significance | null {
  const rowLine = lineOf(text, offset);
  const row = cellsOf(rowLine);
  if (!row) return null;
  const aligned = !rowLine.includes('|') && !rowLine.includes('\t') && !/\s::\s/.test(rowLine);
  for (const line of linesAbove(text, offset, 12)) {
    const header = cellsOf(line);
    if (!header || !rules.layout.tableHeader.test(line)) continue;
    const column = header.findIndex((c) => rules.layout.significanceColumn.test(c));
    if (column < 0) continue;
    let value: string | undefined;
    if (aligned) {
      // Aligned columns: the row's cell under the header cell (cell counts may differ).
      const headerCell = [...line.matchAll(/\S+(?: \S+)*/g)].find((m) =>
        rules.layout.significanceColumn.test(m[0]),
      );
      const at = headerCell?.index ?? -1;
      value = [...rowLine.matchAll(/\S+(?: \S+)*/g)].find(
        (m) => m.index <= at + 3 && m.index + m[0].length >= at,
      )?.[0];
    } else {
      // A cell wrapped onto the next line, the row's other cells after it there: "TP53 | c.743G>A"
      // over "(p.Arg248Gln) | 41% | IIC" is one row (decision 60; pgen10 item 7).
      const nextStart = lineEndOf(text, offset) + 1;
      const next =
        row.length < header.length && nextStart < text.length
          ? cellsOf(lineOf(text, nextStart))
          : null;
      const cells =
        next &&
        row.length + next.length - 1 === header.length &&
        !/^[A-Z][A-Z0-9-]{1,9}$/.test(next[0]!)
          ? [...row.slice(0, -1), `${row.at(-1)} ${next[0]}`, ...next.slice(1)]
          : row;
      value = cells[column - (header.length - cells.length > 0 && header[0] === '' ? 1 : 0)];
    }
    if (!value) return null;
    if (rules.language === 'en' && rules.layout.seeNoteCell.test(value))
      return noteClass(text, offset, rules);
    // A remark in brackets is not the class: "B（生殖細胞系列由来の可能性あり）".
    value = value.replace(/[（(][^）)]*[)）]/g, '').trim() || value;
    // Nor a footnote's mark: "II*" over "*Possible germline origin", "III†" (pgen10 item 7).
    value = value.replace(/[ \t]*[*†‡§¹²³⁴⁵⁶⁷⁸⁹]+$/, '') || value;
    // (An evidence level A–E: E is preclinical, AMP level D, Tier II.)
    if (/^(?:tier\s*)?(?:I|II|1|2)(?:[A-D])?$/i.test(value) || /^(?:レベル)?[A-E]$/.test(value)) {
      return 'pathogenic';
    }
    if (/^(?:tier\s*)?(?:III|3)$/i.test(value)) return 'uncertain';
    return firstSignificance(value, rules)?.value ?? null;
  }
  return null;
}

/**
 * Genes whose variant the note reclassifies: a sentence with a reclassification word, naming one
 * gene, and a class after the word ("The laboratory has RECLASSIFIED the MSH6 variant as LIKELY
 * BENIGN", "BRCA2 c.… は再分類され Likely benign"). Later sentences win.
 */
/** A variant referred back to: "this change", "the variant", "it". */
const BACK_REFERENCE =
  /(?<![A-Za-z])(?:(?:this|that|the|your|her|his)\s+(?:change|variant|mutation|alteration)|it)(?![A-Za-z])/i;

/** A block's row of the class before a reclassification: "前回の判定：", "Previous classification:". */
const PRIOR_ROW =
  /^[\s　]*(?:前回|以前|従来|当初|旧|元の|(?:previous|prior|original|initial|earlier|old)\b)[^:：\n]{0,40}[:：]/i;
/** The row of the new class, on a later line: "今回（2025年）の判定：…", "Current classification: …". */
const CURRENT_ROW =
  /\n[\s　]*(?:今回|現在|最新|新(?!規)|(?:current|new|revised|updated|amended)\b)[^:：\n]{0,40}[:：]([^\n]{1,80})/i;

export function reclassifications(
  text: string,
  rules: CompiledGeneticsRules,
  genes: readonly GeneMention[],
): Map<string, Significance> {
  const out = new Map<string, Significance>();
  const word = rules.reclassified;
  if (word === null) return out;
  word.lastIndex = 0;
  for (let m = word.exec(text); m; m = word.exec(text)) {
    const before = text.slice(Math.max(0, m.index - 160), m.index);
    const from = m.index - before.length + Math.max(before.search(/[^.。\n]*$/), 0);
    // (A full stop ends it, not HGVS's "c." or "p.": "再分類の通知あり：BRCA2 c.7522G>A は「おそらく良性」に変更".)
    const rest = /^(?:[^.。\n]|\.(?=\S))*(?:\n(?!\s*\n)(?:[^.。\n]|\.(?=\S))*){0,2}/.exec(
      text.slice(m.index, m.index + 240),
    )![0];
    let named = new Set(
      spansWithin(genes, { start: from, end: m.index + rest.length }).flatMap((g) => g.genes),
    );
    // No gene on the line: the sentence wrapped before the word ("the MLH1 variant c.1217G>A
    // p.(Ser406Asn), which was reported to you as\nuncertain, has now been reclassified …"), so
    // its start is the last full stop (one followed by a space, not HGVS's "p.") or blank line.
    if (named.size === 0) {
      let start = 0;
      for (const b of before.matchAll(/[.。](?=\s)|\n[ \t]*\n/g)) start = b.index + b[0].length;
      named = new Set(
        spansWithin(genes, {
          start: m.index - before.length + start,
          end: m.index + rest.length,
        }).flatMap((g) => g.genes),
      );
    }
    // Still none: a sentence of its own that points back to the variant ("One change was found:
    // TP53 c.704A>G … reported as a VUS.\nThe laboratory … now classifies this change as likely
    // benign", "It has since been reclassified as likely pathogenic"): the gene named last
    // before it, within the three sentences before.
    if (named.size === 0) {
      const sentence = text.slice(from, m.index + rest.length);
      if (BACK_REFERENCE.test(sentence)) {
        const lead = text.slice(Math.max(0, from - 400), from);
        // (A full stop closing a paragraph ends one sentence, not two; the variant may be named
        // three sentences back: "One change was found in the BRCA1 gene, c.… At that time it was
        // classed as a VUS …\n\nLaboratories review VUS results as new evidence appears. New
        // data … and the laboratory reclassified this variant as LIKELY PATHOGENIC".)
        const stops = [...lead.matchAll(/[.。](?=\s)(?:[ \t]*\n[ \t]*\n)?|\n[ \t]*\n/g)];
        const threeBack = stops.length >= 4 ? stops.at(-4)!.index + stops.at(-4)![0].length : 0;
        const last = spansWithin(genes, {
          start: Math.max(0, from - 400) + threeBack,
          end: from,
        }).at(-1);
        if (last) named = new Set(last.genes);
      }
    }
    // Japanese names the new class before the verb: "上記BRCA1バリアントを「病的である可能性が高い
    // （Likely pathogenic）」に再分類しました" (the class right before に/へ, after the を).
    // (Or after the variant's は, or after the old class's から: "BRCA2 c.7522G>A は「おそらく良性
    // （Likely benign）」に変更", "分類は VUS から良性（Benign）に変更された".)
    const target =
      /(?:を|は|から|より)\s*[「『“"]?((?:(?!から|より)[^「『」』。\n]){1,60}?)[」』”"]?\s*(?:に|へ)\s*$/.exec(
        text.slice(from, m.index),
      );
    // The new class, not the old one it was moved from: "downgraded from VUS to likely benign",
    // "VUS から Likely benign に".
    const after = rest.slice(m[0].length);
    const moved = (
      rules.language === 'ja' ? /(?:から|より)\s*/ : /\bfrom\s+[^.;\n]{1,50}?\s+to\s+/i
    ).exec(after);
    const first = firstSignificance(after, rules);
    // (Nor the old class's row of a block: "前回（2021年）の判定：意義不明（VUS）" over "今回（2025年）の
    // 判定：…（Likely pathogenic）", "Previous classification: VUS" over "Current classification: …":
    // the current row's class, or none.)
    const firstRow = first
      ? after.slice(after.lastIndexOf('\n', first.start) + 1, first.start)
      : '';
    const current = PRIOR_ROW.test(firstRow)
      ? CURRENT_ROW.exec(text.slice(m.index + rest.length, m.index + rest.length + 240))
      : null;
    const old = PRIOR_ROW.test(firstRow)
      ? current
        ? firstSignificance(current[1]!, rules)
        : null
      : first;
    const stated =
      (moved && old && old.start < moved.index + moved[0].length
        ? firstSignificance(after.slice(moved.index + moved[0].length), rules)
        : old) ?? (target ? firstSignificance(target[1]!, rules) : null);
    if (named.size === 1 && stated) out.set([...named][0]!, stated.value);
  }
  return out;
}

function firstSignificance(
  text: string,
  rules: CompiledGeneticsRules,
  last = false,
): { value: Significance; start: number; length: number } | null {
  let best: { value: Significance; start: number; length: number } | null = null;
  for (const s of rules.significance) {
    s.re.lastIndex = 0;
    for (let m = s.re.exec(text); m; m = s.re.exec(text)) {
      const candidate = { value: s.value, start: m.index, length: m[0].length };
      // A term inside a longer one is that term's word, not a class of its own: the last class
      // before "a likely pathogenic RAD51C splice variant" is "likely pathogenic", not the
      // "pathogenic" that starts later inside it.
      const within = (a: typeof candidate, b: typeof candidate) =>
        a.start >= b.start && a.start + a.length <= b.start + b.length;
      const better =
        !best ||
        (within(best, candidate) && candidate.length > best.length) ||
        (!within(candidate, best) &&
          (last ? candidate.start > best.start : candidate.start < best.start)) ||
        (candidate.start === best.start && candidate.length > best.length);
      if (better) best = candidate;
    }
  }
  return best;
}
