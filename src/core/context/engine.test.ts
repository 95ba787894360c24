import { describe, expect, it } from 'vitest';
import { loadClinicalText } from '../../load-clinical-text.js';
import type { Assertion, Language } from '../types.js';

const core = loadClinicalText();

/** Asserts `target` (its first occurrence at or after `after`) inside `text`. */
function assertIn(text: string, target: string, language: Language = 'en', after = 0): Assertion {
  const start = text.indexOf(target, after);
  if (start < 0) throw new Error(`target ${target} not in ${text}`);
  return core.assert(core.analyze(text, language), { start, end: start + target.length });
}

interface Flags {
  negated?: true;
  possible?: true;
  historical?: true;
  hypothetical?: true;
  other?: true;
}

function flags(a: Assertion): Flags {
  const out: Flags = {};
  if (a.negated) out.negated = true;
  if (a.possible) out.possible = true;
  if (a.historical) out.historical = true;
  if (a.hypothetical) out.hypothetical = true;
  if (a.experiencer === 'other') out.other = true;
  return out;
}

describe('ConText cases other engines get wrong', () => {
  it.each<[string, string, Flags]>([
    ['The specimen is negative for malignancy.', 'malignancy', { negated: true }],
    ['Tobacco: none', 'Tobacco', { negated: true }],
    ['Alcohol: neg, drugs: neg', 'Alcohol', { negated: true }],
    ['No further episodes of chest pain since discharge.', 'chest pain', { negated: true }],
    ['Patient denies fever or chills.', 'fever', { negated: true }],
    ['Patient denies fever or chills.', 'chills', { negated: true }],
    ['No fever but productive cough for a week.', 'fever', { negated: true }],
    ['No fever but productive cough for a week.', 'cough', {}],
    ['He was ruled out for myocardial infarction.', 'myocardial infarction', { negated: true }],
    ['Pulmonary embolism was not excluded.', 'Pulmonary embolism', { possible: true }],
    ['His mother had breast cancer at 45.', 'breast cancer', { other: true }],
    ['Return to the ED if chest pain develops.', 'chest pain', { hypothetical: true }],
    ['History of tobacco use.', 'tobacco use', { historical: true }],
    ['No history of smoking.', 'smoking', { negated: true, historical: true }],
  ])('%s → %s', (text, target, expected) => {
    expect(flags(assertIn(text, target))).toEqual(expected);
  });
});

describe('pseudo-triggers and scope', () => {
  it.each<[string, string, Flags]>([
    ['No increase in the pleural effusion.', 'pleural effusion', {}],
    ['Not only dyspnea but also chest pain.', 'dyspnea', {}],
    ['Blood cultures grew gram negative rods.', 'rods', {}],
    ['EGFR mutation detected, ALK negative.', 'EGFR mutation', {}],
    ['EGFR mutation detected, ALK negative.', 'ALK', { negated: true }],
    ['No pathogenic variants were detected in BRCA1 or BRCA2.', 'BRCA2', { negated: true }],
    ['Denies smoking; drinks 2 beers daily.', 'beers', {}],
    ['ROS: no hemoptysis.', 'hemoptysis', { negated: true }],
    ['Smoking status: Never smoker', 'Smoking', { negated: true }],
    ['Smoking status: Former smoker', 'Smoking', { historical: true }],
    ['Mother had breast cancer; patient denies breast lumps.', 'breast lumps', { negated: true }],
    ['Non-small cell lung cancer, stage IV.', 'lung cancer', {}],
    ['Lifelong nonsmoker.', 'nonsmoker', { negated: true }],
    ['Ex-smoker, quit 2009.', 'smoker', { historical: true }],
    ['Discussed quitting smoking at length.', 'smoking', {}],
    ['Possible pneumonia in the right lower lobe.', 'pneumonia', { possible: true }],
    ['Will check EGFR testing if biopsy adequate.', 'EGFR testing', { hypothetical: true }],
    ['UA: nitrite neg, leukocyte esterase 2+.', 'leukocyte esterase', {}],
    ['UA: nitrite neg, leukocyte esterase 2+.', 'nitrite', { negated: true }],
    [
      '0/14 lymph nodes positive for metastatic carcinoma.',
      'metastatic carcinoma',
      { negated: true },
    ],
    ['Cough for the past 2 weeks.', 'Cough', {}],
    ['Past tobacco: cigarettes 1 ppd, stopped 2001.', 'cigarettes', { historical: true }],
  ])('%s → %s', (text, target, expected) => {
    expect(flags(assertIn(text, target))).toEqual(expected);
  });
});

describe('section context', () => {
  it('makes a target under Family History a relative’s', () => {
    const text = 'Family History:\nColon cancer at 50.\n\nSocial History:\nSmokes 1 ppd.';
    expect(flags(assertIn(text, 'Colon cancer'))).toEqual({ other: true });
    expect(flags(assertIn(text, 'Smokes'))).toEqual({});
    const hit = assertIn(text, 'Colon cancer').triggers[0];
    expect(hit?.rule).toBe('section:family_history');
  });
});

describe('Japanese', () => {
  it.each<[string, string, Flags]>([
    ['喫煙歴なし。', '喫煙', { negated: true, historical: true }],
    ['喫煙：なし、飲酒：機会飲酒', '喫煙', { negated: true }],
    ['喫煙：あり、飲酒：なし', '喫煙', {}],
    ['EGFR遺伝子変異陰性、ALK融合遺伝子陽性', 'EGFR', { negated: true }],
    ['EGFR遺伝子変異陰性、ALK融合遺伝子陽性', 'ALK', {}],
    ['頭痛、発熱、咳嗽、鼻汁、下痢はいずれも認めない。', '頭痛', { negated: true }],
    ['肺癌の可能性は否定できない。', '肺癌', { possible: true }],
    ['腫瘍の増大は認めない。', '腫瘍', {}],
    ['母：乳癌（45歳）', '乳癌', { other: true }],
    ['発熱時は受診すること。', '発熱', { hypothetical: true }],
    ['5年前に禁煙。', '禁煙', { historical: true }],
    ['毎日喫煙しており、禁煙の意思はない。', '喫煙', {}],
    ['非喫煙者。', '喫煙', { negated: true }],
    ['非小細胞肺癌と診断。', '肺癌', {}],
    ['喫煙、飲酒なし。', '喫煙', { negated: true }],
    ['高分化腺癌(tub1)、pT1b、断端陰性', '高分化腺癌', {}],
    ['腰痛は安静にしても軽快しない。', '腰痛', {}],
    ['組織所見は扁平上皮癌に矛盾しない。', '扁平上皮癌', {}],
    ['家族に喫煙者はいない。', '喫煙者', { negated: true, other: true }],
    ['喫煙はしない。', '喫煙', { negated: true }],
  ])('%s → %s', (text, target, expected) => {
    expect(flags(assertIn(text, target, 'ja'))).toEqual(expected);
  });

  it('applies 家族歴 section context', () => {
    expect(flags(assertIn('【家族歴】\n乳癌：あり', '乳癌', 'ja'))).toEqual({ other: true });
  });
});

describe('triggers as evidence', () => {
  it('reports the trigger text, category, offsets and rule', () => {
    const text = 'Patient denies tobacco use.';
    const assertion = assertIn(text, 'tobacco');
    expect(assertion.triggers).toEqual([
      { start: 8, end: 14, text: 'denies', category: 'negated', rule: expect.any(String) },
    ]);
  });
});
