import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatSmokingScores, NUMERIC_FIELDS, scoreSmoking } from '../src/eval/smoking-score.js';
import { loadPipeline } from '../src/load-pipeline.js';
import type { SmokingAnnotation } from '../src/pipeline.js';
import { readNotes } from '../src/sources/read-notes.js';

// Golden runs over the hand-labelled smoking notes (samples/smoking/). `devtest` was never tuned
// on; its floors are the figures the README reports, so a regression fails here.
const pipeline = loadPipeline();
const samples = join(import.meta.dirname, '..', 'samples', 'smoking');

interface Floor {
  readonly macroF1: number;
  readonly numeric: number;
}

// Floors: the README's figures, rounded down (dev4 JA has no `never` note, so its macro-F1
// averages three classes).
const FLOORS: Record<string, Floor> = {
  'en/dev': { macroF1: 0.99, numeric: 0.99 },
  'en/dev2': { macroF1: 0.99, numeric: 0.99 },
  'en/dev3': { macroF1: 0.99, numeric: 0.95 },
  'en/dev4': { macroF1: 0.99, numeric: 0.99 },
  'en/dev5': { macroF1: 0.99, numeric: 0.99 },
  'en/dev6': { macroF1: 0.99, numeric: 0.99 },
  // dev7 was written blind; first scored at 0.678 (unknown recall 0.214), before the rules for
  // people and pronouns, text addressed to the reader and unanswered questions.
  'en/dev7': { macroF1: 0.99, numeric: 0.99 },
  'ja/dev': { macroF1: 0.99, numeric: 0.99 },
  'ja/dev2': { macroF1: 0.99, numeric: 0.99 },
  'ja/dev3': { macroF1: 0.99, numeric: 0.99 },
  'ja/dev4': { macroF1: 0.99, numeric: 0.99 },
  'ja/dev5': { macroF1: 0.99, numeric: 0.99 },
  'ja/dev6': { macroF1: 0.99, numeric: 0.99 },
  // ja dev7 was written blind on the current/former boundary; first scored at 0.840 (never F1
  // 0.71, quit year 7/13), before the rules for 最終喫煙, 一昨年, quit dates written after the
  // quit, unanswered items, population advice and present-and-past denials.
  'ja/dev7': { macroF1: 0.99, numeric: 0.99 },
  // dev8 (both languages) was written blind on numbers and the JA current/former boundary; first
  // scored at en 0.899 (cigarettes/day 0.871) and ja 0.971 (quit year 0.769, pack-years 0.818),
  // before the rules for questionnaire ticks, "a pack lasts N days", "nvr smkr", relatives'
  // relative clauses, 「…をやめ、」, Brinkman formulas, bracketed age ranges and 禁煙中（3週間）.
  'en/dev8': { macroF1: 0.99, numeric: 0.99 },
  'ja/dev8': { macroF1: 0.99, numeric: 0.99 },
  // dev9 (both languages) was written blind on durations, start/stop ages and quit timing; first
  // scored at en 0.874 (years smoked 0.625) and ja 0.851 (years 0.769, quit year 0.737), before
  // the rules for "Age: 62" headers, decades of smoking, "until her first pregnancy at 27",
  // "before that", 〜から現在まで, 〜年前の入院を機に禁煙, 期間（30）年, 先月末に禁煙 and 再開.
  'en/dev9': { macroF1: 0.99, numeric: 0.96 },
  'ja/dev9': { macroF1: 0.99, numeric: 0.97 },
  // dev10 (both languages) was written blind on the current/former/unknown boundary in new
  // styles; first scored at en 0.734 and ja 0.739, before the rules for checkbox rows read box by
  // box, "If former -" template labels, "stopped on admission", "ever smoker", charts corrected
  // "in error", "admits to a few cigarettes", 喫：＋ / SM(+) / 喫煙 ex shorthand, 健診 definitions
  // and statuses "not yet confirmed" (確認できず), then quit timing ("quit x 3 mo", "stopped last
  // Tuesday", "…, 3 weeks ago" further from the verb): EN quit year 0.467 → 0.667.
  'en/dev10': { macroF1: 0.99, numeric: 0.99 },
  'ja/dev10': { macroF1: 0.99, numeric: 0.9 },
  // dev11 was written blind (JA status read from verbs and time words; EN durations in prose);
  // first scored at en 1.000 status (numbers 0.80–1.00) and ja 0.941 (quit year 0.538), before
  // 去年まで吸ってた, N年前から吸っていない, 以前はヘビースモーカーだった, ここ数年は吸っていない,
  // 平成20年頃まで…喫煙, "has not had a cigarette in 8 years", "40+ pack-years" (a bound, null),
  // "12 years at about 15 a day", "put them down", "He is 61".
  'en/dev11': { macroF1: 0.99, numeric: 0.99 },
  'ja/dev11': { macroF1: 0.99, numeric: 0.92 },
  // dev12 was written blind (EN: long notes mentioning smoking 2–4 times, copied-forward
  // histories, corrections, numbers spread over sections; JA: the current/former boundary in
  // 入院サマリー, 術前, 禁煙外来, 健診 forms, 救急 shorthand); first scored at en 0.884 (pack-years
  // 0.714, Brinkman 0.737) and ja 0.804 (quit year 0.727), before the rules for copied-forward
  // blocks, 健診 rows answered with a circled はい/いいえ, "[x] No, I quit", a later quit of the
  // same pipe, oxygen-safety teaching, screening-guideline wording, "non-" compounds, 嗜好 Tb(−),
  // 試しただけ, informants in brackets（夫より）, "58M" ages, quit months with no year, amounts
  // dated to today (現在は1日3〜5本), nicotine-replacement doses and "Start age:" rows.
  'en/dev12': { macroF1: 0.99, numeric: 0.8 },
  'ja/dev12': { macroF1: 0.99, numeric: 0.99 },
  // dev13 was written blind (EN durations and amounts per week, month and carton, insurance and
  // transplant forms; JA current smokers who read as former and the reverse); first scored at en
  // 0.857 (numbers 0.45–0.74) and ja 0.864, before cartons and weeks, "N months smoke-free",
  // remission, "Last use:", decades and "N-year smoker", "until he was 50", amounts smoked now as
  // a current statement, 1箱をN日で, N年も吸ってきた, 現在も継続, refused answers and 指導（…）.
  'en/dev13': { macroF1: 0.99, numeric: 0.76 },
  'ja/dev13': { macroF1: 0.99, numeric: 0.99 },
  // en dev14 was written blind (numbers in plain prose: spans of ages and years, quit timing
  // every way, packs, stated pack-years and Brinkman from Japanese referrals); first scored at
  // 0.894 (Brinkman 0.765), before "daly", "off cigarettes since Thanksgiving 2021", histories
  // not obtained or still needed, "from 1985 until", and labels after a sentence end.
  'en/dev14': { macroF1: 0.99, numeric: 0.99 },
  // en dev15 was written blind (numbers in every form: amounts per week, "a pack lasts", goals
  // and plans, spans in months, label-first pack-years, histories in periods, other substances'
  // rows); first scored at 0.883 (pack-years 0.700, Brinkman 0.611), before those rules.
  'en/dev15': { macroF1: 0.99, numeric: 0.99 },
  // ja dev14 was written blind (quit timing and the Brinkman index: quits dated by an event
  // (出産を機に, 心筋梗塞後に, 特定保健指導をきっかけに), 年度, （〜H20）, heated tobacco stopped after
  // cigarettes, form rows answered in brackets, 喫煙指数 as a formula); first scored at 0.871
  // (quit year 0.600), before those rules and a dated quit beating a rough interval.
  'ja/dev14': { macroF1: 0.99, numeric: 0.99 },
  // en dev16 was written blind in the style and status mix of the original dev notes, weighted
  // to numbers; first scored at 0.976 (quit year 0.818), before tobacco treatment materials,
  // smokeless rows, "quit last yr", "for \"about 30 years\"" and a quit between two years.
  'en/dev16': { macroF1: 0.99, numeric: 0.99 },
  // ja dev15 was written blind in the style and status mix of the original dev notes, weighted
  // to numbers; first scored at 0.952 (pack-years and Brinkman 0.750), before answers in form
  // brackets, spans to 現在, H27〜禁煙, 昨年の3月にやめて, abstinence only in hospital, heated
  // tobacco amounts and N年近く.
  'ja/dev15': { macroF1: 0.99, numeric: 0.99 },
  // ja dev16, the same way (original style, half the notes with numbers); first scored at 0.923,
  // before honorific denials (吸われたことがなく), smoking "until his 30s" and a reason clause
  // before 指導 read as teaching.
  'ja/dev16': { macroF1: 0.99, numeric: 0.99 },
  // en dev17, the same way; first scored at 0.916 (quit year 0.700), before dated abstinence
  // ("has not smoked since his retirement in 2016", "smoke-free since Memorial Day 2022"),
  // abstinence only since admission, empty "( )" boxes and "starting at 18".
  'en/dev17': { macroF1: 0.99, numeric: 0.99 },
  // en dev18, the same way; first scored at 0.949 (quit year 0.727), before "formr smkr -
  // stoped 2010", switching to a vape N years ago and a denial naming its product ("never smoked
  // cigarettes" beside a pipe).
  'en/dev18': { macroF1: 0.99, numeric: 0.99 },
  // en dev19, the same way; first scored at 0.945, before bracketed era years inside a span,
  // peri-operative instructions, what smoking does in general ("as smoking worsens…") and a
  // label naming the cigarettes beside a cigar.
  'en/dev19': { macroF1: 0.99, numeric: 0.99 },
  // ja dev17, the same way; first scored at 0.844 (quit year 0.750), before lifetime and
  // honorific denials, quit timing inside 禁煙中（…）, switches to heated tobacco, SM: ex（…）
  // rows, smoking until the morning of admission, 一般的な情報として and spans ending in brackets.
  'ja/dev17': { macroF1: 0.99, numeric: 0.99 },
  // ja dev18, the same way; first scored at 0.893 (quit year 0.833), before denials naming their
  // product beside heated tobacco in use, 以降、1本も吸っていない, 2017年にやめ、 and
  // 禁煙開始日（2/3）.
  'ja/dev18': { macroF1: 0.99, numeric: 0.99 },
  // en dev20 was written blind to the hardest years-smoked cases (ages from a header or a date
  // of birth, "started in the Army at 18", spans ending in an event); first scored at 0.982
  // (quit year 0.636), before those rules. One quit stays missed: abstinence since an admission,
  // told after discharge (2038).
  'en/dev20': { macroF1: 0.99, numeric: 0.9 },
  // ja dev19 was written blind to quit timing, the Brinkman index and the current/former
  // boundary; first scored at 0.795 (quit year 0.389), before abstinence since a time
  // (〜から吸っていない), "やめて、それきり", honorific quits, 禁煙歴なし (decision 70) and unit ranges.
  'ja/dev19': { macroF1: 0.99, numeric: 0.99 },
  // en dev21 (30 current or former smokers, years and quit years in prose) first scored status
  // 1.000, years 0.880, before "a 30-year history of smoking" and "for about a decade".
  'en/dev21': { macroF1: 0.99, numeric: 0.99 },
  // en dev22 and ja dev20 restate the phenomena of the original dev notes one by one in new
  // wording, the way the dev-test split was made: first scored 0.833 (brinkman 0.750) and 0.766
  // (quit year 0.692), before dot-leader rows, "over roughly N years", fractions of a pack,
  // switching to a vape, joints, pedigree rows, honorific and の-form denials, 吸う of air, 吸い始めて
  // N年, holidays as quit months and 聴取不能.
  'en/dev22': { macroF1: 0.99, numeric: 0.99 },
  'ja/dev20': { macroF1: 0.99, numeric: 0.99 },
  // en dev23 and ja dev21, the same way from the dev notes taken backwards: first scored 0.921
  // (years and Brinkman 0.500) and 0.902 (quit year 0.769), before table rows, approximate start
  // years, workplace smoke, tobacco businesses, advice verbs after 禁煙 and cleft quits.
  'en/dev23': { macroF1: 0.99, numeric: 0.99 },
  'ja/dev21': { macroF1: 0.99, numeric: 0.99 },
  // en dev24 and ja dev22, two rewordings of each of the richest dev notes: first scored EN status
  // accuracy 0.975 with numbers 0.650–0.853 (the split has no unknown notes) and JA 0.844 with
  // numbers 0.688–0.906.
  'en/dev24': { macroF1: 0.99, numeric: 0.99 },
  'ja/dev22': { macroF1: 0.99, numeric: 0.99 },
  // en dev25 and ja dev23, each note combining two or three random dev notes: first scored 0.952
  // (years 0.583) and 0.808.
  'en/dev25': { macroF1: 0.99, numeric: 0.99 },
  'ja/dev23': { macroF1: 0.99, numeric: 0.99 },
  // en dev26 and ja dev24, the same way with other draws: first scored 0.939 and 0.922; en dev26
  // keeps one note's years (a girlfriend's "ever since I've known him, maybe 8 years").
  'en/dev26': { macroF1: 0.99, numeric: 0.92 },
  'ja/dev24': { macroF1: 0.99, numeric: 0.99 },
  // en dev27–dev29 and ja dev25–dev27, drawn the same way with other seeds and weighted to
  // numbers: first scored EN 0.901 / 0.906 / 0.874 (numbers down to 0.583) and JA 0.917 / 0.884 /
  // 0.898 (numbers down to 0.640). en dev28 kept one note (a Start/Stop/Per-day table beside a
  // cigar row's "never") until the second stop of 2026-12-01 (the Start/Stop table reader, pipe-tables.ts).
  'en/dev27': { macroF1: 0.99, numeric: 0.99 },
  'en/dev28': { macroF1: 0.99, numeric: 0.99 },
  'en/dev29': { macroF1: 0.99, numeric: 0.99 },
  'ja/dev25': { macroF1: 0.99, numeric: 0.99 },
  'ja/dev26': { macroF1: 0.99, numeric: 0.99 },
  'ja/dev27': { macroF1: 0.99, numeric: 0.99 },
  // en dev30 and ja dev28, the same way (a sixth draw): first scored 0.938 and 0.837.
  'en/dev30': { macroF1: 0.99, numeric: 0.99 },
  'ja/dev28': { macroF1: 0.99, numeric: 0.99 },
  // en dev31–dev34 and ja dev29–dev32, the same way with other draws (2026-11-29, sixth stop):
  // first scored EN 0.825 / 0.806 / 0.919 / 0.881 and JA 0.882 / 0.885 / 0.901 / 0.917. en dev35 and
  // ja dev33 were written to be harder (narrative timelines, numbers referred back to, relatives in
  // the patient's sentences, disagreeing sources): first scored 0.810 and 0.788. Left: en dev35
  // restarts whose periods add up (decision 61), "down from 25 a day to about 6 to 8" with no
  // smoking word, an informant's "I" under a label naming her, "about half that"; ja dev31 a
  // daughter's quote about her father (the patient); ja dev33 a cigar row's ■あり, 愛用, 手放した.
  'en/dev31': { macroF1: 0.99, numeric: 0.99 },
  'en/dev32': { macroF1: 0.99, numeric: 0.99 },
  'en/dev33': { macroF1: 0.99, numeric: 0.99 },
  'en/dev34': { macroF1: 0.99, numeric: 0.99 },
  'en/dev35': { macroF1: 0.91, numeric: 0.85 },
  'ja/dev29': { macroF1: 0.99, numeric: 0.99 },
  'ja/dev30': { macroF1: 0.99, numeric: 0.99 },
  'ja/dev31': { macroF1: 0.99, numeric: 0.99 },
  'ja/dev32': { macroF1: 0.99, numeric: 0.99 },
  'ja/dev33': { macroF1: 0.99, numeric: 0.99 },
  // en dev36 and ja dev34, a last harder draw: first scored 0.843 and 0.774. Left: restarts that
  // add up, a relative's death dating the patient's quit, an informant's quote across a line break.
  'en/dev36': { macroF1: 0.95, numeric: 0.85 },
  'ja/dev34': { macroF1: 0.97, numeric: 0.86 },
  // en dev37 and ja dev35, one more harder draw: first scored 0.900 and 0.900, fixed in part in a
  // short last round, then in the seventh stop (restarts that add up, kanji-numeral ages, 還暦).
  'en/dev37': { macroF1: 0.99, numeric: 0.95 },
  'ja/dev35': { macroF1: 0.99, numeric: 0.99 },
  // en dev38–dev41 and ja dev36–dev39 (2026-11-29, seventh stop), more blind draws, the harder way
  // and, for en dev41 and ja dev38–dev39, about half told in running prose: first scored EN 0.827 / 0.797 /
  // 0.927 / 0.968 and JA 0.863 / 0.848 / 0.725 / 0.900. Left: en dev41 4103 (a restart whose first period runs
  // from an age to a year), ja dev37 3702 (an amount in quoted speech with no tobacco word).
  'en/dev38': { macroF1: 0.99, numeric: 0.99 },
  'en/dev39': { macroF1: 0.99, numeric: 0.99 },
  'en/dev40': { macroF1: 0.99, numeric: 0.99 },
  'en/dev41': { macroF1: 0.99, numeric: 0.93 },
  'ja/dev36': { macroF1: 0.99, numeric: 0.99 },
  'ja/dev37': { macroF1: 0.99, numeric: 0.99 },
  'ja/dev38': { macroF1: 0.99, numeric: 0.99 },
  'ja/dev39': { macroF1: 0.99, numeric: 0.99 },
  // en dev42–dev45 and ja dev40–dev43 (2026-11-29, eighth stop): prose draws with most notes carrying numbers
  // written the hard way (first scored EN 0.885 / 0.883 / 0.910, JA 0.863 / 0.804 / 0.873, numbers as low as
  // 0.41), and one-to-one twins of dev notes made the way dev-test was (en dev44 0.938, ja dev42 1.000).
  'en/dev42': { macroF1: 0.98, numeric: 0.85 },
  'en/dev43': { macroF1: 0.93, numeric: 0.76 },
  'en/dev44': { macroF1: 0.99, numeric: 0.99 },
  'en/dev45': { macroF1: 0.96, numeric: 0.86 },
  'ja/dev40': { macroF1: 0.99, numeric: 0.99 },
  'ja/dev41': { macroF1: 0.99, numeric: 0.99 },
  'ja/dev42': { macroF1: 0.99, numeric: 0.99 },
  'ja/dev43': { macroF1: 0.99, numeric: 0.99 },
  // en dev46–dev49 and ja dev44–dev46 (2026-11-29, ninth stop): blind draws weighted to years and quit timing,
  // settings that record smoking for a purpose (screening, pre-op, obstetrics, insurance …), long records whose
  // mentions disagree, and telegraphic shorthand; first scored EN 0.925 / 0.912 / 0.775 / 0.892 and JA 0.819 /
  // 0.762 / 0.950, numbers as low as 0.50. Left: en dev48 (referrer vs consultant letters, a quit counted back
  // from a dated admission), ja dev46 (a daughter's quote about her father, quits dated by the day after a visit).
  'en/dev46': { macroF1: 0.99, numeric: 0.99 },
  'en/dev47': { macroF1: 0.99, numeric: 0.99 },
  'en/dev48': { macroF1: 0.99, numeric: 0.99 },
  'en/dev49': { macroF1: 0.99, numeric: 0.99 },
  'ja/dev44': { macroF1: 0.99, numeric: 0.99 },
  'ja/dev45': { macroF1: 0.99, numeric: 0.99 },
  'ja/dev46': { macroF1: 0.99, numeric: 0.92 },
  'en/dev50': { macroF1: 0.99, numeric: 0.99 },
  'en/dev51': { macroF1: 0.99, numeric: 0.99 },
  'en/dev52': { macroF1: 0.94, numeric: 0.94 },
  'ja/dev47': { macroF1: 0.99, numeric: 0.99 },
  'ja/dev48': { macroF1: 0.99, numeric: 0.99 },
  'ja/dev49': { macroF1: 0.89, numeric: 0.92 },
  'en/dev53': { macroF1: 0.99, numeric: 0.99 },
  'en/dev54': { macroF1: 0.99, numeric: 0.99 },
  'en/dev55': { macroF1: 0.99, numeric: 0.99 },
  'en/dev56': { macroF1: 0.97, numeric: 0.95 },
  'ja/dev50': { macroF1: 0.99, numeric: 0.99 },
  'ja/dev51': { macroF1: 0.99, numeric: 0.99 },
  'ja/dev52': { macroF1: 0.99, numeric: 0.99 },
  'en/dev57': { macroF1: 0.99, numeric: 0.99 },
  'ja/dev53': { macroF1: 0.99, numeric: 0.99 },
  'ja/dev54': { macroF1: 0.99, numeric: 0.99 },
  'en/dev58': { macroF1: 0.99, numeric: 0.69 },
  'ja/dev55': { macroF1: 0.99, numeric: 0.99 },
  'en/dev59': { macroF1: 0.99, numeric: 0.99 },
  'en/dev60': { macroF1: 0.99, numeric: 0.86 },
  'ja/dev56': { macroF1: 0.99, numeric: 0.99 },
  'ja/dev57': { macroF1: 0.99, numeric: 0.99 },
  'en/dev61': { macroF1: 0.99, numeric: 0.99 },
  'ja/dev58': { macroF1: 0.99, numeric: 0.99 },
  'en/dev62': { macroF1: 0.99, numeric: 0.99 },
  'ja/dev59': { macroF1: 0.99, numeric: 0.99 },
  'en/dev63': { macroF1: 0.99, numeric: 0.99 },
  'ja/dev60': { macroF1: 0.99, numeric: 0.99 },
  'ja/dev61': { macroF1: 0.99, numeric: 0.99 },
  // The ninth stop of 2026-11-30's blind batches, first scored: en dev64 0.932 (EHR Tobacco Use blocks against
  // prose), en dev65 0.913 (periods, ages, quit dates), en dev66 0.798 (everyday notes in the first dev set's mix),
  // ja dev62 0.811 (quoted speech, family informants, product switches), ja dev63 0.830 (terse pre-procedure forms),
  // ja dev64 1.000 (numbers 0.93; the first dev set's mix), en dev67 0.927 (the same mix, a second draw).
  'en/dev64': { macroF1: 0.99, numeric: 0.99 },
  'en/dev65': { macroF1: 0.99, numeric: 0.99 },
  'en/dev66': { macroF1: 0.99, numeric: 0.99 },
  'ja/dev62': { macroF1: 0.99, numeric: 0.99 },
  'ja/dev63': { macroF1: 0.99, numeric: 0.99 },
  'ja/dev64': { macroF1: 0.99, numeric: 0.99 },
  'en/dev67': { macroF1: 0.99, numeric: 0.99 },
  // The first stop of 2026-12-01's blind batches, first scored (macro-F1): en dev68 0.931 and dev70 0.968 (the first dev
  // set's mix, third and fourth draws), en dev69 0.974 (years and quit timing), en dev71 0.780 (the same in screening,
  // PFT, consult and pre-op records), en dev72 0.971 (told in prose), en dev73 1.000 (numbers 0.76; histories told
  // twice), en dev74 0.950 (records where the numbers matter), ja dev65 0.972 (quit year 0.78), ja dev66 1.000 (0.93).
  'en/dev68': { macroF1: 0.99, numeric: 0.99 },
  'en/dev69': { macroF1: 0.99, numeric: 0.99 },
  'en/dev70': { macroF1: 0.99, numeric: 0.99 },
  'en/dev71': { macroF1: 0.99, numeric: 0.99 },
  'en/dev72': { macroF1: 0.99, numeric: 0.99 },
  'en/dev73': { macroF1: 0.99, numeric: 0.99 },
  'en/dev74': { macroF1: 0.99, numeric: 0.99 },
  'ja/dev65': { macroF1: 0.99, numeric: 0.99 },
  'ja/dev66': { macroF1: 0.99, numeric: 0.99 },
  // The second stop of 2026-12-01's blind batches, first scored (macro-F1): en dev75 0.945 (years and quit timing worked
  // out from ages, spans and dated events; keeps one note: a screening table of smoking periods), en dev76 1.000 and dev79
  // 0.966 (the first dev set's mix, fifth and sixth draws), en dev77 0.960 (templates with prose), en dev78 0.964
  // (telegraphic and dictated notes), ja dev67 0.902 (the first dev set's mix).
  'en/dev75': { macroF1: 0.97, numeric: 0.93 },
  'en/dev76': { macroF1: 0.99, numeric: 0.99 },
  'en/dev77': { macroF1: 0.99, numeric: 0.99 },
  'en/dev78': { macroF1: 0.99, numeric: 0.99 },
  'en/dev79': { macroF1: 0.99, numeric: 0.99 },
  'ja/dev67': { macroF1: 0.99, numeric: 0.99 },
  'en/dev80': { macroF1: 0.99, numeric: 0.99 },
  'en/dev81': { macroF1: 0.99, numeric: 0.99 },
  'en/dev82': { macroF1: 0.99, numeric: 0.99 },
  'en/dev83': { macroF1: 0.99, numeric: 0.99 },
  'ja/dev68': { macroF1: 0.99, numeric: 0.99 },
  'en/devtest': { macroF1: 0.98, numeric: 0.92 },
  // ja devtest quit year rose 0.909 → 1.000 with the first stop of 2026-12-01's rules (every ja number now 1.000).
  'ja/devtest': { macroF1: 0.97, numeric: 0.99 },
};

async function score(language: string, split: string) {
  const gold = new Map<string, SmokingAnnotation>(
    readFileSync(join(samples, language, `gold-${split}.jsonl`), 'utf8')
      .split('\n')
      .filter((l) => l.trim() !== '')
      .map((l) => JSON.parse(l))
      .map((g: { note_id: string; smoking: SmokingAnnotation }) => [g.note_id, g.smoking]),
  );
  const pairs: { gold: SmokingAnnotation; predicted: SmokingAnnotation }[] = [];
  for await (const event of readNotes(join(samples, language, `notes-${split}.jsonl`))) {
    if (event.kind === 'reject') throw new Error(`sample rejected: ${event.rejection.reason}`);
    const expected = gold.get(event.note.noteId);
    if (!expected) throw new Error(`no gold for ${event.note.noteId}`);
    pairs.push({ gold: expected, predicted: pipeline.run(event.note).annotation.smoking });
  }
  expect(pairs).toHaveLength(gold.size);
  return scoreSmoking(pairs);
}

describe.each(Object.entries(FLOORS))('smoking gold %s', (name, floor) => {
  it(`status macro-F1 ≥ ${floor.macroF1}, each numeric field ≥ ${floor.numeric}`, async () => {
    const [language, split] = name.split('/') as [string, string];
    const scores = await score(language, split);
    const report = formatSmokingScores(name, scores);
    expect(scores.macroF1, report).toBeGreaterThanOrEqual(floor.macroF1);
    for (const field of NUMERIC_FIELDS) {
      expect(scores.numeric[field].accuracy, `${field}\n${report}`).toBeGreaterThanOrEqual(
        floor.numeric,
      );
    }
  });
});
