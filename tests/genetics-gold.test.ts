import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatGeneticsScores, scoreGenetics } from '../src/eval/genetics-score.js';
import { loadPipeline } from '../src/load-pipeline.js';
import type { GeneticAnnotation } from '../src/pipeline.js';
import { readNotes } from '../src/sources/read-notes.js';

// Golden runs over the hand-labelled genetics notes (samples/genetics/). `devtest` is never
// tuned on; its floors are the figures the README reports, so a regression fails here.
const pipeline = loadPipeline();
const samples = join(import.meta.dirname, '..', 'samples', 'genetics');

interface Floor {
  readonly f1: number;
  readonly significance: number;
  readonly origin: number;
}

// The README's figures, rounded down.
const FLOORS: Record<string, Floor> = {
  'en/dev': { f1: 0.99, significance: 0.99, origin: 0.99 },
  'ja/dev': { f1: 0.99, significance: 0.99, origin: 0.99 },
  'ja/dev2': { f1: 0.99, significance: 0.99, origin: 0.99 },
  'ja/dev3': { f1: 0.98, significance: 0.99, origin: 0.99 },
  'en/dev4': { f1: 0.99, significance: 0.99, origin: 1 },
  'ja/dev4': { f1: 0.99, significance: 0.99, origin: 0.99 },
  'en/dev3': { f1: 0.96, significance: 0.99, origin: 0.94 },
  'en/dev2': { f1: 0.97, significance: 0.99, origin: 0.99 },
  'en/dev5': { f1: 1.0, significance: 0.99, origin: 1.0 },
  'ja/dev5': { f1: 0.99, significance: 0.98, origin: 1 },
  'en/dev6': { f1: 0.99, significance: 0.98, origin: 0.99 },
  'ja/dev6': { f1: 0.99, significance: 0.99, origin: 1 },
  // dev7 was written blind; first scored at en 0.905 and ja 0.906, before the rules for class
  // labels heading a gene list, negatives ending in the class word, withdrawn results, "not
  // sent/indicated", examples (e.g.) and whole-exon duplications.
  'en/dev7': { f1: 0.99, significance: 0.99, origin: 0.99 },
  'ja/dev7': { f1: 0.99, significance: 0.99, origin: 0.99 },
  // dev8 was written blind (haematology, pharmacogenomics, carrier and prenatal testing, Japanese
  // CGP and companion-diagnostic reports); first scored at en 0.885 and ja 0.934, before "none of
  // …", "reported negative", 3′ fusion genes (RUNX1), 【…を認めず】 headings, 測定対象外 and
  // future re-testing as hypothetical.
  'en/dev8': { f1: 0.95, significance: 0.97, origin: 0.99 },
  'ja/dev8': { f1: 0.99, significance: 0.99, origin: 0.99 },
  // dev9 was written blind (everyday notes: shorthand, problem lists, medication and pharmacy
  // notes, copied-forward results); first scored at en 0.857 and ja 0.953, before exon words in
  // gene lists, copy-forward corrections, 転記の誤り, 〜なら plans, CYP3A4 interaction checks
  // and MGMT プロモーター メチル化.
  'en/dev9': { f1: 0.94, significance: 0.98, origin: 0.99 },
  'ja/dev9': { f1: 0.99, significance: 0.99, origin: 0.99 },
  // dev10 was written blind (liquid biopsy and serial ctDNA, hereditary panels, cascade letters,
  // MDT and discharge one-liners, haematology, CNS, GIST, thyroid; JA エキスパートパネル,
  // コンパニオン診断, 遺伝カウンセリング records, trial checklists); first scored at en 0.906 and ja
  // 0.843, before wrapped prose and wrapped relative lines, two-draw comparison rows, family
  // table rows, parallel JA class lists, N.D./評価不能, "cannot exclude (list)", NTRK1/3 and a
  // tumour variant confirmed in blood as germline.
  'en/dev10': { f1: 0.96, significance: 0.99, origin: 0.99 },
  'ja/dev10': { f1: 0.99, significance: 0.99, origin: 0.99 },
  // dev11 was written blind (terse results inside everyday notes: problem lists, MDT one-liners,
  // slashes and abbreviations, reversions, resistance, g-prefixed germline, same gene negative
  // then positive); first scored at en 0.881 and ja 0.933, before dated earlier negatives kept
  // beside later variants, gBRCA2m, "otherwise negative, including", stains named in brackets
  // after a result, CR1/CR2 as remissions, 欠失（ホモ） and 外注中.
  'en/dev11': { f1: 0.99, significance: 0.99, origin: 0.99 },
  'ja/dev11': { f1: 0.99, significance: 0.99, origin: 0.99 },
  // ja dev12 was written blind (results in sentences, test-kit rows, copy numbers, evidence
  // levels, suspected germline origin); first scored at 0.921, before kit names not read as
  // results, kit rows keeping their own result, copy numbers below the threshold, あれば / 有無,
  // 欠失（コピー数 0）, その他は該当なし, and suspected germline origin kept somatic.
  'ja/dev12': { f1: 0.99, significance: 0.99, origin: 0.99 },
  // en dev12 (written blind to panels, germline letters, addenda, consults, haematology, with many
  // negative wordings) first scored 0.906; en dev13 / dev14 and ja dev14 / dev15 were written in
  // the style and finding mix of the original dev notes, first scored en 0.929 / 0.874 and ja
  // 0.979 / 0.932 (origin 0.870); ja dev13 (panel reports, companion tests, counselling, protein
  // changes in words) 0.931.
  'en/dev12': { f1: 0.99, significance: 0.99, origin: 0.99 },
  'en/dev13': { f1: 0.99, significance: 0.99, origin: 0.99 },
  'en/dev14': { f1: 0.99, significance: 0.99, origin: 0.99 },
  'ja/dev13': { f1: 0.99, significance: 0.99, origin: 0.99 },
  'ja/dev14': { f1: 0.99, significance: 0.99, origin: 0.99 },
  'ja/dev15': { f1: 0.99, significance: 0.99, origin: 0.99 },
  // en dev15 and ja dev16, the same way: first scored 0.959 and 0.915.
  'en/dev15': { f1: 0.99, significance: 0.99, origin: 0.99 },
  'ja/dev16': { f1: 0.99, significance: 0.99, origin: 0.99 },
  // ja dev17 (30 notes, the same way) first scored 0.971; two misses left (a relative's
  // "same site" test without the gene, a result given only by the treatment it leads to).
  'ja/dev17': { f1: 0.99, significance: 0.99, origin: 0.99 },
  // en dev16 and ja dev18 restate the original dev notes one by one in new wording (how the
  // dev-test split was made): first scored 0.891 and 0.905, before negated class headings and
  // bracketed lists, confirmatory ISH calls, "19del", "none found", "not reported" and the 可能性
  // of clonal haematopoiesis. en dev16 keeps one miss (an ABL1 "KD mutation screen" naming no gene).
  'en/dev16': { f1: 0.99, significance: 0.99, origin: 0.99 },
  'ja/dev18': { f1: 0.99, significance: 0.99, origin: 0.99 },
  // en dev17 and ja dev19, the same way from the dev notes taken backwards: first scored 0.945 and
  // 0.994. en dev17 keeps one false positive (a "sub-threshold PIK3CA read … not reported").
  'en/dev17': { f1: 0.99, significance: 0.99, origin: 0.99 },
  'ja/dev19': { f1: 0.99, significance: 0.99, origin: 0.99 },
  // en dev18 and ja dev20, two rewordings of each of the richest dev notes: first scored 0.902 and
  // 0.969. en dev18 keeps misses left for lack of a rule (a relative named only as the proband of a
  // "familial variant", the androgen receptor named in words, origin of a negative told after a
  // tumour's sentences).
  'en/dev18': { f1: 0.97, significance: 0.99, origin: 0.99 },
  'ja/dev20': { f1: 0.99, significance: 0.99, origin: 0.99 },
  // en dev19 and ja dev21, each note combining two or three random dev notes: first scored 0.946
  // and 0.933. en dev19 keeps misses left (a relative's chart for a targeted report, an ISH call on
  // the next line after "=", a TP53 founder allele of a client whose mother carries it).
  'en/dev19': { f1: 0.98, significance: 0.99, origin: 0.97 },
  'ja/dev21': { f1: 0.99, significance: 0.99, origin: 0.99 },
  // en dev20 and ja dev22, the same way with other draws: first scored 0.937 and 0.894 (the reason
  // for testing told by a relative's cancer and the pedigree's "Patient:" row were fixed in the
  // next stop). Left: a legend-coded table (JA), a one-sentence germline confirmation story (JA).
  'en/dev20': { f1: 0.99, significance: 0.99, origin: 0.97 },
  'ja/dev22': { f1: 0.99, significance: 0.99, origin: 0.99 },
  // en dev21–dev24 and ja dev23–dev26, four more draws: first scored EN 0.909 / 0.931 / 0.950 /
  // 0.928 and JA 0.942 / 0.937 / 0.963 / 0.935. Left (EN): pronoun references to a variant, a
  // result 8+ words after its item, two tests of a gene told apart only by tumour, a relative as a
  // subject with a comma aside; (JA): per-problem origin in a progress note, a relative's variant
  // merged across clauses.
  'en/dev21': { f1: 0.98, significance: 0.98, origin: 0.94 },
  'en/dev22': { f1: 0.98, significance: 0.99, origin: 0.97 },
  'en/dev23': { f1: 0.99, significance: 0.99, origin: 0.99 },
  'en/dev24': { f1: 0.98, significance: 0.99, origin: 0.98 },
  'ja/dev23': { f1: 0.99, significance: 0.99, origin: 0.99 },
  'ja/dev24': { f1: 0.99, significance: 0.99, origin: 0.99 },
  'ja/dev25': { f1: 0.99, significance: 0.99, origin: 0.99 },
  'ja/dev26': { f1: 0.99, significance: 0.99, origin: 0.99 },
  // en dev25–dev27 and ja dev27–dev29, three more draws (2026-11-29, sixth stop): first scored EN
  // 0.938 / 0.971 / 0.977 and JA 0.961 / 0.990 / 0.966. en dev28–dev29 and ja dev30–dev31 were
  // written to be harder (results far from their gene, pronouns and back-references, relatives in
  // the patient's sentences): first scored EN 0.850 / 0.857, JA 0.919 / 0.887. Left (EN dev28/29):
  // results pointing back to a class named sentences before ("the ITD that was absent … is now
  // detectable", "her brother has neither"), relatives named only by pronoun, two tumours told apart
  // only by site; (JA dev31): a fusion told in words, gene-less negatives under an inline heading.
  'en/dev25': { f1: 0.99, significance: 0.99, origin: 0.99 },
  'en/dev26': { f1: 0.99, significance: 0.99, origin: 0.99 },
  'en/dev27': { f1: 0.99, significance: 0.99, origin: 0.99 },
  'en/dev28': { f1: 0.96, significance: 0.99, origin: 0.96 },
  'en/dev29': { f1: 0.97, significance: 0.97, origin: 0.96 },
  'ja/dev27': { f1: 0.99, significance: 0.99, origin: 0.99 },
  'ja/dev28': { f1: 0.99, significance: 0.99, origin: 0.99 },
  'ja/dev29': { f1: 0.99, significance: 0.99, origin: 0.99 },
  'ja/dev30': { f1: 0.99, significance: 0.99, origin: 0.99 },
  'ja/dev31': { f1: 0.99, significance: 0.99, origin: 0.99 },
  // en dev30 and ja dev32, a last harder draw: first scored 0.910 and 0.919. Left: back-references
  // ("carries neither", "the same gene"), relatives known only by a first name, per-problem scoping.
  'en/dev30': { f1: 0.95, significance: 0.98, origin: 0.97 },
  'ja/dev32': { f1: 0.99, significance: 0.97, origin: 0.92 },
  // ja dev33, one more harder draw: first scored 0.876; its gene-less negatives pointing back by count
  // ("両遺伝子とも", "4遺伝子のいずれにも") and tumour results whose blood check found nothing were fixed next stop.
  'ja/dev33': { f1: 0.99, significance: 0.99, origin: 0.99 },
  // en dev31–dev34 and ja dev34–dev38 (2026-11-29, seventh stop), blind draws written harder and, from
  // ja dev35 and en dev32 on, mostly as clinicians' free prose: first scored EN 0.851 / 0.909 / 0.928 / 0.913,
  // JA 0.975 / 0.924 / 0.834 / 0.895 / 0.942. Left: relatives named later only by a first name, the patient
  // as a bare "she", a class-only result whose gene is in the sentence before, HGVS with no gene (a kit).
  'en/dev31': { f1: 0.97, significance: 0.97, origin: 0.96 },
  'en/dev32': { f1: 0.99, significance: 0.98, origin: 0.97 },
  'en/dev33': { f1: 0.99, significance: 0.99, origin: 0.99 },
  'en/dev34': { f1: 0.96, significance: 0.99, origin: 0.99 },
  'ja/dev34': { f1: 0.99, significance: 0.99, origin: 0.99 },
  'ja/dev35': { f1: 0.99, significance: 0.99, origin: 0.97 },
  'ja/dev36': { f1: 0.99, significance: 0.99, origin: 0.99 },
  'ja/dev37': { f1: 0.99, significance: 0.99, origin: 0.99 },
  'ja/dev38': { f1: 0.99, significance: 0.99, origin: 0.99 },
  // en dev35–dev37 and ja dev39–dev42 (2026-11-29, eighth stop): prose draws (EN 0.870, JA 0.973), one-to-one
  // twins of dev notes (ja dev40 0.987), and prose drawn across haematology, hereditary clinics, sarcoma,
  // endocrine, skin and paediatric tumours (EN 0.889 / 0.858, JA 0.941 / 0.847 when first scored).
  'en/dev35': { f1: 0.99, significance: 0.98, origin: 0.99 },
  'en/dev36': { f1: 0.99, significance: 0.99, origin: 0.99 },
  'en/dev37': { f1: 0.95, significance: 0.97, origin: 0.91 },
  'ja/dev39': { f1: 0.99, significance: 0.99, origin: 0.99 },
  'ja/dev40': { f1: 0.99, significance: 0.99, origin: 0.99 },
  'ja/dev41': { f1: 0.99, significance: 0.99, origin: 0.99 },
  'ja/dev42': { f1: 0.99, significance: 0.99, origin: 0.98 },
  // en dev38–dev39 and ja dev43–dev47 (2026-11-29, ninth stop): blind draws across gynae-oncology, urology,
  // neuro-oncology, thyroid and cardiology genetics, laboratory report layouts, Japanese report and counselling
  // records, whose result and where it came from, clinicians' shorthand and indirect origin; first scored EN
  // 0.918 / 0.873, JA 0.959 / 0.919 / 0.970 / 0.933 / 0.993 (origin 0.928). Left: en dev39 pasted tables whose
  // breaks were lost, tab-separated germline cells; ja dev45 a declined confirmation, section scope of 家族歴.
  'en/dev38': { f1: 0.99, significance: 0.99, origin: 0.99 },
  'en/dev39': { f1: 0.98, significance: 0.98, origin: 0.99 },
  'ja/dev43': { f1: 0.99, significance: 0.99, origin: 0.99 },
  'ja/dev44': { f1: 0.99, significance: 0.99, origin: 0.99 },
  'ja/dev45': { f1: 0.99, significance: 0.99, origin: 0.99 },
  'ja/dev46': { f1: 0.99, significance: 0.99, origin: 0.99 },
  'ja/dev47': { f1: 0.99, significance: 0.99, origin: 0.99 },
  'en/dev40': { f1: 0.99, significance: 0.99, origin: 0.99 },
  'ja/dev48': { f1: 0.99, significance: 0.99, origin: 0.99 },
  'ja/dev49': { f1: 0.99, significance: 0.99, origin: 0.99 },
  'ja/dev50': { f1: 0.97, significance: 0.99, origin: 0.99 },
  'ja/dev51': { f1: 0.97, significance: 0.99, origin: 0.95 },
  'en/dev41': { f1: 0.99, significance: 0.98, origin: 0.99 },
  'en/dev42': { f1: 0.99, significance: 0.99, origin: 0.99 },
  'ja/dev52': { f1: 0.99, significance: 0.99, origin: 0.99 },
  'ja/dev53': { f1: 0.99, significance: 0.99, origin: 0.99 },
  'ja/dev54': { f1: 0.99, significance: 0.99, origin: 0.99 },
  'ja/dev55': { f1: 0.99, significance: 0.99, origin: 0.99 },
  'ja/dev56': { f1: 0.99, significance: 0.99, origin: 0.99 },
  'ja/dev57': { f1: 0.99, significance: 0.98, origin: 0.99 },
  'en/dev43': { f1: 0.98, significance: 0.97, origin: 0.97 },
  'ja/dev58': { f1: 0.98, significance: 0.99, origin: 0.99 },
  'ja/dev59': { f1: 0.99, significance: 0.99, origin: 0.99 },
  'en/dev44': { f1: 0.96, significance: 0.99, origin: 0.99 },
  'ja/dev60': { f1: 0.99, significance: 0.99, origin: 0.99 },
  'ja/dev61': { f1: 0.99, significance: 0.99, origin: 0.99 },
  'ja/dev62': { f1: 0.99, significance: 0.99, origin: 0.99 },
  'ja/dev63': { f1: 0.99, significance: 0.99, origin: 0.99 },
  'en/dev45': { f1: 0.97, significance: 0.99, origin: 0.99 },
  'ja/dev64': { f1: 0.97, significance: 0.99, origin: 0.99 },
  'ja/dev65': { f1: 0.99, significance: 0.99, origin: 0.99 },
  'en/dev46': { f1: 0.99, significance: 0.99, origin: 0.99 },
  'ja/dev66': { f1: 0.99, significance: 0.99, origin: 0.99 },
  'ja/dev67': { f1: 0.99, significance: 0.99, origin: 0.99 },
  'ja/dev68': { f1: 0.99, significance: 0.99, origin: 0.99 },
  'en/dev47': { f1: 0.99, significance: 0.99, origin: 0.99 },
  'ja/dev69': { f1: 0.99, significance: 0.99, origin: 0.99 },
  'ja/dev70': { f1: 0.99, significance: 0.99, origin: 0.99 },
  'ja/dev71': { f1: 0.99, significance: 0.99, origin: 0.99 },
  // The ninth stop of 2026-11-30's blind batches, first scored: en dev48 0.960 (long lung, breast and colorectal
  // courses), en dev49 0.977 and ja dev74 0.983 (the first dev sets' mix), ja dev72 0.964 (CGP expert-panel
  // reports), ja dev73 1.000 with origin 0.907 (records by pharmacists, nurses, coordinators), ja dev75 1.000,
  // en dev50 0.977 (the first dev set's mix, a second draw) and ja dev76 0.978 (EHR shorthand and misspellings).
  'en/dev48': { f1: 0.99, significance: 0.99, origin: 0.99 },
  'en/dev49': { f1: 0.99, significance: 0.99, origin: 0.99 },
  'ja/dev72': { f1: 0.99, significance: 0.99, origin: 0.99 },
  'ja/dev73': { f1: 0.99, significance: 0.99, origin: 0.99 },
  'ja/dev74': { f1: 0.99, significance: 0.99, origin: 0.99 },
  'ja/dev75': { f1: 0.99, significance: 0.99, origin: 0.99 },
  'en/dev50': { f1: 0.99, significance: 0.99, origin: 0.99 },
  'ja/dev76': { f1: 0.99, significance: 0.99, origin: 0.99 },
  // The first stop of 2026-12-01's blind batches, first scored: en dev51 0.974 (the first dev set's mix, third draw),
  // ja dev77 1.000, dev80 0.994 and dev81 0.994 (the same mix), ja dev78 0.960 (results reported second-hand), ja dev79
  // 0.979 (several genes' results listed at once).
  'en/dev51': { f1: 0.99, significance: 0.99, origin: 0.99 },
  'ja/dev77': { f1: 0.99, significance: 0.99, origin: 0.99 },
  'ja/dev78': { f1: 0.99, significance: 0.99, origin: 0.99 },
  'ja/dev79': { f1: 0.99, significance: 0.99, origin: 0.99 },
  'ja/dev80': { f1: 0.99, significance: 0.99, origin: 0.99 },
  'ja/dev81': { f1: 0.99, significance: 0.99, origin: 0.99 },
  // The second stop of 2026-12-01's blind batches, first scored: en dev52 0.997 (the first dev set's mix, fourth draw),
  // ja dev82 0.995 (results reported second-hand and over time).
  'en/dev52': { f1: 0.99, significance: 0.99, origin: 0.99 },
  'ja/dev82': { f1: 0.99, significance: 0.99, origin: 0.99 },
  // Raised after the sixth stop's scorings (EN 0.937 → 0.948 → 0.969, JA 0.910 → 0.926).
  'en/devtest': { f1: 0.97, significance: 0.99, origin: 0.99 },
  // ja devtest origin fell from 1.000 to 0.950 with ja decision 99's reading of dev12 (an origin
  // only suspected, "生殖細胞系列由来の可能性", is not germline); kept for the decision, not the score.
  // Its F1 fell from 0.902 to 0.872 with the dev13–dev15 rules (README); nothing was reverted for
  // it, and the floor follows the figure the README reports.
  // Its F1 rose to 0.910 with the 2026-11-29 fifth-stop rules while origin fell to 0.934 (one
  // origin miss more among more matched findings); nothing was reverted for it.
  // Raised with the sixth stop of 2026-11-30 (JA 0.926 → 0.941 with that stop's rules); origin
  // raised with the seventh (0.953 → 0.984, F1 unchanged).
  // Raised with the first stop of 2026-12-01 (F1 0.941 → 0.985, origin 0.984 → 0.985).
  'ja/devtest': { f1: 0.98, significance: 0.99, origin: 0.98 },
};

async function score(language: string, split: string) {
  const gold = new Map<string, readonly GeneticAnnotation[]>(
    readFileSync(join(samples, language, `gold-${split}.jsonl`), 'utf8')
      .split('\n')
      .filter((l) => l.trim() !== '')
      .map((l) => JSON.parse(l))
      .map((g: { note_id: string; genetics: GeneticAnnotation[] }) => [g.note_id, g.genetics]),
  );
  const pairs: {
    note_id: string;
    gold: readonly GeneticAnnotation[];
    predicted: readonly GeneticAnnotation[];
  }[] = [];
  for await (const event of readNotes(join(samples, language, `notes-${split}.jsonl`))) {
    if (event.kind === 'reject') throw new Error(`sample rejected: ${event.rejection.reason}`);
    const expected = gold.get(event.note.noteId);
    if (!expected) throw new Error(`no gold for ${event.note.noteId}`);
    pairs.push({
      note_id: event.note.noteId,
      gold: expected,
      predicted: pipeline.run(event.note).annotation.genetics,
    });
  }
  expect(pairs).toHaveLength(gold.size);
  return scoreGenetics(pairs);
}

describe.each(Object.entries(FLOORS))('genetics gold %s', (name, floor) => {
  it(`finding F1 ≥ ${floor.f1}, significance ≥ ${floor.significance}, origin ≥ ${floor.origin}`, async () => {
    const [language, split] = name.split('/') as [string, string];
    const scores = await score(language, split);
    const report = formatGeneticsScores(name, scores);
    expect(scores.f1, report).toBeGreaterThanOrEqual(floor.f1);
    expect(scores.significance.accuracy, report).toBeGreaterThanOrEqual(floor.significance);
    expect(scores.origin.accuracy, report).toBeGreaterThanOrEqual(floor.origin);
  });
});
