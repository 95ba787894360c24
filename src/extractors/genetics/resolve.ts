import type { Item } from './items.js';
import type { CompiledDrivers } from './rules.js';
import { sameTestTime } from './test-year.js';
import type { GeneticFinding, Origin, Significance } from './types.js';

/** One judged item: what it is, and what the note says about it. */
export interface Candidate {
  readonly item: Item;
  readonly status: 'present' | 'absent';
  readonly subject: 'patient' | 'family';
  readonly significance: Significance | null;
  readonly origin: Origin | null;
  /** Whether a result word was written for it ("陽性", "detected"), not only its name. */
  readonly stated?: boolean;
  /** The year written for the test the result comes from ("2021 liver bx: …"), if any. */
  readonly year?: string | null;
  /** The line of the note the item is written on (0-based), when known. */
  readonly line?: number;
  /** Its line names an earlier test ("前回組織検査（2022）：KRAS・NRAS 野生型"). */
  readonly earlier?: boolean;
  /** The words before it on its line name the note's own retest ("our repeat testing was …"). */
  readonly later?: boolean;
  /** The words beside it say it was given no class ("エビデンスレベルは付与していない"). */
  readonly unclassed?: boolean;
  /** A relative's gene-level result known only second-hand ("「BRCA1陽性」と言われたとのこと"). */
  readonly hearsay?: boolean;
  /** A negative of the gene's other changes ("no other VHL alteration"), not of the whole gene. */
  readonly otherThanFound?: boolean;
}

/** The rule of a reversion event (`events` id `reversion` in any language's rules). */
const REVERSION_RULE = /\.reversion$/;

const EXON_COMPATIBLE: Record<string, readonly string[]> = {
  exon_deletion: ['deletion', 'delins'],
  exon_insertion: ['insertion', 'duplication', 'delins'],
  exon_skipping: ['snv', 'deletion', 'delins', 'other'],
};

/**
 * Whether a change can be what exon-level skipping words describe: one written at DNA level (a
 * splice-site change, "c.3028+1G>T", or the exon's last base, "c.3028G>T p.(Asp1010Tyr)"), one
 * stated in that exon, or one written right beside the words ("…スキッピング（p.D1010N）"). A
 * protein change named elsewhere with no exon, such as the resistance mutation "MET D1228N 出現" on
 * tepotinib beside "METエクソン14スキッピング 陽性", is a finding of its own.
 */
function canSkipExon(change: Item, skipping: Item): boolean {
  return (
    change.hgvsC !== null ||
    (change.exon !== null && change.exon === skipping.exon) ||
    // (Written together, the change's span may run from the gene of the skipping words.)
    (change.start <= skipping.end + 3 && skipping.start <= change.end + 3)
  );
}

/**
 * One finding per distinct (gene, variant, status, subject) (spec §2). Mentions of one change
 * merge: c. and p. written together link their separate mentions; an exon-level description
 * joins the one HGVS change it can be; a gene-level "mutation positive" joins any specific
 * finding of that gene; a plain gene negative joins a class negative ("ALK negative" and "ALK
 * rearrangement not detected").
 */
export function resolveFindings(
  given: readonly Candidate[],
  drivers: CompiledDrivers,
  text?: string,
): GeneticFinding[] {
  const candidates = withoutPairLabelPositive(withTrackedChange(given));
  // c.↔p. links from mentions that wrote both, across the note: a relative's "c.5946delT
  // (p.Ser1982Argfs*22)" names the change the patient's "c.5946delT negative" is about.
  const pOfC = new Map<string, string>();
  for (const c of candidates) {
    if (c.item.hgvsC && c.item.hgvsP) pOfC.set(`${c.item.gene}|${c.item.hgvsC}`, c.item.hgvsP);
  }
  const groups = new Map<string, Candidate[]>();
  for (const c of candidates) {
    const key = `${c.item.gene}|${c.status}|${c.subject}`;
    const group = groups.get(key);
    if (group) group.push(c);
    else groups.set(key, [c]);
  }
  // A fusion's partner gene is not a finding of its own ("EML4 exon 6 :: ALK exon 20 variant").
  const partners = new Set(
    candidates
      .filter((c) => c.item.kind === 'fusion' && c.item.partner)
      .map((c) => c.item.partner!),
  );
  // (Unless the partner gene is tested negative on a line of its own, no fusion of it there: the
  // "RUNX1" of "Not detected: IDH1, TP53, RUNX1" above "RUNX1::RUNX1T1: not detected" is the
  // gene's own result.)
  const partnerLines = new Set(
    candidates
      .filter((c) => c.item.kind === 'fusion' && c.item.partner)
      .map((c) => `${c.item.partner}|${c.line ?? -1}`),
  );
  const ownNegative = (group: readonly Candidate[]) =>
    group.every(
      (c) =>
        c.status === 'absent' &&
        c.item.what === 'gene' &&
        c.item.kind !== 'fusion' &&
        c.line !== undefined &&
        !partnerLines.has(`${c.item.gene}|${c.line}`),
    );
  // A partnerless rearrangement of a fusion's 5' partner is that fusion seen by another test
  // ("KMT2A再構成" / "FISH: RUNX1T1/RUNX1 fusion signals" beside KMT2A::MLLT3 / RUNX1::RUNX1T1):
  // it folds into the partnered fusion of the same status and subject.
  const partnerOf = new Set(
    candidates
      .filter((c) => c.item.kind === 'fusion' && c.item.partner)
      .map((c) => `${c.item.partner}|${c.status}|${c.subject}`),
  );
  // "no other FGFR2 kinase-domain mutations" beside FGFR2 V565F (likely pathogenic): a
  // negative about the rest of a gene with a (likely) pathogenic finding adds no wild_type.
  // Kept apart: genes whose only such finding is a fusion. A fusion is found by another test
  // (RNA, FISH) than a mutation panel, so "no RET alteration" on a DNA panel beside KIF5B-RET
  // is a result of its own; a region negative ("ABL1 kinase domain: no mutations" beside
  // BCR::ABL1) still adds nothing.
  // (So does a wild-type allele beside a pharmacogene's variant genotype: "UGT1A1*6：ヘテロ" above
  // "UGT1A1*28：野生型" is one genotype, its positive (ja decision 47, en decision 65).)
  const pathogenic = candidates.filter(
    (c) =>
      c.status === 'present' &&
      (c.significance === 'pathogenic' ||
        c.significance === 'likely_pathogenic' ||
        drivers.isDriver(c.item.gene, c.item.hgvsP, c.item.kind, c.item.exon, c.item.hgvsC) ||
        (c.subject === 'patient' && drivers.pharmacogenes.has(c.item.gene))),
  );
  const geneKey = (c: Candidate) => `${c.item.gene}|${c.subject}|${c.origin}`;
  const foundGenes = new Set(
    candidates.filter((c) => c.status === 'present').map((c) => `${c.item.gene}|${c.subject}`),
  );
  const pathogenicGenes = new Set(pathogenic.map(geneKey));
  const nonFusionPathogenicGenes = new Set(
    pathogenic.filter((c) => c.item.kind !== 'fusion').map(geneKey),
  );
  // Decision 36 (ja decision 52): a gene-level negative of an earlier or other test is kept
  // beside a later variant in that gene ("2021 bx: PIK3CA wt" then "ctDNA 05/2025: PIK3CA
  // H1047R"). A test is told apart by its year: the negative's year is written, the gene's
  // positives are dated, and none of them in that year. (Within one report, decisions 5 and 32
  // still drop it.)
  const yearsOf = new Map<string, Set<string | null>>();
  for (const c of pathogenic) {
    const years = yearsOf.get(geneKey(c)) ?? new Set<string | null>();
    years.add(c.year ?? null);
    yearsOf.set(geneKey(c), years);
    const anySource = yearsOf.get(`${c.item.gene}|${c.subject}`) ?? new Set<string | null>();
    anySource.add(c.year ?? null);
    yearsOf.set(`${c.item.gene}|${c.subject}`, anySource);
  }
  // A negative of a test the note calls earlier (前回, 前医) beside positives that are not.
  const laterPositives = new Set(pathogenic.filter((c) => !c.earlier).map(geneKey));
  // (A region negative stays only beside a positive told as a later test, "再発時", not one of the
  // same report: "FLT3-ITD DETECTED" beside "FLT3-TKD: not detected" under "Molecular at diagnosis".)
  const retestPositives = new Set(
    pathogenic.filter((c) => c.later && !c.earlier && c.item.kind !== 'fusion').map(geneKey),
  );
  // (And the other way round: a negative of the note's own retest beside positives that the note
  // calls earlier only, "Outside lab reported EGFR L858R; our repeat testing was negative".)
  const earlierPositives = new Set(pathogenic.filter((c) => c.earlier).map(geneKey));
  // (And a negative told before positives that the note calls its retest only, "KRAS野生型と
  // されていたが、再検でG12C陽性": the retest is another test than the negative's.)
  const retestOnlyFrom = new Map<string, number>();
  for (const c of pathogenic) {
    const key = geneKey(c);
    const from = retestOnlyFrom.get(key);
    if (from === Number.NEGATIVE_INFINITY) continue;
    retestOnlyFrom.set(
      key,
      c.later && !c.earlier
        ? Math.min(from ?? c.item.start, c.item.start)
        : Number.NEGATIVE_INFINITY,
    );
  }
  const otherTest = (c: Candidate) => {
    if (c.earlier && laterPositives.has(geneKey(c))) return true;
    if (!c.later && c.item.end <= (retestOnlyFrom.get(geneKey(c)) ?? Number.NEGATIVE_INFINITY))
      return true;
    if (c.later && earlierPositives.has(geneKey(c)) && !laterPositives.has(geneKey(c))) return true;
    // (Positives of one source that are all undated restate a dated test of the gene's: the
    // "Assessment: EGFR exon 20 insertion-positive NSCLC" of "NGS (03/2025): EGFR exon 20
    // insertion …", beside "Riverside (02/2025): … EGFR mutation NOT detected".)
    const own = yearsOf.get(geneKey(c));
    const years =
      own && [...own].some((y) => y !== null) ? own : yearsOf.get(`${c.item.gene}|${c.subject}`);
    return (
      c.year != null &&
      years !== undefined &&
      ![...years].some((y) => y !== null && sameTestTime(y, c.year!)) &&
      [...years].some((y) => y !== null)
    );
  };
  const findings: GeneticFinding[] = [];
  // Findings whose members state no source (the origin is toFinding's default).
  const unsourced = new Set<GeneticFinding>();
  for (const group of groups.values()) {
    const lead = group[0]!;
    if (
      partners.has(lead.item.gene) &&
      group.every((c) => c.item.what === 'gene') &&
      !ownNegative(group)
    )
      continue;
    if (
      partnerOf.has(`${lead.item.gene}|${lead.status}|${lead.subject}`) &&
      group.every((c) => c.item.what === 'gene' || (c.item.kind === 'fusion' && !c.item.partner)) &&
      !ownNegative(group)
    )
      continue;
    const merged = new Map<string, Candidate[]>();
    const add = (key: string, c: Candidate) => {
      const members = merged.get(key);
      if (members) members.push(c);
      else merged.set(key, [c]);
    };
    const withHgvs = group.filter((c) => c.item.hgvsC || c.item.hgvsP);
    for (const c of withHgvs) {
      const p =
        c.item.hgvsP ?? (c.item.hgvsC ? pOfC.get(`${c.item.gene}|${c.item.hgvsC}`) : undefined);
      add(p ? `p:${p}` : `c:${c.item.hgvsC}`, c);
    }
    // A report block writes one change on two lines ("DNA change: c.1100delC" / "Protein
    // change: p.Thr367Metfs*15"): a lone c. and a lone p. of one gene, close together, join.
    const cOnly = [...merged.keys()].filter((k) => k.startsWith('c:'));
    const pOnly = [...merged.keys()].filter(
      (k) => k.startsWith('p:') && merged.get(k)!.every((c) => !c.item.hgvsC),
    );
    // (An intronic change, "c.3028+1G>T", has no protein change to be written beside it.)
    const coding = cOnly.length === 1 && !/^c:c\.(?:[-*]|\d+[-+]\d)/.test(cOnly[0]!);
    if (coding && pOnly.length === 1) {
      const c = merged.get(cOnly[0]!)!;
      const p = merged.get(pOnly[0]!)!;
      if (c.some((a) => p.some((b) => Math.abs(a.item.start - b.item.start) < 200))) {
        merged.set(pOnly[0]!, [...c, ...p]);
        merged.delete(cOnly[0]!);
      }
    }
    if (coding && merged.has(cOnly[0]!)) {
      // "in KRAS, G12C was detected, while the G12D and G13D assays were negative … sequencing
      // characterised the KRAS change as c.34G>T": a lone substitution that falls in the codon of
      // the gene's one protein change of the same status (groups are per status) is that change
      // told at DNA level, however far apart the two are written.
      const pos = /^c:c\.(\d+)[ACGT]>[ACGT]$/.exec(cOnly[0]!);
      const codon = pos ? Math.ceil(Number(pos[1]) / 3) : 0;
      const c = merged.get(cOnly[0]!)!;
      const same = pOnly.filter((k) =>
        new RegExp(`^p:p\\.[A-Z][a-z]{2}${codon}[A-Z][a-z]{2}$`).test(k),
      );
      if (codon > 0 && same.length === 1) {
        // (The protein change's own members first: its test's origin leads.)
        merged.set(same[0]!, [...merged.get(same[0]!)!, ...c]);
        merged.delete(cOnly[0]!);
      }
    }
    const hgvsKeys = [...merged.keys()];
    for (const c of group) {
      if (c.item.hgvsC || c.item.hgvsP) continue;
      // A relative's gene-level result told second-hand is not said to be the familial variant
      // named elsewhere: a finding of its own beside it (ja decisions 35 and 50).
      if (c.hearsay) {
        add('h:other||', c);
        continue;
      }
      // A codon-level result ("G719X … DETECTED", any substitution at codon 719) beside the one
      // change at that codon the note names ("EGFR c.2156G>C p.(Gly719Ala)" from a later NGS):
      // the same finding, written at two levels (decision 7).
      const codon = c.item.codon;
      if (codon) {
        const atCodon = hgvsKeys.filter(
          (k) => k.startsWith(`p:${codon}`) && /^[A-Z][a-z]{2}$/.test(k.slice(codon.length + 2)),
        );
        if (atCodon.length === 1) {
          add(atCodon[0]!, c);
          continue;
        }
        // The same codon-level result on a table row with its exon ("ｴｸｿﾝ18 G719X 検出") and in
        // the summary without it ("判定：EGFR変異陽性（G719X＋S768I）"): one finding, keyed by
        // its codon, not by the exon only one of them states.
        add(`q:${codon}`, c);
        continue;
      }
      const compatible = EXON_COMPATIBLE[c.item.kind];
      if (compatible) {
        const targets = hgvsKeys.filter((k) => {
          const members = merged.get(k)!;
          const first = members[0]!.item;
          return (
            (compatible.includes(first.kind) ||
              (c.item.kind === 'exon_deletion' && first.kind === 'frameshift' && false)) &&
            (c.item.kind !== 'exon_skipping' || members.some((m) => canSkipExon(m.item, c.item)))
          );
        });
        if (targets.length === 1) {
          add(targets[0]!, c);
          continue;
        }
        // "METエクソン14スキッピング陽性" beside "MET c.3028+1G>T（エクソン14スキッピング）" and a
        // resistance MET D1228N: of several changes of a compatible class, the one stated in
        // the same exon is the change the exon-level words describe (decision 4).
        const inSameExon =
          c.item.exon === null
            ? []
            : targets.filter((k) => merged.get(k)!.some((m) => m.item.exon === c.item.exon));
        if (inSameExon.length === 1) {
          add(inSameExon[0]!, c);
          continue;
        }
      }
      // "an NRAS exon 2 mutation", "a KIT exon 9 duplication" beside the HGVS change written in
      // that exon: the same finding in words (the one change of that exon, of that class).
      if (c.item.exon !== null && (c.item.generic || c.item.what === 'event')) {
        const inExon = hgvsKeys.filter((k) => {
          const members = merged.get(k)!;
          return (
            members.some((m) => m.item.exon === c.item.exon) &&
            (c.item.generic || members[0]!.item.kind === c.item.kind)
          );
        });
        if (inExon.length === 1) {
          add(inExon[0]!, c);
          continue;
        }
      }
      // A region result ("FLT3-TKD negative", kind `wild_type`) is gene-level: it joins the
      // gene's other gene-level mentions.
      // ("ALK+ NSCLC, G1202R on rebiopsy": a plain positive of a gene whose positive is its
      // fusion is that fusion, beside a resistance change of the gene, decision 42.)
      const fusionPositive =
        c.status === 'present' && c.item.rule === 'genetics.gene.fusion-positive';
      const kind = fusionPositive ? 'fusion' : c.item.kind === 'wild_type' ? 'other' : c.item.kind;
      // The exon written after a plain gene ("CALR exon 9 … DETECTED") names no other finding.
      const exon = c.item.what === 'gene' && !c.item.generic ? null : c.item.exon;
      add(`k:${kind}|${exon ?? ''}|${c.item.partner ?? ''}`, c);
    }
    // Fusion without a partner joins a fusion with one.
    const partnered = [...merged.keys()].filter((k) => /^k:fusion\|\|.+/.test(k));
    if (partnered.length === 1 && merged.has('k:fusion||')) {
      for (const c of merged.get('k:fusion||')!) add(partnered[0]!, c);
      merged.delete('k:fusion||');
    }
    // So an event-level change without its exon joins the one of its class with it: "FLT3 | ITD,
    // 54 bp, exon 14" in the table and "AML with FLT3-ITD" in the interpretation.
    for (const kind of ['duplication', 'insertion', 'deletion'] as const) {
      const bare = `k:${kind}||`;
      const withExon = [...merged.keys()].filter(
        (k) => k.startsWith(`k:${kind}|`) && /^k:[a-z_]+\|\d+\|$/.test(k),
      );
      if (withExon.length !== 1 || !merged.has(bare)) continue;
      for (const c of merged.get(bare)!) add(withExon[0]!, c);
      merged.delete(bare);
    }
    const specific = [...merged.keys()].filter((k) => k !== 'k:other||' && k !== 'k:wild_type||');
    const status = group[0]!.status;
    // "a known familial CDKN2A pathogenic variant" beside the one CDKN2A c.301G>T of that person:
    // the gene-level words restate that change (decision 7), so their class is its class when it
    // has none of its own (decision 10).
    const levelClasses =
      status === 'present' && specific.length === 1
        ? new Set(
            (merged.get('k:other||') ?? [])
              .map((c) => c.significance)
              .filter((s): s is Significance => s !== null),
          )
        : new Set<Significance>();
    for (const [key, members] of merged) {
      // "Germline VHL c.499C>T … Tumour NGS: no other VHL alteration": a negative of the gene's
      // other changes beside a found change of that gene (of any test or class) says only that
      // nothing more was found, no gene-level result of its own.
      if (
        status === 'absent' &&
        (key === 'k:wild_type||' || key === 'k:other||') &&
        members.every((c) => c.otherThanFound && foundGenes.has(`${c.item.gene}|${c.subject}`))
      )
        continue;
      // Gene-level mentions add nothing when the group has a specific finding.
      // A region negative is not the gene's class negative restated ("FLT3-ITD negative;
      // FLT3-TKD negative" are two results), so it stays beside it.
      const region = members.some((c) => c.item.kind === 'wild_type');
      if ((key === 'k:other||' || key === 'k:wild_type||') && specific.length > 0) {
        // Only a fusion or amplification negative is the gene's negative restated ("ALK
        // negative" and "ALK rearrangement not detected"); "MET: no variants" beside "MET exon
        // 14 skipping: not detected" is two results (decisions 32 and 89).
        // The gene named again in brackets ("ERBB2 (HER2) exon 20 insertions: not detected") is
        // the class negative too.
        const specificMembers = specific.flatMap((k) => merged.get(k)!);
        // (Not one of another dated test: "2021: ALK FISH negative" and "2025: no ALK
        // alterations" are two results, decision 36.)
        // (Nor one of another kind of test: a germline panel's "no pathogenic variant in RET"
        // beside a tumour RNA panel's "no fusion involving RET" is two results, decision 5.)
        const sameTest = (o: Candidate) =>
          (!o.year || members.some((c) => !c.year || sameTestTime(c.year, o.year!))) &&
          (o.origin === null || members.some((c) => c.origin === null || c.origin === o.origin));
        // An amplification negative restates the gene's only on its own line ("HER2 FISH: … NOT
        // amplified"); a gene in a mutation list above is its own result (decisions 89, 117).
        // (Not a mutation negative of its own beside it on that line: "ERBB2: no amplification;
        // no ERBB2 mutation" is two results, decision 89.)
        const sameLine = (o: Candidate) =>
          (o.line === undefined ||
            members.some((c) => c.line === undefined || c.line === o.line)) &&
          !members.some(
            (c) =>
              /\.mutation$/.test(c.item.rule) &&
              (c.item.start >= o.item.end || c.item.end <= o.item.start),
          );
        const restated =
          specific.some(
            (k) =>
              (/^k:fusion\|/.test(k) && merged.get(k)!.some(sameTest)) ||
              (/^k:amplification\|/.test(k) && merged.get(k)!.some(sameLine)),
          ) ||
          members.every((c) =>
            specificMembers.some(
              (o) =>
                !o.item.bracketExample &&
                o.item.start >= c.item.end &&
                o.item.start - c.item.end <= 3 &&
                // (Not across a clause break: "No alterations in ERBB2 or MET; MET exon 14
                // skipping: not detected" is two results, decision 32.)
                !(text !== undefined && /[;.,。；、\n]/.test(text.slice(c.item.end, o.item.start))),
            ),
          );
        // "KIT：変異・増幅ともに認めず" names the gene's mutations and its amplification: both
        // results (decision 102).
        const coordinated = members.some((c) => c.item.coordinated);
        if (status === 'present' || (restated && !region && !coordinated)) {
          // A reversion ("BRCA2 reversion detected … restores the reading frame") is a second
          // change, not the named variant restated: its own gene-level finding beside it (en
          // decisions 85 and 112). Without a named variant it stays one with the gene-level
          // positive (the branch not taken).
          const reversions =
            status === 'present' ? members.filter((c) => REVERSION_RULE.test(c.item.rule)) : [];
          if (reversions.length > 0) {
            const finding = toFinding(reversions, drivers, pOfC);
            findings.push(finding);
            if (reversions.every((c) => c.origin === null)) unsourced.add(finding);
          }
          continue;
        }
      }
      if (
        status === 'absent' &&
        // (A tracked change's negative, "NPM1 MRD 陰性" after "NPM1変異陽性", is that change's loss
        // at a later time point, not a gene-level negative: it stays, ja decisions 60 and 73.)
        ((key === 'k:other||' && members.every((c) => !c.item.familial)) ||
          key === 'k:wild_type||' ||
          // A negative of the gene's other exons ("KIT ｴｸｿﾝ11・13・17：変異なし" beside a KIT exon 9
          // duplication) is the gene-level negative of the rest of it (en decisions 5 and 109).
          (/^k:other\|\d+\|$/.test(key) && members.every((c) => !c.item.familial))) &&
        members.every(
          // (A region negative, "ABL1 kinase domain: no mutations", is about the positive.)
          // (Unless the note calls its test earlier than the gene's other positives: "初回
          // FLT3-TKD 陰性" then a D835Y at relapse is two tests, ja decision 52.)
          (c) =>
            region
              ? pathogenicGenes.has(geneKey(c)) && !(c.earlier && retestPositives.has(geneKey(c)))
              : nonFusionPathogenicGenes.has(geneKey(c)) && !otherTest(c),
        ) &&
        // A negative test that also reports the gene's positive variant as absent ("BRAF: no
        // variant detected (the colonic V600E is absent here)" beside the colon's V600E) is
        // another test than the positive's (decision 36): its gene-level negative stands.
        (region ||
          !group.some(
            (a) =>
              a.item.hgvsP !== null &&
              a.subject === 'patient' &&
              a.origin !== 'germline' &&
              pathogenic.some((pc) => pc.item.hgvsP === a.item.hgvsP && geneKey(pc) === geneKey(a)),
          ))
      ) {
        continue;
      }
      const own = toFinding(members, drivers, pOfC);
      const finding =
        key === specific[0] &&
        /^[pc]:/.test(key) &&
        own.significance === null &&
        levelClasses.size === 1
          ? { ...own, significance: [...levelClasses][0]! }
          : own;
      findings.push(finding);
      if (members.every((c) => c.origin === null)) unsourced.add(finding);
    }
  }
  return withInheritedOrigin(withSharedClass(findings), unsourced);
}

/**
 * "gBRCA1/2陽性。BRCA1 c.5266dup", "IDH1/2 mut(+)（IDH2 R140Q）": a family form's positive says a
 * change was found in one of its genes, not in each. Where the note names the person's present
 * change in one of them, the positive is that change's label: the other genes of the form give
 * no gene-level positive of their own (a gene with its own change keeps it; negatives are
 * each gene's, "BRCA1/2陰性").
 */
function withoutPairLabelPositive(candidates: readonly Candidate[]): readonly Candidate[] {
  const labelPositive = (c: Candidate) =>
    c.status === 'present' &&
    c.item.what === 'gene' &&
    c.item.kind === 'other' &&
    !c.item.hgvsC &&
    !c.item.hgvsP &&
    (c.item.geneMention?.genes.length ?? 0) > 1;
  if (!candidates.some(labelPositive)) return candidates;
  const changed = new Set(
    candidates
      .filter(
        (c) =>
          c.status === 'present' &&
          (c.item.hgvsC !== null ||
            c.item.hgvsP !== null ||
            (c.item.what !== 'gene' && !c.item.generic && c.item.kind !== 'other')),
      )
      .map((c) => `${c.subject}|${c.item.gene}`),
  );
  return candidates.filter(
    (c) =>
      !labelPositive(c) ||
      changed.has(`${c.subject}|${c.item.gene}`) ||
      !c.item.geneMention!.genes.some((g) => changed.has(`${c.subject}|${g}`)),
  );
}

/**
 * A tracked change's negative ("NPM1 type A MRD: not detected", "in CR, NPM1 MRD negative") is the
 * loss of the patient's own known change in that gene at a later time (en decision 36, ja
 * decisions 60 and 73): when the note names one such change (one HGVS, or one class at one exon),
 * the absent finding is that change; with none named it stays the gene's `other`.
 */
function withTrackedChange(candidates: readonly Candidate[]): readonly Candidate[] {
  if (!candidates.some((c) => c.item.tracked && c.status === 'absent')) return candidates;
  const identity = (it: Item) =>
    it.hgvsC || it.hgvsP ? `${it.hgvsP ?? ''}|${it.hgvsC ?? ''}` : `${it.kind}|${it.exon ?? ''}`;
  const known = new Map<string, Map<string, Item>>();
  for (const c of candidates) {
    const it = c.item;
    if (c.status !== 'present' || c.subject !== 'patient' || c.origin === 'germline') continue;
    // (A change named: a variant, or a class in words; not a gene-level "NPM1-mutated".)
    if (!it.hgvsC && !it.hgvsP && (it.what === 'gene' || it.generic || it.kind === 'other'))
      continue;
    if (it.kind === 'wild_type' || it.kind === 'fusion') continue;
    const gene = known.get(it.gene) ?? new Map<string, Item>();
    // (One change with and without its p.: the one written most fully.)
    const same = [...gene.entries()].find(
      ([, o]) => (o.hgvsC && o.hgvsC === it.hgvsC) || (o.hgvsP && o.hgvsP === it.hgvsP),
    );
    if (same) {
      if (!same[1].hgvsP || !same[1].hgvsC) gene.set(same[0], it.hgvsP && it.hgvsC ? it : same[1]);
    } else gene.set(identity(it), it);
    known.set(it.gene, gene);
  }
  return candidates.map((c) => {
    const it = c.item;
    if (!it.tracked || c.status !== 'absent' || c.subject !== 'patient' || it.hgvsC || it.hgvsP)
      return c;
    const changes = known.get(it.gene);
    if (changes?.size !== 1) return c;
    const change = [...changes.values()][0]!;
    return {
      ...c,
      item: {
        ...it,
        what: 'variant',
        hgvsC: change.hgvsC,
        hgvsP: change.hgvsP,
        kind: change.kind,
        exon: change.exon,
        generic: false,
      },
    };
  });
}

/**
 * The patient's result for a variant a relative carries is a germline result, whatever it is
 * (cascade testing: "her father carries MLH1 c.1489dup … she tested negative for it"): a
 * patient finding with no stated source takes germline from the family's same variant.
 */
function withInheritedOrigin(
  findings: GeneticFinding[],
  unsourced: ReadonlySet<GeneticFinding>,
): GeneticFinding[] {
  const variant = (f: GeneticFinding) =>
    f.hgvsC || f.hgvsP ? `${f.gene}|${f.hgvsC ?? ''}|${f.hgvsP ?? ''}` : null;
  const familyVariants = new Set(
    findings
      .filter((f) => f.subject === 'family')
      .map(variant)
      .filter((v) => v !== null),
  );
  if (familyVariants.size === 0) return findings;
  return findings.map((f) => {
    const key = variant(f);
    return f.subject === 'patient' && unsourced.has(f) && key !== null && familyVariants.has(key)
      ? { ...f, origin: 'germline' }
      : f;
  });
}

/**
 * A class stated for a variant holds for every carrier of it in the note (ja decision 25): the
 * client's "BRCA1 c.68_69del を検出" takes the 病的 written for her mother's same variant.
 */
function withSharedClass(findings: GeneticFinding[]): GeneticFinding[] {
  // (A variant named at exon level is keyed by its class and exon: the aunt's "同じ BRCA1 エクソン3
  // 欠失" takes the 病的 of the client's MLPA "BRCA1：エクソン3 の欠失".)
  const variantKey = (f: GeneticFinding) =>
    f.status !== 'present'
      ? null
      : f.hgvsP || f.hgvsC
        ? `${f.gene}|${f.hgvsP ?? f.hgvsC}`
        : f.exon !== null && f.kind.startsWith('exon_')
          ? `${f.gene}|${f.kind}|${f.exon}`
          : null;
  const classes = new Map<string, Set<Significance>>();
  for (const f of findings) {
    const key = variantKey(f);
    if (key === null || f.significance === null) continue;
    const set = classes.get(key) ?? new Set<Significance>();
    set.add(f.significance);
    classes.set(key, set);
  }
  return findings.map((f) => {
    const key = variantKey(f);
    const stated = key === null || f.significance !== null ? undefined : classes.get(key);
    return stated?.size === 1 ? { ...f, significance: [...stated][0]! } : f;
  });
}

function toFinding(
  members: readonly Candidate[],
  drivers: CompiledDrivers,
  pOfC: ReadonlyMap<string, string>,
): GeneticFinding {
  const first = members[0]!;
  const pick = <T>(get: (c: Candidate) => T | null): T | null => {
    for (const c of members) {
      const v = get(c);
      if (v !== null && v !== undefined) return v;
    }
    return null;
  };
  const hgvsC = pick((c) => c.item.hgvsC);
  const hgvsP =
    pick((c) => c.item.hgvsP) ?? (hgvsC ? (pOfC.get(`${first.item.gene}|${hgvsC}`) ?? null) : null);
  const hgvsItem = members.find((c) => c.item.hgvsC || c.item.hgvsP)?.item;
  const exon = pick((c) => c.item.exon);
  const partner = pick((c) => c.item.partner);
  let kind = hgvsItem ? hgvsItem.kind : first.item.kind;
  // A region named with a positive result ("FLT3-TKD positive") is a gene-level positive.
  if (kind === 'wild_type') kind = first.status === 'present' ? 'other' : 'wild_type';
  // Spec 2: a gene tested negative as a whole is wild_type, with no exon (even when the
  // tested exons are named: "PDGFRA exons 12/18: no mutation").
  // A single-site test for an unnamed familial variant is not (en decision 76, ja decision 59).
  const geneLevelNegative =
    !hgvsItem &&
    first.status === 'absent' &&
    (kind === 'other' || kind === 'wild_type') &&
    !members.some((c) => c.item.familial);
  if (geneLevelNegative) kind = 'wild_type';
  const plainPositive =
    !hgvsItem &&
    first.status === 'present' &&
    kind === 'other' &&
    members.every((c) => c.item.what === 'gene' && !c.item.generic);
  if (plainPositive && drivers.fusionPositiveGenes.has(first.item.gene)) kind = 'fusion';
  // ("ALK+ NSCLC. ALK rearrangement positive by FISH": the fusion positive first, joined by the
  // rearrangement it restates, is that fusion.)
  if (
    kind === 'other' &&
    first.status === 'present' &&
    first.item.rule === 'genetics.gene.fusion-positive'
  )
    kind = 'fusion';
  const status = first.status;
  // (A codon-level call, cobas "G719X", is a driver when its codon is a driver codon.)
  const driver =
    drivers.isDriver(first.item.gene, hgvsP, kind, exon, hgvsC) ||
    (!hgvsP &&
      members.some((c) => c.item.codon && drivers.isDriverCodon(first.item.gene, c.item.codon)));
  let significance = status === 'present' ? pick((c) => c.significance) : null;
  // (Not when the report says it gave the driver no class: "MYCNは増幅しており…エビデンスレベルは
  // 付与していない" stays null, ja decision 96.)
  if (
    significance === null &&
    status === 'present' &&
    driver &&
    first.subject === 'patient' &&
    !members.some((c) => c.unclassed)
  ) {
    significance = 'pathogenic';
  }
  // One change found in the tumour and confirmed in blood is one germline finding (en decision
  // 11, ja decision 12): a germline result stated for the variant decides. (A germline word
  // beside its name alone, "PIK3CA H1047Rに対する治験" under a germline header, does not.)
  const confirmed =
    status === 'present' &&
    hgvsItem !== undefined &&
    members.some((c) => c.origin === 'germline' && c.stated === true);
  // A gene negative in the tumour and in a germline test is one entry (the same scorer key):
  // the germline test's, which speaks for every cell (ja 1217: "腫瘍BRCA1/2変異：陰性" and
  // "生殖細胞系列BRCA1/2検査：病的バリアントなし").
  const negativeInBoth =
    status === 'absent' &&
    members.some((c) => c.origin === 'germline' && c.stated === true) &&
    members.some((c) => c.origin === 'somatic');
  let origin =
    first.subject === 'family' || confirmed || negativeInBoth ? 'germline' : pick((c) => c.origin);
  // Spec 3: "a driver in a clinical note with no stated source → somatic"; the gold sets label
  // every unsourced result in a clinical note somatic (germline testing always says so).
  if (origin === null) origin = 'somatic';
  return {
    gene: first.item.gene,
    hgvsC,
    hgvsP,
    kind,
    exon: kind === 'fusion' || geneLevelNegative ? null : exon,
    partner,
    status,
    significance,
    origin: origin as Origin | null,
    subject: first.subject,
  };
}
