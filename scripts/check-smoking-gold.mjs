#!/usr/bin/env node
// Validates the hand-labelled smoking gold sets (annotation contract: shared spec sections 1-3).
//
// For each language directory samples/smoking/<lang>/ and each of its splits (dev, devtest, and
// dev2 / dev3 / dev4 / dev5, later development batches) it reads
// notes-<split>.jsonl and gold-<split>.jsonl and checks:
//   - every line is JSON; notes carry note_id, person_id, note_text (strings), a real
//     note_date (YYYY-MM-DD) and language equal to the directory's language;
//   - note_ids are unique across all splits and languages;
//   - gold has one line per note, in the same order, with the same note_id;
//   - gold carries only note_id and smoking (genetics is allowed only where the language's
//     config says so) and smoking has exactly the six fields;
//   - status is current | former | never | unknown; numbers are null or finite and >= 0;
//   - quit_year is an integer year <= the note_date year, and null for current smokers;
//   - never smokers carry no numbers, and neither do unknown ones unless the note is listed in
//     UNKNOWN_WITH_NUMBERS (an ever-smoker whose current/former status the note leaves open);
//   - note_ids look like <lang>-s-NNNN; cigarettes_per_day <= 200 and years_smoked <= 100;
//   - pack_years = cigarettes_per_day / 20 * years_smoked and
//     brinkman_index = cigarettes_per_day * years_smoked whenever both inputs are non-null,
//     unless the note is listed in STATED_CONFLICTS for that field (the note states a value
//     that conflicts with the arithmetic and gold keeps the stated value). A listed exception
//     that no longer conflicts is reported as an error, so the list cannot go stale, and the
//     stated value must occur in the note text (ASCII or full-width digits).
//
// A language directory or split that does not exist yet is reported and skipped
// (use --strict to make that an error).
//
// Usage: node scripts/check-smoking-gold.mjs [--strict]

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const SET_DIR = join(ROOT, 'samples', 'smoking');
// Every split of a language is a notes-<split>.jsonl in its directory (dev, devtest, and the
// blind batches dev2, dev3, …): found on disk, so a new batch needs no edit here.
const LANGUAGES = {
  en: { allowGenetics: false, splits: splitsOf('en') },
  ja: { allowGenetics: false, splits: splitsOf('ja') },
};

function splitsOf(lang) {
  const dir = join(SET_DIR, lang);
  if (!existsSync(dir)) return [];
  const names = readdirSync(dir);
  for (const f of names) {
    const m = /^gold-(.+)\.jsonl$/.exec(f);
    if (m && !names.includes(`notes-${m[1]}.jsonl`)) {
      process.stderr.write(`${relative(ROOT, join(dir, f))}: no matching notes file\n`);
      process.exitCode = 1;
    }
  }
  return names
    .map((f) => /^notes-(.+)\.jsonl$/.exec(f)?.[1])
    .filter(Boolean)
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
}
const STATUSES = new Set(['current', 'former', 'never', 'unknown']);
const SMOKING_FIELDS = [
  'status',
  'pack_years',
  'cigarettes_per_day',
  'years_smoked',
  'quit_year',
  'brinkman_index',
];
const NUMERIC_FIELDS = SMOKING_FIELDS.filter((f) => f !== 'status');
const TOLERANCE = 0.01;

// note_id -> { field: reason }. Notes whose stated value conflicts with the arithmetic; gold
// keeps the stated value. Keep this in step with the README of each language's set.
const STATED_CONFLICTS = {
  'en-s-5524': {
    pack_years:
      'states "~20 pack-years by her own count" beside 15 a day for 30 years (computed 22.5) (dev55 5524)',
  },
  'en-s-5531': {
    pack_years:
      'states "1 ppd x 35 yrs (40 pack-years per the pulmonology note)" (computed 35) (dev55 5531)',
  },
  'ja-s-5004': {
    brinkman_index: 'states 「1日30本×35年（BI 1000）」 (computed 1050) (dev50 5004)',
  },
  'ja-s-5011': {
    brinkman_index:
      "states 「前医の記録ではブリンクマン指数 700」 beside the patient's 1日1箱を30年 (computed 600) (dev50 5011)",
  },
  'ja-s-4720': {
    brinkman_index:
      "states 「25本/d × 30y（BI 650）」 (the clinician's arithmetic) (computed 750) (dev47 4720)",
  },
  'ja-s-4721': {
    brinkman_index: 'states 「1.5箱/d × 20y、H30禁煙（BI 400）」 (computed 600) (dev47 4721)',
  },
  'en-s-4828': {
    pack_years:
      'states "Smoked 1.5 ppd for 25 years (=40 pack-years)" (the surgeon\'s arithmetic) (computed 37.5) (dev48 4828)',
  },
  'ja-s-4603': {
    brinkman_index:
      "states ブリンクマン指数 800 (紹介状) beside the reply letter's 20歳から55歳まで1日20本 (computed 700) (dev46 4603)",
  },
  'ja-s-4620': {
    brinkman_index: "states BI=25×28=750 (the clinician's arithmetic) (computed 700) (dev46 4620)",
  },
  'en-s-4702': {
    pack_years:
      'states "42 yrs x 0.75 = 36 pack-years" (the screening clinician\'s arithmetic) (computed 31.5) (dev47 4702)',
  },
  'ja-s-4537': {
    brinkman_index:
      'states 前医紹介状では喫煙指数800 beside 1日20本×35年 (computed 700) (dev45 4537)',
  },
  'ja-s-4435': {
    brinkman_index:
      'states 喫煙指数は1160（40本×20年＋20本×18年） beside the present 20本 over 38 years (computed 760) (dev44 4435)',
  },
  'en-s-4521': {
    pack_years:
      'states "Call it 30 pack-years" (her own figure) beside about a pack a day from 1990 until the summer before last (2023) (computed 33) (dev45 4521)',
  },
  'ja-s-4305': {
    brinkman_index:
      'states ブリンクマン指数1000 (前医の紹介状) beside 二十五から五十五 and 一日30本 (computed 900) (dev43 4305)',
  },
  'ja-s-4327': {
    brinkman_index:
      'states ＢＩ ７００ (前医情報) beside １日２０本×３０年、Ｈ２４年禁煙 (computed 600) (dev43 4327)',
  },
  'en-s-4413': {
    pack_years:
      'states "my lung doctor said 40 pack-years" beside 2 ppd x 15 yrs (computed 30) (dev44 4413, modelled on dev 33)',
  },
  'ja-s-4228': {
    brinkman_index:
      'states BI 900 beside 30本/日×28年, 現在も継続中 (computed 840) (dev42 4228, twin of dev 34)',
  },
  'en-s-4331': {
    pack_years:
      'states "call it 25 pack-years" (his own figure) beside about a pack a day from 1990 through 2012 (computed 22) (dev43 4331)',
  },
  'ja-s-4109': {
    brinkman_index:
      'states 喫煙指数 600 (前医の情報提供書) beside 23歳から51歳 and 1日20本前後 (computed 560) (dev41 4109)',
  },
  'ja-s-4117': {
    pack_years:
      'states 約40 pack-years (前医の記録) beside 17歳から66歳 and 一日15本程度 (computed 36.75) (dev41 4117)',
  },
  'ja-s-4032': {
    brinkman_index:
      'states ブリンクマン指数600 (前医紹介状) beside 22歳から57歳 and 1日20本 (computed 700) (dev40 4032)',
  },
  'en-s-4123': {
    pack_years:
      'states "about 30 pack-years" (her own figure) beside a pack a day from 1982 to 2004 (computed 22) (dev41 4123)',
  },
  'en-s-4031': {
    pack_years:
      'states "around 30 pack-years" (her own figure) beside 3/4 pack a day from 17 to 44 (computed 20.25) (dev40 4031)',
  },
  'en-s-3935': {
    pack_years:
      'states "around 40 pack-years" (her own figure) beside a pack and a half a day from 1987 until March 2012 (computed 37.5) (dev39 3935)',
  },
  'ja-s-3719': {
    brinkman_index:
      'states BI 600 (referral) beside 20歳から55歳 and 1日20本 (computed 700) (dev37 3719)',
  },
  'ja-s-3922': {
    brinkman_index:
      'states ブリンクマン指数800 (前医紹介状) beside 15〜25本 for 35 years (computed 700) (dev39 3922)',
  },
  'ja-s-3805': {
    brinkman_index:
      'states ブリンクマン指数 500 (前医情報提供書) beside 18歳から48歳 and 1日20本前後 (computed 600) (dev38 3805)',
  },
  'en-s-3835': {
    pack_years:
      'states about 30 pack-years beside about a pack a day for 25 years (computed 25) (dev38 3835)',
  },
  'ja-s-3628': {
    brinkman_index:
      'states BI 600 (from the previous doctor) beside 1日20本を25年 (computed 500) (dev36 3628)',
  },
  'en-s-3740': {
    pack_years:
      'states about 30 pack-years beside roughly a pack a day for 25 years (computed 25) (dev37 3740)',
  },
  'ja-s-0034': { brinkman_index: 'states BI 500 beside 20本/日×30年 (computed 600)' },
  'ja-s-0120': { pack_years: 'states 40 pack-years beside 1日1箱×30年 (computed 30)' },
  'ja-s-0429': { brinkman_index: 'states BI 600 beside 1日30本×25年 (computed 750)' },
  'ja-s-0438': { pack_years: 'states 50 pack-years beside 1日1箱、30年間 (computed 30)' },
  'ja-s-0446': { brinkman_index: 'states BI 800 beside 1日20本、20〜55歳 (computed 700)' },
  'ja-s-0919': { brinkman_index: 'states BI 1000 beside 1日20本×40年 (computed 800)' },
  'ja-s-2122': { brinkman_index: 'states BI 900 beside 1日25本を30年 (computed 750)' },
  'ja-s-2225': {
    brinkman_index: 'states 喫煙指数 800 beside 15本/日×40年 (computed 600)',
  },
  'ja-s-2226': {
    pack_years: 'states 45 pack-years beside 1日1箱半 × 25年 (computed 37.5)',
  },
  'ja-s-2319': { brinkman_index: 'states BI 600 beside 20本/日×35年 (computed 700)' },
  'ja-s-2440': { brinkman_index: 'states BI 700 beside 1日25本×30年 (computed 750)' },
  'ja-s-2503': { brinkman_index: 'states ＢＩ ５３０ beside １日１５本×４２年 (computed 630)' },
  'ja-s-2616': { brinkman_index: 'states BI 800 beside 1日25本×36年 (computed 900)' },
  'ja-s-2722': { brinkman_index: 'states BI 1000 beside 2箱/日、通算30年 (computed 1200)' },
  'ja-s-2819': { brinkman_index: 'states BI 500 beside 1日15本×40年 (computed 600)' },
  'ja-s-3006': { brinkman_index: 'states BI 500 beside 15〜25本/日を30年 (computed 600)' },
  'ja-s-3029': { brinkman_index: 'states ＢＩ ５００ beside １日１５本×４０年 (computed 600)' },
  'ja-s-3109': { brinkman_index: 'states BI 700 beside 1日25本×32年 (computed 800)' },
  'ja-s-3132': { brinkman_index: 'states BI 600 beside 20本/日×35年 (computed 700)' },
  'ja-s-3210': { brinkman_index: 'states 喫煙指数 600 beside 1日15本×36年 (computed 540)' },
  'ja-s-3232': { pack_years: 'states 40 pack-years beside 1日20本×30年 (computed 30)' },
  'ja-s-3322': {
    brinkman_index: 'states ブリンクマン指数 500 (紹介元記載) beside 15本/日, 32年 (computed 480)',
  },
  'ja-s-3501': {
    brinkman_index: 'states 喫煙指数 500 beside 1日15本, 20歳から56歳 (computed 540)',
  },
  'ja-s-3407': {
    brinkman_index: 'states 喫煙指数「700」(紹介状記載) beside 20本/日、32年 (computed 640)',
  },
  // English set: listed in samples/smoking/en/README.md ("Stated values that conflict").
  'en-s-0033': { pack_years: 'states 30 pack-years beside 1 ppd x 25 years (computed 25)' },
  'en-s-0133': { pack_years: 'states 40 pack-years beside 2 ppd x 15 years (computed 30)' },
  'en-s-0251': { pack_years: 'states 50 pack years beside 2 ppd since 15, age 47 (computed 64)' },
  'en-s-0351': { pack_years: 'states 50 pack-years beside 1 ppd x 35 years (computed 35)' },
  'en-s-0822': { pack_years: 'states 45 pack-years beside 1 ppd x 30 yrs (computed 30)' },
  'en-s-0913': { pack_years: 'states 50 pack-years beside 1 ppd 1975-2015 (computed 40)' },
  'en-s-0932': { brinkman_index: 'states BI 900 beside 1 ppd for 30 yrs (computed 600)' },
  'en-s-1114': { pack_years: 'states 60 pack-years beside 1.5 ppd for 30 years (computed 45)' },
  'en-s-1218': {
    pack_years: 'states 40 pack-years beside 1 ppd since 1985, note 2024 (computed 39)',
  },
  'en-s-1313': {
    pack_years: 'states 30 pack-years beside 1 ppd since age 20, age 62 (computed 42)',
  },
  'en-s-1333': {
    pack_years: 'states 60 pack-years beside 1 ppd now, started 1985, note 2024 (computed 39)',
  },
  'en-s-1411': {
    pack_years: 'states 40 pack-years beside 1.5 ppd since age 19, age 50 (computed 46.5)',
  },
  'en-s-1414': {
    pack_years: 'states 35 pack-years beside a pack a day for 30 years (computed 30)',
  },
  'en-s-1425': {
    brinkman_index: 'states BI 900 beside 20 a day since age 20, age 60 (computed 800)',
  },
  'en-s-2417': { pack_years: 'states 35 pack-years beside ~1 ppd x 20 yrs (computed 20)' },
  'en-s-2418': {
    pack_years: 'states 50 pack-years beside 2 packs a day for 18 years (computed 36)',
  },
  'en-s-2506': {
    pack_years: 'states approx. 50 pack-years beside 1.5 ppd since 17, age 61 (computed 66)',
  },
  'en-s-2630': { pack_years: 'states 40 pack-years beside ~1 ppd for 30 yrs (computed 30)' },
  'en-s-2736': {
    pack_years: 'states around 40 pack-years beside 1.5 ppd from 1979 through 2004 (computed 37.5)',
  },
  'en-s-2818': {
    pack_years: 'states 25 pack-years beside roughly a pack a day for 20 yrs (computed 20)',
  },
  'en-s-2931': {
    pack_years: 'states about a 35 pack-year habit beside 1 1/2 ppd for 20 years (computed 30)',
  },
  'en-s-3012': {
    pack_years: 'states about 30 pack-years beside approx 1 ppd x 25 years (computed 25)',
  },
  'en-s-3124': {
    pack_years: 'states "30 pack-years" beside roughly a pack a day for 22 years (computed 22)',
  },
  'en-s-3231': {
    pack_years: 'states "25 pack-years" beside about a pack a day for twenty years (computed 20)',
  },
  'en-s-3321': {
    pack_years:
      'states "roughly 35 pack-years" beside a pack a day for about 25 years (computed 25)',
  },
  'en-s-3413': {
    pack_years:
      'states "35 pack-years" (patient\'s own figure) beside ~1.5 ppd for 20 years (computed 30)',
  },
  'en-s-3513': {
    pack_years: 'states "10 pack-years" (her own figure) beside 3/4 ppd x 12 yrs (computed 9)',
  },
  'en-s-3631': {
    pack_years:
      'states "around 35 pack-years" (her own figure) beside about a pack a day from 1984 until 2009 (computed 25)',
  },
};

// note_id -> reason. Notes labelled unknown that still carry numbers: the note gives an amount
// of smoking but leaves current vs former open. Keep in step with that language's README.
const UNKNOWN_WITH_NUMBERS = {
  'ja-s-5408': '「喫煙歴：15本×20年」, no current or past cue (dev54 5408, decisions 2, 15)',
  'en-s-5733':
    'intake form "Currently smoke? [ ] Yes [ ] No" left blank, "Packs per day: 1", "Number of years: 30", quit date empty (dev57 5733, decision 59)',
  'ja-s-5237':
    '「喫煙歴：有（1日20本×30年）」, no current or past cue (dev52 5237, decisions 2, 15)',
  'en-s-5414':
    '"History of tobacco use: about 1 pack a day for 25 years per his PCP\'s records", current use not addressed (dev54 5414, decision 59)',
  'en-s-5430':
    '"SH: tobacco - 20 yr history of use", no current or former cue (dev54 5430, decision 59)',
  'ja-s-5138':
    '「喫煙歴：あり（1日20本×30年）」, 現在も喫煙しているか禁煙したか確認できず (dev51 5138, decision 2)',
  'ja-s-5037': '「喫煙歴：あり（喫煙指数 600）」, no current or past cue (dev50 5037, decision 2)',
  'ja-s-4927':
    '喫煙歴：あり（20本×30年）, 現在も吸っているかは同居家族にも確認できず (dev49 4927, decision 2)',
  'ja-s-4731': '「喫煙歴(+) 10×30」, no current or past cue (dev47 4731, decision 2)',
  'ja-s-4612':
    '喫煙歴：有（1日20本×30年, an old questionnaire), no current or former cue (dev46 4612, decisions 2, 60)',
  'ja-s-4531':
    '喫煙歴：あり（ブリンクマン指数 600）, ※現在の喫煙の有無は未確認 (dev45 4531, decision 2)',
  'ja-s-4425':
    '喫煙歴：有（1日20本×30年, 問診票), current smoking not confirmed (現在の喫煙状況は未確認) (dev44 4425, decision 2)',
  'ja-s-4319':
    '喫煙歴あり (1日20本を30年程度, 入所前のかかりつけ医の記録), current use and quit not confirmable (dev43 4319)',
  'en-s-4339':
    'ever smoker (imported outside records) with approx. 1/2 pack/day x ~10 yrs, current cigarette use not addressed (dev43 4339, decision 59)',
  'ja-s-4107':
    '喫煙歴：あり (1日25本、30年間, かかりつけ医の紹介状), current use and quit not confirmable (dev41 4107)',
  'ja-s-4029':
    '喫煙歴あり (1日25本×30年, 紹介元の記録), current use not confirmed today (dev40 4029)',
  'ja-s-3927': '喫煙歴あり (20本×30年, 紹介元の記録), current use not answered (dev39 3927)',
  'ja-s-3829':
    '喫煙歴：あり (前医の記録で約30 pack-years), current use and quit not confirmable (dev38 3829)',
  'ja-s-3726': '喫煙歴あり with ブリンクマン指数 900 only, current use not asked (dev37 3726)',
  'ja-s-3728': '喫煙歴：あり (1日20本×25年), current use not confirmable (dev37 3728)',
  'ja-s-3611':
    '喫煙歴：有 (1日1箱半×35年程度), current use not obtainable (dev36 3611, modelled on dev 31/45)',
  'ja-s-0031': '喫煙歴あり with 30本/日×40年, no current/former cue (ja README, dev 31)',
  'ja-s-0222': '喫煙歴：有り with 15本×20年, no current/former cue (ja README, dev2 222)',
  'ja-s-0325': '喫煙歴：有 with １０本／日×１５年, no current/former cue (ja README, dev3 325)',
  'ja-s-2125':
    '喫煙歴：有 with 20本/日 × 35年間, no current/former cue (dev21 2125, modelled on dev 31)',
  'ja-s-2223':
    '喫煙歴 有 with 25本/日 × 35年, no current/former cue (dev22 2223, modelled on dev 31)',
  'ja-s-2224':
    '喫煙歴がございます with 1日20本を40年, no current/former cue (dev22 2224, modelled on dev 31)',
  'ja-s-2302':
    '喫煙歴：有 with 25本/日×30年, no current/former cue (dev23 2302, modelled on dev 31)',
  'ja-s-2409':
    '喫煙歴：あり with 25本/日, 36年, BI 900, no current/former cue (dev24 2409, modelled on dev 31)',
  'ja-s-2520':
    '喫煙歴：有 with 15本/日、約35年, no current/former cue (dev25 2520, modelled on dev 31)',
  'ja-s-2610':
    '喫煙歴あり with 1日15本、25年, no current/former cue (dev26 2610, modelled on dev 31)',
  'ja-s-2724':
    '喫煙歴：有 with 15本/日×35年, no current/former cue (dev27 2724, modelled on dev 31)',
  'ja-s-2811':
    '喫煙歴：あり with 約40 pack-years, current use not confirmed (dev28 2811, modelled on dev 31/37)',
  'ja-s-2826':
    '喫煙歴：有 with 1日20本を45年間, current use unknown (dev28 2826, modelled on dev 31)',
  'ja-s-2905':
    '喫煙歴：有 with 20本/日×35年, no current/former cue (dev29 2905, modelled on dev 31)',
  'ja-s-3009':
    '喫煙歴 有 with 紙巻き 25本/日 × 30年 (ほかに葉巻も), no current/former cue (dev30 3009, modelled on dev 31)',
  'ja-s-3038':
    '喫煙歴あり (1日20本×40年) from a 2019 record, current use not confirmed (dev30 3038, modelled on dev 31/52)',
  'ja-s-3140': '喫煙歴：有 with 20本×35年, no current/former cue (dev31 3140, modelled on dev 31)',
  'ja-s-3201':
    '喫煙歴：有 with 25本/日, 32年間, 喫煙指数 800, current use to be rechecked (dev32 3201, modelled on dev 31/55)',
  'ja-s-3222':
    '喫煙歴：あり with ブリンクマン指数 450 only, current or quit not obtained (dev32 3222, modelled on dev 10/57)',
  'ja-s-3333':
    '喫煙歴あり (喫煙指数 720) from a referral, current or quit not confirmed (dev33 3333, modelled on dev 10/55/63)',
  'ja-s-3536':
    '喫煙歴：あり (1日20本×30年), current use not obtained (dev35 3536, modelled on dev 3/8/35)',
  'ja-s-3415':
    '喫煙歴 有 (1日25本×30年) from a referral, current use not obtained (dev34 3415, modelled on dev 31/36/51)',
  'en-s-2707':
    'ever smoker (outside records) with ~1 pack/day, ~30 years, current use not addressed (dev27 2707, decision 59)',
  'en-s-2809':
    'ever smoker (outside records) with approx. 30 pack-yrs, current use not reviewed (dev28 2809, decision 59)',
  'en-s-2934':
    'ever smoker (outside records) with approx. 1 pack/day, about 25 years, current use not documented (dev29 2934, decision 59)',
  'en-s-3133':
    'smoking history: yes (Brinkman index 600), current use not recorded in the referral (dev31 3133, decision 59)',
  'en-s-3229':
    'ever smoker (imported outside records) with 15 cig/day x 20 yrs, current status not documented (dev32 3229, decision 59)',
  'en-s-3334':
    'ever smoker (imported outside records) with approx. 35 pack-years, current use not documented (dev33 3334, decision 59)',
  'en-s-3422':
    'ever smoker (imported outside records) with ~3/4 pack/day x ~16 yrs, current use unknown (dev34 3422, decision 59)',
  'en-s-3524':
    'ever smoker (imported outside records) with ~15 cig/day x ~20 yrs, current use not reviewed (dev35 3524, decision 59)',
  'en-s-3633':
    'ever smoker (imported outside records) with ~50 pk-yrs, current use unable to obtain (dev36 3633, decision 59)',
  'en-s-3728':
    'ever smoker (imported outside records) with ~1/2 ppd x ~15 yrs, current cigarette use not documented (dev37 3728, decision 59)',
};
const MAX_CPD = 200;
const MAX_YEARS = 100;

const strict = process.argv.includes('--strict');
const errors = [];
const warnings = [];
const seenIds = new Map();
const summary = [];

function err(where, message) {
  errors.push(`${where}: ${message}`);
}

function readJsonl(path) {
  const rows = [];
  const lines = readFileSync(path, 'utf8').split('\n');
  if (lines.at(-1) === '') lines.pop();
  lines.forEach((line, i) => {
    const where = `${relative(ROOT, path)}:${i + 1}`;
    if (line.trim() === '') {
      err(where, 'blank line');
      rows.push({ where, value: null });
      return;
    }
    try {
      rows.push({ where, value: JSON.parse(line) });
    } catch (e) {
      err(where, `invalid JSON (${e.message})`);
      rows.push({ where, value: null });
    }
  });
  return rows;
}

function isPlainObject(v) {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function validDate(s) {
  if (typeof s !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

function checkNote(where, note, lang) {
  if (!isPlainObject(note)) {
    err(where, 'note is not an object');
    return;
  }
  for (const f of ['note_id', 'person_id', 'note_text']) {
    if (typeof note[f] !== 'string' || note[f].length === 0) err(where, `${f} missing or empty`);
  }
  if (!validDate(note.note_date)) err(where, `note_date missing or not a real YYYY-MM-DD date`);
  if (note.language !== lang)
    err(where, `language is ${JSON.stringify(note.language)}, expected "${lang}"`);
  for (const f of ['note_title', 'note_type']) {
    if (f in note && typeof note[f] !== 'string') err(where, `${f} must be a string`);
  }
  if (typeof note.note_id === 'string' && !new RegExp(`^${lang}-s-\\d{4}$`).test(note.note_id)) {
    err(where, `note_id ${note.note_id} does not look like ${lang}-s-NNNN`);
  }
  if (typeof note.note_id === 'string') {
    const prev = seenIds.get(note.note_id);
    if (prev) err(where, `duplicate note_id ${note.note_id} (first at ${prev})`);
    else seenIds.set(note.note_id, where);
  }
}

function near(a, b) {
  return Math.abs(a - b) <= TOLERANCE;
}

// Full-width digits (０-９) to ASCII, so stated values can be found in Japanese text.
function asciiDigits(text) {
  return text.replace(/[\uFF10-\uFF19]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

function statedInText(value, text) {
  if (typeof text !== 'string') return false;
  const plain = asciiDigits(text).replace(/(\d),(?=\d{3})/g, '$1');
  return new RegExp(`(^|[^\\d.])${String(value).replace('.', '\\.')}(?![\\d])`).test(plain);
}

function checkSmoking(where, id, s, noteYear, noteText) {
  if (!isPlainObject(s)) {
    err(where, 'smoking missing or not an object');
    return null;
  }
  const keys = Object.keys(s).sort();
  const expected = [...SMOKING_FIELDS].sort();
  if (keys.join() !== expected.join()) {
    err(where, `smoking fields are [${keys}], expected exactly [${expected}]`);
  }
  if (!STATUSES.has(s.status)) err(where, `status ${JSON.stringify(s.status)} not in enum`);
  for (const f of NUMERIC_FIELDS) {
    const v = s[f];
    if (v === null || v === undefined) continue;
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) {
      err(where, `${f} must be null or a finite number >= 0, got ${JSON.stringify(v)}`);
    }
  }
  for (const f of ['cigarettes_per_day', 'years_smoked']) {
    if (s[f] === 0) err(where, `${f} is 0; use null or status never instead`);
  }
  if (s.quit_year !== null && s.quit_year !== undefined) {
    if (!Number.isInteger(s.quit_year) || s.quit_year < 1900) {
      err(where, `quit_year must be an integer year, got ${JSON.stringify(s.quit_year)}`);
    } else if (noteYear !== null && s.quit_year > noteYear) {
      err(where, `quit_year ${s.quit_year} is after the note_date year ${noteYear}`);
    }
    if (s.status === 'current') err(where, 'quit_year must be null for current smokers');
  }
  if (s.status === 'never') {
    for (const f of NUMERIC_FIELDS) {
      if (s[f] !== null) err(where, `never smoker has non-null ${f}`);
    }
  }
  if (s.status === 'unknown') {
    const withNumbers = NUMERIC_FIELDS.filter((f) => s[f] !== null && s[f] !== undefined);
    if (withNumbers.length > 0 && !(id in UNKNOWN_WITH_NUMBERS)) {
      err(where, `status unknown has non-null ${withNumbers} (not listed in UNKNOWN_WITH_NUMBERS)`);
    } else if (withNumbers.length === 0 && id in UNKNOWN_WITH_NUMBERS) {
      err(where, 'listed in UNKNOWN_WITH_NUMBERS but carries no numbers; drop it');
    }
  } else if (id in UNKNOWN_WITH_NUMBERS) {
    err(where, `listed in UNKNOWN_WITH_NUMBERS but status is ${s.status}; drop it`);
  }
  if (typeof s.cigarettes_per_day === 'number' && s.cigarettes_per_day > MAX_CPD) {
    err(where, `cigarettes_per_day ${s.cigarettes_per_day} > ${MAX_CPD}; packs not converted?`);
  }
  if (typeof s.years_smoked === 'number' && s.years_smoked > MAX_YEARS) {
    err(where, `years_smoked ${s.years_smoked} > ${MAX_YEARS}`);
  }

  const exceptions = STATED_CONFLICTS[id] ?? {};
  const cpd = s.cigarettes_per_day;
  const years = s.years_smoked;
  if (typeof cpd === 'number' && typeof years === 'number') {
    const derived = { pack_years: (cpd / 20) * years, brinkman_index: cpd * years };
    for (const [f, want] of Object.entries(derived)) {
      const got = s[f];
      if (typeof got !== 'number') {
        err(where, `${f} is null but cigarettes_per_day and years_smoked are known (${want})`);
      } else if (!near(got, want) && !(f in exceptions)) {
        err(
          where,
          `${f} ${got} != ${want} from ${cpd}/day x ${years} years (not a listed stated conflict)`,
        );
      } else if (near(got, want) && f in exceptions) {
        err(where, `${f} is listed as a stated conflict but agrees with the arithmetic; drop it`);
      }
    }
  } else if (Object.keys(exceptions).length > 0) {
    err(where, 'listed as a stated conflict but cigarettes_per_day or years_smoked is null');
  }
  for (const f of Object.keys(exceptions)) {
    if (typeof s[f] === 'number' && !statedInText(s[f], noteText)) {
      err(where, `stated-conflict ${f} ${s[f]} does not occur in the note text`);
    }
  }
  return s.status;
}

function checkSplit(lang, split) {
  const dir = join(SET_DIR, lang);
  const notesPath = join(dir, `notes-${split}.jsonl`);
  const goldPath = join(dir, `gold-${split}.jsonl`);
  const haveNotes = existsSync(notesPath);
  const haveGold = existsSync(goldPath);
  if (!haveNotes && !haveGold) {
    const msg = `${relative(ROOT, dir)}: no ${split} split`;
    if (strict) err(msg, 'missing');
    else warnings.push(msg);
    return;
  }
  if (haveNotes !== haveGold) {
    err(
      relative(ROOT, haveNotes ? goldPath : notesPath),
      'missing (the other file of the split exists)',
    );
    return;
  }
  const notes = readJsonl(notesPath);
  const gold = readJsonl(goldPath);
  if (notes.length !== gold.length) {
    err(relative(ROOT, goldPath), `${gold.length} lines but ${notes.length} notes`);
  }
  const counts = { current: 0, former: 0, never: 0, unknown: 0 };
  for (let i = 0; i < Math.max(notes.length, gold.length); i++) {
    const n = notes[i];
    const g = gold[i];
    if (n?.value) checkNote(n.where, n.value, lang);
    if (!g?.value) continue;
    const where = g.where;
    const ann = g.value;
    if (!isPlainObject(ann)) {
      err(where, 'gold line is not an object');
      continue;
    }
    const allowed = new Set(['note_id', 'smoking']);
    if (LANGUAGES[lang].allowGenetics) allowed.add('genetics');
    for (const k of Object.keys(ann)) {
      if (!allowed.has(k)) err(where, `unexpected key ${k}`);
    }
    if ('genetics' in ann && !Array.isArray(ann.genetics)) err(where, 'genetics must be an array');
    const noteId = n?.value?.note_id;
    if (ann.note_id !== noteId) {
      err(where, `note_id ${JSON.stringify(ann.note_id)} != notes line ${JSON.stringify(noteId)}`);
    }
    const date = n?.value?.note_date;
    const noteYear = validDate(date) ? Number(date.slice(0, 4)) : null;
    const status = checkSmoking(where, ann.note_id, ann.smoking, noteYear, n?.value?.note_text);
    if (status in counts) counts[status]++;
  }
  summary.push({ lang, split, notes: notes.length, ...counts });
}

for (const lang of Object.keys(LANGUAGES)) {
  for (const split of LANGUAGES[lang].splits) checkSplit(lang, split);
}

for (const [name, list] of Object.entries({ STATED_CONFLICTS, UNKNOWN_WITH_NUMBERS })) {
  for (const id of Object.keys(list)) {
    if (!seenIds.has(id)) warnings.push(`${name} lists ${id}, which is in no notes file`);
  }
}

for (const r of summary) {
  console.log(
    `${r.lang}/${r.split}: ${r.notes} notes  current ${r.current}  former ${r.former}  never ${r.never}  unknown ${r.unknown}`,
  );
}
for (const w of warnings) console.warn(`warning: ${w}`);
if (errors.length > 0) {
  for (const e of errors) console.error(`error: ${e}`);
  console.error(`${errors.length} error(s)`);
  process.exit(1);
}
console.log('smoking gold: OK');
