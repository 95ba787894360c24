import { describe } from 'vitest';
import { smokingCases } from '../../../tests/support/extractor-answers.js';

// fp13a (third stop of 2026-12-01, prober psen13's items 1, 4, 5 and 7): years smoked put together
// from a start age told in other wordings, a patient age or birth date in other header forms, a
// former smoker's start and quit ages in short forms, and a start year followed by an event or
// written '79. Notes dated 2026-11-01.
const cases = smokingCases('en');

describe('start ages in other wordings (rule start-age-worded; decision 3)', () => {
  cases([
    ['64 yo M. Smokes 1 ppd since high school (age 18).', { status: 'current', years_smoked: 46 }],
    ['64 yo M. Smokes 1 ppd since his teens (18).', { years_smoked: 46, pack_years: 46 }],
    ['64 yo M. Smokes 1 ppd since high school, age 18.', { years_smoked: 46 }],
    ['64 yo M. Has smoked since high school, when he was 18; 1 ppd.', { years_smoked: 46 }],
    ['64 yo M. Smokes 1 ppd since joining the Navy at 18.', { years_smoked: 46 }],
    ['60 yo F. Smokes 1 ppd since her late teens (20 y/o).', { years_smoked: 40 }],
    ['64 yo M. Smokes 1 ppd. Started smoking at 18 years of age.', { years_smoked: 46 }],
    ['64 yo M. Smokes 1 ppd; started smoking at 18yo.', { years_smoked: 46 }],
    ['60 yo F. Smokes 1 ppd. Started smoking at 20 yrs old.', { years_smoked: 40 }],
    [
      '64 yo M. Smokes 1 ppd. He started smoking cigarettes at around age 18.',
      { years_smoked: 46 },
    ],
    ['64 yo M. Smokes 1 ppd; initiated smoking at 18.', { years_smoked: 46 }],
    ['64 yo M. Smokes 1 ppd; age of first cigarette 18.', { years_smoked: 46 }],
    ['64 yo M. Smokes 1 ppd; smoking initiation at age 18.', { years_smoked: 46 }],
    ['64 yo M\nSocial History: Smoking: yes, 1 ppd, age started 18.', { years_smoked: 46 }],
    ['64 yo M. Smokes 1 ppd. Started on cigarettes at 18.', { years_smoked: 46 }],
    ['64 yo M. Smokes 1 ppd. Started tobacco at 18.', { years_smoked: 46 }],
    ['60 yo F. Cigs since 20, 1 ppd.', { years_smoked: 40 }],
    ['64 yo M. Started drinking at 16 and smoking at 18; smokes 1 ppd.', { years_smoked: 46 }],
    [
      '60 yo F. Smokes 1 ppd. Began using alcohol at 15 and cigarettes at 20.',
      { years_smoked: 40 },
    ],
    [
      '64 yo M. Smokes 1 ppd. Smoked marijuana at 14, started cigarettes at 18.',
      { years_smoked: 46 },
    ],
    // The start told before the age: "18 years of age" is the start, not the patient's age.
    [
      'SH: smokes 1 ppd, started at 20 years of age.\nA/P: 60 yo F with COPD.',
      { years_smoked: 40 },
    ],
    // Controls: another habit's start, a time of life with no age, an abstinence, an amount, a drug.
    ['60 yo F. Smokes 1 ppd. Started chewing tobacco at 14.', { years_smoked: null }],
    ['60 yo F. Smokes 1 ppd since high school.', { years_smoked: null }],
    ['60 yo F. Smokes 1 ppd. Started on Chantix at 59.', { years_smoked: null }],
    [
      '60 yo F. Smokes 10 cigs a day. Started at 10 a day.',
      { cigarettes_per_day: 10, years_smoked: null },
    ],
    [
      '60 yo F. Former smoker, 1 ppd; has not smoked since her MI (age 55).',
      { status: 'former', years_smoked: null },
    ],
    ['60 yo F. Smokes 1 ppd. Hypertension since her pregnancy (age 30).', { years_smoked: null }],
  ]);
});

describe('patient ages and birth dates in other header forms (vocab age, dob; decision 80)', () => {
  cases([
    ['DOB: 1962-07-04\nSH: smokes 1 ppd since age 21.', { years_smoked: 43 }],
    // The birthday not yet come by 2026-11-01: 63.
    ['DOB: 1962-12-30\nSH: Smokes 1 ppd since age 18.', { years_smoked: 45 }],
    ['DOB: 7/4/62\nSH: Smokes 1 ppd since age 18.', { years_smoked: 46 }],
    ['DOB: 3/1/08\nSH: Smokes 1 ppd since age 14.', { years_smoked: 4 }],
    ['64 years of age, female.\nSH: smokes 1 ppd since age 21.', { years_smoked: 43 }],
    ['The patient is 72 years of age.\nSH: smokes 1 ppd, started at 15.', { years_smoked: 57 }],
    ['F, 64\nSH: smokes 1 ppd since age 21.', { years_smoked: 43 }],
    ['M, 64 y\nSH: Smokes 1 ppd since age 18.', { years_smoked: 46 }],
    ['Age (years): 64\nSH: smokes 1 ppd since age 21.', { years_smoked: 43 }],
    ['64-yo man with COPD.\nSH: Smokes 1 ppd since age 18.', { years_smoked: 46 }],
    // An age told at the start is not the patient's.
    [
      'SH: started smoking when she was 20 years old; 1 ppd.\nA/P: 60 yo F with COPD.',
      { years_smoked: 40 },
    ],
  ]);
});

describe("a former smoker's start and quit ages in short forms (quit-age-worded; decisions 41 and 71)", () => {
  cases([
    [
      '72 y/o F\nSH: Former smoker. Started age 17, quit age 52. 1 ppd.',
      { status: 'former', years_smoked: 35, pack_years: 35, quit_year: null },
    ],
    ['72 y/o F\nSH: Former smoker. Start age 17; quit age 52; 1 ppd.', { years_smoked: 35 }],
    ['70 yo M\nSH: Ex-smoker, 1 ppd. Start age 20; quit age: 50.', { years_smoked: 30 }],
    ['72 y/o F\nSH: Former smoker. Started 17 yo, quit 52 yo. 1 ppd.', { years_smoked: 35 }],
    [
      '70 yo M\nSH: Former smoker; started smoking at 20 yrs old and stopped at 50 yrs old; 1 ppd.',
      { years_smoked: 30 },
    ],
    [
      '72 yo F. Former smoker: started cigarettes at 17, quit them at 52; 1 ppd.',
      { years_smoked: 35 },
    ],
    ['72 y/o F\nSH: Smoked 1 ppd from her late teens (17) until she was 52.', { years_smoked: 35 }],
    ['72 y/o F\nSH: Ex-smoker: 17 -> 52, 1 ppd.', { years_smoked: 35, quit_year: null }],
    // Controls: no quit age given; an interval still dates the quit.
    ['70 yo M\nSH: Former smoker. Quit age unknown. 1 ppd.', { years_smoked: null }],
    [
      '70 yo M\nSH: Former smoker, 1 ppd, quit 10 years ago.',
      { years_smoked: null, quit_year: 2016 },
    ],
  ]);
});

describe("a start year followed by an event, or written '79 (start-year-fragment, start-year-two-digit; decision 21)", () => {
  cases([
    ['Smokes 1 ppd. Started in 1979 at his first job.', { years_smoked: 47, pack_years: 47 }],
    ['Smokes 1 ppd. Started in 1979 when he joined the Army.', { years_smoked: 47 }],
    ['Smokes 1 ppd. Began in 1980 while in college.', { years_smoked: 46 }],
    ["Started smoking in '79; smokes 1 ppd.", { years_smoked: 47 }],
    ["He started cigarettes in '80, smokes a pack a day.", { years_smoked: 46 }],
    // Control: a two-digit span is the span, with its quit year.
    [
      "Former smoker, 1 ppd. Started smoking in '80 to '10.",
      { status: 'former', years_smoked: 30, quit_year: 2010 },
    ],
  ]);
});
