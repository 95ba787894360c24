import { describe, expect, it } from 'vitest';
import { runNote } from '../../../tests/support/extractor-answers.js';
import type { SmokingAnnotation } from '../../pipeline.js';

// fp12b (third stop of 2026-12-01, psen12's items 2, 3, 5, 6, 8 and 9): a planned or promised quit is
// no quit (decision 88); instructions, goals, counselling and reviews set no status (decisions 7, 34,
// 77); an A/P diagnosis answered with counselling keeps the diagnosis (decision 16); a denied degree,
// kind or exception still leaves smoking (decisions 9, 19, 62); a relative or household described as
// smoking and drugs smoked are not the patient's tobacco (spec section 3, decision 10).
const answer = (text: string) => runNote(text, 'en', { noteDate: '2026-11-01' }).annotation.smoking;

type Expected = Partial<SmokingAnnotation>;

const cases: Record<string, [string, Expected][]> = {
  'a planned, promised or goal quit is no quit': [
    ['SH: smokes 1 ppd\nPlan: Quit smoking.', { status: 'current', cigarettes_per_day: 20 }],
    ['Smokes 1 ppd. Goal: quit smoking by January.', { status: 'current', cigarettes_per_day: 20 }],
    [
      'SH: smokes 1 ppd\nA/P: agreed to quit smoking',
      { status: 'current', cigarettes_per_day: 20 },
    ],
    ['Agreed to quit smoking.', { status: 'current' }],
    ['Will try to quit smoking.', { status: 'current' }],
    ['Reports readiness to quit smoking.', { status: 'current' }],
    ['Plan: quit smoking', { status: 'unknown' }],
    // Controls: a quit done stays a quit.
    ['Quit smoking.', { status: 'former' }],
    ['Agreed to quit smoking in 2010 and did.', { status: 'former', quit_year: 2010 }],
    ['Assessed readiness to quit smoking.', { status: 'unknown' }],
  ],
  'instructions, counselling and reviews set no status': [
    ['Stop smoking.', { status: 'unknown' }],
    ['Patient instructions: stop smoking.', { status: 'unknown' }],
    ['Avoid tobacco.', { status: 'unknown' }],
    ['Discharge instructions: No smoking.', { status: 'unknown' }],
    ['Counseled re: smoking and wound healing.', { status: 'unknown' }],
    ['Brief intervention for smoking given.', { status: 'unknown' }],
    ["5 A's for tobacco completed.", { status: 'unknown' }],
    ['Tobacco use counseling provided.', { status: 'unknown' }],
    ['Handout: Quitting smoking.', { status: 'unknown' }],
    ['Smoking history reviewed.', { status: 'unknown' }],
    ['Risk factors: smoking (if applicable).', { status: 'unknown' }],
    // Controls: a statement beside them still counts.
    ['SH: No smoking.', { status: 'never' }],
    ['SH: never smoker\nPlan: avoid tobacco', { status: 'never' }],
    [
      'Former smoker, quit 2010.\nInstructions: stop smoking',
      { status: 'former', quit_year: 2010 },
    ],
    ['Smoking history reviewed: never smoker', { status: 'never' }],
    [
      'Tobacco use counseling provided. Smokes 1 ppd.',
      { status: 'current', cigarettes_per_day: 20 },
    ],
  ],
  'an A/P diagnosis answered with counselling keeps the diagnosis': [
    ['A/P: 2. Tobacco use disorder - counseled', { status: 'current' }],
    ['A/P: Tobacco abuse: counseled, declines NRT', { status: 'current' }],
    ['A/P: Smoker: counseled to quit', { status: 'current' }],
    ['A/P: Nicotine dependence, cigarettes (F17.210) - counseled >3 min', { status: 'current' }],
    ['SH: Tobacco use: never', { status: 'never' }],
  ],
  'a denied degree, kind or exception still leaves smoking': [
    ['SH: no cigarettes, smokes cigars', { status: 'current' }],
    ['SH: denies smoking except at parties', { status: 'current' }],
    ['SH: nonsmoker, except socially', { status: 'current' }],
    ['SH: denies daily smoking, smokes on weekends', { status: 'current' }],
    ['SH: not a heavy smoker, about 5/day', { status: 'current', cigarettes_per_day: 5 }],
    ["SH: doesn't smoke much", { status: 'current' }],
    ['SH: not smoking as much, 1/2 ppd now', { status: 'current', cigarettes_per_day: 10 }],
    ['SH: no longer smokes daily', { status: 'current' }],
    ['SH: no longer a heavy smoker', { status: 'current' }],
    // Controls: plain denials and lists stay denials.
    ["SH: doesn't smoke", { status: 'never' }],
    ['SH: does not smoke at all', { status: 'never' }],
    ['SH: denies smoking except marijuana', { status: 'never' }],
    ['SH: no cigarettes, smokes or vapes', { status: 'never' }],
    ['SH: no longer smokes', { status: 'former' }],
  ],
  "a smoking relative or household is not the patient's smoking": [
    ['SH: lives with smoking husband', { status: 'unknown' }],
    ['SH: Smoking spouse.', { status: 'unknown' }],
    ['SH: grew up in a smoking household', { status: 'unknown' }],
    ['SH: smoker in household', { status: 'unknown' }],
    ['SH: household smoking: yes', { status: 'unknown' }],
    ['SH: exposure to smoking parents as a child', { status: 'unknown' }],
    ['SH: smoking husband. Pt smokes 1 ppd.', { status: 'current', cigarettes_per_day: 20 }],
    ['SH: never smoker; smoking household', { status: 'never' }],
  ],
  'drugs smoked are not tobacco': [
    ['SH: smokes MJ', { status: 'unknown' }],
    ['SH: MJ smoker', { status: 'unknown' }],
    ['SH: smokes 1g MJ/day', { status: 'unknown' }],
    ['SH: MJ: smokes daily', { status: 'unknown' }],
    ['SH: smoking MJ since age 15', { status: 'unknown' }],
    ['SH: smokes K2', { status: 'unknown' }],
    ['SH: smokes fentanyl', { status: 'unknown' }],
    ['SH: smokes MJ, denies tobacco', { status: 'never' }],
    ['SH: no tob; smokes MJ daily', { status: 'never' }],
    ['SH: smokes 1 ppd; smokes MJ daily', { status: 'current', cigarettes_per_day: 20 }],
  ],
};

for (const [title, rows] of Object.entries(cases)) {
  describe(title, () => {
    it.each(rows)('%s', (text, expected) => {
      expect(answer(text)).toMatchObject(expected);
    });
  });
}
