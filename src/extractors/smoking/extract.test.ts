import { describe, expect, it } from 'vitest';
import { runNote } from '../../../tests/support/extractor-answers.js';
import type { Language } from '../../core/types.js';
import type { SmokingAnnotation } from '../../pipeline.js';

const smoking = (text: string, language: Language = 'en', noteDate = '2024-06-01') =>
  runNote(text, language, { noteDate });

const answer = (text: string, language: Language = 'en', noteDate?: string) =>
  smoking(text, language, noteDate).annotation.smoking;

const NONE = {
  pack_years: null,
  cigarettes_per_day: null,
  years_smoked: null,
  quit_year: null,
  brinkman_index: null,
};

describe('status cues (English)', () => {
  it.each<[string, SmokingAnnotation['status']]>([
    ['Social: smokes 1 ppd.', 'current'],
    ['Tobacco: current every day smoker.', 'current'],
    ['tob: +', 'current'],
    ['Former smoker, quit 2015.', 'former'],
    ['Ex-smoker.', 'former'],
    ['Remote hx of tobacco use.', 'former'],
    ['Denies tobacco.', 'never'],
    ['Never smoker.', 'never'],
    ['Lifelong nonsmoker.', 'never'],
    ['Non-smoker.', 'never'],
    ['No tob/etoh/drugs.', 'never'],
    ['Smoking: never', 'never'],
    ['Tobacco Use: Never', 'never'],
    ['Smoking status: Former Smoker', 'former'],
    ['Smokes 2 cigars a week.', 'current'],
    ['Smokes a pipe in the evenings.', 'current'],
    ['Vapes daily; has never smoked cigarettes.', 'never'],
    ['Vapes daily. Former smoker, quit 2018.', 'former'],
    ['Quit in 2015 but resumed smoking last year.', 'current'],
    ['No relevant history.', 'unknown'],
  ])('%s → %s', (text, status) => {
    expect(answer(text).status).toBe(status);
  });
});

describe('what does not set the patient’s status', () => {
  it.each([
    'Father smoked 2 ppd for 40 years.',
    'Lives with a smoker; significant second-hand smoke exposure.',
    'Counseled on smoking cessation.',
    'If she starts smoking again, return to clinic.',
    'Smokes marijuana on weekends.',
    'Chews tobacco daily.',
  ])('%s → unknown, no numbers', (text) => {
    expect(answer(text)).toEqual({ status: 'unknown', ...NONE });
  });
});

describe('numbers (English)', () => {
  it.each<[string, Partial<SmokingAnnotation>]>([
    [
      'Smokes 1 ppd x 30 yrs.',
      { cigarettes_per_day: 20, years_smoked: 30, pack_years: 30, brinkman_index: 600 },
    ],
    ['Smokes ½ ppd for 20 years.', { cigarettes_per_day: 10, years_smoked: 20, pack_years: 10 }],
    ['Smokes half a pack a day.', { cigarettes_per_day: 10 }],
    ['Smokes 1.5 packs per day.', { cigarettes_per_day: 30 }],
    ['Smokes 10-20 cigarettes a day.', { cigarettes_per_day: 15 }],
    ['Smokes 12 cpd.', { cigarettes_per_day: 12 }],
    ['58 yo M. Smoking 1 ppd since age 16.', { years_smoked: 42, pack_years: 42 }],
    ['Smoked 1 ppd from 1975 until 1995.', { years_smoked: 20, quit_year: 1995, pack_years: 20 }],
    [
      'Former smoker, 40 pk-yr history, quit 2001.',
      { pack_years: 40, cigarettes_per_day: null, years_smoked: null, brinkman_index: null },
    ],
    ['Current smoker, 40PY.', { pack_years: 40, cigarettes_per_day: null }],
    ['Former smoker, quit in 2009.', { quit_year: 2009 }],
    ["Former smoker, quit '09.", { quit_year: 2009 }],
    ['Former smoker, quit 5 years ago.', { quit_year: 2019 }],
    // The midpoint of a range is 2.5 years ago; the quit year is still a whole year.
    ['Ex-smoker, stopped 2-3 years ago.', { quit_year: 2021 }],
    ['Brinkman index 600, ex-smoker.', { brinkman_index: 600, pack_years: null }],
  ])('%s', (text, expected) => {
    expect(answer(text)).toMatchObject(expected);
  });

  it('leaves quit_year null for a current smoker', () => {
    expect(answer('Quit in 2010, started again in 2015; smokes 5 cigarettes a day.')).toMatchObject(
      {
        status: 'current',
        quit_year: null,
        cigarettes_per_day: 5,
      },
    );
  });

  it('keeps cigar numbers out of cigarette fields', () => {
    expect(answer('Smokes 2 cigars a day for 10 years.')).toEqual({ status: 'current', ...NONE });
  });
});

describe('Japanese', () => {
  it.each<[string, Partial<SmokingAnnotation>]>([
    ['喫煙歴なし。', { status: 'never' }],
    ['非喫煙者。', { status: 'never' }],
    ['喫煙：なし', { status: 'never' }],
    ['元喫煙者。', { status: 'former' }],
    ['禁煙中。', { status: 'former' }],
    ['喫煙：現在', { status: 'current' }],
    [
      '喫煙：20本/日×30年、現在も喫煙。',
      {
        status: 'current',
        cigarettes_per_day: 20,
        years_smoked: 30,
        brinkman_index: 600,
        pack_years: 30,
      },
    ],
    [
      '喫煙：1箱/日×20年、5年前に禁煙。',
      { status: 'former', cigarettes_per_day: 20, quit_year: 2019, brinkman_index: 400 },
    ],
    [
      '禁煙15年。喫煙指数 600。',
      { status: 'former', quit_year: 2009, brinkman_index: 600, pack_years: null },
    ],
    ['BI=600、元喫煙者。', { brinkman_index: 600 }],
    ['喫煙：20本/日、令和2年に禁煙。', { status: 'former', quit_year: 2020 }],
    ['受動喫煙あり（夫が喫煙）。', { status: 'unknown' }],
    ['父：喫煙（40本/日）。', { status: 'unknown', cigarettes_per_day: null }],
  ])('%s', (text, expected) => {
    expect(answer(text, 'ja')).toMatchObject(expected);
  });
});

describe('document-level resolution', () => {
  it('lets the specific first-hand statement win over the intake form, keeping the evidence', () => {
    const result = smoking(
      'Intake questionnaire: Smoking status: Never\n\nSocial History:\nSmoked 1 ppd x 10 yrs, quit 2010.',
    );
    expect(result.annotation.smoking).toMatchObject({ status: 'former', quit_year: 2010 });
    const decisions = result.mentions.filter((m) => m.type === 'status').map((m) => m.decision);
    expect(decisions.some((d) => d.startsWith('won: former'))).toBe(true);
    expect(decisions.some((d) => d.startsWith('lost: never'))).toBe(true);
  });

  it('reads questionnaire rows by their answers, not their questions', () => {
    const form = [
      'Do you currently smoke?              Yes',
      'How many cigarettes per day?         15',
      'For how many years have you smoked?  20',
      'Do you drink alcohol?                No',
    ].join('\n');
    expect(answer(form)).toMatchObject({
      status: 'current',
      cigarettes_per_day: 15,
      years_smoked: 20,
      pack_years: 15,
    });
    const never = 'Have you ever smoked?   [ ] Yes  [x] No\nDo you snore?   [x] Yes  [ ] No';
    expect(answer(never).status).toBe('never');
  });

  it('explains why family smoking was ignored', () => {
    const mention = smoking('Mother smokes 1 ppd.').mentions.find((m) => m.type === 'status');
    expect(mention?.decision).toBe('ignored: about someone else');
  });

  it('gives every mention exact offsets, a rule and an assertion', () => {
    const text = 'HPI: cough.\nSocial History:\nFormer smoker, 1 ppd x 30 yrs, quit 2015.';
    const mentions = smoking(text).mentions;
    expect(mentions.length).toBeGreaterThan(0);
    for (const m of mentions) {
      if (m.extractor !== 'smoking') throw new Error('a smoking note made a genetics mention');
      expect(text.slice(m.start, m.end)).toBe(m.text);
      expect(m.rule).toMatch(/^smoking\./);
      expect(m.section).toBe('social_history');
      expect(typeof m.assertion.negated).toBe('boolean');
    }
  });
});

// Phenomena first seen in dev5, each in wordings other than the gold notes'.
describe('dev5 phenomena', () => {
  it.each<[string, Language, Partial<SmokingAnnotation>]>([
    // The latest turn of a quit–relapse history decides.
    [
      'Quit in 2010, resumed 2015, quit again in 2020.',
      'en',
      { status: 'former', quit_year: 2020 },
    ],
    ['Quit again last year but relapsed in March; 5 cigs/day.', 'en', { status: 'current' }],
    ['平成20年に禁煙したが再喫煙。昨年再び禁煙した。', 'ja', { status: 'former', quit_year: 2023 }],
    // "last month" counts back from note_date (2024-01-10).
    ['Tob: ex-smoker, stopped smoking last month.', 'en', { status: 'former', quit_year: 2023 }],
    // d/c'd as a quit verb only beside a smoking statement.
    ["Ex-smoker, 1 ppd, d/c'd in 2001.", 'en', { status: 'former', quit_year: 2001 }],
    // Cigar and pipe amounts are not cigarettes, whether the product is a label or an object.
    ['Cigars - 2 a day, quit 2015.', 'en', { status: 'former', cigarettes_per_day: null }],
    ['Smoked a pipe for 25 years, stopped in 2012.', 'en', { years_smoked: null, quit_year: 2012 }],
    ['Switched from cigs to vaping in 2020.', 'en', { status: 'former', quit_year: 2020 }],
    ['Current smoker (approx. 15/day for 20 years).', 'en', { cigarettes_per_day: 15 }],
    // A calendar year is not a duration; an object may stand between the time and the verb.
    ['以前は1日20本、2010年まで吸っていた。', 'ja', { years_smoked: null }],
    ['5年前にタバコをやめた。', 'ja', { status: 'former', quit_year: 2019 }],
    // A span up to now in a smoking row; a blank between label and value in a 嗜好 row.
    ['喫煙：20歳から現在まで、1日10本', 'ja', { status: 'current', cigarettes_per_day: 10 }],
    ['嗜好：たばこ　なし　／　酒　あり', 'ja', { status: 'never' }],
    // Motivation for a planned quit is not a quit.
    ['禁煙外来。喫煙：1日30本。禁煙の動機：家族。', 'ja', { status: 'current' }],
  ])('%s', (text, language, expected) => {
    const date = text.includes('last month') ? '2024-01-10' : '2024-06-01';
    expect(answer(text, language, date)).toMatchObject(expected);
  });

  it('reads a ticked はい/いいえ under the question it answers', () => {
    const form = (now: string, past: string) =>
      `Q1 現在、たばこを習慣的に吸っていますか。\n　${now}\nQ2 過去に喫煙していましたか。\n　${past}`;
    expect(answer(form('□はい　■いいえ', '□はい　■いいえ'), 'ja').status).toBe('never');
    expect(answer(form('■はい　□いいえ', '□はい　□いいえ'), 'ja').status).toBe('current');
    // "Not now" alone does not say never.
    expect(answer('現在、たばこを吸っていますか。\n□はい　■いいえ', 'ja').status).toBe('unknown');
  });
});

// dev6 fixes: each rule checked on wordings that are not in the gold notes.
describe('dev6 phenomena (English)', () => {
  it.each<[string, Partial<SmokingAnnotation>, string?]>([
    // A relapse stated as being back to an amount.
    [
      'Stopped smoking for two months in the spring; now back to 1 ppd.',
      { status: 'current', cigarettes_per_day: 20, quit_year: null },
    ],
    ['Had stopped for a year but is back on cigarettes since Christmas.', { status: 'current' }],
    // An elliptic "Began at age 20." after a smoking statement; "since he was 16".
    [
      '50 yo M. Social: smokes 10 cigarettes a day. Began at age 20.',
      { status: 'current', years_smoked: 30, pack_years: 15, brinkman_index: 300 },
    ],
    ['62 yo M, 1 ppd since he was 16.', { status: 'current', years_smoked: 46 }],
    // "never smoked cigarettes" names its product: another product's use still counts.
    ['Smokes a pipe most evenings; has never smoked cigarettes.', { status: 'current' }],
    ['Has never smoked cigars or cigarettes.', { status: 'never' }],
    // A product-named quit leaves current use of another product, in either order.
    [
      'Uses heated tobacco daily; gave up cigarettes in 2021.',
      { status: 'current', quit_year: null },
    ],
    ['Pipe smoker for 30 years; gave it up in 2019.', { status: 'former', quit_year: 2019 }],
    // Blank template rows and a history still to be taken.
    ['Smoking history: ___\nQuit year (if any): ___', { status: 'unknown', ...NONE }],
    ['Records requested; will document the tobacco history next visit.', { status: 'unknown' }],
    ['Smoking: non-user', { status: 'never' }],
    // "in YEAR … has not smoked since then"; "has not smoked a cigarette since".
    [
      "Started using an e-cigarette in 2019 and hasn't smoked a cigarette since then.",
      { status: 'former', quit_year: 2019 },
    ],
    ['He stopped smoking after his heart attack last year.', { status: 'former', quit_year: 2023 }],
    // Requests, teaching points and order-set conditions are not about this patient.
    ['Chest CT: emphysema. Please correlate with smoking history.', { status: 'unknown' }],
    ['Reminder for staff: screen every patient for tobacco use at intake.', { status: 'unknown' }],
    ['Varenicline 0.5 mg order - use only if the patient smokes.', { status: 'unknown' }],
    [
      'For anyone smoking a pack a day or more, offer the 21 mg patch.',
      { status: 'unknown', ...NONE },
    ],
    [
      'Started smoking 12 years ago, 10 cigarettes a day.',
      { status: 'current', years_smoked: 12, cigarettes_per_day: 10 },
    ],
  ])('%s', (text, expected, noteDate) => {
    expect(answer(text, 'en', noteDate)).toMatchObject(expected);
  });
});

describe('dev6 phenomena (Japanese)', () => {
  it.each<[string, Partial<SmokingAnnotation>, string?]>([
    // A relative named as informant or companion is not the smoker.
    ['喫煙：なし（本人・妻に確認）', { status: 'never' }],
    ['喫煙：たまに（同僚との飲み会で）', { status: 'current' }],
    ['同僚と一緒に休憩時間に吸っている。', { status: 'current' }],
    // A relative as the topic of the sentence stays its subject.
    ['夫はヘビースモーカーで、毎日居間で吸っている。本人は吸わない。', { status: 'never' }],
    ['父は喫煙者で、本人も1日10本吸っている。', { status: 'current', cigarettes_per_day: 10 }],
    // Smoking until the admission; an intention to quit; drinks counted in 本.
    ['入院の直前まで1日20本吸っていた。', { status: 'current', cigarettes_per_day: 20 }],
    ['1日10本。退院したらタバコをやめるつもりとのこと。', { status: 'current', quit_year: null }],
    ['喫煙：1日15本\n飲酒：ビール 3本/日', { status: 'current', cigarettes_per_day: 15 }],
    // Quit year in brackets after 禁煙中; 箱くらい/日.
    [
      '禁煙中（2021年春から）。それまでは1箱くらい/日。',
      { status: 'former', quit_year: 2021, cigarettes_per_day: 20 },
    ],
    ['喫煙：ときどき', { status: 'current' }],
    // A row label followed by options, none ticked; one ticked.
    ['たばこ　□吸う　□やめた　□吸わない', { status: 'unknown' }],
    ['喫煙　□吸う　■やめた　□吸わない', { status: 'former' }],
    // A screening criterion is about a population.
    ['※喫煙指数が400以上の方は検査の対象です。', { status: 'unknown', brinkman_index: null }],
    // The amount now as a fraction of the former one; 喫煙歴は約N年.
    [
      'タバコは減らしていて、以前は20本だったのが今はその半分。',
      { status: 'current', cigarettes_per_day: 10 },
    ],
    [
      '現在も喫煙。喫煙歴は約40年、1日20本。',
      { status: 'current', years_smoked: 40, brinkman_index: 800 },
    ],
    ['職場は喫煙可の店で、受動喫煙が多い。', { status: 'unknown' }],
    // 年半, weeks and months since quitting count back from note_date.
    ['禁煙して2年半になる。', { status: 'former', quit_year: 2021 }, '2024-06-01'],
    ['禁煙して3週間、順調。', { status: 'former', quit_year: 2023 }, '2024-01-10'],
    ['禁煙して4か月。', { status: 'former', quit_year: 2023 }, '2024-03-01'],
    ['たばこ：現在は1日約15本。', { status: 'current', cigarettes_per_day: 15 }],
    // An elliptic "…も" after a never statement repeats it.
    ['たばこは吸ったことがない。加熱式も。', { status: 'never' }],
    ['【喫煙歴】生涯なし', { status: 'never' }],
    ['葉巻を週末に吸う。紙巻きたばこは吸わない。', { status: 'current' }],
    ['仕事の合間に吸ってる。', { status: 'current' }],
    ['喫煙は「したことがない」とのこと。', { status: 'never' }],
    ['2020年から禁煙を続けている。', { status: 'former', quit_year: 2020 }],
    ['禁煙して1年。再喫煙のリスクについて説明。', { status: 'former' }],
    ['喫煙：1日10本（2000年頃から）、現在も喫煙', { status: 'current', years_smoked: 24 }],
    ['2018年に心筋梗塞を起こしたのを機に禁煙。', { status: 'former', quit_year: 2018 }],
    ['5年前から吸い始め、1日10本。', { status: 'current', years_smoked: 5, brinkman_index: 50 }],
    ['喫煙：あり（現在）\n1日の本数：約30本', { status: 'current', cigarettes_per_day: 30 }],
  ])('%s', (text, expected, noteDate) => {
    expect(answer(text, 'ja', noteDate)).toMatchObject(expected);
  });
});

// dev7 phenomena (decisions 49-53), in wordings unlike the gold notes.
describe('who is smoking: people, pronouns and names (English)', () => {
  it.each<[string, Partial<SmokingAnnotation>]>([
    // A person introduced with a name or as a subject is the topic of a same-sex pronoun.
    [
      '61 y/o F with COPD. Came in with her boyfriend Marcus. He smokes a pack a day.',
      { status: 'unknown', cigarettes_per_day: null },
    ],
    [
      '5 y/o boy with wheeze.\nDad says he smokes in the garage, 1 ppd.',
      { status: 'unknown', cigarettes_per_day: null },
    ],
    // A pronoun of the other sex than the patient's: someone of that sex mentioned before.
    [
      '68 y/o M. Lives with his sister. She smokes 10 cigarettes a day. He has never smoked.',
      { status: 'never' },
    ],
    // A first name met before names the same person later.
    [
      '90 yo woman, lives with her grandson Eli.\nHome: Eli smokes on the balcony, about 10 a day.',
      { status: 'unknown', cigarettes_per_day: null },
    ],
    ['Married to Jordan, who quit smoking in 2012. Denies tobacco.', { status: 'never' }],
    // Collateral: what a relative reports about the patient counts.
    [
      '80 y/o woman with dementia. Per son, she still smokes about 15 a day.',
      { status: 'current', cigarettes_per_day: 15 },
    ],
    [
      '70 yo M. Wife on the phone: he hasn’t stopped smoking, still about 12 a day.',
      { status: 'current', cigarettes_per_day: 12 },
    ],
    // The topic of the other sex leaves the pronoun to the patient.
    [
      '59 y/o M. His mother smoked for years; he quit in 2009.',
      { status: 'former', quit_year: 2009 },
    ],
    // An elliptic negation negates nothing after its colon.
    [
      '55 y/o M. His wife quit in 2015. He hasn’t: he smokes 2 ppd.',
      { status: 'current', cigarettes_per_day: 40, quit_year: null },
    ],
    // A line label ends the topic: the pronoun after it is the patient again.
    [
      '16 y/o girl. Mother smokes at home.\nPrivate interview: she says she smokes about 4 a day.',
      { status: 'current', cigarettes_per_day: 4 },
    ],
  ])('%s', (text, expected) => {
    expect(answer(text)).toMatchObject(expected);
  });
});

describe('education, advice and unanswered questions (English)', () => {
  it.each<[string, Partial<SmokingAnnotation>, string?]>([
    ['Tobacco and your lungs: smoking damages your airways for good.', { status: 'unknown' }],
    ['Your habits: you told us you quit smoking in 2019.', { status: 'former', quit_year: 2019 }],
    ['You stopped smoking 2 years ago. Keep it up!', { status: 'former', quit_year: 2022 }],
    ['Avoid smoking for 6 weeks after surgery.', { status: 'unknown' }],
    ['- Throw away all cigarettes and ashtrays.', { status: 'unknown' }],
    ['Imaging findings are typical of heavy smokers.', { status: 'unknown' }],
    [
      'High-risk features (e.g., smoking history, age over 65) were reviewed.',
      { status: 'unknown' },
    ],
    ['Even a few cigarettes a day harm the heart.', { status: 'unknown' }],
    ['Refuses to discuss tobacco or alcohol use today.', { status: 'unknown' }],
    [
      'Tobacco use:\n[ ] Current smoker\n[ ] Former smoker\n[ ] Never smoker',
      { status: 'unknown' },
    ],
    ['Smoking: [ ] Current [x] Former', { status: 'former' }],
    ['Strong odor of cigarette smoke in the room after a visitor left.', { status: 'unknown' }],
    ['Reminded that the campus is tobacco-free.', { status: 'unknown' }],
    ['Seizure x1 last year, none since. Tobacco: never.', { status: 'never' }],
    // Seasons count back to the latest one that ended before the note (decision 53).
    ['Stopped smoking last fall.', { status: 'former', quit_year: 2023 }, '2024-06-01'],
    ['Stopped smoking last summer.', { status: 'former', quit_year: 2024 }, '2024-12-15'],
    [
      '40 y/o F. She has been smoking since 17, about 10 a day.',
      { status: 'current', years_smoked: 23, cigarettes_per_day: 10 },
    ],
    ['Smokes 1 pack every three days.', { status: 'current', cigarettes_per_day: 6.67 }],
  ])('%s', (text, expected, noteDate) => {
    expect(answer(text, 'en', noteDate)).toMatchObject(expected);
  });
});

// dev7 (Japanese): the current-versus-former boundary. Wordings differ from the gold notes.
describe('dev7 phenomena (Japanese)', () => {
  it.each<[string, Partial<SmokingAnnotation>, string?]>([
    // Lifelong abstinence adverbs before 吸わない: never, not "historical" (昔 → former).
    ['嗜好：たばこは元々吸わない。妻が喫煙者。', { status: 'never', ...NONE }],
    ['生活歴：タバコは若い頃から一切吸わない', { status: 'never' }],
    // Present and past both denied (decision 44).
    ['喫煙：過去も現在もなし', { status: 'never' }],
    ['本人によると、今も昔も吸っていないとのこと。', { status: 'never' }],
    // An unanswered smoking item says nothing; a nearby negation does not make it never.
    ['問診票\n喫煙欄は未記入（本人に確認できず）。', { status: 'unknown', ...NONE }],
    ['喫煙：（無回答）\n飲酒：なし', { status: 'unknown' }],
    // Advice to smokers as a group.
    ['保健指導：たばこを吸う方は禁煙しましょう。', { status: 'unknown' }],
    // A 健診 row answered はい is smoking now; readiness to quit is not a quit.
    [
      '喫煙習慣：はい（1日20本、30年）\n禁煙に関心あり',
      { status: 'current', cigarettes_per_day: 20, years_smoked: 30, quit_year: null },
    ],
    ['たばこ 1日15本。禁煙を検討している。', { status: 'current', cigarettes_per_day: 15 }],
    // 最終喫煙 in the past: former, with that date as the quit (decision 38).
    [
      '最終喫煙は平成30年。以前は1日20本×20年。',
      { status: 'former', quit_year: 2018, brinkman_index: 400 },
    ],
    ['最終喫煙：5年前', { status: 'former', quit_year: 2020 }, '2025-03-01'],
    // 一昨年 / おととし is two years back (decision 37).
    ['おととし禁煙した。', { status: 'former', quit_year: 2023 }, '2025-03-01'],
    // A quit date written after the quit: in brackets, as a span end, as 禁煙開始日.
    ['禁煙は2020年から続いている。', { status: 'former', quit_year: 2020 }],
    ['禁煙は順調（去年の春から）。', { status: 'former', quit_year: 2023 }],
    ['たばこは止めました（2012年）。', { status: 'former', quit_year: 2012 }],
    ['喫煙：以前（〜2010年）', { status: 'former', quit_year: 2010, years_smoked: null }],
    ['禁煙開始日：2023年4月1日、以後喫煙なし。', { status: 'former', quit_year: 2023 }],
    // An age span with から…まで; a start age given as 開始は N 歳 is not the patient's age.
    [
      '元喫煙者。20歳から50歳まで1日20本。',
      { status: 'former', years_smoked: 30, brinkman_index: 600 },
    ],
    [
      '喫煙開始年齢は18歳、現在45歳、1日10本吸っている。',
      { status: 'current', years_smoked: 27, cigarettes_per_day: 10 },
    ],
    // 喫煙歴：有 is history (decision 15: ever → unknown), as 喫煙歴：有り already was.
    ['喫煙歴：有。', { status: 'unknown' }],
    // Heated tobacco now, after quitting cigarettes: current, no quit year (decisions 3, 46).
    ['紙巻きは3年前にやめて、今はアイコスを毎日使用。', { status: 'current', quit_year: null }],
    // The last cigarette on the day before admission: still smoking (decision 38).
    ['最終喫煙：入院前日。1日20本。', { status: 'current', cigarettes_per_day: 20 }],
    // A present-tense denial with 喫煙して reads like 吸っていない: former, not never.
    ['現在は喫煙していない。10年前まで1日20本。', { status: 'former', quit_year: 2014 }],
  ])('%s', (text, expected, noteDate) => {
    expect(answer(text, 'ja', noteDate)).toMatchObject(expected);
  });
});

describe('dev12 mechanisms: copied blocks, form rows, months, amounts dated to today', () => {
  it.each<[string, Language, Partial<SmokingAnnotation>, string?]>([
    // A copied-forward block loses to the note's own statement, even with numbers beside it.
    [
      'SOCIAL HISTORY (copied forward from clinic note 07/2023):\n  Smoker, 1 ppd x 40 yrs.\n\nToday: he quit in 2023 and has not had a cigarette since.',
      'en',
      { status: 'former', quit_year: 2023 },
    ],
    [
      '【生活歴】※前回入院時の記載を転記\n喫煙：1日30本×35年、現在も喫煙中\n【今回の聴取】前回の入院を機にたばこはやめており、1本も吸っていない。',
      'ja',
      { status: 'former' },
    ],
    // Copied content written inline is that line alone; the next line's update wins.
    [
      "HPI (carried forward from the 2023 admission): 'active smoker, 30 pk-yr hx'.\nSocial history (updated this admission): quit 04/2024 per pt; has not smoked since.",
      'en',
      { status: 'former', quit_year: 2024 },
    ],
    // A triage row with a dashed answer keeps its answer; its "?" asks, it does not doubt.
    [
      'TRIAGE\n smoker? - no\n ex-smoker? - yes (stopped 2010)\n alcohol? - no',
      'en',
      { status: 'former', quit_year: 2010 },
    ],
    // The informant's aside is not the smoker ("Per daughter (…, his main caregiver): he quit…").
    [
      'Per daughter (at bedside, his main caregiver): he quit smoking about 8 years ago; before that a pack and a half a day.',
      'en',
      { status: 'former', cigarettes_per_day: 30, quit_year: 2016 },
    ],
    // A field label with an aside before its colon is a label, not a smoking word.
    [
      'Smoking status (imported from outside records): ever smoker. Pack-years not documented.',
      'en',
      { status: 'unknown' },
    ],
    // Present only: nothing alone (decision 54), former beside numbers smoked.
    ['喫煙：現在は吸っていない', 'ja', { status: 'unknown' }],
    [
      '喫煙：現在は吸っていない。以前は1日20本。',
      'ja',
      { status: 'former', cigarettes_per_day: 20 },
    ],
    // Abstinent since discharge outranks the smoking up to the admission (decision 38).
    [
      '入院を機に禁煙を開始。本人「退院してから1本も吸っていない」。入院前は1日20本を約40年吸っていた。',
      'ja',
      { status: 'former', cigarettes_per_day: 20, years_smoked: 40 },
    ],
    // 特定健診 問8: numbered options on lines of their own, one ticked.
    [
      '問8　たばこを習慣的に吸っていますか\n　□① はい\n　□② 以前は習慣的に吸っていたが、この1か月は吸っていない\n　■③ いいえ（①②のどちらでもない）',
      'ja',
      { status: 'never' },
    ],
    [
      '問8　たばこを習慣的に吸っていますか\n　□① はい\n　■② 以前は習慣的に吸っていたが、この1か月は吸っていない\n　□③ いいえ（①②のどちらでもない）',
      'ja',
      { status: 'former' },
    ],
    [
      '問8　たばこを習慣的に吸っていますか\n　■① はい\n　□② 以前は習慣的に吸っていたが、この1か月は吸っていない\n　□③ いいえ（①②のどちらでもない）\n保健指導メモ：1日10本とのこと。',
      'ja',
      { status: 'current', cigarettes_per_day: 10 },
    ],
    // Per week, per month, cartons (decision 68), and a pack every 2-3 days.
    [
      'SH: tob - "3-4 packs a week" since 2015.',
      'en',
      { status: 'current', cigarettes_per_day: 10 },
      '2025-03-01',
    ],
    ['Smoker, about a carton a week x 14 years.', 'en', { status: 'current', pack_years: 20 }],
    [
      'Former smoker, 3 cartons a month for 18 years, quit 2016.',
      'en',
      { status: 'former', cigarettes_per_day: 20, years_smoked: 18 },
    ],
    [
      'Tobacco: smokes cigarettes - a pack every 2-3 days.',
      'en',
      { status: 'current', cigarettes_per_day: 8 },
    ],
    // A bound is not an amount ("grade modifier: smoker, < 10 cigarettes/day").
    [
      'Dx: periodontitis, grade B (grade modifier: smoker, < 10 cigarettes/day).',
      'en',
      { cigarettes_per_day: null },
    ],
    // Remission and months smoke-free are a quit, counted back from the note date.
    [
      'Tobacco use disorder, in early remission - congratulated on 6 months smoke-free (was 1 ppd x 25 yrs).',
      'en',
      { status: 'former', quit_year: 2023, pack_years: 25 },
      '2024-03-01',
    ],
    // Insurance forms: a bare NO after "?", "Last use:", amounts per month.
    [
      'Used any tobacco or nicotine in the last 12 months? NO\nEver used? YES - cigarettes. Last use: 2016.',
      'en',
      { status: 'former', quit_year: 2016 },
    ],
    // Durations as a habit's length, an "N-year smoker", an age span and an event's year.
    [
      'Tobacco: former smoker - a two-decade habit, about a pack a day; quit in 2011.',
      'en',
      { years_smoked: 20, pack_years: 20 },
    ],
    [
      'Former smoker, half a pack a day - "I was a 40-year smoker."',
      'en',
      { status: 'former', years_smoked: 40 },
    ],
    [
      'SH: ex-smoker - 1ppd from the age of 14 until he was 50.',
      'en',
      { status: 'former', years_smoked: 36, pack_years: 36 },
    ],
    [
      'SH: smoker - about 1/2 ppd since she graduated high school in 2006.',
      'en',
      { status: 'current', years_smoked: 19 },
      '2025-02-01',
    ],
    [
      'Tobacco: smokes. Amount: 10 cigarettes a day. Duration: 14 years.',
      'en',
      { years_smoked: 14 },
    ],
    // A form section left blank says nothing; a transplant recipient is someone else.
    ['Section C (tobacco/nicotine) - both boxes left blank.', 'en', { status: 'unknown' }],
    [
      'Donor candidate: 45 y/o F (recipient: 49 y/o M; he smoked 2 ppd x 25 yrs and quit in 2019).\nDonor history: no HTN. Lifelong non-smoker.',
      'en',
      { status: 'never', pack_years: null },
    ],
    // An amount smoked today is a current statement against an older period.
    [
      'Tobacco - started smoking at 15; smoked 2 ppd in his 40s, down to half a pack a day now.',
      'en',
      { status: 'current', cigarettes_per_day: 10 },
    ],
    // dev14: typos of "daily", an eponymous quit date, a history not obtained or still needed, a
    // start year as a span's start, a label after a sentence end ending a relative's topic.
    ['SH: smokes 2 packs daly x 30 yrs.', 'en', { status: 'current', pack_years: 60 }],
    [
      'Tobacco: former cigarette smoker - off cigarettes since Thanksgiving 2021, when he switched to a vape.',
      'en',
      { status: 'former', quit_year: 2021 },
    ],
    [
      "Her own tobacco and alcohol history could not be obtained; the son 'has no idea' whether she ever smoked.",
      'en',
      { status: 'unknown' },
    ],
    ['Tobacco history needed to determine eligibility.', 'en', { status: 'unknown' }],
    [
      'She smoked about 15 cigarettes a day from 1985 until she quit 9 years ago.',
      'en',
      { status: 'former', years_smoked: 30, quit_year: 2015 },
    ],
    [
      'Social: Widowed, lives alone; daughter nearby. Ex-smoker: started at 25 and quit at 60 when she retired, about 15 cigarettes a day all those years.',
      'en',
      { status: 'former', cigarettes_per_day: 15, years_smoked: 35 },
    ],
    // JA quit dates in form brackets, with 自分で, and an ex-smoker since an era year.
    ['喫煙：■過去\n禁煙した年（2018）年　1日（20）本', 'ja', { status: 'former', quit_year: 2018 }],
    [
      '喫煙：今年の3月に自分でやめた。以後は吸っていない。',
      'ja',
      { status: 'former', quit_year: 2024 },
      '2024-06-01',
    ],
    ['喫煙 ex（H22〜）、以前は1日30本', 'ja', { status: 'former', quit_year: 2010 }],
    // A holiday with no year: its month, counted back like "quit in March".
    [
      'Has been off cigarettes since Thanksgiving, with varenicline; no slips.',
      'en',
      { status: 'former', quit_year: 2023 },
      '2024-02-10',
    ],
    [
      'She quit the week before Christmas and has not had a cigarette since.',
      'en',
      { status: 'former', quit_year: 2024 },
      '2024-12-30',
    ],
    // 健診 rows answered by a circled option, with the question written as a statement.
    [
      'Q1．現在、たばこを習慣的に吸っている　　はい・［○］いいえ\nQ2．過去に習慣的に吸っていたことがある　　はい・［○］いいえ',
      'ja',
      { status: 'never' },
    ],
    ['Q10．現在、たばこを習慣的に吸っている　　はい・［○］いいえ', 'ja', { status: 'unknown' }],
    [
      'Q10．現在、たばこを習慣的に吸っている　　［○］はい・いいえ\n「はい」の方　1日の本数（10〜15）本',
      'ja',
      { status: 'current', cigarettes_per_day: 12.5 },
    ],
    // A ticked "No, I quit" answers "Do you use tobacco?" with a quit.
    ['Do you use tobacco?  [ ] Yes  [x] No, I quit  [ ] Never', 'en', { status: 'former' }],
    // A later quit of the same pipe ends it, however specific the sentence before.
    [
      'Smoked cigarettes, a pack a day, then switched to a pipe for about 40 years. Gave up the pipe in 2015.',
      'en',
      { status: 'former', quit_year: 2015 },
    ],
    // Tried once: never (decision 48 EN, 試しただけ JA); 嗜好 shorthand Tb(−).
    [
      'たばこは高校生のときに友人から1本もらって試しただけで、その後は一度も吸っていない。',
      'ja',
      { status: 'never' },
    ],
    ['嗜好：Tb(−)、Alc 機会', 'ja', { status: 'never' }],
    ['既往：Tb(−)', 'ja', { status: 'unknown' }],
    // "non-" glued to a word negates only that word.
    ['Non-allergic rhinitis, aggravated at work by tobacco smoke.', 'en', { status: 'unknown' }],
    // Safety teaching and screening guidelines are about nobody in particular.
    ['Reinforced: no smoking or open flames within 10 ft of oxygen.', 'en', { status: 'unknown' }],
    [
      'Lung cancer screening: adults 50-80 years with a 20 pack-year smoking history who currently smoke.',
      'en',
      { status: 'unknown', pack_years: null },
    ],
    // A month with no year: the latest such month up to the note date.
    ['Former smoker; quit in March.', 'en', { status: 'former', quit_year: 2024 }, '2024-06-01'],
    [
      'Former smoker; quit in September.',
      'en',
      { status: 'former', quit_year: 2023 },
      '2024-06-01',
    ],
    ['今年の3月にたばこをやめた。', 'ja', { status: 'former', quit_year: 2024 }, '2024-06-01'],
    // An amount said as today's outranks an earlier one for a current smoker.
    [
      '初診時：1日25本、喫煙歴30年。\n現在は1日3〜5本。まだ吸ってしまう。',
      'ja',
      { status: 'current', cigarettes_per_day: 4, years_smoked: 30 },
    ],
    // Nicotine replacement doses are not cigarettes.
    [
      'Former smoker - 1 ppd x 25 yrs. Still uses nicotine lozenges 2 mg, 3-4 a day.',
      'en',
      { status: 'former', cigarettes_per_day: 20 },
    ],
    // A start age on a template row under a smoking row.
    [
      '45 y/o F\nSmoking status: Current Every Day Smoker\nPacks/day: 1.00\nStart age: 20',
      'en',
      { status: 'current', years_smoked: 25 },
    ],
  ])('%s', (text, language, expected, noteDate) => {
    expect(answer(text, language, noteDate)).toMatchObject(expected);
  });
});

describe('dev15 mechanisms: goals, periods, months, other substances, label-first numbers', () => {
  it.each<[string, Partial<SmokingAnnotation>, string?]>([
    // Romanised Japanese era years in English letters.
    [
      'Smoking history: 20 cigarettes/day. Stopped smoking in Heisei 24 after he was told he had COPD.',
      { status: 'former', quit_year: 2012 },
    ],
    // A goal or plan is not the amount smoked; "a pack lasts me 3 days" is.
    [
      'Smoking since 2010. "A pack lasts me about 3 days."\nPlan: Quit date set: 03/04/2025. Goal before quit date: cut to 1 pack per week.',
      { status: 'current', cigarettes_per_day: 6.67, years_smoked: 15 },
      '2025-02-10',
    ],
    [
      'Tobacco: 1.5 ppd. Agrees to try to cut to 5/day by next visit.',
      { status: 'current', cigarettes_per_day: 30 },
    ],
    // Done, not planned: "has cut down to" is today's amount.
    ['Smoker, was 1 ppd, has cut down to 5/day.', { status: 'current', cigarettes_per_day: 5 }],
    // A "Started:" row under a smoking row, with the patient's age.
    [
      '40 y/o M\nSubstance use:\n  Cigarettes/day: 25\n  Started: at 15, daily since then',
      { status: 'current', cigarettes_per_day: 25, years_smoked: 25 },
    ],
    // The label first, then the number.
    ['Former smoker. Pack yr hx ~60 per pulmonary note.', { status: 'former', pack_years: 60 }],
    [
      'Tobacco: pack-year history of 12 - a pack a day from age 16 to 28; she stopped when her daughter was born in 2000.',
      {
        status: 'former',
        pack_years: 12,
        cigarettes_per_day: 20,
        years_smoked: 12,
        quit_year: 2000,
      },
    ],
    // A two-digit start year after "since".
    ["SH: +Tob: 1 pk/d since '94.", { status: 'current', years_smoked: 30 }, '2024-03-01'],
    // Another substance's row: its quit and its years are not smoking.
    [
      "SH:\n Tobacco: never.\n EtOH: quit '07 (drank ~12 beers/day x 15 yrs prior).",
      { status: 'never', ...NONE },
    ],
    // Not reviewed, or still to be asked: no answer.
    ['Tobacco status: not reviewed this visit.', { status: 'unknown', ...NONE }],
    [
      'Plan: reschedule in 2-4 weeks to complete screening questions, including tobacco.',
      { status: 'unknown', ...NONE },
    ],
    // A span in months (decision 76); a quit "for 14 months" is not one.
    [
      'Tobacco: smoked "about a half-pack a day" for 18 months in the Army; quit in 1962.',
      { status: 'former', years_smoked: 1.5, pack_years: 0.75, brinkman_index: 15 },
    ],
    [
      'Tobacco: has not smoked for 14 months; before that 1 ppd for 30 yrs.',
      { status: 'former', years_smoked: 30, pack_years: 30 },
    ],
    // Cigarettes per week.
    ['Tobacco flowsheet:\n  Cigarettes per week: 70', { cigarettes_per_day: 10 }],
    ['Smokes 35 cigs/wk.', { status: 'current', cigarettes_per_day: 5 }],
    // A former smoker's history in periods (decision 73): years summed, amount time-weighted.
    [
      'SH: ex-smoker, quit ~6 yrs ago. Was 2 ppd x 10 yrs in his 20s, then cut to 1 ppd x 15 yrs after his first MI.',
      {
        status: 'former',
        cigarettes_per_day: 28,
        years_smoked: 25,
        pack_years: 35,
        brinkman_index: 700,
      },
    ],
    [
      'Smoked 2 packs a day for 10 years, then about a pack a day for the next 20 years, and quit in 2015.',
      { status: 'former', cigarettes_per_day: 26.67, years_smoked: 30, pack_years: 40 },
    ],
    // A rough interval loses to a dated record of the same quit (decision 66).
    [
      'Former smoker, quit about 5 years ago.\nCessation clinic record: quit date 03/12/2018.',
      { status: 'former', quit_year: 2018 },
      '2024-06-01',
    ],
    // A current smoker's amount is today's, periods or not (decision 32).
    [
      'Smokes 1 ppd now; was 2 ppd x 10 yrs, then 1 ppd x 5 yrs.',
      { status: 'current', cigarettes_per_day: 20 },
    ],
  ])('%s', (text, expected, noteDate) => {
    expect(answer(text, 'en', noteDate)).toMatchObject(expected);
  });
});

describe('dev16 mechanisms: treatment materials, smokeless rows, abstinence spans', () => {
  it.each<[string, Partial<SmokingAnnotation>, string?]>([
    // A tobacco treatment insert's dosing table is education, not the patient.
    [
      "Results letter mailed with the screening program's standard tobacco treatment insert (patch dosing: 21 mg/day if more than 10 cigarettes/day).",
      { status: 'unknown', ...NONE },
    ],
    ['Referred to the tobacco treatment program.', { status: 'unknown', ...NONE }],
    [
      'SH: former smoker, quit last yr, was 1/2 ppd x 10 yrs.',
      { quit_year: 2023, years_smoked: 10 },
    ],
    [
      'Tobacco: stopped smoking after his MI in 2014; smoked 2 ppd for "about 30 years" before that.',
      { status: 'former', years_smoked: 30, pack_years: 60 },
    ],
    // Quitting for a while between two years, then starting again: no smoking span.
    [
      'Tobacco: quit smoking for about 2 years (2019-2021) but started again; now ~12 cig/day.',
      { status: 'current', cigarettes_per_day: 12, years_smoked: null, pack_years: null },
    ],
    // A smokeless row's quit date is not the smoking quit date.
    [
      'Smoking status: Former Smoker\nQuit date: 11/03/2021\nPacks/day: 0.75\nSmokeless tobacco: Former User\nSmokeless quit date: 1998',
      { status: 'former', quit_year: 2021 },
    ],
  ])('%s', (text, expected, noteDate) => {
    expect(answer(text, 'en', noteDate)).toMatchObject(expected);
  });
});

describe('dev17 mechanisms: dated abstinence, in-hospital abstinence, unticked options', () => {
  it.each<[string, Partial<SmokingAnnotation>, string?]>([
    [
      'Smoking history: 20 cigarettes/day for 38 years; has not smoked since his retirement in 2016.',
      { status: 'former', quit_year: 2016 },
    ],
    ['He has been smoke-free since Memorial Day 2022.', { status: 'former', quit_year: 2022 }],
    [
      'Tobacco: former smoker, 12 years of half a pack a day, who switched to an e-cigarette in 2021 and has not smoked since.',
      { status: 'former', quit_year: 2021 },
    ],
    // Not smoking only since the admission is no quit.
    [
      'Pt asking repeatedly to go downstairs "for a cigarette." States he has not smoked since he came in yesterday morning.',
      { status: 'current', quit_year: null },
    ],
    // Smoking allowed on flights is a place's rule, not the patient.
    [
      'She has never smoked. Worked as a flight attendant 1984-1989, when smoking was still allowed on many flights.',
      { status: 'never', ...NONE },
    ],
    // Empty parentheses are unticked boxes.
    [
      'Tobacco:   ( ) I smoke now   ( ) I used to smoke   (X) I have never smoked',
      { status: 'never', ...NONE },
    ],
    [
      'Tobacco:   ( ) I smoke now   (X) I used to smoke   ( ) I have never smoked',
      { status: 'former' },
    ],
    [
      '71-year-old man. He smoked a pack and a half a day starting at 18 and stopped at 55.',
      { status: 'former', years_smoked: 37, pack_years: 55.5 },
    ],
    // Another substance's row after a dash.
    [
      'Social History: Tobacco - smokes about 1.5 ppd. Alcohol - none since 2012.',
      { status: 'current', cigarettes_per_day: 30, years_smoked: null },
    ],
  ])('%s', (text, expected, noteDate) => {
    expect(answer(text, 'en', noteDate)).toMatchObject(expected);
  });
});

describe('dev18 mechanisms: typos, switching to a vape, a denial naming its product', () => {
  it.each<[string, Partial<SmokingAnnotation>, string?]>([
    [
      'SH: formr smkr - stoped 2010, was 2ppd x 30 yrs. etoh rare',
      { status: 'former', quit_year: 2010, cigarettes_per_day: 40, years_smoked: 30 },
    ],
    [
      'Tobacco: switched from cigarettes to a vape three years ago and has not had a cigarette since.',
      { status: 'former', quit_year: 2021 },
    ],
    // "Never smoked cigarettes" says nothing about the pipe.
    [
      'Tobacco: smoked a pipe from his 30s until 2014; never smoked cigarettes.',
      { status: 'former', quit_year: 2014 },
    ],
    ['Never smoked cigarettes.', { status: 'never', ...NONE }],
    ['Never smoked.', { status: 'never', ...NONE }],
  ])('%s', (text, expected, noteDate) => {
    expect(answer(text, 'en', noteDate)).toMatchObject(expected);
  });
});

describe('dev19 mechanisms: bracketed era years, instructions, general effects, labelled products', () => {
  it.each<[string, Partial<SmokingAnnotation>, string?]>([
    [
      'Life history: smoked 20 cigarettes/day from 1975 (Showa 50) until 2010.',
      { status: 'former', years_smoked: 35, pack_years: 35, quit_year: 2010 },
    ],
    [
      'Standard joint-class teaching reviewed: no tobacco or nicotine products for 4 weeks before and after surgery to help wound healing.',
      { status: 'unknown', ...NONE },
    ],
    [
      'Smoking: none, ever - asked specifically, as smoking worsens Graves orbitopathy.',
      { status: 'never', ...NONE },
    ],
    // The label names the cigarettes the amount counts, beside a cigar.
    [
      'Tobacco: cigarettes - about 5 a day, more if he is out with friends; also a cigar on Friday nights.',
      { status: 'current', cigarettes_per_day: 5 },
    ],
    // Cigars alone still carry no cigarette numbers.
    ['Tobacco: smokes cigars - about 2 a day.', { status: 'current', cigarettes_per_day: null }],
  ])('%s', (text, expected, noteDate) => {
    expect(answer(text, 'en', noteDate)).toMatchObject(expected);
  });
});

describe('dev20 mechanisms: ages from a date of birth or a header, years from events', () => {
  it.each<[string, Partial<SmokingAnnotation>, string?]>([
    // A date of birth gives the age at the note date (decision 80): 55, not 2024 − 1968.
    [
      'Patient: Reyes, Tomas   DOB: 09/14/1968   Visit date: 03/05/2024\nS: Smokes about a pack a day; started at 16.',
      { status: 'current', years_smoked: 39, pack_years: 39 },
      '2024-03-05',
    ],
    // "Age: 64" inside a header line.
    [
      'Name: Kowalczyk, Dennis   Age: 64   Sex: M\nS: Started smoking in the Army at 18 and still smokes about half a pack a day.',
      { status: 'current', years_smoked: 46, cigarettes_per_day: 10 },
    ],
    // A start age is not the patient's age.
    ['Tobacco: current smoker, 1 ppd.  Start age: 16', { status: 'current', years_smoked: null }],
    // An event with its year ends the span; a child's birth dates the patient's quit.
    [
      'Former smoker: smoked about a pack a day from age 19 until his bypass in 2015; no tobacco since.',
      { status: 'former', quit_year: 2015 },
    ],
    [
      'Tobacco: She smoked from 1988 until her daughter was born in 2003, about 15 cigarettes a day, and has not smoked since.',
      { status: 'former', quit_year: 2003, years_smoked: 15, cigarettes_per_day: 15 },
    ],
    // "Years smoked: 30.00" is a row label, not "smoked" in the past tense.
    [
      'Tobacco Use\n  Smoking status: Current Every Day Smoker\n  Packs/day: 1.25\n  Years smoked: 30.00',
      { status: 'current', years_smoked: 30 },
    ],
    // An alcohol row keeps its own quit after a semicolon; a tobacco clause after one is kept.
    [
      'Smoking history: ex-smoker, 20 cigarettes/day x 40 years; stopped at age 62.\nAlcohol: sake, about 2 go/day for 30 years; stopped in 2019.',
      { status: 'former', quit_year: null, years_smoked: 40 },
    ],
    ['EtOH: none; quit smoking 2010.', { status: 'former', quit_year: 2010 }],
  ])('%s', (text, expected, noteDate) => {
    expect(answer(text, 'en', noteDate)).toMatchObject(expected);
  });
});

describe('fallback status: labelled products and zero amounts', () => {
  it.each<[string, Partial<SmokingAnnotation>]>([
    // An amount under a label naming a cigar or pipe is current use, with no cigarette numbers.
    ['Tobacco: cigars - about 2 a day.', { status: 'current', cigarettes_per_day: null }],
    ['Cigarettes - 10/day', { status: 'current', cigarettes_per_day: 10 }],
    // A zero amount stated as the patient's is a denial (decision 74).
    ['Cigarettes: 0/day', { status: 'never', ...NONE }],
    ['Pack-years: 0', { status: 'never', ...NONE }],
  ])('%s', (text, expected) => {
    expect(answer(text)).toMatchObject(expected);
  });
});

describe('dev21 mechanisms: histories told as an N-year history, decades with "about"', () => {
  it.each<[string, Partial<SmokingAnnotation>]>([
    [
      'SH: ex-smoker, 25-year history at 1/2 ppd, qiut 2018.',
      { status: 'former', years_smoked: 25, pack_years: 12.5 },
    ],
    [
      'Social history: She has a 30-year history of smoking, about a pack a day, and continues to smoke.',
      { status: 'current', years_smoked: 30, pack_years: 30 },
    ],
    [
      "Tobacco: former - smoked for about a decade in his 20s and 30s, 10 cigarettes/day, stopped in '05.",
      { status: 'former', years_smoked: 10, quit_year: 2005 },
    ],
    // An N-year history of something else is no smoking span.
    ['Smokes 1 ppd. 10-year history of diabetes.', { status: 'current', years_smoked: null }],
  ])('%s', (text, expected) => {
    expect(answer(text)).toMatchObject(expected);
  });
});

describe('dev22: fractions, dot leaders, "over about N years", put down, switching to a vape, joints, pedigree rows', () => {
  it.each<[string, Partial<SmokingAnnotation>]>([
    // "three-quarters of a pack", hyphenated or not, and "one-quarter of a pack".
    [
      'Social: smokes about three-quarters of a pack a day for 10 years.',
      { status: 'current', cigarettes_per_day: 15, pack_years: 7.5 },
    ],
    ['Smoker, one-quarter of a pack per day.', { status: 'current', cigarettes_per_day: 5 }],
    // "a pack about every 4 days": the approximation between the pack and its interval.
    [
      'Tobacco: goes through a pack about every 4 days.',
      { status: 'current', cigarettes_per_day: 5 },
    ],
    [
      'Current smoker; one pack roughly every 2 days.',
      { status: 'current', cigarettes_per_day: 10 },
    ],
    // Printed template rows with dot leaders.
    [
      'Tobacco Use\n  Smoking status ......... Every Day\n  Packs/day .............. 0.50\n  Years .................. 20',
      { status: 'current', cigarettes_per_day: 10, years_smoked: 20, pack_years: 10 },
    ],
    [
      'Tobacco Use\n  Smoking status ......... Former\n  PPD .............. 1\n  Pack years ......... 30\n  Quit date ........ 2011',
      { status: 'former', cigarettes_per_day: 20, pack_years: 30, quit_year: 2011 },
    ],
    // "over roughly N years" / "over the course of N years" is a span; "for over N years" a bound.
    [
      'Former smoker: about 1 ppd over roughly 25 years, quit 2010.',
      { status: 'former', years_smoked: 25, pack_years: 25 },
    ],
    [
      'Ex-smoker, half a pack a day over the course of 15 years; quit in 2001.',
      { status: 'former', years_smoked: 15, brinkman_index: 150 },
    ],
    [
      'Former smoker, a pack a day for over 20 years; quit in 2001.',
      { status: 'former', years_smoked: null },
    ],
    // "put down cigarettes" is a quit, with its object after the verb too.
    [
      'Social: put down cigarettes last year; before that about 10 a day.',
      { status: 'former', quit_year: 2023, cigarettes_per_day: 10 },
    ],
    ['She put down smoking in March 2019.', { status: 'former', quit_year: 2019 }],
    // Moving to a vape dates the quit of combustibles, whatever the verb.
    [
      'Tobacco: former smoker (1 ppd x 10 yrs). Moved over to an e-cigarette in January 2020 and has not smoked since.',
      { status: 'former', quit_year: 2020 },
    ],
    [
      'Transitioned from cigarettes to a vape pen in 2018; no cigarettes since.',
      { status: 'former', quit_year: 2018 },
    ],
    [
      'Changed over to vaping 3 years ago, previously 1 ppd.',
      { status: 'former', quit_year: 2021 },
    ],
    // Cannabis smoked as joints or blunts is not tobacco.
    [
      'Uses cannabis most evenings - smokes a joint or two, for about 2 years.',
      { status: 'unknown', ...NONE },
    ],
    [
      'Substances: smokes a couple of blunts on weekends. Tobacco: denies.',
      { status: 'never', ...NONE },
    ],
    // A history still to be taken, with alcohol beside tobacco.
    [
      'SHx: unobtainable - pt sedated. Will get tobacco/EtOH history from family.',
      { status: 'unknown', ...NONE },
    ],
    ['Plan: gather tobacco hx from wife tomorrow.', { status: 'unknown', ...NONE }],
  ])('%s', (text, expected) => {
    expect(answer(text)).toMatchObject(expected);
  });

  it.each<[string, Partial<SmokingAnnotation>]>([
    // A row headed by a relative is about the relative past its clause end ...
    [
      'Relatives:\n  Mother - lung adenocarcinoma at 58; heavy smoker, 40+ years.\n  Sister - asthma; quit smoking 2015.\n',
      { status: 'unknown', ...NONE },
    ],
    [
      'Seen today.\n  Brother (52): lung cancer at 50; smoked 2 ppd x 30 yrs; quit 2010.\nSocial: never smoker.',
      { status: 'never', ...NONE },
    ],
    // ... unless the patient is named on it, or the relative only reports.
    [
      'Seen with family.\n  Mother - HTN; patient herself smokes 1 ppd.',
      { status: 'current', cigarettes_per_day: 20 },
    ],
    [
      'Daughter: reports he quit in 2012; smoked 1 ppd x 30 yrs.',
      { status: 'former', quit_year: 2012 },
    ],
    [
      'Son (at bedside) - confirms pt still smokes 1 ppd.',
      { status: 'current', cigarettes_per_day: 20 },
    ],
  ])('%s', (text, expected) => {
    expect(answer(text)).toMatchObject(expected);
  });

  it.each<[string, Partial<SmokingAnnotation>]>([
    // A printed questionnaire whose answers sit after dot leaders.
    [
      'PRE-OP QUESTIONNAIRE\n 1. Do you smoke now? ........ NO\n 2. Have you ever smoked? ........ NO',
      { status: 'never', ...NONE },
    ],
    [
      'Questionnaire\n 1. Do you currently smoke? ...... YES\n 2. How many cigarettes a day? ...... 10',
      { status: 'current', cigarettes_per_day: 10 },
    ],
    [
      'Questionnaire\n 1. Do you smoke now? ...... NO\n 2. Did you ever smoke? ...... YES\n 3. If you quit, what year? ...... 2009',
      { status: 'former', quit_year: 2009 },
    ],
  ])('%s', (text, expected) => {
    expect(answer(text)).toMatchObject(expected);
  });
});

describe('dev23: table rows, unlabelled follow-ups, other people smoking, tobacco businesses', () => {
  it.each<[string, Partial<SmokingAnnotation>]>([
    // "N years at roughly <amount>": the duration of that amount, with any approximate word.
    [
      'Quit 5 yrs ago after 30 years at roughly a pack and a half a day.',
      { status: 'former', cigarettes_per_day: 30, years_smoked: 30, pack_years: 45 },
    ],
    [
      'Ex-smoker: 20 yrs at approximately half a pack daily, stopped 2010.',
      { status: 'former', cigarettes_per_day: 10, years_smoked: 20, quit_year: 2010 },
    ],
    [
      'Former smoker - 25 years of around 2 packs a day.',
      { status: 'former', cigarettes_per_day: 40, years_smoked: 25, brinkman_index: 1000 },
    ],
    // An approximate start year ("since around 2005") counts (decision 20).
    [
      'Has been smoking since around 2004, about 10 cigarettes a day.',
      { status: 'current', cigarettes_per_day: 10, years_smoked: 20 },
    ],
    ['Smoker since approx. 1994, 1 ppd.', { status: 'current', years_smoked: 30 }],
    ['Started smoking in about 2000; still smokes 1 ppd.', { status: 'current', years_smoked: 24 }],
    // "a pack of cigarettes a day": the product named between the unit and the rate.
    [
      'Smokes about half a pack of cigarettes a day.',
      { status: 'current', cigarettes_per_day: 10 },
    ],
    ['Smokes 2 packs of cigarettes per day.', { status: 'current', cigarettes_per_day: 40 }],
    [
      'Tobacco: a pack of cigs daily x 10 yrs.',
      { status: 'current', cigarettes_per_day: 20, years_smoked: 10 },
    ],
    // Dot-leader rows with "per day" spelled out.
    [
      'Smoking\n  Status ...... Current every day\n  Cigs per day ...... 15\n  Years smoked ...... 20',
      { status: 'current', cigarettes_per_day: 15, years_smoked: 20, brinkman_index: 300 },
    ],
    ['Tobacco: current\nCigarettes a day      8', { status: 'current', cigarettes_per_day: 8 }],
  ])('%s', (text, expected) => {
    expect(answer(text)).toMatchObject(expected);
  });

  it.each<[string, Partial<SmokingAnnotation>]>([
    // A two-column table: label in the first cell, value alone in the next.
    [
      '| Smoking status | Former |\n| Quit date | 03/2012 |\n| Packs/day | 1.5 |\n| Duration (yrs) | 10 |\n| Pack-yrs | 15 |',
      {
        status: 'former',
        quit_year: 2012,
        cigarettes_per_day: 30,
        years_smoked: 10,
        pack_years: 15,
      },
    ],
    [
      'Tobacco | current\nCigarettes/day | 12\nYears smoked | 25',
      { status: 'current', cigarettes_per_day: 12, years_smoked: 25, brinkman_index: 300 },
    ],
    [
      '| Tobacco use | Ex-smoker |\n| Last use | 2019 |\n| PPD | 1 |',
      { status: 'former', quit_year: 2019, cigarettes_per_day: 20 },
    ],
    // A row of one record whose cells are different fields: the number after the amount cell
    // is the duration column, not the amount.
    [
      '| Substance | Status | Amount | Duration | Quit |\n| Cigarettes | Former | 1 pack/day | 30 | 2015 |',
      { status: 'former', cigarettes_per_day: 20 },
    ],
  ])('%s', (text, expected) => {
    expect(answer(text)).toMatchObject(expected);
  });

  it.each<[string, Partial<SmokingAnnotation>]>([
    // A questionnaire's "Tobacco user?" asks about now; its follow-up names no unit.
    [
      'CHECKLIST\nTobacco user?  Y\n   How many per day?  ~12\nAlcohol?  N',
      { status: 'current', cigarettes_per_day: 12 },
    ],
    [
      'Screening\nTobacco user?  Yes\nHow many a day?  about 20',
      { status: 'current', cigarettes_per_day: 20 },
    ],
    // "No" to a smoking question with no time word is never (decision 87); a present-tense one
    // ("Do you smoke now? No") alone says nothing about the past.
    ['Screening\nTobacco user?  No\nAlcohol?  N', { status: 'never', ...NONE }],
    ['Screening\nTobacco user now?  No\nAlcohol?  N', { status: 'unknown', ...NONE }],
  ])('%s', (text, expected) => {
    expect(answer(text)).toMatchObject(expected);
  });

  it.each<[string, Partial<SmokingAnnotation>]>([
    // Other people smoking around the patient: exposure, not the patient's smoking.
    [
      'Worked at a casino for 15 years (until 2018), where customers smoked at the tables. Never smoker.',
      { status: 'never', ...NONE },
    ],
    [
      'Occupation: mechanic; his coworkers smoke in the break room. He has never smoked.',
      { status: 'never', ...NONE },
    ],
    [
      'Factory work 1990-2010; everyone at the plant smoked. Tobacco: denies.',
      { status: 'never', ...NONE },
    ],
    ['Bartender for 10 years; the regulars would smoke inside.', { status: 'unknown', ...NONE }],
    // A tobacco business, a quit-smoking group the patient runs: not the patient's smoking.
    [
      'Retired after 30 years driving for a cigarette and candy wholesaler.',
      { status: 'unknown', ...NONE },
    ],
    ['Worked in a cigarette factory for 20 years.', { status: 'unknown', ...NONE }],
    ['Sales rep for a tobacco distributor x 12 yrs.', { status: 'unknown', ...NONE }],
    [
      'Volunteers: has led a quit-smoking support group at church for a decade.',
      { status: 'unknown', ...NONE },
    ],
    ['Runs the stop smoking class at the YMCA.', { status: 'unknown', ...NONE }],
    // Beside the patient's own statement, the patient's smoking still counts.
    [
      'Worked for a cigarette manufacturer for 20 yrs; smokes 1 ppd x 30 yrs.',
      { status: 'current', cigarettes_per_day: 20, years_smoked: 30 },
    ],
  ])('%s', (text, expected) => {
    expect(answer(text)).toMatchObject(expected);
  });
});

describe('dev24: number words, arrows, abstinence spans, gerund quits, letters, patients who explain', () => {
  it.each<[string, Partial<SmokingAnnotation>]>([
    // Compound number words are one number ("twenty-five" is not the range twenty to five), and
    // "between X and Y" is a range (its midpoint).
    [
      'Smoked twenty-five cigarettes a day for thirty-two years, quit 2010.',
      { status: 'former', cigarettes_per_day: 25, years_smoked: 32, quit_year: 2010 },
    ],
    ['Smokes between 10 and 20 cigarettes a day.', { status: 'current', cigarettes_per_day: 15 }],
    [
      'Former smoker, somewhere between one and two packs a day for forty years.',
      { status: 'former', cigarettes_per_day: 30, years_smoked: 40, pack_years: 60 },
    ],
    // "a pack and a half every day", "a pack of cigarettes lasts him N days".
    [
      'Still smoking: a pack and a half each day for the past 15 years.',
      { status: 'current', cigarettes_per_day: 30, years_smoked: 15, pack_years: 22.5 },
    ],
    [
      'Smoker. One pack of cigs will usually last her about 5 days; has smoked for 20 years.',
      { status: 'current', cigarettes_per_day: 4, years_smoked: 20 },
    ],
    // "x ~15 yrs": an approximate word after the "x".
    [
      'Tob: 10 cig/d x approx 12 yrs.',
      { status: 'current', cigarettes_per_day: 10, years_smoked: 12, brinkman_index: 120 },
    ],
  ])('%s', (text, expected) => {
    expect(answer(text)).toMatchObject(expected);
  });

  it.each<[string, Partial<SmokingAnnotation>]>([
    // Spans written with an arrow: years and quit year from calendar years, years only from ages.
    [
      'Ex-smoker. 1 ppd 1985->2010.',
      { status: 'former', cigarettes_per_day: 20, years_smoked: 25, quit_year: 2010 },
    ],
    [
      'Former smoker: smoked 1990 → 2005, half a pack a day.',
      { status: 'former', cigarettes_per_day: 10, years_smoked: 15, quit_year: 2005 },
    ],
    [
      'Ex-smoker, age 20 → 45 at 1 ppd.',
      { status: 'former', years_smoked: 25, pack_years: 25, quit_year: null },
    ],
    // An abstinence told as a span is neither a smoking span nor a start year.
    [
      'Was off cigarettes from 2012 to 2016, then started again; now 10 cigarettes a day.',
      { status: 'current', cigarettes_per_day: 10, years_smoked: null },
    ],
    [
      'Current smoker, 1 ppd. Smoke-free from 2015 until 2019.',
      { status: 'current', cigarettes_per_day: 20, years_smoked: null, pack_years: null },
    ],
    // An abstinence is not a smoking duration: "has not smoked for 12 years" is a quit.
    ['Has not smoked for 12 years.', { status: 'former', years_smoked: null, quit_year: 2012 }],
    [
      "Ex-smoker; hasn't lit a cigarette in the last 4 years. Previously 1 ppd.",
      { status: 'former', quit_year: 2020, years_smoked: null },
    ],
    ['Has not had a cigarette for the past 8 months.', { status: 'former', quit_year: 2023 }],
  ])('%s', (text, expected) => {
    expect(answer(text)).toMatchObject(expected);
  });

  it.each<[string, Partial<SmokingAnnotation>]>([
    // A quit told with a gerund after a time word.
    ['Doing well since quitting smoking 3 years ago.', { status: 'former', quit_year: 2021 }],
    [
      'Smoked 1 ppd for 20 years before quitting in 2010.',
      { status: 'former', years_smoked: 20, quit_year: 2010 },
    ],
    ['Ex-smoker; gained weight after giving up cigarettes 2 years ago.', { quit_year: 2022 }],
    ['Tob: ex. Tobacco-free since stopping 18 mo ago.', { status: 'former', quit_year: 2022 }],
    // A switch to vaping, or a quit, dated by a season or a part of a year.
    [
      'Switched to vaping in the summer of 2019; previously 1 ppd x 20 yrs.',
      { status: 'former', quit_year: 2019, cigarettes_per_day: 20 },
    ],
    ['Quit smoking at the end of 2018.', { status: 'former', quit_year: 2018 }],
    // Quit rows with a format note in the label.
    ['Smoking status: Former\nQuit (mm/yyyy): 04/2016', { status: 'former', quit_year: 2016 }],
    ['| Smoking | Former |\n| Year quit | 2011 |', { status: 'former', quit_year: 2011 }],
    ['| Smoking | Former |\n| Date quit (mm/yy) | 03/2014 |', { quit_year: 2014 }],
    // "B.I." with dots is the Brinkman index.
    ['Tob: ex-smoker (B.I. = 600), quit 2015.', { status: 'former', brinkman_index: 600 }],
  ])('%s', (text, expected) => {
    expect(answer(text)).toMatchObject(expected);
  });

  it.each<[string, Partial<SmokingAnnotation>]>([
    // A letter to a colleague: "you" is the reader, the patient is "he"/"she" (decision 81).
    [
      'Dear Dr. Lee,\nAs you know, she still smokes about 10 cigarettes a day.',
      { status: 'current', cigarettes_per_day: 10 },
    ],
    [
      'Dear Dr. Lee,\nYou will recall that Mr. Smith quit smoking in 2015 after 30 years at 1 ppd.',
      { status: 'former', quit_year: 2015, years_smoked: 30 },
    ],
    ['If you smoke, you should stop. Smoking raises your risk.', { status: 'unknown', ...NONE }],
    // What the patient explained is a report; what the clinician explained is education.
    [
      'She explained that she quit smoking in 2015 after 20 years at 1 ppd.',
      { status: 'former', quit_year: 2015, cigarettes_per_day: 20 },
    ],
    ['Pt explained that he smokes a pack a day.', { status: 'current', cigarettes_per_day: 20 }],
    [
      'I explained that smoking 1 ppd for 40 years raises cancer risk. Never smoker.',
      { status: 'never', ...NONE },
    ],
  ])('%s', (text, expected) => {
    expect(answer(text)).toMatchObject(expected);
  });
});

describe('dev25: put the pipe down, first cigarette, "through", bare durations, abstinence, history still to take', () => {
  it.each<[string, Partial<SmokingAnnotation>]>([
    // Putting the product down is a quit, whatever the product (decision 25: pipe numbers null).
    [
      'Pipe smoker for 30 years; put the pipe down 5 years ago.',
      { status: 'former', quit_year: 2019, years_smoked: null },
    ],
    ['Put his cigars down in 2012.', { status: 'former', quit_year: 2012 }],
    ['Smoked 1 ppd; put her cigarettes down 3 years ago.', { status: 'former', quit_year: 2021 }],
    [
      'Put the smokes down last year after 20 years at 1 ppd.',
      { status: 'former', quit_year: 2023 },
    ],
    // The first cigarette is the start of the smoking (years = age − start for a current smoker).
    [
      '60 yo M. Smoked his first cigarette at 15, now 1 ppd.',
      { status: 'current', years_smoked: 45, cigarettes_per_day: 20 },
    ],
    [
      '50 y/o F, current smoker, had her first cigarette at age 20; 10 cigs/day.',
      { years_smoked: 30, brinkman_index: 300 },
    ],
    ['Age 40. Tobacco: current, 1 ppd. First cigarette at 18.', { years_smoked: 22 }],
    ['Age 40. Smoking: current, 1 ppd\nAge at first cigarette: 16', { years_smoked: 24 }],
    // "through" / "thru" closes an age or a year span like "until".
    [
      'Ex-smoker: smoked from age 20 through age 50, 1 ppd.',
      { status: 'former', years_smoked: 30, pack_years: 30 },
    ],
    ['Former smoker, 10 cigs/day from the age of 18 thru age 38.', { years_smoked: 20 }],
    // Bare ages (decision 71), with either word.
    ['67 yo M. Smoked from 18 through 45, 1 ppd.', { years_smoked: 27, quit_year: null }],
    ['70 y/o F, ex-smoker. Smoked from 16 to 40, 10 a day.', { years_smoked: 24 }],
    [
      'Smoked from 1990 through 2010, half a pack a day.',
      { status: 'former', years_smoked: 20, quit_year: 2010, pack_years: 10 },
    ],
    ['Former smoker; 1 ppd from 1985 thru 2005.', { years_smoked: 20, quit_year: 2005 }],
  ])('%s', (text, expected) => {
    expect(answer(text)).toMatchObject(expected);
  });

  it.each<[string, Partial<SmokingAnnotation>]>([
    // A bare duration right after the amount is the amount's span.
    ['Smokes 1 ppd, 20 yrs.', { status: 'current', years_smoked: 20, pack_years: 20 }],
    ['Current smoker: 10 cigs/day; about 30 years.', { years_smoked: 30, brinkman_index: 300 }],
    ['Smokes a pack every 2 days, ~12 years.', { cigarettes_per_day: 10, years_smoked: 12 }],
    ['Former smoker, 2 packs daily, 15 years, quit 2001.', { years_smoked: 15, quit_year: 2001 }],
    // …but not an age, an interval back or an abstinence.
    ['Smokes 20/day, 45 years old.', { cigarettes_per_day: 20, years_smoked: null }],
    ['Ex-smoker, 1 ppd, 10 years smoke-free.', { status: 'former', years_smoked: null }],
    // A span off cigarettes between two smoking periods is not smoked time.
    [
      'Smoked 20/day; stopped in 2005 and stayed off for 6 years, then relapsed.',
      { status: 'current', years_smoked: null },
    ],
    [
      'Smoked a pack a day, quit in 2010, remained off for 3 years, started again.',
      { years_smoked: null },
    ],
    ['Smokes 10/day; was abstinent for 4 years in her 30s.', { years_smoked: null }],
    // "on and off" is still a smoking span.
    ['Has smoked on and off for 20 years, about 10 a day.', { years_smoked: 20 }],
  ])('%s', (text, expected) => {
    expect(answer(text)).toMatchObject(expected);
  });

  it.each<string>([
    // A history still to be taken is no answer (decision 51).
    'Tobacco/alcohol hx: to be clarified with family.',
    'Smoking history: pending, outside records requested.',
    'Tobacco hx: TBD.',
    'Tobacco & EtOH history to be confirmed once extubated.',
    'Smoking status unclear.',
  ])('%s', (text) => {
    expect(answer(text)).toMatchObject({ status: 'unknown', ...NONE });
  });
});

describe('dev26: staying off, vapes with a describing word, form columns, cannabis asides, pointers', () => {
  it.each<[string, Partial<SmokingAnnotation>]>([
    // An abstinence that lasts to the note date ("has been off cigarettes for N years") is a
    // quit N years ago; one that ended in a relapse ("had been off … before") is not.
    [
      'Former smoker, 1 ppd. He has been off cigarettes for four years now.',
      { status: 'former', quit_year: 2020 },
    ],
    ['Ex-smoker; has stayed off tobacco for 3 yrs with varenicline.', { quit_year: 2021 }],
    ["Quit smoking. She's been off the cigarettes for about 2 years.", { quit_year: 2022 }],
    ['Former smoker, now off cigarettes x 6 years.', { quit_year: 2018 }],
    [
      'Has been off cigarettes for 8 months, using the patch.',
      { status: 'former', quit_year: 2023 },
    ],
    [
      'Had been off cigarettes for 2 years before relapsing in 2019; smokes 1 ppd.',
      { quit_year: null },
    ],
    // Switching to a vape dates the end of the combustible smoking, whatever word describes the
    // vape ("a nicotine vape", "a disposable e-cig").
    [
      'Moved over to a nicotine vape in 2018 after smoking a pack a day for 18 yrs.',
      { status: 'former', quit_year: 2018, cigarettes_per_day: 20, years_smoked: 18 },
    ],
    [
      'Switched to a disposable e-cig in 2020; no cigarettes since.',
      { status: 'former', quit_year: 2020 },
    ],
    [
      'Transitioned from cigarettes to a refillable vape pen 3 years ago.',
      { status: 'former', quit_year: 2021 },
    ],
    // A "Cigarettes/day:" form field with a second field on the same line, and a range.
    [
      'Former smoker\nCigarettes/day: 10-20    Years smoked: 25',
      { status: 'former', cigarettes_per_day: 15, years_smoked: 25, pack_years: 18.75 },
    ],
    // A ticked "(x)" option answers a status row like "[x]".
    [
      'Tobacco: ( ) Current  (x) Former  ( ) Never\nYears smoked: 25',
      { status: 'former', years_smoked: 25 },
    ],
    ['Smoking status: (X) Never  ( ) Former  ( ) Current', { status: 'never' }],
    [
      'Former smoker\nCigarettes per day: 20   Years: 30',
      { cigarettes_per_day: 20, pack_years: 30 },
    ],
    [
      'Current smoker\nCigs/day = 5-10   Years smoked: 10',
      { cigarettes_per_day: 7.5, years_smoked: 10 },
    ],
    // A smoking word the note says is cannabis is not tobacco (marijuana alone → unknown); tobacco
    // beside cannabis stays tobacco.
    [
      'Pt asked to go outside to smoke - states it is his marijuana, uses it nightly to sleep.',
      { status: 'unknown', ...NONE },
    ],
    ["Went out for a smoke, says it's weed.", { status: 'unknown' }],
    ['Smokes nightly, i.e. cannabis, for sleep.', { status: 'unknown' }],
    ['Smokes only marijuana.', { status: 'unknown' }],
    ['Smokes 1 ppd and marijuana on weekends.', { status: 'current', cigarettes_per_day: 20 }],
    // A pointer to other documentation is not a statement about smoking.
    ['Tobacco: refer to smoking history documented at prior visits.', { status: 'unknown' }],
    ['Smoking hx - see previous notes.', { status: 'unknown' }],
    ['Tobacco use: as documented in prior encounters.', { status: 'unknown' }],
    ['Smoking history per prior records; brother is a cigar smoker.', { status: 'unknown' }],
    [
      'Former smoker, quit 2010; see prior notes for details.',
      { status: 'former', quit_year: 2010 },
    ],
  ])('%s', (text, expected) => {
    expect(answer(text)).toMatchObject(expected);
  });
});

describe('dev27: relatives as subjects, pregnancies, tobacco trades, swaps, borrowed units, form questions', () => {
  it.each<[string, Partial<SmokingAnnotation>]>([
    // A relative who opens the sentence is the subject of its later verbs too, past "but" and
    // past ConText's 15 words; a pronoun or a reflexive names the patient again.
    [
      'Never smoked. Her husband was a heavy smoker - 2 packs a day for more than thirty years, quit in 2015 - and smoked in the house for most of their marriage.',
      { status: 'never', ...NONE },
    ],
    [
      '9 yo F with asthma. Mom quit smoking in 2016 but started again last year and now smokes about 10 a day on the porch.',
      { status: 'unknown', ...NONE },
    ],
    [
      'Non-smoker. His father smoked a pack a day, tried to stop many times but relapsed and smoked until he died.',
      { status: 'never', ...NONE },
    ],
    ['Wife smokes 1 ppd but never smoked herself.', { status: 'never', ...NONE }],
    ['Her husband smokes; she quit in 2010.', { status: 'former', quit_year: 2010 }],
    // A pregnancy, a conception or a birth dates the patient's own smoking: the child named
    // there is not the smoker.
    [
      'Smoking: stopped when she was pregnant with her son (had smoked about 15/day) and has not smoked since.',
      { status: 'former', cigarettes_per_day: 15 },
    ],
    [
      'Quit smoking 3 years ago, after having her first child; smoked 10 cigarettes/day before that.',
      { status: 'former', cigarettes_per_day: 10, quit_year: 2021 },
    ],
    [
      'Quit before conceiving her daughter (was smoking around 12/day), none since.',
      { status: 'former', cigarettes_per_day: 12 },
    ],
    // A tobacco trade is work, not smoking.
    [
      'Tobacco: has never used any tobacco products. Has run a cigar and pipe shop for 15 yrs.',
      { status: 'never', ...NONE },
    ],
    ['Never smoker. Works as a smoke shop clerk.', { status: 'never', ...NONE }],
    ['Owns a tobacco store downtown.', { status: 'unknown', ...NONE }],
    ['Goes to a hookah lounge with friends twice a month.', { status: 'current' }],
    // Swapping cigarettes for a vape dates the quit of the combustibles (decision 4).
    [
      'Replaced his cigarettes with a vape in June 2019; had smoked 1 ppd x 25 yrs.',
      { status: 'former', quit_year: 2019, cigarettes_per_day: 20, years_smoked: 25 },
    ],
    ['Traded cigarettes for an e-cig 2 years ago.', { status: 'former', quit_year: 2022 }],
    [
      'Swapped cigarettes for an e-cigarette in March 2021, none since; ~3/4 ppd for 20 yrs before.',
      { status: 'former', quit_year: 2021, cigarettes_per_day: 15 },
    ],
    // Pack-years are cigarettes by definition, beside a hookah or a pipe.
    [
      'Social: remote tobacco hx - ~25 pack-yrs, none in over 10 yrs. Smoked hookah in college, none since.',
      { status: 'former', pack_years: 25 },
    ],
    [
      'Social: ~25 pack-yrs, quit 2005. Also smoked a pipe in his 30s.',
      { status: 'former', pack_years: 25, quit_year: 2005 },
    ],
    // A count that borrows its unit counts the product named last before it.
    [
      'Tobacco: cigarettes 1 ppd from 1980 until 1995, then switched to cigars, 2-3 a day, which he gave up in 2016.',
      {
        status: 'former',
        cigarettes_per_day: 20,
        years_smoked: 15,
        quit_year: 2016,
        pack_years: 15,
      },
    ],
    [
      'Switched from cigarettes to cigars in 2010, now 2 a day.',
      { status: 'current', cigarettes_per_day: null },
    ],
    [
      'Smokes cigarettes, 10 a day, and the occasional cigar.',
      { status: 'current', cigarettes_per_day: 10 },
    ],
    // An Epic "Start Date" row under the smoking rows: a current smoker's years.
    [
      'Tobacco Use\n  Smoking Status: Current Every Day Smoker\n  Packs/Day: 0.50\n  Start Date: 03/2004',
      { status: 'current', cigarettes_per_day: 10, years_smoked: 20, pack_years: 10 },
    ],
    [
      'Tobacco Use\n  Smoking Status: Current Some Day Smoker\n  Packs/day: 1\n  Smoking start date: 1999-06-01',
      { status: 'current', years_smoked: 25, brinkman_index: 500 },
    ],
    // A question that is only a smoking label reads like that label's row.
    [
      'Smoking?          Y\n  cigarettes/day   15\n  years smoked     20',
      { status: 'current', cigarettes_per_day: 15, years_smoked: 20, pack_years: 15 },
    ],
    ['Tobacco use?   No\nAlcohol?   Y', { status: 'never', ...NONE }],
    ['Ready to quit?   Yes', { status: 'unknown', ...NONE }],
    // Events counted over a span are not the smoking span.
    [
      'FLOWSHEET\nTobacco?      Y\n  - years smoked   15\n  - cigarettes/day   12\nKeeps smoking despite quit attempts over the past 3 yrs.',
      { status: 'current', years_smoked: 15, cigarettes_per_day: 12 },
    ],
    [
      'Smokes 10/day. 3 COPD exacerbations over the last 2 years.',
      { status: 'current', cigarettes_per_day: 10, years_smoked: null },
    ],
    ['Has smoked 1 ppd over the last 20 years.', { status: 'current', years_smoked: 20 }],
    // A per-day question answered with its unit: the amount in that unit.
    [
      'Do you smoke?   Yes\nHow much do you smoke per day?   a pack\nHow many years?   12',
      { status: 'current', cigarettes_per_day: 20, years_smoked: 12, pack_years: 12 },
    ],
    [
      'Do you smoke cigarettes now?   Yes\n   If yes, how much a day?   1/2 pack\n   For how many years?   8',
      { status: 'current', cigarettes_per_day: 10, years_smoked: 8, brinkman_index: 80 },
    ],
    [
      'Do you currently smoke?  Yes\n  If yes, how many a day?   about 10 cigarettes',
      { status: 'current', cigarettes_per_day: 10 },
    ],
    [
      'Do you smoke cigarettes now?   Yes\n   How much a day?   1-2 packs',
      { status: 'current', cigarettes_per_day: 30 },
    ],
  ])('%s', (text, expected) => {
    expect(answer(text)).toMatchObject(expected);
  });
});

describe('dev28: typos of quit, dozens and decades, tobacco non-users, quits that did not hold, swaps by pronoun, one-space row values, packs before a pipe', () => {
  it.each<[string, Partial<SmokingAnnotation>]>([
    // "quitt" / "quitted" are typos of quit, as "qiut" and "stoped" are.
    [
      'SocHx: ex-smkr, 1 ppd x 20 yrs, quitt 2014.',
      { status: 'former', quit_year: 2014, cigarettes_per_day: 20, years_smoked: 20 },
    ],
    ['Former smoker - quitted in 2009.', { status: 'former', quit_year: 2009 }],
    // "a dozen" is 12 and "half a dozen" 6; "N decades at" an amount is a duration, as "of" is.
    [
      'Former smoker; stopped about a dozen years ago, after two decades at 1 ppd.',
      { status: 'former', quit_year: 2012, years_smoked: 20, cigarettes_per_day: 20 },
    ],
    [
      'Three decades at half a pack a day; quit in 2015.',
      { status: 'former', years_smoked: 30, cigarettes_per_day: 10, quit_year: 2015 },
    ],
    [
      'Smoked half a dozen cigarettes a day for 10 years, quit 2010.',
      { status: 'former', cigarettes_per_day: 6, years_smoked: 10 },
    ],
    // A non-user of tobacco never smoked; a relative's smoking beside it is theirs.
    [
      'Lifelong non-user of tobacco. Her husband smokes a pack a day plus the odd cigar.',
      { status: 'never', ...NONE },
    ],
    ['Tobacco non-user; no EtOH.', { status: 'never', ...NONE }],
    ['Non-user of cigarettes or vapes.', { status: 'never', ...NONE }],
    // A quit that did not hold is a relapse: still smoking, no quit year.
    [
      'Still smoking 10/day. He quit for good in 2012, but it lasted three months.',
      { status: 'current', cigarettes_per_day: 10, quit_year: null },
    ],
    [
      'Quit in 2015 but it only lasted 6 weeks; smokes about 10 a day now.',
      { status: 'current', cigarettes_per_day: 10, quit_year: null },
    ],
    ['Stopped smoking after her MI in 2019, but it did not stick.', { status: 'current' }],
    ['Quit in 2012 but it was hard at first.', { status: 'former', quit_year: 2012 }],
    // A swap to a vape whose object is a pronoun for the cigarettes named before it.
    [
      'Cigarettes: 1 ppd x 20 yrs, replaced them with a vape in 2019.',
      { status: 'former', quit_year: 2019, cigarettes_per_day: 20, years_smoked: 20 },
    ],
    [
      'Smoked about 15 cigs a day until she swapped them for an e-cig in March 2021.',
      { status: 'former', quit_year: 2021, cigarettes_per_day: 15 },
    ],
    [
      'Smoked 10/day; replaced them with nicotine gum in 2020.',
      { status: 'former', quit_year: null },
    ],
    // A screening row whose values follow their labels after one space.
    [
      'Triage: Tobacco user Y | cigarettes/day 15 | EtOH N',
      { status: 'current', cigarettes_per_day: 15 },
    ],
    [
      'Screen: Tobacco user Y | packs/day 1 | years 20 | EtOH N',
      { status: 'current', cigarettes_per_day: 20, years_smoked: 20, pack_years: 20 },
    ],
    ['Smokes; ppd 1.5, yrs 30', { status: 'current', cigarettes_per_day: 30, years_smoked: 30 }],
    [
      'Smoked 1 ppd 1990-2010 then quit.',
      { status: 'former', cigarettes_per_day: 20, quit_year: 2010 },
    ],
    // Packs are cigarettes: the packs smoked before a pipe are the cigarette period (decision 66).
    [
      'Tobacco: smoked 1 pack a day for 25 years, then took up a pipe; gave up the pipe in 2016.',
      {
        status: 'former',
        cigarettes_per_day: 20,
        years_smoked: 25,
        pack_years: 25,
        quit_year: 2016,
      },
    ],
    [
      'Cigars: 1 pack a day for 10 years, quit 2012.',
      { status: 'former', cigarettes_per_day: null, years_smoked: null, quit_year: 2012 },
    ],
    [
      'Smoked for 30 years, mostly a pipe; quit 2010.',
      { status: 'former', years_smoked: null, quit_year: 2010 },
    ],
  ])('%s', (text, expected) => {
    expect(answer(text)).toMatchObject(expected);
  });
});

describe('dev29: decades ago, two-digit span ends, approximate quit ages, titled ages, conditions on current smoking, short "vs." scopes, added products, quoted smoker kinds, cessation programs, "Personal:" rows, hedged ranges, superseded figures, box-after forms', () => {
  it.each<[string, Partial<SmokingAnnotation>]>([
    // "a decade ago" is 10 years back (decision 38); "over a decade ago" is a bound (decision 20).
    ['Tobacco: former - stopped a decade ago.', { status: 'former', quit_year: 2014 }],
    ['Ex-smoker, kicked the habit roughly two decades ago.', { status: 'former', quit_year: 2004 }],
    ['Former smoker, quit well over a decade ago.', { status: 'former', quit_year: null }],
    // A span whose end is a two-digit year with an apostrophe, and "til".
    [
      "PMH/SH: ex-smoker, 2 ppd from '85 til 2005.",
      { status: 'former', cigarettes_per_day: 40, years_smoked: 20, quit_year: 2005 },
    ],
    [
      "Former smoker: half a pack daily from 1990 to '02.",
      { status: 'former', cigarettes_per_day: 10, years_smoked: 12, quit_year: 2002 },
    ],
    // "till she was around 50": an approximate quit age closes the age span (no quit year).
    [
      'Per her daughter, she smoked a pack a day from age 20 till she was about 55.',
      { status: 'former', cigarettes_per_day: 20, years_smoked: 35, quit_year: null },
    ],
    [
      'Smoked 10 cigarettes a day from age 18 until he was roughly 40.',
      { status: 'former', cigarettes_per_day: 10, years_smoked: 22 },
    ],
    // A titled name with the age in apposition is the stated age (decision 3).
    [
      'Mrs. Okafor, 58, smokes about 10 cigarettes a day; started at 18.',
      { status: 'current', cigarettes_per_day: 10, years_smoked: 40 },
    ],
    [
      'Mr. Haddad, 66 (retired welder), still smokes a pack a day since age 16.',
      { status: 'current', cigarettes_per_day: 20, years_smoked: 50 },
    ],
    // A condition on present smoking is hypothetical, though "active"/"current"/"still" end
    // hypothetical scopes elsewhere.
    [
      'History unobtainable (intubated). If he proves to be an active smoker, start a nicotine patch.',
      { status: 'unknown', ...NONE },
    ],
    ['If she is a current smoker, offer varenicline.', { status: 'unknown' }],
    ['If still smoking, refer to the quitline.', { status: 'unknown' }],
    // "A vs. B" doubts only the alternatives beside it.
    [
      'Reviewed surgery vs. injections; he admits he smoked about 10 cigarettes a day from 2000 to 2010 and no longer smokes.',
      { status: 'former', cigarettes_per_day: 10, years_smoked: 10, quit_year: 2010 },
    ],
    // A bare count with another product added after it counts cigarettes.
    [
      'Quit cigarettes in 2015 but restarted last year. Now about 8 a day, plus a cigar on Fridays.',
      { status: 'current', cigarettes_per_day: 8 },
    ],
    [
      'Smokes cigarettes again: 15/day, as well as a pipe in the evening.',
      { status: 'current', cigarettes_per_day: 15 },
    ],
    ['Smokes about 3 a day, cigars mostly.', { status: 'current', cigarettes_per_day: null }],
    // The kind of former smoker may be quoted.
    ["Calls herself a former 'social smoker'.", { status: 'former' }],
    ['Ex-"heavy smoker", quit 2010.', { status: 'former', quit_year: 2010 }],
    // Cessation programs by name are counselling, not the patient's smoking.
    [
      'Retired; ran a tobacco shop for 30 yrs and now helps lead Freedom From Smoking classes.',
      { status: 'unknown', ...NONE },
    ],
    ['Enrolled in the Quit for Life program.', { status: 'unknown' }],
    // "Personal:" after a family history is the patient's own row.
    [
      'Family history:\n  - Father: smoked 2 ppd for 40 yrs.\n  - Uncle: pipe smoker.\nPersonal: smokes hookah with friends most weekends.',
      { status: 'current', ...NONE },
    ],
    [
      'FHx: mother smoked 1 ppd.\nPersonal history: quit cigarettes in 2016.',
      { status: 'former', quit_year: 2016, cigarettes_per_day: null },
    ],
    // A hedged second number is a range (its midpoint).
    ['Current smoker: 4, maybe 6 a day.', { status: 'current', cigarettes_per_day: 5 }],
    [
      'Smokes again, 10 or perhaps 15 cigarettes a day.',
      { status: 'current', cigarettes_per_day: 12.5 },
    ],
    // A figure in the parentheses of a statement that lost yields to the later figure.
    [
      'Listed as an ex-smoker (30 pack-years); he says he resumed smoking last year. He estimates 35 pack-years in all.',
      { status: 'current', pack_years: 35 },
    ],
    // A template block whose status row lost: its figures lost too (decision 54).
    [
      'Tobacco Use\n  Smoking status: Former Smoker\n  Quit date: 2018\n  Packs/day: 1.00\n  Years: 8.00\n  Pack years: 8.00\n\n50 yo M; correction: he restarted smoking a month after quitting, 1 ppd since age 25.',
      {
        status: 'current',
        cigarettes_per_day: 20,
        years_smoked: 25,
        pack_years: 25,
        quit_year: null,
      },
    ],
    // A questionnaire with the box after its word ("Yes [ ]   No [x]") and a "year stopped:" field.
    [
      'Do you currently smoke?     Yes [ ]   No [x]\nHave you ever smoked?       Yes [x]   No [ ]\n  packs per day: 1    years: 15    year stopped: 2010',
      { status: 'former', cigarettes_per_day: 20, years_smoked: 15, quit_year: 2010 },
    ],
    ['Former smoker. Year of quitting: 2015', { status: 'former', quit_year: 2015 }],
  ])('%s', (text, expected) => {
    expect(answer(text)).toMatchObject(expected);
  });
});

describe('dev30: dot-leader quit rows, habits of N years, telegraphic start ages, "most days", last cigarette N ago, dated life events, relatives described as patients, reminders, "a ~N", restarts after a quit, carried-forward current records', () => {
  it.each<[string, Partial<SmokingAnnotation>, string?]>([
    // A dot-leader form row names the quit year as "Year quit" / "Quit year" / "Year stopped".
    [
      'Tobacco status ...... [ ] Current  [x] Former\n  Year quit ........... 2006\n  Packs/day ........... 1',
      { status: 'former', quit_year: 2006, cigarettes_per_day: 20 },
    ],
    ['Tobacco: former\nQuit year ....... 2013', { status: 'former', quit_year: 2013 }],
    ['Smoking: ex-smoker\nYear stopped ..... 1999', { status: 'former', quit_year: 1999 }],
    // "a habit of N years / decades", "a smoker of N years": the duration.
    [
      'Smokes about 15 cigarettes a day, a habit of two decades.',
      { status: 'current', cigarettes_per_day: 15, years_smoked: 20 },
    ],
    [
      'Current smoker, 1 ppd - a habit of roughly 25 years.',
      { status: 'current', cigarettes_per_day: 20, years_smoked: 25, pack_years: 25 },
    ],
    [
      'Ex-smoker: a smoker of 30 years at half a pack daily, quit in 2012.',
      { status: 'former', years_smoked: 30, cigarettes_per_day: 10, quit_year: 2012 },
    ],
    // A telegraphic start age with no "at" ("started age 20", "began @ age 16").
    [
      '64 y/o M. SH: Tob: 1 ppd, started age 19.',
      { status: 'current', cigarettes_per_day: 20, years_smoked: 45 },
    ],
    [
      '50 yo F. Smoker, 1/2 ppd, began @ age 16.',
      { status: 'current', cigarettes_per_day: 10, years_smoked: 34 },
    ],
    // "most days", "nearly every day": a daily rate.
    ['Smokes a pack most days.', { status: 'current', cigarettes_per_day: 20 }],
    ['Current smoker: 12 cigarettes on most days.', { status: 'current', cigarettes_per_day: 12 }],
    ['Still smoking, half a pack nearly every day.', { status: 'current', cigarettes_per_day: 10 }],
    // The last cigarette N months / years ago, approximate or not, dates the quit.
    [
      'Ex-smoker; last cigarette about 7 months ago.',
      { status: 'former', quit_year: 2023 },
      '2024-03-15',
    ],
    ['Former smoker. Last smoked ~3 years ago.', { status: 'former', quit_year: 2021 }],
    ['Former smoker, last cigarette over 10 years ago.', { status: 'former', quit_year: null }],
    // A life event dated by the year before it ends the smoking that year (decision 58).
    ['Ex-smoker; quit following his 2019 bypass.', { status: 'former', quit_year: 2019 }],
    [
      'Former smoker - gave up cigarettes right after her 2015 stroke.',
      { status: 'former', quit_year: 2015 },
    ],
    // A relative described as "also our patient" stays the subject of the smoking.
    [
      'He has never smoked. His sister, who is also our patient, smokes about a pack a day.',
      { status: 'never', ...NONE },
    ],
    [
      'She never smoked. Her husband, also a patient of this practice, smokes 2 ppd.',
      { status: 'never', ...NONE },
    ],
    // Reminders and stressed teaching are counselling, not the patient's smoking (decision 7).
    [
      'Reminded her that avoiding smoking and alcohol matters most in pregnancy.',
      { status: 'unknown', ...NONE },
    ],
    ['Stressed that smoking delays wound healing.', { status: 'unknown', ...NONE }],
    ['Reminded him to stop smoking.', { status: 'unknown', ...NONE }],
    // "a ~30 pack-year history": the tilde is "about", not a range from "a" (1).
    ['Former smoker with a ~30 pk-yr history.', { status: 'former', pack_years: 30 }],
    // A start year after a quit starts the latest period only: no years smoked (decision 61).
    [
      'Quit in 2008, stayed off 10 years, and has been back to smoking since 2018; ~10 a day now.',
      { status: 'current', cigarettes_per_day: 10, years_smoked: null, pack_years: null },
    ],
    ['Current smoker since 2004, 1 ppd.', { status: 'current', years_smoked: 20 }],
    // A carried-forward "Current" record under a later quit is still the history; a record the
    // note calls out of date is not.
    [
      'Tobacco (copied forward from 2010 note)\n  Smoking status: Current Every Day Smoker\n  Packs/day: 1.50\n  Years: 30.00\n\nToday: wife confirms he quit smoking more than 10 years ago; status updated to Former Smoker.',
      {
        status: 'former',
        cigarettes_per_day: 30,
        years_smoked: 30,
        pack_years: 45,
        quit_year: null,
      },
    ],
    [
      'Social History (imported):\n  Smoking status: Current Every Day Smoker\n  Packs/day: 2.00\n\nTobacco: quit 3 months ago; the imported field above is out of date.',
      { status: 'former', cigarettes_per_day: null },
    ],
  ])('%s', (text, expected, noteDate) => {
    expect(answer(text, 'en', noteDate)).toMatchObject(expected);
  });
});

describe('dev31: wide template columns, abstinence starts, "set aside", "N years back", "since … last year", ever rows, undocumented status, generic effects, pointers, past-tense smokers, totals, "no cigs for N", follow-up questions, smokeless sub-rows, open "from YEAR", other product now with a cigarette row', () => {
  it.each<[string, Partial<SmokingAnnotation>, string?]>([
    // A colon followed by a wide column of spaces still labels its value.
    [
      'Tobacco Use\n    Smoking status:       Current Some Day Smoker\n    Packs/day:            0.50\n    Years:                12.00\n    Pack years:           6.00',
      { status: 'current', cigarettes_per_day: 10, years_smoked: 12, pack_years: 6 },
    ],
    [
      'Smoking status:   Current Every Day Smoker\nCigarettes/day:            15',
      { status: 'current', cigarettes_per_day: 15 },
    ],
    // "since 2010" after "off cigarettes" / "smoke-free" starts the abstinence, not the smoking.
    [
      'Had been off cigarettes since 2010 but started again in 2022; now about 8 a day.',
      { status: 'current', cigarettes_per_day: 8, years_smoked: null },
    ],
    [
      'She stayed smoke-free since 2015 until she resumed last year, 5 a day now.',
      { status: 'current', cigarettes_per_day: 5, years_smoked: null },
    ],
    // "set the pipe aside", "put them aside", "laid them down": quits.
    ['Former pipe smoker - set the pipe aside in 2016.', { status: 'former', quit_year: 2016 }],
    [
      'Quit cigarettes in 2001 and took up cigars; put them aside for good in 2014.',
      { status: 'former', quit_year: 2014 },
    ],
    ['Ex-smoker; laid them down in 2009.', { status: 'former', quit_year: 2009 }],
    // "N years back" is "N years ago".
    ['Ex-smoker, gave up cigarettes about 6 years back.', { status: 'former', quit_year: 2018 }],
    ['Former smoker - stopped roughly 12 yrs back.', { status: 'former', quit_year: 2012 }],
    ['Quit smoking 3 months back.', { status: 'former', quit_year: 2024 }],
    // Not smoked "since the summer of last year" / "since last year": the quit is last year.
    ['Has not smoked since the summer of last year.', { status: 'former', quit_year: 2023 }],
    ["She hasn't had a cigarette since last year.", { status: 'former', quit_year: 2023 }],
    [
      'He has not lit a cigarette since the end of last year.',
      { status: 'former', quit_year: 2023 },
    ],
    // A history row answered yes is an ever smoker (decision 59); a quit or current use decides.
    ['Smoking history: yes. Current use not documented.', { status: 'unknown', ...NONE }],
    [
      'Tobacco hx: positive (Brinkman index 400).',
      { status: 'unknown', brinkman_index: 400, pack_years: null },
    ],
    ['Smoking history: yes - quit 2010.', { status: 'former', quit_year: 2010 }],
    [
      'Tobacco history: yes, 1 ppd x 20 yrs, still smoking.',
      { status: 'current', cigarettes_per_day: 20, years_smoked: 20 },
    ],
    // Whether the patient smokes is not recorded: no statement.
    ['It is not recorded whether he smokes.', { status: 'unknown', ...NONE }],
    ['Not documented whether the patient currently smokes.', { status: 'unknown', ...NONE }],
    ['Whether she still smokes is unclear.', { status: 'unknown', ...NONE }],
    // What smoking does in general, and a reminder with its object left out: teaching.
    ['Handout: Smoking slows wound healing.', { status: 'unknown', ...NONE }],
    [
      'Tobacco use impedes fracture healing - quitline number given.',
      { status: 'unknown', ...NONE },
    ],
    [
      'Smoking is the single biggest preventable cause of lung cancer.',
      { status: 'unknown', ...NONE },
    ],
    ['Reminded that tobacco delays healing after surgery.', { status: 'unknown', ...NONE }],
    // A pointer to earlier documentation is no answer.
    ['Smoking hx: recorded in previous notes.', { status: 'unknown', ...NONE }],
    ['Tobacco: charted at prior visits, not reviewed today.', { status: 'unknown', ...NONE }],
    // A smoker in the past tense is a former smoker, whatever kind of smoker.
    ['"I was a heavy smoker back then," quit in 2005.', { status: 'former', quit_year: 2005 }],
    ['She used to be a pack-a-day smoker.', { status: 'former' }],
    ['He was a chain smoker until 2012.', { status: 'former', quit_year: 2012 }],
    // "N years total", "N decades altogether": the whole span.
    [
      'Ex-smoker, 1 ppd, about 25 years total, quit 2010.',
      { status: 'former', cigarettes_per_day: 20, years_smoked: 25, quit_year: 2010 },
    ],
    [
      'Former smoker: half a pack a day, three decades altogether.',
      { status: 'former', cigarettes_per_day: 10, years_smoked: 30 },
    ],
    // "no cigarettes for N months": a quit N months back, not a smoking span; it beats a
    // carried-forward current record.
    [
      'SH: no cigarettes for 6 months, quit with varenicline.',
      { status: 'former', quit_year: 2023 },
    ],
    ['No smoking for ~2 yrs.', { status: 'former', quit_year: 2022, years_smoked: null }],
    [
      'Smoking status: Current Every Day Smoker (carried forward from 2022)\nToday: no tobacco in 3 weeks.',
      { status: 'former', quit_year: 2024 },
    ],
    // "Have you ever been a smoker?" asks ever; follow-up amount questions under it count, and a
    // quit year answered '05 is 2005.
    [
      "Do you smoke now?   Yes [ ]   No [X]\nHave you ever been a smoker?   Yes [X]   No [ ]\n   If yes - how many a day?  ~10 cigs\n   for how many years?    20\n   year you stopped?      '05",
      { status: 'former', cigarettes_per_day: 10, years_smoked: 20, quit_year: 2005 },
    ],
    [
      'Are you a current smoker?  No\nHave you ever been a tobacco user?  Yes',
      { status: 'former' },
    ],
    ['Have you ever been a smoker?   Yes', { status: 'unknown', ...NONE }],
    // Rows indented under a smokeless row are the smokeless product's (decision 11).
    [
      'Tobacco Use\n  Smoking status: Current Every Day Smoker\n  Smokeless tobacco: Former User\n    Types: Chew\n    Quit: 2001\n\nSmokes a pack a day.',
      { status: 'current', cigarettes_per_day: 20, quit_year: null },
    ],
    [
      'Smoking status: Never Smoker\nSmokeless tobacco: Former User\n    Quit date: 2015',
      { status: 'never', ...NONE },
    ],
    // An open "from 1990" in a smoking clause starts the smoking; not "carried forward from".
    [
      'Smoked about a pack a day from 1990; switched to vaping in 2015 and no cigarettes since.',
      { status: 'former', cigarettes_per_day: 20, years_smoked: 25, quit_year: 2015 },
    ],
    [
      'Former smoker: 10 cigs/day from 2000, quit in 2010.',
      { status: 'former', years_smoked: 10, quit_year: 2010 },
    ],
    [
      'Smoking status carried forward from 2019: Former Smoker.',
      { status: 'former', years_smoked: null },
    ],
    // Another product smoked now beside a cigarette row that was stopped: the cigarette figures
    // stay (decision 19).
    [
      'Tobacco use ..... Yes - cigars on weekends\nCigarettes ..... quit 2015 (had ~20 pack-yrs)',
      { status: 'current', pack_years: 20, quit_year: null },
    ],
    [
      'Hookah: yes, weekly\nCigarettes: stopped 5 years ago, 10 pack-years',
      { status: 'current', pack_years: 10, quit_year: null },
    ],
  ])('%s', (text, expected, noteDate) => {
    expect(answer(text, 'en', noteDate)).toMatchObject(expected);
  });
});

describe('dev32: "prn" list items, workplace and father-of-baby smokers, reflexives of the relative, tobacco-treatment packets, seasons of a year, last cigarette last year, bare "until YEAR", era years in a life event, pack ranges, hyphenated pack-a-day compounds, "down from a pack", ever-smoker amounts, years before an undone quit', () => {
  it.each<[string, Partial<SmokingAnnotation>, string?]>([
    // "prn" qualifies its own list item, not the rest of the line.
    [
      'Hx COPD, home O2 2L prn, ex-smoker - quit 2012 (~30 pk-yrs).',
      { status: 'former', pack_years: 30, quit_year: 2012 },
    ],
    [
      'Meds: albuterol prn, lorazepam prn. Former smoker, quit 2009.',
      { status: 'former', quit_year: 2009 },
    ],
    // Father of the baby, bosses, owners and club members smoking: exposure, not the patient.
    ['Never used tobacco. FOB smokes cigars on weekends.', { status: 'never', ...NONE }],
    ["Pt has never smoked. Baby's father smokes a pack a day.", { status: 'never', ...NONE }],
    [
      'She has never smoked. At work the owner chain-smokes (about 3 packs a day) and most members smoke cigars.',
      { status: 'never', ...NONE },
    ],
    ['Never smoker. Her boss smokes 2 packs a day in the office.', { status: 'never', ...NONE }],
    // A reflexive of the relative's own sex is the relative; after a contrast it is the patient.
    [
      '52 yo M. Smoked 15 cigarettes a day for 12 years, stopped in 2013. His wife is trying to quit herself - down to about 5 a day.',
      { status: 'former', cigarettes_per_day: 15, years_smoked: 12, quit_year: 2013 },
    ],
    [
      '60 yo F, quit in 2010. Her husband is cutting back himself, now about 10 a day.',
      { status: 'former', cigarettes_per_day: null, quit_year: 2010 },
    ],
    ['Wife smokes 1 ppd but never smoked herself.', { status: 'never', ...NONE }],
    // A tobacco-treatment packet or program is an order-set item.
    [
      'Unit protocol: tobacco-treatment packet placed in the admission folder.',
      { status: 'unknown', ...NONE },
    ],
    ['Tobacco treatment program referral placed per protocol.', { status: 'unknown', ...NONE }],
    // A season of a year, and a last cigarette in a season of last year.
    [
      'He smoked a pipe for most of his working life and put it down for good in the summer of 2016.',
      { status: 'former', quit_year: 2016, years_smoked: null },
    ],
    [
      'Former smoker - had his last cigarette in the fall of 2020.',
      { status: 'former', quit_year: 2020 },
    ],
    ['Ex-smoker; quit in early spring of 2018.', { status: 'former', quit_year: 2018 }],
    [
      'Ex-smoker. She put out her last cigarette in the spring of last year.',
      { status: 'former', quit_year: 2023 },
      '2024-10-15',
    ],
    // "until YEAR" dates a quit only in a smoking clause; an era year in a life event counts.
    [
      'Former smoker. Stopped smoking when his first grandson was born in Heisei 25 (2013).\nOccupation: retired postal worker; kept pigeons until 2017.',
      { status: 'former', quit_year: 2013 },
    ],
    ['Ex-smoker, quit 2012. Lived in Ohio until 2018.', { status: 'former', quit_year: 2012 }],
    ['Smoked 1 ppd until 2010.', { status: 'former', cigarettes_per_day: 20, quit_year: 2010 }],
    // A range of packs with the unit on both ends: its midpoint (decision 2); not a change.
    [
      'Ex-smoker. She went through anywhere from half a pack to a full pack daily, for roughly two decades.',
      { status: 'former', cigarettes_per_day: 15, years_smoked: 20, pack_years: 15 },
    ],
    ['Smokes between one pack and two packs a day.', { status: 'current', cigarettes_per_day: 30 }],
    [
      'Current smoker; cut down from 2 packs to 1 pack a day.',
      { status: 'current', cigarettes_per_day: 20 },
    ],
    [
      'Smoker, went from one pack to two packs a day.',
      { status: 'current', cigarettes_per_day: 40 },
    ],
    // Hyphenated amounts.
    [
      'Gave up cigarettes in 2003; before that he was a pack-and-a-half-a-day man.',
      { status: 'former', cigarettes_per_day: 30, quit_year: 2003 },
    ],
    [
      'Quit in 2003; he had been a half-a-pack-a-day smoker for 20 years.',
      { status: 'former', cigarettes_per_day: 10, years_smoked: 20, pack_years: 10 },
    ],
    // "down from a pack" is a smoker cutting down (decision 9), and the count it is down to.
    [
      'Refill of varenicline. Reports he is still having 3 or 4 a day, down from a full pack before he started.',
      { status: 'current', cigarettes_per_day: 3.5 },
    ],
    [
      'On the patch; 8 a day now, down from 20 cigarettes.',
      { status: 'current', cigarettes_per_day: 8 },
    ],
    [
      'Her husband is down from a pack a day to 5 a day. Pt never smoked.',
      { status: 'never', ...NONE },
    ],
    // A product word beside "ever smoker" adds no status (decision 59); its numbers are kept.
    [
      'Outside records:\n  Tobacco: Ever smoker - 15 cig/day x 20 yrs\n  Current tobacco status: not documented',
      { status: 'unknown', cigarettes_per_day: 15, years_smoked: 20 },
    ],
    [
      'Ever smoker, 20 cigarettes a day for 25 years.',
      { status: 'unknown', cigarettes_per_day: 20 },
    ],
    ['Ever smoker, still smokes 10 cigs/day.', { status: 'current', cigarettes_per_day: 10 }],
    // The years before a quit that a relapse undid are one period only (decision 61).
    [
      'She had been off cigarettes since about 2014, after some 30 years of a pack a day, but she took it back up over Christmas. Currently smoking about 8 cigarettes a day.',
      { status: 'current', cigarettes_per_day: 8, years_smoked: null, pack_years: null },
      '2024-03-19',
    ],
  ])('%s', (text, expected, noteDate) => {
    expect(answer(text, 'en', noteDate)).toMatchObject(expected);
  });
});

describe('dev33: "put it away for good", bracketed qualifiers on per-day rows, "a pack and a quarter", quitlines and offers of help, the subject of a reported clause, asthma triggers, "doesn\'t smoke anymore", "actually", a relapse as an idea, a quoted "cold turkey"', () => {
  it.each<[string, Partial<SmokingAnnotation>, string?]>([
    // "put the pipe away", "put it away for good": a quit (a bare "it" needs "for good").
    [
      'Cigarettes 1995-2004, then a pipe in the evenings until he put it away for good in 2016.',
      { status: 'former', quit_year: 2016 },
    ],
    ['Ex-smoker; put the cigarettes away for good in 2009.', { status: 'former', quit_year: 2009 }],
    [
      'Quit cigarettes 2003, cigars after that; put them away for good 6 years ago.',
      { status: 'former', quit_year: 2018 },
    ],
    ['Put it away in the cupboard. Smokes 1 ppd.', { status: 'current', cigarettes_per_day: 20 }],
    // A bracketed qualifier on a per-day row ("(when smoking)", "(avg)", "(at peak)") still
    // labels the value; a goal does not (decision 77).
    [
      'Tobacco use: Former\nCigarettes/day (when smoking): 12\nSmoked from age 20 until she was 45.',
      { status: 'former', cigarettes_per_day: 12, years_smoked: 25, pack_years: 15 },
    ],
    [
      'Smoking status: Former\nPacks/day (when smoking): 1.5\nYears: 20',
      { status: 'former', cigarettes_per_day: 30, years_smoked: 20 },
    ],
    ['Smoker: current\nCigarettes per day (avg): 8', { status: 'current', cigarettes_per_day: 8 }],
    [
      'Smoker: current, 1 ppd\nCigarettes/day (goal): 5',
      { status: 'current', cigarettes_per_day: 20 },
    ],
    // "a pack and a quarter" is 1.25 packs, as "a pack and a half" is 1.5.
    [
      '58 yo M. Current smoker since age 18, about a pack and a quarter a day.',
      { status: 'current', cigarettes_per_day: 25, years_smoked: 40, pack_years: 50 },
    ],
    ['Smokes one pack and a quarter daily.', { status: 'current', cigarettes_per_day: 25 }],
    ['Current smoker, a pack and a half a day.', { status: 'current', cigarettes_per_day: 30 }],
    // Quitlines and offers of help are counselling (decision 7).
    ['Free help to quit: 1-800-QUIT-NOW.', { status: 'unknown', ...NONE }],
    ['Resources for quitting smoking given to family.', { status: 'unknown', ...NONE }],
    ['Support to stop smoking offered; he quit in 2019.', { status: 'former', quit_year: 2019 }],
    // A relative who is the subject of a reported clause is the topic a same-sex pronoun follows
    // (decision 50): "Dad says Grandpa quit … (he smoked …)".
    [
      "Child's triggers: dust and pets. Dad says Grandpa quit in 2001 (he smoked about 40 pack-years).",
      { status: 'unknown', ...NONE },
    ],
    [
      'Mom told us her brother stopped smoking last year; he smoked 2 ppd for 30 years.',
      { status: 'unknown', ...NONE },
    ],
    // Smoke in a list of asthma or allergy triggers is exposure, not the patient's smoking.
    [
      'Asthma triggers include pollen, cold air and cigarette smoke.',
      { status: 'unknown', ...NONE },
    ],
    [
      'Known triggers: tobacco smoke, cats. Patient has never smoked.',
      { status: 'never', ...NONE },
    ],
    // "doesn't smoke anymore", "not smoking any longer": a former smoker; the negation ends there.
    ["She doesn't smoke anymore.", { status: 'former', ...NONE }],
    ['Pt is not smoking any longer.', { status: 'former', ...NONE }],
    [
      "Says he doesn't smoke anymore, stopped in 2012 after 25 years of smoking.",
      { status: 'former', quit_year: 2012, years_smoked: 25 },
    ],
    // "actually" corrects the negation before it.
    [
      'Denies smoking, actually quit in 2010 after 20 years at 1 ppd.',
      { status: 'former', quit_year: 2010, cigarettes_per_day: 20, years_smoked: 20 },
    ],
    [
      'Intake: Tobacco - No.\nOn review: "I do not smoke" - actually ex-smoker, ~10/d x 15y, quit 2016.',
      { status: 'former', cigarettes_per_day: 10, years_smoked: 15, quit_year: 2016 },
    ],
    // A relapse named as an idea (a gerund before a modal, or after "about", "of", "against") is
    // no relapse; one told as an event is.
    [
      'Quit smoking in 2019. Resuming smoking could compromise the graft.',
      { status: 'former', quit_year: 2019 },
    ],
    [
      'Ex-smoker, quit 2018. Discussed the risk of going back to cigarettes after surgery.',
      { status: 'former', quit_year: 2018 },
    ],
    ['Quit 2015. Warned against returning to tobacco.', { status: 'former', quit_year: 2015 }],
    [
      'Smoked 8 a day for 6 years, switched to a vape in May 2022. We talked about how going back to cigarettes postpartum would affect the baby.',
      { status: 'former', quit_year: 2022, cigarettes_per_day: 8, years_smoked: 6 },
      '2023-11-02',
    ],
    [
      "Quit in 2015, but since her divorce she's been going back to cigarettes, about 5 a day.",
      { status: 'current', quit_year: null, cigarettes_per_day: 5 },
    ],
    // A quoted "cold turkey" is the object of the quit.
    ['Quit "cold turkey" 4 years ago.', { status: 'former', quit_year: 2020 }],
  ])('%s', (text, expected, noteDate) => {
    expect(answer(text, 'en', noteDate)).toMatchObject(expected);
  });
});

describe('dev34: "stoppd", gerund quits with a year, seasons without "of", column gaps before "Pack years:", hyphenated "one-and-a-half", "now N" after a start, "never really stopped", approximate start ages, informants who cannot say, switches to and from cigars or pipes, object mentions after a subject relative, smoking words that mean cannabis', () => {
  it.each<[string, Partial<SmokingAnnotation>, string?]>([
    // The typos "stoppd", "stopd" are quits.
    [
      'Ex-smkr - stoppd 2013, "40 pk yrs or so".',
      { status: 'former', quit_year: 2013, pack_years: 40 },
    ],
    ['Former smoker, stopd smoking in 2010.', { status: 'former', quit_year: 2010 }],
    // A quit told with a gerund and its year; not a plan or an attempt.
    [
      'She described smoking for many years and stopping in 2004.',
      { status: 'former', quit_year: 2004 },
    ],
    [
      'He reports quitting cigarettes in March 2011 after his MI.',
      { status: 'former', quit_year: 2011 },
    ],
    [
      'Smokes 1 ppd; thinking about quitting in 2025.',
      { status: 'current', quit_year: null, cigarettes_per_day: 20 },
    ],
    ['Smokes 1 ppd. Discussed quitting in 2025.', { status: 'current', quit_year: null }],
    // A season before the year without "of": "in spring 2020", "in early spring 2018".
    [
      'Swapped cigarettes for a refillable vape in spring 2020; before that ~10/day for 18 years.',
      { status: 'former', quit_year: 2020, cigarettes_per_day: 10, years_smoked: 18 },
    ],
    ['Former smoker, quit in summer 2015.', { status: 'former', quit_year: 2015 }],
    ['Former smoker; stopped in early spring 2018.', { status: 'former', quit_year: 2018 }],
    // The number before a "Pack years:" label is the previous column's value.
    [
      'Smoking status: Former Smoker\nPacks/day: 0.75      Years: 12.00      Pack years: 9.00\nQuit date: 08/2016',
      {
        status: 'former',
        pack_years: 9,
        cigarettes_per_day: 15,
        years_smoked: 12,
        quit_year: 2016,
      },
    ],
    [
      'Smoking status: Former Smoker\nPacks/day: 1.00   Years: 30.00   Pack years: 35.00',
      { status: 'former', pack_years: 35, years_smoked: 30 },
    ],
    [
      'Former smoker, 40 pack-years, quit 2010.',
      { status: 'former', pack_years: 40, quit_year: 2010 },
    ],
    // Hyphenated "one-and-a-half", "a pack-and-a-half", and a range from "one and a half".
    ['Smokes one-and-a-half packs a day.', { status: 'current', cigarettes_per_day: 30 }],
    ['Smokes a pack-and-a-half a day.', { status: 'current', cigarettes_per_day: 30 }],
    [
      'Smokes somewhere between one-and-a-half and two packs a day.',
      { status: 'current', cigarettes_per_day: 35 },
    ],
    [
      'Smokes between one and a half and two packs a day.',
      { status: 'current', cigarettes_per_day: 35 },
    ],
    // "now N" after a start gives the stated age (decision 3).
    [
      'Current tobacco use - smokes ~3/4 pack a day, started at 19, now 59.',
      { status: 'current', cigarettes_per_day: 15, years_smoked: 40, pack_years: 30 },
    ],
    ['Smokes a pack a day since age 14 (now 50).', { status: 'current', years_smoked: 36 }],
    [
      'Began smoking at age 20 and is now 62; 10 cigs/day.',
      { status: 'current', years_smoked: 42 },
    ],
    [
      'Smokes; started at 19, now 10 a day.',
      { status: 'current', cigarettes_per_day: 10, years_smoked: null },
    ],
    // A quit that never happened is current, and an approximate start age counts.
    [
      '61 y/o M. Daughter thought he quit smoking long ago. Alone, he says he started at about 43 and has never really stopped - one pack every other day.',
      {
        status: 'current',
        cigarettes_per_day: 10,
        years_smoked: 18,
        pack_years: 9,
        quit_year: null,
      },
    ],
    [
      '55 yo F. Started smoking at 17 and never quit; 1 ppd.',
      { status: 'current', years_smoked: 38 },
    ],
    [
      'He has never really quit smoking, about 10 a day.',
      { status: 'current', cigarettes_per_day: 10 },
    ],
    ['Ex-smoker, quit 2010. Has never stopped drinking.', { status: 'former', quit_year: 2010 }],
    // An informant who cannot say whether the patient smokes says nothing.
    ['Wife could not say whether he still has cigarettes as well.', { status: 'unknown', ...NONE }],
    ["Son doesn't know if she smokes.", { status: 'unknown', ...NONE }],
    [
      'Unable to confirm whether he still smokes; imported record: ever smoker, 1 ppd x 20 yrs.',
      { status: 'unknown', cigarettes_per_day: 20, years_smoked: 20 },
    ],
    // A switch to cigars or a pipe: the amounts told before it are the cigarettes (decision 66).
    [
      'About 1 1/2 packs daily from 1979 to 1997, then switched to cigars; gave those up in 2016.',
      {
        status: 'former',
        cigarettes_per_day: 30,
        years_smoked: 18,
        pack_years: 27,
        quit_year: 2016,
      },
      '2023-10-24',
    ],
    [
      'Ex-smoker: 2 ppd 1970-1990, changed to cigarillos, quit those in 2010.',
      { status: 'former', cigarettes_per_day: 40, years_smoked: 20, quit_year: 2010 },
    ],
    [
      'Smoked a pack a day for 20 years, then moved over to a pipe, which he still smokes.',
      { status: 'current', cigarettes_per_day: 20, years_smoked: 20 },
    ],
    // A switch from another product to cigarettes starts the cigarettes.
    [
      'Smoking Status: Current Some Day Smoker\nPacks/day: 0.40\nTypes: Cigarettes\nTobacco Comments: switched from a pipe to cigarettes in 2012',
      { status: 'current', cigarettes_per_day: 8, years_smoked: 11 },
      '2023-06-27',
    ],
    [
      'Smokes 10 cigarettes a day; moved from vaping to cigarettes in 2019.',
      { status: 'current', cigarettes_per_day: 10, years_smoked: 4 },
      '2023-06-27',
    ],
    [
      'Switched from a pipe to cigarettes in 2005; gave up cigarettes in 2015.',
      { status: 'former', years_smoked: 10, quit_year: 2015 },
    ],
    [
      'Current smoker, 8 cigs/day; started smoking cigarettes in 2012.',
      { years_smoked: 11 },
      '2023-06-27',
    ],
    // A relative introduced as the subject stays the topic past someone named as an object.
    [
      'Never smoker. Her visitor (brother) asked staff twice where he could go for a smoke.',
      { status: 'never', ...NONE },
    ],
    ['Never smoker. Son told staff he was going out for a smoke.', { status: 'never', ...NONE }],
    [
      'Pt (27 F, admitted with asthma) resting. Never smoked.\nHer visitor asked staff where he could go for a smoke.',
      { status: 'never', ...NONE },
    ],
    // A smoking word the note says means cannabis is not tobacco.
    [
      'Calls himself "a heavy smoker" - on clarification he means cannabis. Never used tobacco.',
      { status: 'never', ...NONE },
    ],
    [
      'Says she is a daily smoker, by which she means marijuana. Denies tobacco.',
      { status: 'never', ...NONE },
    ],
    ['Listed as a smoker, but this refers to cannabis only.', { status: 'unknown', ...NONE }],
  ])('%s', (text, expected, noteDate) => {
    expect(answer(text, 'en', noteDate)).toMatchObject(expected);
  });
});

describe('dev35: printed Y / N choices, "made the switch", "starting in YEAR", service names, ages in words, span ends with seasons, months or dated events, "a pack and a half most days", the last cigarette told twice, subject pronouns and possessor relatives, smoking companions, a second product quit "too", relative clauses, "switched to a pipe until YEAR"', () => {
  it.each<[string, Partial<SmokingAnnotation>, string?]>([
    // A questionnaire's printed choices before the answer given.
    [
      'Do you smoke cigarettes or a pipe now?          Y / N  -> N\nHave you ever smoked in the past?                Y / N  -> N',
      { status: 'never', ...NONE },
    ],
    ['Do you currently smoke?      (Yes/No): Yes', { status: 'current' }],
    [
      'Do you smoke now?     Y/N: N\nHave you ever smoked?     Y/N: Y',
      { status: 'former', ...NONE },
    ],
    ['Do you smoke?     Y / N', { status: 'unknown', ...NONE }],
    // "made the switch/move to" a vape is a switch, and dates the quit; "starting in YEAR" starts.
    [
      'Ex-smoker: about 12 a day, starting in 2004; made the move to vaping in 2016.',
      { status: 'former', cigarettes_per_day: 12, years_smoked: 12, quit_year: 2016 },
    ],
    [
      'Smoked 15 cigarettes a day from 2001 and made the change over to a vape pen in March 2020.',
      { status: 'former', years_smoked: 19, quit_year: 2020 },
    ],
    [
      'Smoked 1 ppd x 20 years, then made the switch to cigars.',
      { status: 'current', cigarettes_per_day: 20, years_smoked: 20 },
    ],
    // A referral to a service named by its topic is counselling.
    ['Uses snuff. Referred to the perinatal tobacco program.', { status: 'unknown', ...NONE }],
    [
      'Seen by the smoking clinic today; tobacco specialist referral placed.',
      { status: 'unknown' },
    ],
    // A start age written out.
    [
      '61 y/o M. He lit his first cigarette at fifteen and still smokes a pack a day.',
      { status: 'current', cigarettes_per_day: 20, years_smoked: 46 },
    ],
    ['60 yo M, 1 ppd, began smoking at twenty-one.', { status: 'current', years_smoked: 39 }],
    // A range of word numbers that borrows its unit.
    [
      'Cigarettes as well - "somewhere between twelve and eighteen a day."',
      { status: 'current', cigarettes_per_day: 15 },
    ],
    // The end of a span: a season, a month, a part of a year or a dated event; an appositive
    // start year.
    [
      'Smoked from 1990 until the summer of 2010, a pack a day.',
      { status: 'former', years_smoked: 20, quit_year: 2010, pack_years: 20 },
    ],
    [
      'Smoked 1 ppd from 1980 until late 2005.',
      { status: 'former', years_smoked: 25, quit_year: 2005 },
    ],
    [
      'Smoked 1 ppd from June 1980 until her first pregnancy in 1992.',
      { status: 'former', years_smoked: 12, quit_year: 1992 },
    ],
    [
      'He smoked from 1970, the year he joined the army, until his stroke in May 2001 - about 20 a day.',
      { status: 'former', cigarettes_per_day: 20, years_smoked: 31, quit_year: 2001 },
    ],
    // "a pack and a half (on) most days" is a daily rate.
    ['Smokes a pack and a half on most days.', { status: 'current', cigarettes_per_day: 30 }],
    // The last cigarette told by season and by months: the months date it.
    [
      'Ex-smoker; last cigarette around the holidays, roughly 3 months ago.',
      { status: 'former', quit_year: 2023 },
      '2024-02-20',
    ],
    [
      "Former smoker. Last smoke was at her daughter's wedding, 5 months ago.",
      { status: 'former', quit_year: 2023 },
      '2024-02-20',
    ],
    // A statement opening with its own subject pronoun; a relative who is only a possessor.
    [
      '58 y/o F. Smoked cigars with her husband on weekends until 2020, when she stopped them for good.',
      { status: 'former', quit_year: 2020 },
    ],
    [
      "70 yo M. He quit five years ago after his brother's stroke and puts his total at about 30 pack-years.",
      { status: 'former', quit_year: 2019, pack_years: 30 },
    ],
    // A second product given up "too" ends the smoking; "until last year, when she quit".
    [
      'Cigarettes 1 ppd, gave those up in 2009. Then cigars until 2015, when he gave those up as well.',
      { status: 'former', cigarettes_per_day: 20, quit_year: 2015 },
    ],
    [
      '56 yo F. Around 8 cigarettes a day; gave those up in 2009. After that she shared the odd cigar with her husband until last year, when she stopped that too.',
      { status: 'former', cigarettes_per_day: 8, quit_year: 2023 },
    ],
    // A relative who is the subject of a relative clause; an emphatic reflexive of the patient.
    [
      '45 yo F. The patches are for her son, who lives with her and smokes a pack a day. She has never smoked.',
      { status: 'never', ...NONE },
    ],
    [
      '60 yo M. Lives with his brother, who smokes 2 ppd. He himself quit 10 years ago.',
      { status: 'former', cigarettes_per_day: null, quit_year: 2014 },
    ],
    [
      '68 y/o F; per husband she has never smoked; he himself quit in 1998.',
      { status: 'never', ...NONE },
    ],
    // A switch to a pipe or cigars that the sentence ends is a former smoker's.
    [
      'Smoked cigarettes, then switched to a pipe until 2012.',
      { status: 'former', quit_year: 2012 },
    ],
  ])('%s', (text, expected, noteDate) => {
    expect(answer(text, 'en', noteDate)).toMatchObject(expected);
  });
});

describe('dev36: quits dated by a season or month of a year, "gave that habit up", a holiday with its year, tobacco use itself not known, telegraphic alcohol counts, a cut to a pack with no "a day"', () => {
  it.each<[string, Partial<SmokingAnnotation>, string?]>([
    // A quit dated by a season or month of a year, or a two-digit year, after "in".
    [
      'Intake: Tobacco: denies. On review she did smoke, about 8 a day, and stopped in the spring of 2019.',
      { status: 'former', cigarettes_per_day: 8, quit_year: 2019 },
    ],
    [
      'He smoked a pack a day for years and quit in the late summer of 2016.',
      { status: 'former', quit_year: 2016 },
    ],
    [
      'Smoked 10 cigarettes daily; stopped in March 2020, not a cigarette since.',
      { status: 'former', cigarettes_per_day: 10, quit_year: 2020 },
    ],
    [
      'Tobacco: none (pre-filled). Corrected: he smoked a pack a day from 1980 - "I gave the habit up in \'99."',
      { status: 'former', cigarettes_per_day: 20, quit_year: 1999, years_smoked: 19 },
    ],
    // A named holiday with its year dates the quit to that year; "no longer a (daily) smoker" is a
    // former smoker.
    [
      'She is no longer a smoker - her last cigarette was on Christmas Eve 2021; before that about 15 a day.',
      { status: 'former', quit_year: 2021, cigarettes_per_day: 15 },
    ],
    [
      "He wants it noted that he's no longer a daily smoker; last cigarette on Thanksgiving 2022.",
      { status: 'former', quit_year: 2022 },
    ],
    [
      'Former smoker, quit the week after Thanksgiving 2018.',
      { status: 'former', quit_year: 2018 },
    ],
    ["Ex-smoker; stopped smoking on New Year's Day 2020.", { status: 'former', quit_year: 2020 }],
    // Whether the patient smokes now is itself not known: an old "ever smoker" says no more.
    [
      'PMH (imported): Tobacco: ever smoker, ~40 pk-yrs.\nSH: unable to obtain. Current tobacco use unknown.',
      { status: 'unknown' },
    ],
    [
      'Outside records: ever smoker. Smoking status not assessed - patient intubated.',
      { status: 'unknown' },
    ],
    // A telegraphic alcohol clause with a count and no colon is not cigarettes a day.
    [
      'SH: +cigs, ~1/2 pk/d since 2010; etoh 3-4/d on weekends; works nights.',
      { status: 'current', cigarettes_per_day: 10 },
    ],
    ['SH: smoker 1 ppd, alcohol ~6/d, no drugs.', { status: 'current', cigarettes_per_day: 20 }],
    // A cut told with no "a day" is still a daily rate.
    [
      'Smokes since 20. Used to be 2 packs a day; after his MI he cut that to about half a pack, which is where he is now.',
      { status: 'current', cigarettes_per_day: 10 },
    ],
    [
      'Current smoker. Was 1.5 packs daily, cut back to a pack in 2019 and still smokes that.',
      { status: 'current', cigarettes_per_day: 20 },
    ],
  ])('%s', (text, expected, noteDate) => {
    expect(answer(text, 'en', noteDate)).toMatchObject(expected);
  });
});

describe('dev37: an emphatic past "did smoke" against a record of never, "abt" for about', () => {
  it.each<[string, Partial<SmokingAnnotation>, string?]>([
    // "He did smoke" corrects a record of never: he smoked once, so former (not current).
    [
      'Tobacco: never (intake form). On questioning she did smoke, about 10 a day, but gave it up years ago.',
      { status: 'former', cigarettes_per_day: 10 },
    ],
    [
      'EHR lists non-smoker. He did once smoke "half a pack a day" from 1990 until 2004, none since.',
      { status: 'former', cigarettes_per_day: 10, quit_year: 2004 },
    ],
    [
      'Tobacco - None. Pt says she did in fact smoke in college; stopped in 2001.',
      { status: 'former', quit_year: 2001 },
    ],
    // The last day is not the past: a cigarette this morning is current smoking.
    ['Denies tobacco at first, then admits he did smoke this morning.', { status: 'current' }],
    // "abt" is "about" in a duration or an amount.
    [
      'ex smkr - quit 2010, 1 ppd for abt 20 yrs',
      { status: 'former', quit_year: 2010, years_smoked: 20, pack_years: 20 },
    ],
  ])('%s', (text, expected, noteDate) => {
    expect(answer(text, 'en', noteDate)).toMatchObject(expected);
  });
});

describe('dev37 (round 2): dot-leader start rows, periods summed around a dated restart, drugs stopped in a medication list, switches and quits dated by events or seasons, the relative of a dating clause, requests to smoke, hedged and bare amounts, past peaks', () => {
  it.each<[string, Partial<SmokingAnnotation>, string?]>([
    // A start-age row with a dot leader or a column gap for its colon.
    [
      '52 y/o F\nScreening flowsheet\n  Cigarettes ...... yes, half a pack/day\n  Started ......... age 19\n  Alcohol ......... none',
      { status: 'current', cigarettes_per_day: 10, years_smoked: 33 },
    ],
    [
      '60 yo M\nTobacco Use\n  Smoking status: Current Every Day Smoker\n  Packs/day: 1\n  Age started      25',
      { status: 'current', years_smoked: 35 },
    ],
    // A restart dated by its year after a quit: the periods add up (decision 61).
    [
      'Smoked a pack a day from 1990; quit in 2005, resumed smoking in 2015, about 10 a day now.',
      { status: 'current', cigarettes_per_day: 10, years_smoked: 24, quit_year: null },
    ],
    [
      'Former smoker. Started smoking in 1980, stopped in 2000, relapsed in 2010 and quit again in 2014. 1 ppd.',
      { status: 'former', years_smoked: 24, quit_year: 2014, pack_years: 24 },
    ],
    [
      'Smoked 20/day for 12 years, quit 2008. She stayed off until her divorce in 2018 and now smokes 5 a day.',
      { status: 'current', cigarettes_per_day: 5, years_smoked: 18 },
    ],
    // Without a first period in years, nothing is summed.
    [
      'Tobacco comments: relapsed 2021 after his surgery; ~6/day now.\nQuit date: 2017',
      { status: 'current', cigarettes_per_day: 6, years_smoked: null },
    ],
    // A drug stopped in a medication list is not a quit.
    [
      'Tob: former smoker, 1 ppd x 20 yrs.\nMeds: ASA, clopidogrel stopped 2021, rosuvastatin 20.',
      { status: 'former', quit_year: null, years_smoked: 20 },
    ],
    ['Ex-smoker.\nMeds: none; tobacco: stopped 2016', { status: 'former', quit_year: 2016 }],
    // A switch to vaping dated by a life event with its year (decisions 4 and 58).
    [
      'Moved over to a vape following his stroke in March 2018; smoked 15/day for 25 years before.',
      { status: 'former', quit_year: 2018, cigarettes_per_day: 15 },
    ],
    // The second product stopped, told product first; a season before the year.
    [
      'Tobacco comments: cigs 1/2 ppd x 10 yrs, then moved to cigars - cigars stopped summer of 2019.',
      { status: 'former', quit_year: 2019, cigarettes_per_day: 10, years_smoked: 10 },
    ],
    ['Former smoker, quit fall 2015.', { status: 'former', quit_year: 2015 }],
    // A relative who only dates the patient's event is not the subject after the clause ends.
    [
      'Social: she stopped in 2012, took it back up when her father got sick, and smokes about 6-8 cigarettes a day now.',
      { status: 'current', cigarettes_per_day: 7 },
    ],
    ['Social: Her husband smokes when his brother visits, about 10 a day.', { status: 'unknown' }],
    // A request to go out and smoke is the patient's behaviour, not a hypothesis (decision 8).
    ['Nursing: pt asked if she can go downstairs for a cigarette.', { status: 'current' }],
    // A hedge after a count; a pack amount that closes a smoking clause.
    [
      'Checklist: smoke now? No.\nRN: he admits to still smoking, "10-ish a day".',
      { status: 'current', cigarettes_per_day: 10 },
    ],
    [
      'He smoked from 1990 to 2010 - about half a pack - then quit.',
      { status: 'former', cigarettes_per_day: 10, years_smoked: 20, quit_year: 2010 },
    ],
    [
      'Tobacco - smoked a pack and a half a day from 1990 to 2015.',
      { cigarettes_per_day: 30, years_smoked: 25 },
    ],
    // A past peak loses to the present amount of a current smoker (decision 32).
    [
      'Tobacco/Nicotine\n  Smoking status: Current Every Day Smoker\n  Packs/day: 0.5\nS: she was "up to two packs a day in my thirties" and has cut back since.',
      { status: 'current', cigarettes_per_day: 10 },
    ],
    ['Current smoker, ~12/day; at his heaviest, three packs a day.', { cigarettes_per_day: 12 }],
    // A former smoker's only amount still counts.
    [
      'Former smoker: two packs a day in his forties, quit 2010.',
      { status: 'former', cigarettes_per_day: 40, quit_year: 2010 },
    ],
  ])('%s', (text, expected, noteDate) => {
    expect(answer(text, 'en', noteDate)).toMatchObject(expected);
  });
});

describe('dev38: contracted "has smoked", quits dated by a life event with its year after it, a product put away, a vape switch told before, the last one, relatives in dating clauses, telegraphic "tob never", a present level "at N packs", quoted "you"', () => {
  it.each<[string, Partial<SmokingAnnotation>, string?]>([
    // "he's / she's / I've smoked" is present perfect, as "has smoked": still smoking.
    [
      "52 y/o F. She's smoked since she was 17 - about ten a day these days.",
      { status: 'current', cigarettes_per_day: 10, years_smoked: 35 },
    ],
    [
      "60 yo M. He's smoked since he was a teenager - 16, he thinks - and is at a pack a day.",
      { status: 'current', cigarettes_per_day: 20, years_smoked: 44 },
    ],
    [
      'Pt says "I\'ve smoked a pack a day for years."',
      { status: 'current', cigarettes_per_day: 20 },
    ],
    // A quit dated by a life event whose year comes after it (decision 58).
    [
      'Cigarettes, half a pack a day - put them down the summer his first grandson was born, 2015.',
      { status: 'former', quit_year: 2015, cigarettes_per_day: 10 },
    ],
    [
      'Ex-smoker; stopped smoking when she retired, which was 2019.',
      { status: 'former', quit_year: 2019 },
    ],
    [
      'Smoked 15 a day; quit the week her son was born (2012). None since.',
      { status: 'former', quit_year: 2012 },
    ],
    [
      'Used to smoke 20/day and stopped the month he started his new job - spring of 2018.',
      { status: 'former', quit_year: 2018 },
    ],
    // The second product put away, told product first (decision 66).
    [
      'Smoked cigarettes 1 ppd x 10 yrs, then a pipe; the pipe was finally laid down in 2014.',
      { status: 'former', quit_year: 2014, cigarettes_per_day: 20 },
    ],
    ['Former smoker. Cigars given up in 2019.', { status: 'former', quit_year: 2019 }],
    // A switch to the vape named before it in the sentence (decision 4).
    [
      'Vapes now. Before the vape he smoked a pack a day and made the switch in 2021.',
      { status: 'former', quit_year: 2021 },
    ],
    [
      'Uses an e-cig; she smoked 10/day until she switched over in March 2017.',
      { status: 'former', quit_year: 2017 },
    ],
    // The last cigarette at a past season or holiday, also quoted (decisions 37, 53).
    [
      'Cigarettes - last one "last winter"; before that about 10 a day.',
      { status: 'former', quit_year: 2024, cigarettes_per_day: 10 },
    ],
    ['Ex-smoker. Last cig was last fall.', { status: 'former', quit_year: 2023 }],
    [
      'Former smoker - last cig "around Christmas, so about six weeks".',
      { quit_year: 2023 },
      '2024-02-10',
    ],
    // A relative in a clause that dates the patient's own smoking.
    [
      'Quit in 2015 but started again when her mom got sick - "back to 10 a day, same as before".',
      { status: 'current', cigarettes_per_day: 10 },
    ],
    [
      'Ex-smoker, quit the summer my wife retired ("2019"), ~30 pk-yr hx.',
      { status: 'former', pack_years: 30 },
    ],
    // Telegraphic "tob never" without a colon.
    ['SH: tob never. etoh socially.', { status: 'never', ...NONE }],
    ['Social: smoking none, no drugs.', { status: 'never' }],
    // A present level without "a day" after "now at".
    [
      'Quit 2010, started again in 2018 and is now at "one to two packs, depends on the day".',
      { status: 'current', cigarettes_per_day: 30 },
    ],
    // A "you" inside the patient's quotation is not the note addressing its reader.
    [
      'Ex-smoker. He smoked a pack a day for 20 years - "20 pack-years, if you want the number."',
      { status: 'former', pack_years: 20, years_smoked: 20 },
    ],
    // A pipe as the value of a tobacco label, beside cigarettes never smoked (decision 6).
    [
      'Tobacco: a pipe for 30 years; gave it up right after the new year, 2020. Never smoked cigarettes.',
      { status: 'former', quit_year: 2020, ...{ cigarettes_per_day: null, years_smoked: null } },
    ],
  ])('%s', (text, expected, noteDate) => {
    expect(answer(text, 'en', noteDate)).toMatchObject(expected);
  });
});

describe('dev39: a record called not right, nothing since, remote tobacco, start and end told apart, quit intervals of another source in brackets, restarts with "went back to it", spans from about a year, the patient with a relative as one subject, spoken comma ranges', () => {
  it.each<[string, Partial<SmokingAnnotation>, string?]>([
    // "that is not right" denies the record, not the smoking told after it.
    [
      'Intake: Tobacco: None. She says that is not accurate: she smoked 10 a day for 15 years and quit in 2019.',
      { status: 'former', cigarettes_per_day: 10, years_smoked: 15, quit_year: 2019 },
    ],
    [
      'Questionnaire: Smoking: never. On review this is not correct - he smoked 20 a day, stopped 2012.',
      { status: 'former', cigarettes_per_day: 20, quit_year: 2012 },
    ],
    // "and nothing since" after the smoking: a former smoker.
    [
      '61 yo F. She smoked a pack a day from age 20 until she was 45, and nothing since.',
      { status: 'former', years_smoked: 25, cigarettes_per_day: 20 },
    ],
    // "Remote tobacco" without "history of".
    ['Remote smoking: 1 ppd x 10 yrs.', { status: 'former', years_smoked: 10 }],
    [
      'Remote tobacco: a pack daily, starting in 1960 and ending in 1990.',
      { status: 'former', years_smoked: 30, quit_year: 1990, pack_years: 30 },
    ],
    [
      'Smoked half a pack a day, began 1995, ending in 2005.',
      { years_smoked: 10, quit_year: 2005 },
    ],
    // Another source's interval in brackets does not replace the patient's own year.
    [
      'ex-smkr, quit 2012 per pt (wife thinks "about 15 yrs ago").',
      { status: 'former', quit_year: 2012 },
    ],
    // "went back to it" restarts a period (decision 61).
    [
      'Smoked 10/day from 2000 until 2010, then went back to it in 2020; about 5 a day now.',
      { status: 'current', cigarettes_per_day: 5, years_smoked: 14 },
    ],
    // A span from an approximate year.
    [
      'Former smoker: half a pack a day from about 2001 until the fall of 2016.',
      { years_smoked: 15, quit_year: 2016 },
    ],
    ["Smoked 20/day from around '88 to 2008.", { years_smoked: 20, quit_year: 2008 }],
    // The patient and a relative as one subject of a smoking verb.
    [
      '30 yo M. Cigarettes - about 10 a day; he and his brother both took it up in college, twelve years ago.',
      { status: 'current', cigarettes_per_day: 10, years_smoked: 12 },
    ],
    [
      'She and her husband smoke about a pack a day each.',
      { status: 'current', cigarettes_per_day: 20 },
    ],
    // A spoken range with a comma is its midpoint (decisions 2, 72).
    [
      'Ex-smoker: about 10 a day for "five, six years", quit in 2015.',
      { years_smoked: 5.5, cigarettes_per_day: 10 },
    ],
    ['Smokes six, seven a day.', { status: 'current', cigarettes_per_day: 6.5 }],
  ])('%s', (text, expected, noteDate) => {
    expect(answer(text, 'en', noteDate)).toMatchObject(expected);
  });
});

describe('dev40: months "of" a two-digit year, a decade as the span after a decade of life, tobacco trades, a bare quit with a spelled interval, a quoted count, a pronoun put away with its date, a start without "in", a quit after what prompted it', () => {
  it.each<[string, Partial<SmokingAnnotation>, string?]>([
    // "March of '13", "June of 2015": the month, then the year (not the latest March).
    [
      "Ex-smoker. Smoked 10 a day and gave them up in March of '13.",
      { status: 'former', quit_year: 2013 },
    ],
    ['Quit smoking in June of 2015.', { status: 'former', quit_year: 2015 }],
    ["Stopped smoking in Oct. of '09.", { status: 'former', quit_year: 2009 }],
    // A decade of life alone gives no years (decision 38); the duration told after it does.
    [
      "Ex-smoker. Eight cigs/day through his twenties, 'a decade, about', quit 2001.",
      { years_smoked: 10, cigarettes_per_day: 8, quit_year: 2001 },
    ],
    [
      'Former smoker: a pack a day all through her 30s (roughly 8 years).',
      { years_smoked: 8, pack_years: 8 },
    ],
    ['Smoked 1 ppd - two decades. Quit 2001.', { years_smoked: 20, quit_year: 2001 }],
    // Tobacco and cigar trades with a process word are work, not smoking (decision 35).
    ['57M. He worked 20 years at a tobacco leaf warehouse.', { status: 'unknown' }],
    ['Supervisor at a cigar-rolling plant for 6 years.', { status: 'unknown' }],
    ['Works at a tobacco processing factory. Cough.', { status: 'unknown' }],
    // A bare quit with the interval spelled out, as with digits.
    [
      'Addendum: quit six years ago; he figures about 25 pack-years.',
      { status: 'former', quit_year: 2015, pack_years: 25 },
      '2021-05-01',
    ],
    [
      'Pt reports: stopped two years ago, 1 ppd before.',
      { status: 'former', quit_year: 2019 },
      '2021-05-01',
    ],
    ['ASA stopped two years ago.', { status: 'unknown' }, '2021-05-01'],
    // A count in quotes.
    [
      "Still smoking. She estimates 'nine or ten' a day.",
      { status: 'current', cigarettes_per_day: 9.5 },
    ],
    ['Smokes "about 15" a day.', { status: 'current', cigarettes_per_day: 15 }],
    // "put it away" with its date is a quit; the pipe smoker who never smoked cigarettes is former.
    [
      'Tobacco: pipe smoker for 40 years, put it away the autumn of 2017. Never smoked cigarettes.',
      { status: 'former', quit_year: 2017, years_smoked: null },
    ],
    ['Smoked a pack a day; put them away in 2015.', { status: 'former', quit_year: 2015 }],
    // A start year without "in", and a quit told after what prompted it: the periods sum (decision 61).
    [
      'Smoking: He started around 1990, a pack a day. Kept that up until 2009, when his father had an MI and he quit cold turkey. Picked it back up in 2020 - maybe eight a day.',
      { status: 'current', cigarettes_per_day: 8, years_smoked: 23 },
      '2024-03-01',
    ],
    [
      'She began about 1985 at half a pack a day and smoked until 2005, when her daughter was born and she quit. Started again in 2019, now 5 a day.',
      { status: 'current', cigarettes_per_day: 5, years_smoked: 25 },
      '2024-03-01',
    ],
    ['He smoked 20 a day until 2010, when he finally quit.', { status: 'former', quit_year: 2010 }],
  ])('%s', (text, expected, noteDate) => {
    expect(answer(text, 'en', noteDate)).toMatchObject(expected);
  });
});

describe('dev38–39 (round 2): pack ranges said as "sometimes", the old amount before a relapse, grandparents by pet name, the patient\'s own exposures after a pedigree, past answers and quoted quit years in questionnaires', () => {
  it.each<[string, Partial<SmokingAnnotation>, string?]>([
    // Two pack amounts are a range, also quoted or with "sometimes" (decision 2).
    [
      'He smoked "somewhere between half a pack and a pack" a day, quit 2010.',
      { cigarettes_per_day: 15, quit_year: 2010 },
    ],
    [
      'She did smoke - "a pack, sometimes a pack and a half" a day from 1988 until 2003.',
      { status: 'former', cigarettes_per_day: 25, years_smoked: 15, quit_year: 2003 },
    ],
    ['Smokes half a pack, sometimes a pack a day.', { cigarettes_per_day: 15 }],
    ['Smokes a pack, occasionally two packs daily.', { cigarettes_per_day: 30 }],
    ['He smokes a pack, sometimes more.', { cigarettes_per_day: 20 }],
    ['Smoker, went from one pack to two packs a day.', { cigarettes_per_day: 40 }],
    // A relapse with no present amount and no restart year: the first period's amount and start
    // say nothing of now (decisions 9, 61).
    [
      'Tobacco: He smoked two packs a day from 1979, when he enlisted, until 1996. Took it up again some years later, a few cigarettes on weekends.',
      { status: 'current', cigarettes_per_day: null, years_smoked: null, pack_years: null },
      '2024-03-01',
    ],
    [
      'He smoked a pack a day until 2005. Started smoking again in 2019, now 10 a day.',
      { status: 'current', cigarettes_per_day: 10 },
      '2024-03-01',
    ],
    // A grandparent by a pet name speaking in the first person is not the child patient.
    [
      '9 yo F with wheeze. Gma: "I smoked a pack a day for thirty years and quit ten years ago."',
      { status: 'unknown', pack_years: null },
    ],
    ['6 yo M. Granddad: "I still smoke about ten a day, outside."', { status: 'unknown' }],
    // The patient's own row after a pedigree ends the family history.
    [
      "Pedigree:\n  Father - lung ca at 59; heavy smoker.\nPt's own exposures: he smokes too, about 10 a day.",
      { status: 'current', cigarettes_per_day: 10 },
    ],
    // A smoker named in the answer to a past question is the past; a quoted, seasoned quit year.
    [
      'Do you smoke now?   [ ] Yes   [x] No\nHave you ever smoked?    [x] Yes   [ ] No\nIf you quit, when?  "spring 2001"\nHow much did you smoke?  "3 packs a day - chain smoker, 15 years"',
      { status: 'former', quit_year: 2001, cigarettes_per_day: 60 },
    ],
    [
      'Do you smoke?   Yes\nHow much do you smoke?  "a pack a day - chain smoker"',
      { status: 'current', cigarettes_per_day: 20 },
    ],
  ])('%s', (text, expected, noteDate) => {
    expect(answer(text, 'en', noteDate)).toMatchObject(expected);
  });
});

describe('dev41: what a pack or a carton lasts after a restart, a present level told with "it\'s", a habit counted "N years now", hedged and interrupted spans of bare ages, a vape switch dated after the time, an event dated by month and year', () => {
  it.each<[string, Partial<SmokingAnnotation>, string?]>([
    // "back to it, and … a pack lasts him two days": the pack's days are the rate (decision 55),
    // not "back to a pack"; cartons are ten packs (decision 68).
    [
      'Quit in 2015 but went back to it last year, and a pack lasts her about four days now.',
      { status: 'current', cigarettes_per_day: 5 },
    ],
    [
      'Smokes; buys by the carton - a carton lasts him about ten days.',
      { status: 'current', cigarettes_per_day: 20 },
    ],
    ['Smoker, about a carton every 10 days.', { status: 'current', cigarettes_per_day: 20 }],
    ['Current smoker. One pack lasts her a week.', { cigarettes_per_day: 2.86 }],
    ['Now at a pack and a quarter a day.', { cigarettes_per_day: 25 }],
    // A present level after "these days it's" / "now it is", with no "a day" (decision 32).
    [
      'He used to smoke 2 packs a day; nowadays it is about half a pack.',
      { status: 'current', cigarettes_per_day: 10 },
    ],
    [
      "Smoked 3 ppd as a young man. Still smokes - these days it's between 8 and 10 cigarettes.",
      { status: 'current', cigarettes_per_day: 9 },
    ],
    ["Smoker. Currently it's 6 cigarettes or so.", { status: 'current', cigarettes_per_day: 6 }],
    // Vague: "a cigarette or two" is no count (decision 47).
    [
      "Still smokes; these days it's a cigarette or two after supper.",
      { status: 'current', cigarettes_per_day: null },
    ],
    // A habit counted up to now after its start; not an abstinence told that way.
    [
      'She took up smoking at university - "twelve years now" - and smokes 10 a day.',
      { status: 'current', years_smoked: 12, pack_years: 6 },
    ],
    [
      'Has been smoking about 15 years now, half a pack a day.',
      { years_smoked: 15, cigarettes_per_day: 10 },
    ],
    ['He quit smoking, eight years now.', { status: 'former', years_smoked: null }],
    // Spans of bare ages, hedged or after the amount (decision 71); not an amount range.
    [
      'She smoked ten a day from around 16 until she was 30. Stopped.',
      { status: 'former', years_smoked: 14, pack_years: 7, quit_year: null },
    ],
    [
      'He smoked, roughly a pack a day, from 20 to 45, and none since.',
      { status: 'former', years_smoked: 25, pack_years: 25 },
    ],
    [
      'Former smoker: smoked half a pack a day from 19 to 39.',
      { years_smoked: 20, pack_years: 10 },
    ],
    ['Smoked from 10 to 20 a day. Quit 2010.', { cigarettes_per_day: 15, years_smoked: null }],
    // A switch to vaping dated by the time, then its year (decision 4).
    [
      'Smoked a pack a day for 10 years, then moved over to an e-cig that spring, 2019.',
      { status: 'former', quit_year: 2019 },
    ],
    [
      'Switched to a vape pen the year her son was born, 2016; no cigarettes since.',
      { status: 'former', quit_year: 2016 },
    ],
    // The end of the smoking dated by an event with its month and year (decision 58).
    [
      'Smoked 2 ppd until his bypass in Oct. 2010; none since.',
      { status: 'former', quit_year: 2010, cigarettes_per_day: 40 },
    ],
    [
      'She smoked about a pack a day until her cancer diagnosis in June 2015.',
      { status: 'former', quit_year: 2015 },
    ],
  ])('%s', (text, expected, noteDate) => {
    expect(answer(text, 'en', noteDate)).toMatchObject(expected);
  });
});

describe('dev42: what a pack lasts or does, a lesson that ends at a semicolon, spelled ages up to sixty, a vape switch at a dated holiday, a first quit told "through YEAR, when…", a friend in apposition, a pack-a-day man, a cessation aid stopped, an abstinence kept "until" an event, a relapse after a long break from a start age, the end of smoking at an event in a month', () => {
  it.each<[string, Partial<SmokingAnnotation>, string?]>([
    // "A pack lasts/lasted/does him N days", "goes through a pack in N days": 20 / N (decision 55).
    ['Smoker - a pack lasts me three days.', { status: 'current', cigarettes_per_day: 6.67 }],
    [
      'Smoked from 17 to 45; "a pack lasted me about two days."',
      { status: 'former', cigarettes_per_day: 10, years_smoked: 28, pack_years: 14 },
    ],
    ['Smokes; says a pack does him four days.', { cigarettes_per_day: 5 }],
    ['Smokes; she goes through a pack in about two days.', { cigarettes_per_day: 10 }],
    // A lesson ends at its semicolon: the patient's reply after it is his own.
    [
      'Explained that the campus is smoke-free; pt states a pack lasts him three days at home.',
      { status: 'current', cigarettes_per_day: 6.67 },
    ],
    // …and a promise to pause is no quit.
    [
      'Tobacco: a cigar on weekends. Discussed that nicotine slows bone healing; he will hold off on cigars until healed.',
      { status: 'current' },
    ],
    // Spelled ages up to the sixties close an age span.
    [
      'He smoked from the age of eighteen until he was sixty-two, half a pack daily.',
      { status: 'former', years_smoked: 44, pack_years: 22, quit_year: null },
    ],
    [
      'Smoking: roughly a pack a day from age twenty until she was fifty. Stopped nine years ago.',
      { years_smoked: 30, quit_year: 2015, brinkman_index: 600 },
    ],
    // A switch to vaping at a holiday with its year is the quit (decisions 4 and 37).
    [
      'Switched to an e-cig around Christmas, 2018, after smoking 10 a day since 2000.',
      { status: 'former', quit_year: 2018, years_smoked: 18 },
    ],
    [
      'She smoked about twelve a day starting in 1996 and moved over to a vape at Thanksgiving 2020.',
      { quit_year: 2020, years_smoked: 24, pack_years: 14.4 },
    ],
    // A first quit told "through YEAR, when she stopped": the periods are summed (decision 61).
    [
      'He smoked a pack a day from 1985 through 2000, when he quit. Started again in 2005; quit 2015.',
      { status: 'former', years_smoked: 25, quit_year: 2015, pack_years: 25 },
    ],
    // A person in apposition before the verb is its subject, not the patient.
    [
      'Never smoked. Her best friend, a coworker, smokes 10 cigarettes a day.',
      { status: 'never', ...NONE },
    ],
    [
      'Nonsmoker. The foreman, his brother-in-law, still smokes 2 packs a day.',
      { status: 'never', ...NONE },
    ],
    // A pack-a-day man in the past is a former smoker with that amount.
    [
      'She had been a 2-pack-a-day gal until her forties.',
      { status: 'former', cigarettes_per_day: 40 },
    ],
    [
      'He used to be a pack a day guy; none since 2010.',
      { status: 'former', cigarettes_per_day: 20, quit_year: 2010 },
    ],
    // Stopping a cessation aid, named or as "it"/"them" after it, is no quit.
    [
      'Current smoker, 1 ppd. Chantix made him nauseous and he stopped it.',
      { status: 'current', cigarettes_per_day: 20 },
    ],
    ['Smokes 10/day. She tried the gum but she quit the gum after a week.', { status: 'current' }],
    [
      '63 y/o M, current smoker.\nHe started at 16. Now about twelve cigarettes a day. Patches "gave me crazy dreams," so he stopped them.',
      { status: 'current', cigarettes_per_day: 12, years_smoked: 47, pack_years: 28.2 },
    ],
    // An abstinence kept "until" an event ended in a relapse; "until now" did not.
    [
      'Quit smoking in 2010 and remained smoke-free till the pandemic; now half a pack a day.',
      { status: 'current', cigarettes_per_day: 10, quit_year: null },
    ],
    [
      'He quit cigarettes in 2015 and has stayed off them until now.',
      { status: 'former', quit_year: 2015 },
    ],
    // A relapse after a quit years back, from a start age: the years are not summed (decisions
    // 56 and 61).
    [
      '52 y/o M. He started at 15, quit in 2010 when his son was born, stayed off until his divorce, and now smokes a pack a day.',
      { status: 'current', cigarettes_per_day: 20, years_smoked: null, pack_years: null },
    ],
    [
      '34 yo F. Started smoking at 19. Stopped smoking 6 years ago but resumed smoking last winter, half a pack a day.',
      { status: 'current', cigarettes_per_day: 10, years_smoked: null },
    ],
    // The end of the smoking at an event in a month with no year: the latest such month
    // (decisions 57 and 58); with the year, the year.
    [
      'Former smoker: smoked a pack a day until her surgery in February; none since.',
      { status: 'former', quit_year: 2024 },
    ],
    [
      'Former smoker: smoked a pack a day until her surgery in September; none since.',
      { status: 'former', quit_year: 2023 },
    ],
    ['Smoked 2 ppd until his bypass in Oct. 2010; none since.', { quit_year: 2010 }],
  ])('%s', (text, expected, noteDate) => {
    expect(answer(text, 'en', noteDate)).toMatchObject(expected);
  });
});

describe('dev43: spoken ranges of any number word, hedged pack-year ranges, spelled age spans, a start "when he was N", what a pack lasts in a day and a half, the age "pt is 57 and…", a relative inside a dating clause, a lesson ending at a spaced dash', () => {
  it.each<[string, Partial<SmokingAnnotation>, string?]>([
    // A spoken range with a comma, any number word up to sixty-nine: its midpoint.
    [
      'Former smoker. She smoked about a pack a day for "fifteen, sixteen years" and quit in 2019.',
      { years_smoked: 15.5, pack_years: 15.5, quit_year: 2019 },
    ],
    [
      'Ex-smoker: ten a day for thirteen, maybe fourteen years; stopped 2015.',
      { years_smoked: 13.5, cigarettes_per_day: 10 },
    ],
    // A hedged pack-year range is its midpoint (decision 72); a bare comma only between words.
    [
      'Former smoker, "about twenty-five, maybe thirty pack-years." Quit 2009.',
      { pack_years: 27.5 },
    ],
    ['Former smoker, 40 or perhaps 50 pack years, quit 2001.', { pack_years: 45 }],
    ['Ex-smoker - thirty, forty pack-years by his count; quit 2010.', { pack_years: 35 }],
    ['Gave up smoking in 2010, 30 pk yrs.', { pack_years: 30, quit_year: 2010 }],
    // A span of spelled ages after "smoked from" (decision 71), not an amount range.
    [
      'She smoked from seventeen until she was forty-four, about three-quarters of a pack a day.',
      { status: 'former', years_smoked: 27, cigarettes_per_day: 15, quit_year: null },
    ],
    [
      'He smoked from sixteen to forty, a pack a day. Quit long ago.',
      { years_smoked: 24, pack_years: 24 },
    ],
    ['Smoked from ten to twenty a day. Quit 2010.', { cigarettes_per_day: 15, years_smoked: null }],
    // A start told "when he was N" (decision 3: current smokers, age − N).
    [
      '61 yo M. He started smoking when he was fifteen and still smokes a pack a day.',
      { status: 'current', years_smoked: 46, pack_years: 46 },
    ],
    [
      '45 yo F. She took up cigarettes when she was 16; 10 a day now.',
      { years_smoked: 29, cigarettes_per_day: 10 },
    ],
    // What a pack lasts in a day and a half (decision 55): 20 / 1.5.
    ['Smoker: a pack lasts him about a day and a half.', { cigarettes_per_day: 13.33 }],
    ['Smokes; a pack usually lasts her one and a half days.', { cigarettes_per_day: 13.33 }],
    ['Smokes - a pack lasts me 1.5 days.', { cigarettes_per_day: 13.33 }],
    // The age "pt is 57 and…" for a start age.
    [
      'Pt is 57 and says he has smoked since he was 22; a pack a day.',
      { years_smoked: 35, pack_years: 35 },
    ],
    // A relative named in a dating clause is no subject of the main clause's pronoun.
    [
      "61 yo M. Since his brother's heart attack in the spring he has cut back, and these days he smokes about twelve a day.",
      { status: 'current', cigarettes_per_day: 12 },
    ],
    [
      '58 yo M. After his father died he started smoking again, about 10 a day.',
      { status: 'current', cigarettes_per_day: 10 },
    ],
    [
      '68 yo F. Pt told the RN she still smokes, more since last winter when her sister was ill - "only six or seven a day, honestly."',
      { status: 'current', cigarettes_per_day: 6.5 },
    ],
    // …but a later sentence about the relative stays the relative's.
    [
      '61 yo F. Smoked a pack a day from age twenty until she was fifty. Stopped nine years ago, the year her husband retired. He still smokes cigars.',
      { status: 'former', quit_year: 2015 },
    ],
    // A lesson on smoking's effects ends at a spaced dash: the answer after it is the patient's.
    [
      'Reviewed how smoking slows healing - he smokes about a pack a day.',
      { cigarettes_per_day: 20 },
    ],
    ['Told him smoking impairs healing - he smokes about a pack a day.', { status: 'current' }],
  ])('%s', (text, expected, noteDate) => {
    expect(answer(text, 'en', noteDate)).toMatchObject(expected);
  });
});

describe('dev44: a Y/N box screen, a vape switch dated right after the product, a wide EHR "Quit Date" row, a topic heading over its rows, "smoked cigars till 2019"', () => {
  it.each<[string, Partial<SmokingAnnotation>, string?]>([
    // A question answered by ticking one of two printed boxes: N for now and for the past → never.
    [
      '3. Use tobacco now (cigarettes, cigars, pipe)?        Y [ ]   N [X]\n4. Used tobacco in the past?                          Y [ ]   N [X]\n',
      { status: 'never', ...NONE },
    ],
    ['Do you smoke?   Y [ ]  N [x]\nHave you ever smoked?   Y [ ]  N [x]\n', { status: 'never' }],
    ['Do you currently smoke?   Yes [x]  No [ ]\n', { status: 'current' }],
    [
      'Have you ever smoked?   [x] Yes  [ ] No\nDo you smoke now?   [ ] Yes  [x] No\n',
      { status: 'former' },
    ],
    // A question about smokeless tobacco asks nothing about smoking (decision 11).
    [
      'Do you currently smoke cigarettes?   Yes\nHave you ever used smokeless tobacco?     No\n',
      { status: 'current' },
    ],
    [
      'Do you currently smoke cigarettes?   [x] Yes  [ ] No\nHave you ever used smokeless tobacco?   [ ] Yes  [x] No\n',
      { status: 'current' },
    ],
    // A switch to a vape dated right after the product is the quit (decision 4).
    [
      'Former cig smoker, ~12 cigs/day for 15 yrs; moved to an e-cig Jan 2020 and has not touched a cigarette since.',
      { status: 'former', quit_year: 2020, cigarettes_per_day: 12 },
    ],
    ['Ex-smoker; switched to vaping 2019, 10 pack-years.', { quit_year: 2019, pack_years: 10 }],
    // A template row whose value sits after a wide column of spaces.
    [
      'Smoking Status:        Former Smoker\nQuit Date:             03/2013\nPacks/Day:             0.50\n',
      { status: 'former', quit_year: 2013, cigarettes_per_day: 10 },
    ],
    ['Former smoker\nQuit Year:              2009\n', { quit_year: 2009 }],
    ['Former smoker\nLast cigarette:          2015\n', { quit_year: 2015 }],
    // A heading line that only names the topic, over its rows, is no status.
    [
      'TOBACCO / NICOTINE\n    Smoking Status ........ Unknown If Ever Smoked\n    Smokeless Tobacco ..... Current User\n',
      { status: 'unknown', ...NONE },
    ],
    ['TOBACCO\n  Smoking Status: Never Smoker\n', { status: 'never' }],
    ['SMOKING\nSmokeless Tobacco: Current User\n', { status: 'unknown' }],
    // …but a lone "Smoking" in a list of problems is the entry of decision 16.
    ['Problems:\nHTN\nSmoking\nDM2\n', { status: 'current' }],
    // An "Other tobacco: none" row says nothing of the cigarettes above it.
    [
      'NICOTINE / TOBACCO\n  Cigarette use ........ Former\n  Packs per day ........ 0.25\n  Other tobacco ........ none\n',
      { status: 'former', cigarettes_per_day: 5 },
    ],
    // "till" ends a smoking period like "until": the quit year, cigars included (decision 6).
    [
      'Tob: smoked cigars till 2019, never a cigarette smoker.',
      { status: 'former', quit_year: 2019, cigarettes_per_day: null },
    ],
    ['Former smoker, 1 ppd from 1990 till 2010.', { quit_year: 2010, years_smoked: 20 }],
    ['Smoked a pipe till 2015.', { status: 'former', quit_year: 2015 }],
  ])('%s', (text, expected, noteDate) => {
    expect(answer(text, 'en', noteDate)).toMatchObject(expected);
  });
});

describe('dev43 (round 2): an unaddressed status, pack-years beside a current hookah, a start year after the age or amount, amounts that changed at a dated point, periods summed across a break', () => {
  it.each<[string, Partial<SmokingAnnotation>, string?]>([
    // A status left unasked is unanswered (decision 51).
    ['Current cigarette use was not addressed this admission.', { status: 'unknown' }],
    ['Smoking status was not asked at this visit.', { status: 'unknown' }],
    ["Tobacco use hasn't been discussed.", { status: 'unknown' }],
    [
      'Former smoker, quit 2010. Current tobacco use was not reviewed today.',
      { status: 'former', quit_year: 2010 },
    ],
    // Cigarettes stopped, a hookah or cigar still smoked: current, pack-years kept (decision 19).
    [
      'Smoking: stopped cigarettes two and a half years ago; 15 pack-year history. Still smokes hookah at a lounge most weekends.',
      { status: 'current', pack_years: 15, quit_year: null },
      '2024-05-01',
    ],
    [
      'Tobacco: quit cigarettes 3 years ago, 20 pack-years. Still smokes a cigar most evenings.',
      { status: 'current', pack_years: 20 },
      '2024-05-01',
    ],
    // The start year after the age or the amount.
    [
      'She took up cigarettes at nineteen, in 1976, and smoked a pack a day until she quit in 2000.',
      { years_smoked: 24, pack_years: 24 },
    ],
    [
      'Began smoking at about half a pack a day in 1990; quit 2010.',
      { years_smoked: 20, pack_years: 10 },
    ],
    [
      'He lit his first cigarette at 15, in 1970, one pack a day; stopped 1995.',
      { years_smoked: 25, pack_years: 25 },
    ],
    // An amount that changed at a dated point: the time-weighted mean (decision 73).
    [
      'He lit his first cigarette at seventeen, in 1979, and through the eighties he was up to two packs a day. When his daughter arrived in 1990 he held at about a pack a day from then on. He put them down for good in 2003.',
      {
        status: 'former',
        years_smoked: 24,
        cigarettes_per_day: 29.17,
        pack_years: 35,
        brinkman_index: 700,
      },
    ],
    [
      'She started smoking in 1970, about 10 a day. From 1990 on it was 20 a day. She quit in 2000.',
      { years_smoked: 30, cigarettes_per_day: 13.33, pack_years: 20 },
    ],
    // A life event ending the smoking with its year after a comma, then a restart with its own
    // amount: the periods summed and the amount weighted (decisions 58, 61, 73).
    [
      'She took up cigarettes at nineteen, in 1976, and smoked a pack and a half a day until the Thanksgiving her first grandson was born, 2004. She started again in 2008, about 15 a day, and stopped for good in March 2020.',
      {
        status: 'former',
        years_smoked: 40,
        cigarettes_per_day: 25.5,
        pack_years: 51,
        quit_year: 2020,
      },
    ],
    ['Smoked a pack a day until his retirement, 2012.', { status: 'former', quit_year: 2012 }],
    // Periods summed across a break, a restart year after a quit (decision 61).
    [
      'She began smoking at about a pack a day in 2003. She stopped in 2016 when she became pregnant and stayed off for four years. She started again in 2020 and smokes about six a day now.',
      { status: 'current', years_smoked: 18, cigarettes_per_day: 6, pack_years: 5.4 },
      '2025-01-20',
    ],
  ])('%s', (text, expected, noteDate) => {
    expect(answer(text, 'en', noteDate)).toMatchObject(expected);
  });
});

describe('dev45: spelled quit and start ages, "until he turned N", a start told by an event at an age, what a pack lasts as a range, a two-digit quit year after "for good", a season of a year ending the smoking, completeness adverbs, "the summer before last", a start year with its season, amounts changed at a year after the amount, a disputed import, a span from a dated life event', () => {
  it.each<[string, Partial<SmokingAnnotation>, string?]>([
    // A quit age spelled out closes the age span; the year beside it is the quit year.
    [
      'She took up cigarettes at eighteen and smoked about 15 a day. She put them down at forty-eight, in the spring of 2012.',
      { status: 'former', years_smoked: 30, cigarettes_per_day: 15, quit_year: 2012 },
      '2024-05-01',
    ],
    [
      'He started at nineteen, roughly a pack a day, and stopped at fifty-one.',
      { status: 'former', years_smoked: 32, pack_years: 32, quit_year: null },
    ],
    [
      'She smoked half a pack a day from when she left school at sixteen until she turned forty-five.',
      { status: 'former', years_smoked: 29, cigarettes_per_day: 10, quit_year: null },
    ],
    [
      'Smoked about 30 a day from when he joined the navy at 17 until he turned 50; nothing since.',
      { status: 'former', years_smoked: 33, brinkman_index: 990 },
    ],
    // What a pack lasts, as a range of days: 20 / the midpoint (decisions 55 and 68).
    [
      'She still smokes; a pack lasts her four or five days.',
      { status: 'current', cigarettes_per_day: 4.44 },
    ],
    [
      'He smokes - a pack lasts him two, sometimes three days.',
      { status: 'current', cigarettes_per_day: 8 },
    ],
    ['Current smoker, a pack lasts him 3-5 days.', { status: 'current', cigarettes_per_day: 5 }],
    // A two-digit year after "for good" or another adverb; the periods summed (decision 61).
    [
      "He smoked about 20 a day from 1985 until 2000, when he stopped. He started again in the fall of 2004 and gave them up for good in the summer of '06.",
      { status: 'former', years_smoked: 17, quit_year: 2006, brinkman_index: 340 },
    ],
    [
      "She smoked a pack a day, then quit completely in '98.",
      { status: 'former', quit_year: 1998 },
    ],
    // The end of the smoking told by a season or a month of its year.
    [
      'After that it was cigars on the weekends until the winter of 2017, when he moved to nicotine gum.',
      { status: 'former', quit_year: 2017 },
    ],
    ['Smoked ten a day until March 2011; none since.', { status: 'former', quit_year: 2011 }],
    // An adverb of completeness between the quit and its date.
    [
      'He smoked a pack a day in the 1990s, and cut down after 2000, and stopped altogether in the autumn of 2008.',
      { status: 'former', quit_year: 2008 },
    ],
    [
      'She smoked 10 a day but gave up entirely three years ago.',
      { status: 'former', quit_year: 2021, cigarettes_per_day: 10 },
    ],
    // "the summer before last" is one more year back than "last summer" (decision 53).
    [
      'About a pack a day from 1995 on; she stopped the summer before last.',
      { status: 'former', quit_year: 2022, years_smoked: 27 },
      '2024-02-10',
    ],
    ['Quit smoking the summer before last.', { status: 'former', quit_year: 2023 }, '2024-10-01'],
    // A start year told with its season or month; the amount changed at a year told after it
    // (decision 73: (40 × 10 + 20 × 8) / 18).
    [
      'He took up cigarettes in the spring of 1982 and smoked two packs a day. He cut back to a pack a day in 1992, after his first MI, and quit completely in the winter of 2000.',
      {
        status: 'former',
        years_smoked: 18,
        cigarettes_per_day: 31.11,
        pack_years: 28,
        quit_year: 2000,
      },
    ],
    // "cut back to a pack" is a smaller amount, not a relapse ("back to a pack a day").
    [
      'She cut back to half a pack a day in 2010 and quit in 2015.',
      { status: 'former', quit_year: 2015, cigarettes_per_day: 10 },
    ],
    [
      'Quit in 2015, but since last year he is back to a pack a day.',
      { status: 'current', cigarettes_per_day: 20 },
    ],
    // A template the note calls imported and wrong drops out with its figures (decision 82).
    [
      'Smoking status: Former Smoker\nQuit date: 06/2015\nPacks/day: 1.00\nYears: 20.00\n\nThe smoking history above was copied forward from an old chart and is incorrect: she never really stopped, and she smokes about 10 a day now.',
      { status: 'current', cigarettes_per_day: 10, quit_year: null, years_smoked: null },
    ],
    // A span that starts at a dated life event.
    [
      'He smoked about a pack a day from his apprenticeship in 1975 to 1999.',
      { status: 'former', years_smoked: 24, pack_years: 24, quit_year: 1999 },
    ],
  ])('%s', (text, expected, noteDate) => {
    expect(answer(text, 'en', noteDate)).toMatchObject(expected);
  });
});

describe('dev46: a quit on a dated holiday, "finally stopped" after relapses, a restart counted back in years, a quit again that is a wish, "kept on until", a bare "pack a day", "and still does", a relapse sentence after the quit, "without" ending at the main clause, a typo quit that was only tried, an amount change at the first period\'s end, "until he retired … in"', () => {
  it.each<[string, Partial<SmokingAnnotation>, string?]>([
    [
      'He stopped smoking on Thanksgiving 2016 and has had none since.',
      { status: 'former', quit_year: 2016 },
    ],
    // The latest turn of a quit–relapse history decides, however specific an earlier turn is.
    [
      'He smoked two packs a day, quit in 2001, and took it back up in 2004 at a pack a day. He eventually quit in March 2017.',
      { status: 'former', quit_year: 2017 },
    ],
    [
      'Smoked a pack a day from 1990; stopped in 2010 when his son was born. He started again three years ago and smokes about 10 a day.',
      { status: 'current', cigarettes_per_day: 10, years_smoked: 23, quit_year: null },
      '2024-03-01',
    ],
    [
      'She smokes a pack a day and would like to quit again after the holidays.',
      { status: 'current', quit_year: null },
    ],
    [
      'He began smoking in 1978, about a pack a day. He kept at it until the spring of 2006, and none since.',
      { status: 'former', quit_year: 2006, years_smoked: 28, pack_years: 28 },
    ],
    ['Tobacco: former - pack a day, quit 2012', { status: 'former', cigarettes_per_day: 20 }],
    [
      'The old chart lists her as quit in 2019; she reports she has smoked half a pack a day since her teens and still does.',
      { status: 'current', quit_year: null },
    ],
    [
      'After four years without a cigarette she started again in 2015, and stopped for good in 2020.',
      { status: 'former', quit_year: 2020 },
    ],
    [
      "SH: smokes 1 ppd since age 20. tried to qiut twice, most recently in '22 (lasted a month).",
      { status: 'current', quit_year: null },
    ],
    [
      'From 1980, when he was twenty, he smoked a pack and a half a day until 1990. After a heart scare that year he cut to half a pack a day, and he quit for good in 2000.',
      { status: 'former', years_smoked: 20, pack_years: 20, cigarettes_per_day: 20 },
    ],
    [
      'He smoked a pack a day from his teens until he retired from the post office in 2012 and has not smoked since.',
      { status: 'former', quit_year: 2012 },
    ],
  ])('%s', (text, expected, noteDate) => {
    expect(answer(text, 'en', noteDate)).toMatchObject(expected);
  });
});

describe('a quit dated by a life event whose year the note writes elsewhere (decision 83)', () => {
  it.each<[string, Partial<SmokingAnnotation>]>([
    [
      'PMH: CAD, s/p CABG (March 2011).\nSocial: former smoker, a pack a day; quit right after his bypass.',
      { status: 'former', quit_year: 2011 },
    ],
    // The same event written twice with the same year is still one year.
    [
      'History: STEMI 2016, stented. PSH: PCI 2016.\nSocial: gave up cigarettes after her heart attack.',
      { status: 'former', quit_year: 2016 },
    ],
    // A full date and "a week after" it: the quit falls in the next year.
    [
      'PMH: stroke on 12/28/2019.\nTobacco: stopped smoking the week after her stroke.',
      { status: 'former', quit_year: 2020 },
    ],
    [
      'Son (born 2009) lives nearby.\nTobacco: she quit smoking when her son was born.',
      { status: 'former', quit_year: 2009 },
    ],
  ])('%s', (text, expected) => {
    expect(answer(text, 'en', '2024-06-01')).toMatchObject(expected);
  });

  it.each<string>([
    // Two different years of the event: which one is not said.
    'PMH: MI 2012, MI 2018.\nSocial: quit smoking after his heart attack.',
    // The only dated event is a relative's.
    'FHx: father MI 1995.\nSocial: quit smoking after his heart attack.',
    // No year for the event anywhere.
    'PMH: CAD s/p CABG.\nSocial: quit smoking after his bypass.',
  ])('dates nothing: %s', (text) => {
    expect(answer(text, 'en', '2024-06-01')).toMatchObject({ status: 'former', quit_year: null });
  });
});

describe('blind batch dev47 phenomena (English)', () => {
  it.each<[string, Partial<SmokingAnnotation>]>([
    // A row marked not applicable says nothing: not a quit.
    [
      'Smoking status: Current some day smoker\nQuit date: N/A\nCigarettes/day: 8',
      { status: 'current', cigarettes_per_day: 8, quit_year: null },
    ],
    ['Tobacco use: N/A', { status: 'unknown', ...NONE }],
    // A spoken range of packs with a comma is its midpoint (decision 2).
    [
      'Reports he goes through "one, two packs a day" when he is working.',
      { status: 'current', cigarettes_per_day: 30 },
    ],
    // …but an age before the amount is no range.
    ['Smoker, age 45, 1 ppd.', { status: 'current', cigarettes_per_day: 20 }],
    // A switch to vaping with an adverb dates the end of the combustibles (decision 4).
    [
      'Smoked 15 cigarettes a day, then moved completely over to a vape pen in October 2019.',
      { status: 'former', quit_year: 2019 },
    ],
    // "The last one" in a sentence that states the smoking is the last cigarette.
    [
      'Tobacco: ex-smoker, a pack a day, the last one in 2012.',
      { status: 'former', quit_year: 2012 },
    ],
    // A row that goes on from a smoking row: its duration after the daily amount counts.
    [
      'Social:\n - Tobacco: former. 15/day x 30 yrs. Quit 2010.',
      {
        status: 'former',
        cigarettes_per_day: 15,
        years_smoked: 30,
        pack_years: 22.5,
        brinkman_index: 450,
        quit_year: 2010,
      },
    ],
  ])('%s', (text, expected) => {
    expect(answer(text, 'en', '2024-06-01')).toMatchObject(expected);
  });

  it.each<string>([
    // Advice given on smoking is counselling (decision 7).
    'Brief advice on smoking given; quitline card handed over.',
    'Education about tobacco use provided to the family.',
    // A question still to be put is no answer (decision 51).
    'To do: re-ask smoking once sedation is off.',
    'Plan: ask again about tobacco before discharge.',
  ])('unknown: %s', (text) => {
    expect(answer(text, 'en', '2024-06-01')).toEqual({ status: 'unknown', ...NONE });
  });

  it('a "last one" in a sentence about something else is no quit', () => {
    expect(answer('Former smoker.\nColonoscopy: last one in 2015.', 'en')).toMatchObject({
      status: 'former',
      quit_year: null,
    });
  });
});

describe('mentions that disagree across a record (English dev48 phenomena)', () => {
  it.each<string>([
    // A history row answered that it was not taken or given (decision 51).
    'Social: lives with a friend.\nTobacco: not yet obtained.',
    'Indication: cough. Smoking hx - not available.',
    // Declined with the row label first.
    'Tobacco/nicotine - he preferred not to answer this morning.',
    'Smoking: she chose not to discuss it.',
    // The topics still to ask, in brackets.
    'Team to complete the intake history (smoking, alcohol) once he wakes.',
    // A generic association, not the patient's history.
    'Bullae in both apices, findings commonly seen in smokers.',
  ])('unknown: %s', (text) => {
    expect(answer(text, 'en', '2024-06-01')).toEqual({ status: 'unknown', ...NONE });
  });

  it('a record entered in error and corrected leaves the first-hand never', () => {
    const text = [
      'Imported history:',
      '  Smoking status: Current Every Day Smoker',
      '  Packs/day: 1.00',
      'On review the tobacco status was entered in error; he has never smoked. Smoking history corrected in the chart.',
    ].join('\n');
    expect(answer(text, 'en', '2024-06-01')).toEqual({ status: 'never', ...NONE });
  });

  it('a quoted entry and a few cigarettes tried do not outweigh "never smoked since"', () => {
    const text =
      'Intake: Tobacco - former smoker.\nAsked her about the "former smoker" entry: she tried one or two cigarettes at a party at 16 and has never smoked since. Record changed to never smoker.';
    expect(answer(text, 'en', '2024-06-01')).toEqual({ status: 'never', ...NONE });
  });

  it('"abstinent since" a full date gives the quit year and ends a span from a start year', () => {
    expect(
      answer(
        'Smokes 1 ppd, has smoked since 2004.\nFollow-up: former smoker, abstinent since 02/15/2024.',
        'en',
        '2024-08-01',
      ),
    ).toMatchObject({
      status: 'former',
      quit_year: 2024,
      cigarettes_per_day: 20,
      years_smoked: 20,
    });
  });

  it('a relative named as away is not the speaker', () => {
    expect(
      answer(
        'Seen alone while his wife was at the pharmacy: he says he still smokes about 6 a day in the shed.',
        'en',
      ),
    ).toMatchObject({ status: 'current', cigarettes_per_day: 6 });
  });
});

describe('a relative as the object of the patient’s clause, and periods told by age', () => {
  it('gives a left-out subject after the relative to the patient and sums the age-bounded periods', () => {
    expect(
      answer(
        '52 y/o F. Tobacco: she began at sixteen, stopped at twenty-six when she was expecting her first daughter, and picked it up again at forty when she changed jobs. Now about 10 cigarettes a day.',
        'en',
        '2024-05-01',
      ),
    ).toMatchObject({ status: 'current', cigarettes_per_day: 10, years_smoked: 22 });
  });
});

describe('telegraphic shorthand: glued amounts and durations, quit timing (dev49 phenomena)', () => {
  it('reads an amount glued to its duration ("2ppdx15y", "15/dx20y")', () => {
    expect(answer('Triage SH: +tob 2ppdx15y, no etoh.', 'en')).toMatchObject({
      status: 'current',
      cigarettes_per_day: 40,
      years_smoked: 15,
      pack_years: 30,
    });
    expect(answer('SH: smkr 15/dx20y.', 'en')).toMatchObject({
      cigarettes_per_day: 15,
      years_smoked: 20,
    });
  });

  it('reads a pack every N days written "q2d"', () => {
    expect(answer('SH: smoker, 1 pk q2d x 8 yrs.', 'en')).toMatchObject({
      cigarettes_per_day: 10,
      years_smoked: 8,
    });
  });

  it('"quit x 3y" is a quit three years back, not a duration smoked', () => {
    expect(answer('SH: ex-smoker, quit x 3y, was 2 ppd.', 'en', '2024-06-01')).toMatchObject({
      status: 'former',
      quit_year: 2021,
      years_smoked: null,
      cigarettes_per_day: 40,
    });
  });

  it('"off cigs 3/2016" and "q 2012" after a former smoker date the quit', () => {
    expect(answer('Tob: ex, off cigs 3/2016. Etoh: none.', 'en')).toMatchObject({
      status: 'former',
      quit_year: 2016,
    });
    expect(answer('Hx: ex-smkr ~30 pk-yr, q 2012. ?COPD.', 'en')).toMatchObject({
      status: 'former',
      pack_years: 30,
      quit_year: 2012,
    });
  });

  it('"last cig Xmas" dates the quit; nicotine gum or lozenge doses are not amounts smoked', () => {
    expect(
      answer('Pt states quit smoking - last cig Xmas, now on 4 mg gum ~8/day.', 'en', '2025-02-10'),
    ).toEqual({ status: 'former', ...NONE, quit_year: 2024 });
    expect(
      answer(
        'Smokes 1 ppd.\nMeds: nicotine lozenge 2 mg q1-2h prn cravings, max 15/day - NEW',
        'en',
      ),
    ).toMatchObject({ status: 'current', cigarettes_per_day: 20 });
  });

  it('"Tob: ex >5y" is former with no quit year (a bound)', () => {
    expect(answer('Tob: ex >5y. ~1/2 ppd x 20y before that.', 'en')).toMatchObject({
      status: 'former',
      quit_year: null,
      cigarettes_per_day: 10,
      years_smoked: 20,
    });
  });

  it('"smkr since 20" is an age for a current smoker; a bare age span gives years only', () => {
    expect(answer('44F cough.\nSH: smkr since 20, ~15 cig/d.', 'en')).toMatchObject({
      status: 'current',
      years_smoked: 24,
      cigarettes_per_day: 15,
    });
    expect(answer('Tob: ex-smkr, ~10/d from 18 to 50. None since.', 'en')).toMatchObject({
      status: 'former',
      years_smoked: 32,
      quit_year: null,
    });
  });

  it('a single cigarette tried, then "never again", is never', () => {
    expect(answer('Substances: tried a cigarette once at camp, never again.', 'en')).toEqual({
      status: 'never',
      ...NONE,
    });
  });

  it('work in a smoking lounge and "2nd hand smoke" say nothing of the patient', () => {
    expect(
      answer(
        'Exposure hx: waiter x 6 yrs in a smoking lounge (2nd hand smoke nightly, until 2015).',
        'en',
      ),
    ).toEqual({ status: 'unknown', ...NONE });
  });

  it('a quit followed by "then back to it" is a relapse', () => {
    expect(
      answer("SH: smkr, 10/d x 12y. quit '21 for ~3 mo w/ gum, then back to it.", 'en'),
    ).toMatchObject({ status: 'current', quit_year: null, cigarettes_per_day: 10 });
  });
});

describe('British, Irish, Australian and Indian English (dev50 phenomena)', () => {
  it.each<[string, number]>([
    ['SH: about 12 fags a day, has done since his twenties.', 12],
    ['Smokes ~8 ciggies/day at the moment.', 8],
    ['Social: smokes 15 roll-ups a day.', 15],
    ['Rollies 6/day, mostly in the evening.', 6],
    ['Habits: bidi smoker, 12 bidis per day.', 12],
    ['Has smoked 15 Marlboro Lights a day for years.', 15],
    ['Ex-smoker; used to have 25 Silk Cut a day.', 25],
    ['Smoked a packet a day until he retired.', 20],
  ])('"%s" is %d cigarettes a day (decision 84)', (text, cpd) => {
    expect(answer(text, 'en')?.cigarettes_per_day).toBe(cpd);
  });

  it('rolling tobacco by weight gives no cigarettes a day', () => {
    expect(answer('Smokes rolling tobacco, a 30 g pouch a week.', 'en')).toMatchObject({
      status: 'current',
      cigarettes_per_day: null,
    });
  });

  it('"ex-smoker of N years/months" is a quit counted back, not a span', () => {
    expect(
      answer('Ex-smoker of 8 years (had 15/day for 25 years).', 'en', '2022-03-01'),
    ).toMatchObject({
      status: 'former',
      quit_year: 2014,
      years_smoked: 25,
      cigarettes_per_day: 15,
    });
    expect(answer('Smoking: ex-smoker of 4 months.', 'en', '2024-02-15')).toMatchObject({
      status: 'former',
      quit_year: 2023,
    });
  });

  it('a past quit date written day-first gives its year', () => {
    expect(
      answer(
        'Stop smoking clinic. Quit date set: 21/02/2023. No cigarettes since. Smoked 20 a day.',
        'en',
        '2023-04-02',
      ),
    ).toMatchObject({ status: 'former', quit_year: 2023 });
  });

  it('very brief advice with its acronym is counselling only', () => {
    expect(answer('Very brief advice (VBA) on smoking given at the review.', 'en')).toEqual({
      status: 'unknown',
      ...NONE,
    });
  });

  it('paan or gutka with tobacco is smokeless, not smoking', () => {
    expect(
      answer('Habits: non-smoker. Chews betel quid with tobacco twice a day.', 'en'),
    ).toMatchObject({
      status: 'never',
      years_smoked: null,
    });
  });

  it("a child's report about mum or dad is about the patient (decision 49)", () => {
    expect(
      answer('78 y/o F admitted after a fall. Son says mum still smokes about 10 a day.', 'en'),
    ).toMatchObject({ status: 'current', cigarettes_per_day: 10 });
    // A parent of the other sex is not the patient.
    expect(
      answer('78 y/o F admitted after a fall. Son says his dad still smokes 10 a day.', 'en'),
    ).toMatchObject({ status: 'unknown' });
  });

  it('a named child "(born YYYY)" dates a quit "when her daughter was born" (decision 83)', () => {
    expect(
      answer(
        'She smoked 10 a day and gave up when her daughter was born. Lives with her daughter Aoife (born 2001).',
        'en',
        '2024-05-01',
      ),
    ).toMatchObject({ status: 'former', quit_year: 2001 });
  });

  it('a pipe clause followed by a dash is no template row', () => {
    expect(
      answer('He has smoked a pipe for thirty years - "a pouch lasts me the week".', 'en'),
    ).toMatchObject({ status: 'current', years_smoked: null });
  });

  it('table rows: "Number per day" is the daily amount, "Pack years" no duration', () => {
    const text = [
      '| Smoking status | Current smoker |',
      '| Number per day | 15 |',
      '| Years smoked | 12 |',
      '| Pack years | 9 |',
    ].join('\n');
    expect(answer(text, 'en')).toMatchObject({
      status: 'current',
      cigarettes_per_day: 15,
      years_smoked: 12,
      pack_years: 9,
    });
  });
});

describe('long records whose mentions disagree (English)', () => {
  it('lets a reply outrank the referral it answers, and reads "your letter" as the colleague', () => {
    const text = [
      'GP REFERRAL (03/04/2024)',
      'Please review Mr. Tom Lake, 61. He smokes, about 10 cigarettes a day. 30 pack-years.',
      '',
      'CARDIOLOGY REPLY (05/20/2024)',
      'Dear Dr. Hale,',
      'He gave up smoking in April 2024 after the angiogram. By his account it was nearer 45 pack-years than the 30 in your referral.',
    ].join('\n');
    expect(answer(text)).toMatchObject({ status: 'former', quit_year: 2024, pack_years: 45 });
  });

  it('keeps a referral with no reply below it as the note’s own account', () => {
    const text = 'REFERRAL LETTER\nMrs. Ann Brook, 58, is a current smoker of 15 a day.';
    expect(answer(text)).toMatchObject({ status: 'current', cigarettes_per_day: 15 });
  });

  it('reads the age after a titled full name and a start told by where it began', () => {
    const text =
      'Mr. Peter J. Vance, 60, is seen today. He took up cigarettes in the navy at 18 and smoked 20 a day until he stopped at 50.';
    expect(answer(text)).toMatchObject({ status: 'former', years_smoked: 32, brinkman_index: 640 });
    expect(answer('Ms. Rose Hall, 47, has smoked since she was 17, about 10 a day.')).toMatchObject(
      { status: 'current', years_smoked: 30, cigarettes_per_day: 10 },
    );
  });

  it('ends a one-line PMH at the next labelled row, so later prose is not past history', () => {
    const text = [
      'Daughter says he "gave up cigarettes years ago".',
      'PMH: COPD, gout. Meds: allopurinol.',
      'CXR: hyperinflation.',
      'Seen alone later: he admits he never really stopped and still has 6 a day.',
    ].join('\n');
    expect(answer(text)).toMatchObject({ status: 'current', cigarettes_per_day: 6 });
  });

  it('lets a later quit beat an earlier untensed smoker with a duration', () => {
    const text = [
      'Admission: 03/02/2024',
      'HPI: Smoker for 30 years.',
      'Course: the stop-smoking team heard that he had stopped a few days before this admission and has not smoked since.',
    ].join('\n');
    expect(answer(text)).toMatchObject({ status: 'former', quit_year: 2024, years_smoked: 30 });
  });

  it('dates a quit counted back from an admission dated elsewhere', () => {
    const text =
      'Admitted: 01/05/2024.\nAdmission: 01/05/2024\nShe quit smoking two weeks before her admission and has not smoked since.';
    expect(answer(text, 'en', '2024-02-01')).toMatchObject({ status: 'former', quit_year: 2023 });
  });

  it('dates a quit by an event written with "last year"', () => {
    const text =
      'He had a heart attack last year (March). Quit smoking right after his heart attack.';
    expect(answer(text, 'en', '2024-06-01')).toMatchObject({ status: 'former', quit_year: 2023 });
  });

  it('prefers the usual amount over the amount smoked during the hospital stay', () => {
    const text =
      'Current smoker. He usually gets through about 20 a day at home; has been smoking 2-3 a day on the ward.';
    expect(answer(text)).toMatchObject({ status: 'current', cigarettes_per_day: 20 });
  });
});

describe('dictated and spelled-out notes (spoken.ts, vocab spoken)', () => {
  it.each<[string, Partial<Record<string, unknown>>]>([
    // Number words and ages written out.
    [
      'sixty-two-year-old man. He smokes a pack and a half a day and has done so since he was seventeen.',
      { status: 'current', cigarettes_per_day: 30, years_smoked: 45, pack_years: 67.5 },
    ],
    [
      'Re: Mr Tobias Quell, age forty-four\nHe has smoked eight a day since he was twenty.',
      { status: 'current', cigarettes_per_day: 8, years_smoked: 24 },
    ],
    // Spoken years.
    ['Ex-smoker, gave up in twenty eleven.', { status: 'former', quit_year: 2011 }],
    ['Former smoker, stopped in nineteen ninety-nine.', { status: 'former', quit_year: 1999 }],
    ['Former smoker, quit in two thousand and seven.', { status: 'former', quit_year: 2007 }],
    ['Former smoker, quit in twenty oh six.', { status: 'former', quit_year: 2006 }],
    [
      'Ex-smoker with a twelve pack-year history, quit in oh four.',
      { quit_year: 2004, pack_years: 12 },
    ],
    [
      'He smoked from nineteen eighty-one until two thousand and one, about half a pack a day.',
      { status: 'former', years_smoked: 20, quit_year: 2001, cigarettes_per_day: 10 },
    ],
    // A duration told as "a period of".
    [
      'Former smoker. She smoked about eight a day for a period of roughly fifteen years.',
      { status: 'former', cigarettes_per_day: 8, years_smoked: 15 },
    ],
  ])('reads spelled numbers: %s', (text, expected) => {
    expect(answer(text, 'en', '2024-06-01')).toMatchObject(expected);
  });

  it.each<[string, Partial<Record<string, unknown>>]>([
    // Dictated punctuation: "colon", "period", "comma", "new paragraph".
    [
      'social history colon tobacco colon never period alcohol colon occasional period new paragraph plan colon discharge',
      { status: 'never' },
    ],
    [
      'social history colon alcohol colon denies period tobacco colon [inaudible] period',
      { status: 'unknown' },
    ],
    [
      'history of colon cancer comma resected period he smokes ten a day comma for a period of twelve years period',
      { status: 'current', cigarettes_per_day: 10, years_smoked: 12 },
    ],
    // "times" as the x of a duration.
    [
      'tobacco colon current smoker comma one pack per day times twenty-two years period',
      { status: 'current', cigarettes_per_day: 20, years_smoked: 22, pack_years: 22 },
    ],
  ])('reads dictated punctuation: %s', (text, expected) => {
    expect(answer(text, 'en', '2024-06-01')).toMatchObject(expected);
  });

  it.each<[string, Partial<Record<string, unknown>>]>([
    // A correction in the same dictation replaces the number it corrects (decision 54).
    [
      'smoking colon he smokes two packs a day comma correction comma one pack a day comma for thirty years period',
      { status: 'current', cigarettes_per_day: 20, years_smoked: 30, pack_years: 30 },
    ],
    [
      'Former smoker, quit in twenty ten, scratch that, twenty eleven.',
      { status: 'former', quit_year: 2011 },
    ],
    [
      'He has smoked 15 a day for 20 years, correction, 25 years.',
      { cigarettes_per_day: 15, years_smoked: 25 },
    ],
  ])('takes the corrected number: %s', (text, expected) => {
    expect(answer(text, 'en', '2024-06-01')).toMatchObject(expected);
  });

  it.each<[string, Partial<Record<string, unknown>>]>([
    // Recognition errors a reader needs no guess for.
    ['He is a formal smoker, quit in 2012.', { status: 'former', quit_year: 2012 }],
    ['She is an ex moker.', { status: 'former' }],
    ['Current smoker, three packs per date.', { status: 'current', cigarettes_per_day: 60 }],
    ['Former smoker with a thirty-five pack your history.', { status: 'former', pack_years: 35 }],
  ])('repairs a recognition error: %s', (text, expected) => {
    expect(answer(text, 'en', '2024-06-01')).toMatchObject(expected);
  });

  it('reads no number in a misheard number word (decision 85)', () => {
    expect(answer('She quit smoking tobacco is sick years ago.', 'en', '2024-06-01')).toMatchObject(
      { status: 'former', quit_year: null },
    );
  });

  it('leaves words that are not numbers of the history as written', () => {
    expect(answer('He smokes one or two cigarettes a day.')).toMatchObject({
      cigarettes_per_day: 1.5,
    });
    expect(
      answer('Smokes three quarters of a pack a day and has for the past twenty-two years.'),
    ).toMatchObject({ cigarettes_per_day: 15, years_smoked: 22 });
  });

  it('repairs a note whose only smoking word is misrecognised (no prefilter word in it)', () => {
    // Only notes the prefilter hits are respelled, so a repair must open the gate on its own.
    expect(answer('Patient is an ex moker for many years now, doing well.')).toMatchObject({
      status: 'former',
    });
  });

  it('keeps mention offsets on the original words', () => {
    const text = 'social history colon she gave up smoking in twenty eleven period';
    const mentions = smoking(text).mentions;
    expect(mentions.length).toBeGreaterThan(0);
    for (const m of mentions) expect(m.text).toBe(text.slice(m.start, m.end));
    expect(mentions.some((m) => m.text.includes('twenty eleven'))).toBe(true);
  });

  it('reads a list item "family history" before a clause about the patient as the patient', () => {
    expect(
      answer('Risk factors: diabetes, family history, he is a lifelong non-smoker.'),
    ).toMatchObject({ status: 'never' });
    expect(answer('Family history: father, he smoked 2 packs a day.')).toMatchObject({
      status: 'unknown',
    });
  });
});

describe('dev52: records flattened or encoded on export (OMOP note rows), read as their lines', () => {
  it('reads a templated record flattened onto one line, each label a new field', () => {
    expect(
      answer(
        'Clinic visit. Knee pain x 2 wks. SOCIAL HISTORY: Tobacco Use: Smoking status: Former Smoker Types: Cigarettes Packs/day: 0.50 Years: 24.00 Pack years: 12.00 Quit date: 06/2017 Smokeless tobacco: Never Used Alcohol use: No',
      ),
    ).toMatchObject({
      status: 'former',
      cigarettes_per_day: 10,
      years_smoked: 24,
      quit_year: 2017,
    });
  });

  it('reads an EHR heading starting mid-line as a heading, not a statement', () => {
    expect(
      answer(
        'Subjective: 41 y.o. male with a sore throat for 3 days. Tobacco Use Smoking status: Never Smoker Smokeless tobacco: Never Used',
      ),
    ).toMatchObject({ status: 'never' });
  });

  it('reads encoded breaks and entities: HTML, literal \\r\\n, RTF paragraphs', () => {
    expect(
      answer(
        '<div>Urgent care &ndash; 52 yo F</div><div>SH: Tobacco &amp; nicotine: smokes ~&frac12; ppd x 12 yrs.</div>',
      ),
    ).toMatchObject({ status: 'current', cigarettes_per_day: 10, years_smoked: 12 });
    expect(
      answer(
        'Work physical\\r\\nTobacco Use\\r\\nSmoking status: Every Day Smoker\\r\\nPacks/day: 1.00\\r\\nYears: 22.00',
      ),
    ).toMatchObject({ status: 'current', cigarettes_per_day: 20, years_smoked: 22 });
    expect(
      answer(
        '{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Arial;}}\\pard\\f0\\fs20 CLINIC NOTE\\par Social: former smoker, 1 ppd from 1980 until 2004.\\par Plan: LDCT.\\par }',
      ),
    ).toMatchObject({
      status: 'former',
      cigarettes_per_day: 20,
      years_smoked: 24,
      quit_year: 2004,
    });
  });

  it('reads an HTML table row as "label: value"', () => {
    expect(
      answer(
        '<table><tr><td>Tobacco</td><td>Current every day smoker</td></tr><tr><td>Cigarettes/day</td><td>10</td></tr></table>',
      ),
    ).toMatchObject({ status: 'current', cigarettes_per_day: 10 });
  });

  it('reads boxes in parentheses as ticked and unticked boxes', () => {
    expect(
      answer('INTAKE FORM -- Smoking: ( ) Current (X) Former ( ) Never -- Falls: ( ) Yes (X) No'),
    ).toMatchObject({ status: 'former' });
  });

  it('reads a flowsheet flattened onto one line at its latest column (decision 30)', () => {
    expect(
      answer(
        'Pulm follow-up. Flowsheet Date 02/2021 04/2023 05/2024 Tobacco Y Y N Packs/day 0.5 0.5 -- Quit date -- -- 01/2024 Counseling given Y Y N Doing well off cigarettes.',
      ),
    ).toMatchObject({ status: 'former', cigarettes_per_day: 10, quit_year: 2024 });
  });

  it('reads a template row with its value after a run of spaces or tabs', () => {
    expect(
      answer(
        'NURSING ADMISSION   Tobacco use:\t\t\tYes   Type:\t Cigarettes   Cigarettes per day:                  12   Years smoked:        \t9',
      ),
    ).toMatchObject({ status: 'current', cigarettes_per_day: 12, years_smoked: 9 });
  });

  it('reads a labelled two-digit quit year and a labelled start age', () => {
    expect(answer("Smoking status: Former Smoker\nQuit: '11\nPacks/day: 1")).toMatchObject({
      quit_year: 2011,
    });
    expect(
      answer('Pt: 40 y.o. F.\nSmoking: current\nAmount: 1 ppd\nStarted at age: 18'),
    ).toMatchObject({ years_smoked: 22, cigarettes_per_day: 20 });
  });

  it('keeps mention offsets on the original encoded text', () => {
    const text = '<p>Tobacco:&nbsp;former smoker,&nbsp;quit 2012</p><p>Plan: follow up</p>';
    const mentions = smoking(text).mentions;
    expect(mentions.length).toBeGreaterThan(0);
    for (const m of mentions) expect(m.text).toBe(text.slice(m.start, m.end));
  });
});

describe("others' smoking beside a brief own status (English)", () => {
  it('reads an ex-smoker of N years as a quit counted back, not a span', () => {
    expect(
      answer('SH: Former smoker of 12 years. Son smokes on the porch.', 'en', '2024-03-01'),
    ).toMatchObject({ status: 'former', years_smoked: null, quit_year: 2012 });
  });

  it('keeps a duration of use or an amount row without a status as unknown with numbers', () => {
    expect(answer('Social hx: tobacco - 15 yr history of use. No alcohol.')).toEqual({
      status: 'unknown',
      ...NONE,
      years_smoked: 15,
    });
    expect(
      answer(
        'History of tobacco use: 2 packs a day for 10 years per outside chart. Whether she still smokes was not asked at this visit.',
      ),
    ).toMatchObject({ status: 'unknown', cigarettes_per_day: 40, years_smoked: 10 });
  });

  it('reads an answer after a question ended by a colon, and "N years of it"', () => {
    expect(
      answer(
        'Asked whether the pt smokes: per his son, "he stopped 3 years ago, after 25 years of it".',
        'en',
        '2024-05-01',
      ),
    ).toMatchObject({ status: 'former', years_smoked: 25, quit_year: 2021 });
  });

  it('reads "(52 F)" as the patient sex, so "he" is the husband', () => {
    expect(
      answer(
        'Caller (52 F) reports wheeze since her husband retired - he smokes about a pack a day, "30 years of it", in the den. She has never smoked.',
      ),
    ).toEqual({ status: 'never', ...NONE });
  });

  it('does not take exposure at work or at home for the patient', () => {
    expect(
      answer('Never smoked. Job: bartender for 8 years, smoking permitted indoors until 2006.'),
    ).toEqual({ status: 'never', ...NONE });
    expect(
      answer(
        'Infant with household cigarette smoke exposure; grandfather smokes 1 ppd. Risks with smoking discussed with parents.',
      ),
    ).toEqual({ status: 'unknown', ...NONE });
  });

  it('reads a pipe or cigar smoker described by an amount beside a cigarette denial', () => {
    expect(answer('Social: Cigar smoker - one or two on weekends. Never cigarettes.')).toEqual({
      status: 'current',
      ...NONE,
    });
    expect(answer('Pipe smoker: yes')).toMatchObject({ status: 'current' });
  });

  it('keeps a spouse named by "a man who" and a quoted "I" apart', () => {
    expect(
      answer(
        '68 yo F. Married 30 years to a man who smoked 3 packs a day, until he quit in 2005. She never smoked.',
      ),
    ).toEqual({ status: 'never', ...NONE });
    expect(
      answer(
        'Grew up in a household of smokers: both parents smoked 2 ppd - "I never took it up myself."',
      ),
    ).toEqual({ status: 'never', ...NONE });
  });
});

describe('durations as list items, labels and the terse "y" (English)', () => {
  const years = (text: string) => answer(text).years_smoked;
  it.each<[string, number]>([
    ['Cigarettes: 18 years, 10/day, quit 2016', 18],
    ['Tob - ~22 yrs - 1/2 ppd - current', 22],
    ['Social: former, 12 years, 2 ppd, stopped 2009', 12],
    ['Tobacco history: 33y; 1.5 ppd; quit 2020', 33],
  ])('reads a bare duration in a smoking row: %s → %d', (text, n) => {
    expect(years(text)).toBe(n);
  });
  it.each<[string, number]>([
    ['Tobacco: current; duration ~27 yrs; 1 ppd', 27],
    ['Number of years smoked: 17\nPacks/day: 1', 17],
    ['Smoking duration (yrs): 12   Cigarettes/day: 15', 12],
    ['Duration of smoking - 9 years, 1 ppd', 9],
  ])('reads a labelled duration: %s → %d', (text, n) => {
    expect(years(text)).toBe(n);
  });
  it.each<[string, number]>([
    ['Has smoked 10 cigarettes a day over the past three decades.', 30],
    ['Current smoker for the last decade, about 15 a day.', 10],
    ['He smoked a pack a day for the past 2 decades, quit 2021.', 20],
  ])('reads decades counted back over the past: %s → %d', (text, n) => {
    expect(years(text)).toBe(n);
  });
  it('reads the terse y of a duration and of a quit counted back', () => {
    expect(answer('Tob hx: 1/2 ppd x 14y, stopped 3y ago')).toEqual({
      status: 'former',
      pack_years: 7,
      cigarettes_per_day: 10,
      years_smoked: 14,
      quit_year: 2021,
      brinkman_index: 140,
    });
    expect(answer('Tobacco: 16y, 1ppd, quit 2y ago')).toMatchObject({
      status: 'former',
      years_smoked: 16,
      quit_year: 2022,
    });
  });
  it.each([
    'Smoking: 52 y/o, 1 ppd',
    'Tobacco: 50 years old, 1 ppd',
    'Quit: 8 years, 1 ppd',
    'Smoking: former, 1 ppd, tobacco-free for 6 years',
    'COPD x 8 years, 1 ppd smoker',
    'Tobacco: >25 yrs, 1 ppd',
    'Smoking: quit 7y ago, 2 ppd',
    'Smokes half a pack a day for years.',
    'Cough duration 3 years. Smokes 1 ppd.',
  ])('keeps a duration that is not the smoking out: %s', (text) => {
    expect(years(text)).toBeNull();
  });
});

describe('template durations, thresholds, blank forms and disputed records (English)', () => {
  it('reads a terse "y" after a Duration label in a substance row', () => {
    expect(
      answer('Tobacco: Y  Amt: 1/2ppd  Duration: 25y\nAlcohol: Y  Amt: 2 beers  Duration: 10y'),
    ).toMatchObject({ status: 'current', cigarettes_per_day: 10, years_smoked: 25 });
  });
  it('does not take a screening cut-off for the patient’s pack-years', () => {
    expect(
      answer('Former smoker, 1 ppd x 8 yrs. At 8 pack-years she is under the 20 pack-year cutoff.')
        .pack_years,
    ).toBe(8);
    expect(
      answer('Smoked 1/2 ppd x 12 yrs; 6 pack-years, short of a threshold of 20 pack-years.')
        .pack_years,
    ).toBe(6);
  });
  it('keeps a pipe or cigar duration told after the cigarettes out of the cigarette years', () => {
    expect(
      answer(
        'Tobacco: cigarettes 2 ppd x 15 yrs, quit 1995; later cigars for 20 years, gave them up in 2016.',
      ),
    ).toMatchObject({
      status: 'former',
      cigarettes_per_day: 40,
      years_smoked: 15,
      quit_year: 2016,
    });
    // One span for both products said together stays.
    expect(answer('Smoked cigarettes and a pipe for 22 years, quit 2012.').years_smoked).toBe(22);
  });
  it('leaves the status open when the status question is left blank beside filled amounts', () => {
    expect(
      answer('Do you smoke now?  [ ] Yes  [ ] No\nPacks per day:  2\nNumber of years:  15'),
    ).toEqual({
      status: 'unknown',
      pack_years: 30,
      cigarettes_per_day: 40,
      years_smoked: 15,
      quit_year: null,
      brinkman_index: 600,
    });
    // A ticked answer still answers.
    expect(answer('Do you smoke now?  [X] Yes  [ ] No\nPacks per day:  2').status).toBe('current');
  });
  it('lets a first-hand never beat an imported record the note says is wrong', () => {
    expect(
      answer(
        'Imported history:\nSmoking status: Former Smoker\nQuit date: 2010\nPacks/day: 1.00\n\nHe tells me he has never smoked; the former smoker flag was added in error.',
      ),
    ).toEqual({ status: 'never', ...NONE });
  });
  it('reads a telegraphic "not smoked for" and a "Years since quitting" row as a quit', () => {
    expect(answer('Tobacco - 2 ppd, not smoked for 6 years')).toMatchObject({
      status: 'former',
      cigarettes_per_day: 40,
      quit_year: 2018,
    });
    expect(answer('Yrs since quitting: 4\nCigarettes/day: 15')).toMatchObject({
      status: 'former',
      cigarettes_per_day: 15,
      quit_year: 2020,
    });
  });
});

describe('quit rows, "since" after a smoker word, abbreviated and bounded quits (English)', () => {
  it.each<[string, number]>([
    ['Stopped cigarettes: 2011', 2011],
    ['Quit tobacco - 2016', 2016],
    ['Year of quitting smoking: 2003', 2003],
    ["Tobacco: former\nSmoking quit: '07", 2007],
    ['Date stopped smoking: 03/2019', 2019],
  ])('reads the bare year of a quit row: %s → %d', (text, year) => {
    expect(answer(text)).toMatchObject({ status: 'former', quit_year: year });
  });
  it.each<[string, number]>([
    ['Exsmoker since 2008; 1 ppd before that.', 2008],
    ['Former smkr since about 2015', 2015],
    ["Ex-smoker since spring '17", 2017],
    ['Non smoker since March 2005, smoked 10/day in his 20s', 2005],
  ])(
    'dates the quit by the year a former or non-smoker has been one since: %s → %d',
    (text, year) => {
      expect(answer(text)).toMatchObject({ status: 'former', quit_year: year });
    },
  );
  it('keeps a non-smoker since birth a never smoker', () => {
    expect(answer('Non-smoker since birth; parents smoked.').status).toBe('never');
  });
  it.each<[string, string, number | null]>([
    ["Hx: 1 ppd x 30 yrs, d/c'd cigs 2012", 'former', 2012],
    ["dc'd tobacco in 2018 after MI", 'former', 2018],
    ['d/c cigarettes 3 yrs ago', 'former', 2021],
    ["Cigs: d/c'd 2015", 'former', 2015],
    ['Advised pt to d/c tobacco.', 'unknown', null],
    ['d/c to home with family. Smoking cessation discussed.', 'unknown', null],
  ])('reads d/c as discontinued only beside the smoking word: %s', (text, status, year) => {
    expect(answer(text)).toMatchObject({ status, quit_year: year });
  });
  it.each<string>([
    'Cigs - stopped > 20 yrs ago',
    'Quit 15+ years ago',
    'gave up the cigarettes well over twenty years ago',
    'Quit at least 5 yrs ago',
    'quit more than 8 yrs ago',
    'Stopped smoking several years ago',
    'quit a while ago',
  ])('makes a bounded or undated quit former with no year: %s', (text) => {
    const a = answer(text);
    expect(a.status).toBe('former');
    expect(a.quit_year).toBeNull();
  });
});

describe('a duration as the value of a smoking history label or in its brackets (English)', () => {
  it.each<[string, number]>([
    ['Tobacco hx: 18 years.', 18],
    ['Smoking hx - 12 yrs', 12],
    ['Hx tobacco: ~40 yrs', 40],
    ['Tobacco abuse history: 22 years', 22],
    ['Nicotine dependence hx - 15 yrs', 15],
    ['Cigarette use history: 35 y', 35],
  ])('reads a history row answered with a duration alone, status open: %s → %d', (text, n) => {
    expect(answer(text)).toEqual({ status: 'unknown', ...NONE, years_smoked: n });
  });
  it('keeps a history row followed by a daily amount current', () => {
    expect(answer('Tobacco use history - 14 yrs, 1/2 ppd')).toMatchObject({
      status: 'current',
      years_smoked: 14,
      cigarettes_per_day: 10,
    });
  });
  it.each<[string, SmokingAnnotation['status'], number]>([
    ['Has a heavy smoking history (approx 35 years).', 'current', 35],
    ['PMH: HTN, history of tobacco use (~15 yrs).', 'former', 15],
    ['Remote hx of cigarette smoking (x 12 yrs, 1 ppd)', 'former', 12],
  ])('reads a duration in brackets after a smoking history: %s', (text, status, n) => {
    expect(answer(text)).toMatchObject({ status, years_smoked: n });
  });
  it.each<string>([
    'Tobacco hx: 12 years ago',
    'Smoking hx: >25 yrs',
    'Heavy smoking history (stopped 12 yrs).',
    'Heavy smoking history (age 61).',
    'Heavy smoking history (45 pack-years).',
    'Heavy smoking history (8 years ago).',
    'History of asthma (15 years).',
  ])('keeps a duration that is not the years smoked out: %s', (text) => {
    expect(answer(text).years_smoked).toBeNull();
  });
});

describe('a manner between the quit and its date, other smokers around the patient, the wish to quit, a cessation row with a date (English)', () => {
  it.each<[string, number]>([
    ['She stopped smoking cold turkey 4 years back.', 2020],
    ['Gave up tobacco "cold turkey" about 6 years ago.', 2018],
    ['Quit abruptly 3 yrs ago after a bad bronchitis.', 2021],
    ['Quit on her own 8 years ago.', 2016],
    ['Quit without any help 12 years ago.', 2012],
    ['Quit with the help of Chantix 2 years back.', 2022],
    ['Quit cold turkey in 2013.', 2013],
  ])('reads the quit past its manner: %s → %d', (text, year) => {
    expect(answer(text)).toMatchObject({ status: 'former', quit_year: year });
  });
  it('keeps a bound past its manner a bound (decision 5)', () => {
    expect(answer('Stopped smoking cold turkey more than 20 years ago.')).toMatchObject({
      status: 'former',
      quit_year: null,
    });
  });
  it('still reads smoked foods as no smoking', () => {
    expect(answer('He enjoys smoking turkey and brisket on weekends.').status).toBe('unknown');
  });
  it.each<string>([
    'She lived with a heavy smoker for 18 years.',
    'Married to a chain smoker for over thirty years.',
    'He grew up with three smokers in a small apartment.',
    'Shares a house with two smokers.',
    'Works with smokers at the warehouse.',
    'Has been living with a smoker since 2010.',
  ])('reads other smokers around the patient as exposure only: %s', (text) => {
    expect(answer(text)).toEqual({ status: 'unknown', ...NONE });
  });
  it("keeps the patient's own words beside other smokers", () => {
    expect(answer('Married to a smoker; she herself has never smoked.').status).toBe('never');
  });
  it.each<string>([
    'He wants to give up cigarettes before the wedding.',
    'Planning to quit smoking after the holidays.',
    'Pt would like to cut back on cigarettes.',
    'Tobacco: would like to cut down.',
    'Considering quitting.',
    'Not interested in quitting at present.',
    'She is not ready to quit yet.',
    'Does not want to stop smoking.',
    'Has no plans to quit.',
    'Expressed a desire to quit smoking.',
    'Chose a quit date of 8/15.',
    'Trying to quit cigarettes.',
  ])("reads the patient's own wish or plan to quit as current: %s", (text) => {
    expect(answer(text)).toEqual({ status: 'current', ...NONE });
  });
  it.each<string>([
    'Encouraged him to quit smoking.',
    'Smoking cessation counselling given.',
    'Encouraged to set a quit date.',
    'Assessed her readiness to quit smoking.',
    'When you are ready to quit, call the quitline.',
    'If she wants to quit, refer to the tobacco clinic.',
    'His wife wants to quit smoking.',
    'Drinks 4 beers a night, wants to quit.',
    'Wants to stop her statin.',
    'Ready to quit?: ____',
  ])('leaves counselling, others and other habits unknown: %s', (text) => {
    expect(answer(text).status).toBe('unknown');
  });
  it('keeps a former smoker whose wish came true former', () => {
    expect(answer('Ex-smoker: he wanted to quit for years and finally did in 2011.')).toMatchObject(
      {
        status: 'former',
        quit_year: 2011,
      },
    );
  });
  it('keeps a plan beside a present amount current with the amount', () => {
    expect(answer('Smokes 15 a day; plans to stop when her baby is born.')).toMatchObject({
      status: 'current',
      cigarettes_per_day: 15,
      quit_year: null,
    });
  });
  it.each<[string, number]>([
    ['Smoking cessation: 2017', 2017],
    ['Tobacco cessation date: 05/2012', 2012],
    ['Date of smoking cessation - 2009', 2009],
  ])('reads a cessation row answered with a date as the quit: %s → %d', (text, year) => {
    expect(answer(text)).toEqual({ status: 'former', ...NONE, quit_year: year });
  });
  it.each<string>(['Smoking cessation: discussed', 'Tobacco cessation: 99406, 4 min'])(
    'keeps a cessation row answered otherwise counselling: %s',
    (text) => {
      expect(answer(text)).toEqual({ status: 'unknown', ...NONE });
    },
  );
});

describe('dev58 round (English): ever histories, yes rows, dated events', () => {
  // A stated pack-years figure as a smoking row's value, or a positive history: ever smoked, the
  // status left open, the figure kept (decision 59).
  it.each<[string, number]>([
    ['Smoking: 40 pack-years.', 40],
    ['Tobacco history: 12 pk-yrs', 12],
    ['SH: 35 py', 35],
    ['Smoking: approx 18 pack-year hx', 18],
    ['+ tobacco hx, 15 pack-years', 15],
    ['She has a 22 pack-year smoking history.', 22],
  ])('%s → unknown, pack_years %d', (text, pack) => {
    expect(answer(text)).toEqual({ status: 'unknown', ...NONE, pack_years: pack });
  });

  it('keeps a present cue beside a pack-year smoking history', () => {
    expect(answer('Smokes 1 ppd; 40 pack-year smoking history.').status).toBe('current');
    expect(answer('Ex-smoker, 30 pack-year smoking history, quit 2012.')).toMatchObject({
      status: 'former',
      pack_years: 30,
      quit_year: 2012,
    });
  });

  it('reads a yes row with a duration in brackets, and an approximate per-day row', () => {
    expect(answer('Smoker: Y (18 yrs)')).toMatchObject({ status: 'current', years_smoked: 18 });
    expect(answer('Cigarettes/day (when smoking): ~12\nFormer smoker, quit 2015.')).toMatchObject({
      status: 'former',
      cigarettes_per_day: 12,
    });
  });

  it('reads a titled handout as education, not a statement (decision 7)', () => {
    expect(
      answer('Education: pamphlet "Tobacco and Your Lungs" given; quitline number provided.')
        .status,
    ).toBe('unknown');
  });

  it('reads the clause after a dating clause of a relative as the patient again', () => {
    expect(
      answer(
        '41 y/o F, daughter 3 years old.\nTobacco: quit while pregnant with her daughter, but restarted after she was born; now 8 cigarettes a day.',
      ),
    ).toMatchObject({ status: 'current', cigarettes_per_day: 8 });
  });

  it('dates a span closed by a life event where the note dates that event (decision 83)', () => {
    expect(
      answer(
        'PMH: anterior NSTEMI managed with a stent to the LAD (Oct 2019).\nSmoked a pack a day until his heart attack; none since.',
      ),
    ).toMatchObject({ status: 'former', cigarettes_per_day: 20, quit_year: 2019 });
    expect(answer('Smoked a pack a day until his heart attack; none since.').quit_year).toBeNull();
  });
});

describe('durations and other substances (dev59 phenomena)', () => {
  it('reads a duration straight after the verb, with no "for"', () => {
    expect(
      answer('Ex-smoker: she smoked 20-30 years, about a pack daily; stopped in 2012.'),
    ).toMatchObject({
      status: 'former',
      years_smoked: 25,
      cigarettes_per_day: 20,
      quit_year: 2012,
      pack_years: 25,
    });
    expect(
      answer('Stopped smoking in 2016; had smoked roughly 18 yrs before then, 1/2 ppd.'),
    ).toMatchObject({
      status: 'former',
      years_smoked: 18,
      cigarettes_per_day: 10,
      quit_year: 2016,
    });
    expect(answer('Has been smoking 22 years, 1 ppd.')).toMatchObject({
      status: 'current',
      years_smoked: 22,
    });
    expect(
      answer('He smoked 15 years ago for a while, 1 ppd; none since.').years_smoked,
    ).toBeNull();
    expect(answer('Smoker, 1 ppd, has not smoked 2 years.').years_smoked).toBeNull();
    expect(answer('Her father smoked 40 years. She has never smoked.')).toMatchObject({
      status: 'never',
      ...NONE,
    });
  });

  it('reads a later revised duration ("closer to", "more like") over the earlier one', () => {
    expect(
      answer(
        'Former smoker, quit 2018, 1 ppd x 20 yrs. On review she says her smoking went on more like 28 years.',
      ),
    ).toMatchObject({ status: 'former', years_smoked: 28, pack_years: 28, brinkman_index: 560 });
    expect(answer('Former smoker, 1 ppd x 20 yrs; quit closer to 6 years ago.').years_smoked).toBe(
      20,
    );
  });

  it('keeps drinks out of the smoking amount and status', () => {
    expect(answer('Ex-smoker, quit 2011.\nWine 1-3/day with dinner.')).toMatchObject({
      status: 'former',
      cigarettes_per_day: null,
    });
    expect(answer('Ex-smoker, quit 2011. Has cut down to 2 beers a night.')).toMatchObject({
      status: 'former',
      quit_year: 2011,
    });
    expect(answer('Smoker; has cut back to 6 cigarettes a day.').status).toBe('current');
  });

  it('reads a sentence about chewing tobacco, snuff or dip as no smoking (decision 11)', () => {
    expect(
      answer('Uses snuff (Skoal) x 15 yrs; stopped in 2020 for a year, then resumed.'),
    ).toMatchObject({
      status: 'unknown',
      ...NONE,
    });
    expect(answer('Chewing tobacco for 12 years, gave it up in 2019.')).toMatchObject({
      status: 'unknown',
      ...NONE,
    });
    expect(answer('Chews tobacco daily; smoked 1 ppd x 10 yrs, quit 2005.')).toMatchObject({
      status: 'former',
      years_smoked: 10,
      quit_year: 2005,
    });
  });
});

describe('long notes that mention smoking several times (dev60 phenomena)', () => {
  it('leaves a status deferred to another note or a later visit unknown', () => {
    expect(
      answer('Social: tobacco/ETOH - see prior H&P (Dr. Lee, 02/2022); not updated today.'),
    ).toMatchObject({ status: 'unknown', ...NONE });
    expect(answer('Tobacco use status will be obtained at the follow-up visit.')).toMatchObject({
      status: 'unknown',
      ...NONE,
    });
  });

  it('reads a bare quit after the pipe in its sentence as the pipe quit, despite a later mention', () => {
    expect(
      answer(
        'SH: Smoked a pipe for 25 years and gave it up in 2012.\n\nImpression: emphysema from years of pipe smoking.',
      ),
    ).toMatchObject({ status: 'former', quit_year: 2012, cigarettes_per_day: null });
  });

  it('keeps what the patient and a relative report together, and a relative who confirms it', () => {
    expect(
      answer(
        'Per pt and daughter at bedside: she smoked 2 ppd for 30 years and quit in 2019, confirmed by her son.',
      ),
    ).toMatchObject({
      status: 'former',
      cigarettes_per_day: 40,
      years_smoked: 30,
      quit_year: 2019,
    });
  });

  it('does not fill the patient from a guideline body line (decision 34)', () => {
    expect(
      answer(
        'Smokes 1 ppd for 15 years, 15 pack-years. NCCN (2023): age 50+, 20 pack-years, no quit-time limit.',
      ).pack_years,
    ).toBe(15);
  });

  it('reads a pack-years label followed by its arithmetic as the result', () => {
    expect(answer('Former smoker. Pack-years: 2 x 15 = 30.').pack_years).toBe(30);
  });

  it('prefers a dated quit over a year after the note (an anniversary)', () => {
    expect(
      answer('Quit 12 years ago. She will be 15 years since quitting in 2027.').quit_year,
    ).toBe(2012);
  });

  it('keeps alcohol years with a plus sign and frequency out of the smoking years', () => {
    expect(answer('SH: +tobacco 1 ppd, +etoh nightly ~4 beers x 15 yrs.')).toMatchObject({
      status: 'current',
      cigarettes_per_day: 20,
      years_smoked: null,
    });
  });

  it('dates a present-perfect abstinence in weeks or months from the note date', () => {
    expect(answer('He has been smoke-free for 3 months; used the patch.').quit_year).toBe(2024);
    expect(
      answer('She has been tobacco-free for 10 weeks today.', 'en', '2024-02-01').quit_year,
    ).toBe(2023);
  });

  it('sums a first span and a restart told as "started smoking again in YEAR" (decision 61)', () => {
    expect(
      answer('Smoked 1990-2005. He started smoking again in 2021 and smokes about 6 a day.'),
    ).toMatchObject({ status: 'current', cigarettes_per_day: 6, years_smoked: 18 });
  });

  it('drops the years of a quit period when an undated relapse follows (decision 61)', () => {
    expect(
      answer(
        'Former smoker, quit 2016, 1 ppd x 30 yrs.\nNow: took up smoking again after losing his job, 8 a day.',
      ),
    ).toMatchObject({
      status: 'current',
      cigarettes_per_day: 8,
      years_smoked: null,
      pack_years: null,
    });
  });

  it("dates a quit at a named child's birth by that child only, when two children are dated", () => {
    expect(
      answer(
        'Children: son Owen (born 1996), daughter Ruth (born 2001). Former smoker, 1 ppd; quit when her daughter was born.',
      ).quit_year,
    ).toBe(2001);
    expect(
      answer(
        'Children: son Owen (born 1996), daughter Ruth (born 2001). Former smoker; stopped smoking when her son was born.',
      ).quit_year,
    ).toBe(1996);
  });
});

describe('messy charting (dev61 phenomena, English)', () => {
  it('reads age spans written with a hyphen, "ages", "y/o" or "years of age" (decisions 3, 71)', () => {
    expect(answer('Cigarettes 1 ppd, age 19-49; none since.')).toMatchObject({
      years_smoked: 30,
      quit_year: null,
    });
    expect(answer('Ex-smoker (ages 22-40), half a ppd.').years_smoked).toBe(18);
    expect(answer('Smoked about 1 ppd from ages 16 to 36.').years_smoked).toBe(20);
    expect(answer('Past smoker, 2 ppd, 25-55 y/o.').years_smoked).toBe(30);
    expect(answer('She smoked between 30 and 45 years of age, 1 ppd.').years_smoked).toBe(15);
    expect(
      answer('Former smoker, 1 ppd, quit 2010. AAA screening (age 65-75, ever-smoker) ordered.')
        .years_smoked,
    ).toBeNull();
  });

  it('reads "half pack" and "quarter pack" without "a" (decision 1)', () => {
    expect(answer('Smokes quarter pack/day.').cigarettes_per_day).toBe(5);
    expect(answer('Ex-smoker: half-pack per day x 10 yrs, quit 2019.')).toMatchObject({
      cigarettes_per_day: 10,
      pack_years: 5,
      brinkman_index: 100,
    });
  });

  it('reads "smoke free" / "tobacco free" without a hyphen and abstinence lengths as a quit', () => {
    expect(answer('Tobacco free since 2012.')).toMatchObject({ status: 'former', quit_year: 2012 });
    expect(answer('Smoke free x 4 yrs.')).toMatchObject({ status: 'former', quit_year: 2020 });
    expect(answer('Has stayed smoke free for 6 years.')).toMatchObject({
      status: 'former',
      quit_year: 2018,
    });
    expect(answer('Ex-smoker (20 yrs, 1 ppd), abstinent for 3 years.').quit_year).toBe(2021);
    expect(answer('Ex-smoker, quit 2011. Alcohol: abstinent for 2 years.').quit_year).toBe(2011);
  });

  it('reads two-digit years behind typographic apostrophes', () => {
    expect(answer('Former smoker, quit ‘01.').quit_year).toBe(2001);
    expect(answer('Smoked ~1 ppd ’85–’95.')).toMatchObject({ years_smoked: 10, quit_year: 1995 });
  });

  it('reads a bare Z87.891 on a problem list as former (decision 16)', () => {
    expect(answer('PMH: HTN, CKD3, Z87.891, OA.')).toMatchObject({ status: 'former', ...NONE });
  });

  it('reads telegraphic "ex-smk" and "pk/yr"', () => {
    expect(answer('SH: ex-smk, quit 2012. 1ppd x20y.')).toMatchObject({
      status: 'former',
      cigarettes_per_day: 20,
      years_smoked: 20,
    });
    expect(answer('Ex-smoker, 30 pk/yr hx, quit 2016.').pack_years).toBe(30);
  });

  it('reads a tobacco word whose parenthesis names a smokeless product as smokeless (decision 11)', () => {
    expect(answer('+tobacco (snuff, daily). EtOH socially.').status).toBe('unknown');
  });

  it("lets the clinician's correction of a screen's status win (decision 54)", () => {
    expect(
      answer(
        "Intake screen: Smoking status: Current smoker.\nOn review she has never smoked; the screen seems to have recorded her son's history. Correct smoking status in chart to never.",
      ).status,
    ).toBe('never');
  });
});

describe('abstinence lengths, worded fractions and undated quits (English left-overs)', () => {
  it('reads no years smoked from a duration that belongs to not smoking', () => {
    expect(
      answer('Non-smoker for the last 5 years; before that she smoked about 10 cigarettes a day.'),
    ).toMatchObject({
      status: 'former',
      cigarettes_per_day: 10,
      years_smoked: null,
      quit_year: 2019,
    });
    expect(
      answer('Now smoking 5 cigarettes a day again after stopping for three years.'),
    ).toMatchObject({
      status: 'current',
      cigarettes_per_day: 5,
      years_smoked: null,
      quit_year: null,
    });
    expect(
      answer('He is smoking again, 2 ppd, after giving up for 8 months.').years_smoked,
    ).toBeNull();
    // A smoking duration beside it is still read.
    expect(answer('Smoked 2 ppd for 12 years; non-smoker for 4 years now.')).toMatchObject({
      years_smoked: 12,
      quit_year: 2020,
    });
  });

  it('adds the half after a year or decade unit ("a decade and a half", "three years and a half")', () => {
    expect(answer('Smoked half a pack a day for a decade and a half, stopped 2015.')).toMatchObject(
      {
        cigarettes_per_day: 10,
        years_smoked: 15,
        quit_year: 2015,
      },
    );
    expect(
      answer('She smoked 20 cigarettes a day for three years and a half; quit in 2019.')
        .years_smoked,
    ).toBe(3.5);
    expect(answer('Two decades and a half of smoking at 1 ppd, quit 2010.').years_smoked).toBe(25);
  });

  it('dates a quit told by a month or season with no year (decisions 53, 57)', () => {
    expect(answer('Former smoker; last smoked in September.', 'en', '2024-03-10').quit_year).toBe(
      2023,
    );
    expect(answer('Former smoker; last smoked in February.', 'en', '2024-03-10').quit_year).toBe(
      2024,
    );
    expect(answer('She stopped smoking during the winter.', 'en', '2024-06-01').quit_year).toBe(
      2024,
    );
    expect(answer('Quit cigarettes in the early summer.', 'en', '2024-06-01').quit_year).toBe(2023);
    // A season of a named year or of an event is not the latest one.
    expect(answer('Quit smoking in the spring of 2016.').quit_year).toBe(2016);
    expect(answer('Former smoker, quit in the fall after his bypass.').quit_year).toBeNull();
  });

  it('lets a first-hand relapse with an amount beat a listed former status', () => {
    expect(
      answer('PMH lists former smoker. She says she is smoking about 10 cigarettes a day again.'),
    ).toMatchObject({ status: 'current', cigarettes_per_day: 10, quit_year: null });
    expect(answer('Smoking cessation discussed again; former smoker, quit 2012.').status).toBe(
      'former',
    );
  });

  it('dates the quit by the year a smoking was told in, when the quit follows it', () => {
    expect(answer('Smoked briefly in 1998, then stopped.')).toMatchObject({
      status: 'former',
      quit_year: 1998,
    });
    expect(answer('Started smoking in 1990, then quit.').quit_year).toBeNull();
    expect(answer('Was smoking in 1990, then quit in 1995.').quit_year).toBe(1995);
  });

  it('reads "former smoker x N yrs" as years smoked, not as the years since the quit', () => {
    expect(answer('Former smoker x 25 yrs, 1/2 ppd.')).toMatchObject({
      status: 'former',
      cigarettes_per_day: 10,
      years_smoked: 25,
      quit_year: null,
    });
    expect(answer('Ex-smoker of 6 years.').quit_year).toBe(2018);
  });
});

describe('a non-smoker counted in years or months has smoked before', () => {
  it.each<[string, number]>([
    ['Non-smoker for the last 5 years.', 2019],
    ['nonsmoker x 6 months', 2023],
  ])('%s → former, quit %i', (text, quitYear) => {
    expect(answer(text, 'en', '2024-06-01')).toMatchObject({
      status: 'former',
      quit_year: quitYear,
    });
  });

  it('keeps the amounts told beside it', () => {
    expect(
      answer('Has been a nonsmoker for 5 yrs, previously 1 ppd x 20 yrs.', 'en', '2024-06-01'),
    ).toMatchObject({ status: 'former', pack_years: 20, years_smoked: 20, quit_year: 2019 });
  });

  it('leaves a lifelong non-smoker never', () => {
    expect(answer('Lifelong non-smoker for 50 years.', 'en', '2024-06-01').status).toBe('never');
    expect(answer('Non-smoker.', 'en', '2024-06-01').status).toBe('never');
  });
});

describe('years smoked and quit timing (fsen62)', () => {
  const en = (text: string, noteDate = '2024-06-01') => answer(text, 'en', noteDate);

  it('reads a quit attempt that lasted weeks or months as a relapse', () => {
    expect(
      en('Smokes 15 cigs/day for 25 years; quit in 2019 with the gum, lasted 3 months.'),
    ).toMatchObject({
      status: 'current',
      cigarettes_per_day: 15,
      years_smoked: 25,
      quit_year: null,
    });
    // A quit that held for years is still a quit.
    expect(en('Smoked 1 ppd, quit in 2012 and it has lasted.').status).toBe('former');
  });

  it('ends a restarted period at a later quit counted back in years (decisions 61, 70)', () => {
    expect(
      en(
        'Smoked half a pack a day from 1985 until 2000; started again in 2005, stopped again 6 years ago.',
      ),
    ).toMatchObject({
      status: 'former',
      years_smoked: 28,
      quit_year: 2018,
      cigarettes_per_day: 10,
    });
  });

  it('keeps the figures of a comments row under a pick-list status that lost', () => {
    expect(
      en('Smoking Status: Never Smoker\nTobacco Comments: smoked 2 ppd for 12 yrs, quit 1999'),
    ).toMatchObject({
      status: 'former',
      cigarettes_per_day: 40,
      years_smoked: 12,
      quit_year: 1999,
    });
    expect(en('Tobacco status: Never\nComments: quit 2004').quit_year).toBe(2004);
  });

  it('reads a span to the present as current, counted from its start (decisions 3, 21)', () => {
    expect(en('Has smoked half a pack daily from 2004 to the present.')).toMatchObject({
      status: 'current',
      cigarettes_per_day: 10,
      years_smoked: 20,
    });
    expect(en('Cigarettes: 15/day, 2009-present.')).toMatchObject({
      status: 'current',
      years_smoked: 15,
    });
    expect(en('Smoking from age 17 to now, about a pack a day. Age 47.')).toMatchObject({
      status: 'current',
      years_smoked: 30,
    });
    // An abstinence to the present is no smoking.
    expect(en('Smoke-free from 2015 to present; smoked a pack a day before.').status).toBe(
      'former',
    );
  });

  it('reads parts of a century as years smoked', () => {
    expect(en('Smoked 2 ppd for a quarter of a century; quit 2001.')).toMatchObject({
      years_smoked: 25,
      pack_years: 50,
      quit_year: 2001,
    });
    expect(en('She smoked half a century, 10 a day, and quit in 2020.').years_smoked).toBe(50);
    expect(en('Quit a quarter century ago; smoked 1 ppd before.').years_smoked).toBeNull();
  });

  it('reads a value rounded from just below as the value (JA decision 69)', () => {
    expect(en('Smoked for almost 25 years, a pack a day; quit 2011.').years_smoked).toBe(25);
    expect(en('Smokes 10 cigarettes a day, close to 15 years now.').years_smoked).toBe(15);
    expect(en('Smoked 1 ppd for just under 20 years, quit 2000.').years_smoked).toBe(20);
    // An open bound stays no value (decision 20).
    expect(en('Smoked 1 ppd for over 20 years, quit 2000.').years_smoked).toBeNull();
  });

  it('reads a telegraphic "Off cigarettes x N yrs" as a quit, not years smoked', () => {
    expect(en('Off cigs x 4 yrs.')).toMatchObject({
      status: 'former',
      quit_year: 2020,
      years_smoked: null,
    });
    expect(en('Off tobacco for 6 years.')).toMatchObject({
      status: 'former',
      quit_year: 2018,
      years_smoked: null,
    });
    // A quit with a later abstinence of some years is no years smoked either.
    expect(
      en("Smoked from 16; quit again in '02 for about five years, then restarted.").years_smoked,
    ).toBeNull();
  });

  it('dates an abstinence since a month with no year to its latest such month (decision 57)', () => {
    expect(en('Has not smoked since February.')).toMatchObject({
      status: 'former',
      quit_year: 2024,
    });
    expect(en('No cigarettes since November, smoked 1 ppd before.')).toMatchObject({
      status: 'former',
      quit_year: 2023,
    });
  });

  it('reads a range of packs in words as its midpoint (decision 2)', () => {
    expect(en('Smokes one pack or two a day.').cigarettes_per_day).toBe(30);
    expect(en('Smokes a quarter to half a pack a day.').cigarettes_per_day).toBe(7.5);
    expect(en('Smokes a pack or so daily.').cigarettes_per_day).toBe(20);
  });
});

describe('non-native and foreign-unit wording (English)', () => {
  const en = (text: string) => answer(text, 'en', '2024-06-01');

  it('reads "since / from / during N years" after a smoking word as the years smoked', () => {
    expect(en('She smokes 15 cigarettes daily since 12 years.')).toMatchObject({
      status: 'current',
      cigarettes_per_day: 15,
      years_smoked: 12,
      brinkman_index: 180,
    });
    expect(en('Smoker since 18 years, half pack per day.').years_smoked).toBe(18);
    expect(en('He has been smoking 2 packs per day from 15 years.').years_smoked).toBe(15);
    expect(en('Smoking one pack/day from last 22 years.').years_smoked).toBe(22);
    // Not an interval back, an age, a start or another disease.
    expect(en('Smokes 1 pack daily since 15 years ago.').years_smoked).toBeNull();
    expect(en('Smoker, 1 ppd. Started smoking from 17 years of age.').years_smoked).toBeNull();
    expect(en('Hypertensive since 12 years. Smoker 10 cig/day.').years_smoked).toBeNull();
  });

  it('reads a past smoking then "now is not smoking" as former', () => {
    expect(
      en('She was smoking 10 cigarettes a day during 15 years, now she is not smoking.'),
    ).toMatchObject({
      status: 'former',
      cigarettes_per_day: 10,
      years_smoked: 15,
    });
    expect(en('Patient is not smoking.').status).toBe('never');
  });

  it('dates non-native quits: "before N years", "N years before", "left smoking", "from YEAR", "since N years"', () => {
    expect(en('She stopped smoking before 6 years.')).toMatchObject({
      status: 'former',
      quit_year: 2018,
    });
    expect(en('1 ppd for 25 years, quit smoking 4 years before.').quit_year).toBe(2020);
    expect(en('He left smoking 7 years back.')).toMatchObject({
      status: 'former',
      quit_year: 2017,
    });
    expect(en('Ex-smoker; left tobacco in 2010.').quit_year).toBe(2010);
    expect(en('Tobacco: 10/d x 15y, stop smoking from 2016.')).toMatchObject({
      status: 'former',
      quit_year: 2016,
    });
    expect(en('Nonsmoker since 5 years (smoked before).')).toMatchObject({
      status: 'former',
      quit_year: 2019,
    });
    // "left" in general is no quit, nor a quit dated by an undated event.
    expect(en('He left the smoking area. Denies tobacco.').status).toBe('never');
    expect(en('Stopped smoking 3 years before his surgery.').quit_year).toBeNull();
  });

  it('reads box / pcs / pieces / sticks / 本 counts as cigarettes a day', () => {
    expect(en('Smokes 2 box per day.').cigarettes_per_day).toBe(40);
    expect(en('Smoking: 15 pcs/day x 10 years.')).toMatchObject({
      status: 'current',
      cigarettes_per_day: 15,
      years_smoked: 10,
      pack_years: 7.5,
    });
    expect(en('Current smoker, about 8 sticks daily.').cigarettes_per_day).toBe(8);
    expect(en('Tobacco: 12 pieces a day, still smoking.').cigarettes_per_day).toBe(12);
    expect(en('Smoking: 25本/日, current.').cigarettes_per_day).toBe(25);
    // Pieces of nicotine gum and heated-tobacco sticks are no cigarettes.
    expect(en('Never smoker. Nicotine gum 6 pieces per day.').cigarettes_per_day).toBeNull();
    expect(en('Current smoker, IQOS 10 sticks a day.').cigarettes_per_day).toBeNull();
  });
});

describe('English status and resolution: advice, past amounts, copied blocks, era years (fsp3a)', () => {
  const en = (text: string) => answer(text);

  it('reads advice not to start, or to avoid, smoking as counselling', () => {
    expect(en('No tobacco use. Counseled her to avoid smoking around the baby.').status).toBe(
      'never',
    );
    expect(en('Never used tobacco; encouraged him never to start smoking.').status).toBe('never');
    expect(en('Talked with parents about avoiding cigarettes and vaping.').status).toBe('unknown');
    expect(en('Anticipatory guidance: helmet use, never start smoking.').status).toBe('unknown');
    expect(en('Ex-smoker, quit 2017. Advised him not to take up smoking again.')).toMatchObject({
      status: 'former',
      quit_year: 2017,
    });
  });

  it('prefers the present amount over a reduction that is over', () => {
    expect(en('Smoking 12 a day again. She was down to 3/day in the spring.')).toMatchObject({
      status: 'current',
      cigarettes_per_day: 12,
    });
    expect(
      en('Smokes 2 ppd. Had cut back to 1 ppd in 2021 but is back up to 2 packs a day.')
        .cigarettes_per_day,
    ).toBe(40);
    expect(
      en('Smoking: up to half a pack daily after managing 4 a day in March.').cigarettes_per_day,
    ).toBe(10);
    // Present perfect is today's amount.
    expect(en('Current smoker; has been down to 6 a day since his MI.').cigarettes_per_day).toBe(6);
  });

  it('lets a block copied from an older note lose to the present statement', () => {
    expect(
      en('Plan: nicotine patch; smokes daily.\nSocial hx (from 2020 note): Never smoker.').status,
    ).toBe('current');
    expect(
      en('He reports smoking about 8 a day this year.\nTobacco (copied from prior): Never smoker.'),
    ).toMatchObject({ status: 'current', cigarettes_per_day: 8 });
  });

  it('reads Japanese era years and plus/minus marks in English notes', () => {
    expect(en('Smoking: ex-smoker, quit in H27.')).toMatchObject({
      status: 'former',
      quit_year: 2015,
    });
    expect(en('Former smoker, stopped in R2.').quit_year).toBe(2020);
    expect(en('Smoking history: 15/day x 30 years (BI 450), stopped in H30.')).toMatchObject({
      status: 'former',
      quit_year: 2018,
      brinkman_index: 450,
    });
    expect(en('Tobacco: (+), 10/day.').status).toBe('current');
    expect(en('Smoking (-), alcohol (+).').status).toBe('never');
  });
});

describe('yes/no answers in template rows and questionnaires (fsyn, EN decision 87)', () => {
  const status = (text: string, language: Language = 'en') => answer(text, language).status;

  it('reads a plain smoking question answered No as never, a time-worded one as unknown', () => {
    expect(status('Pre-visit form\nAre you a smoker?  No')).toBe('never');
    expect(status('Smokes?   no')).toBe('never');
    expect(status('Does the patient smoke? NO')).toBe('never');
    expect(status('Nicotine user? - no')).toBe('never');
    expect(status('Do you smoke cigarettes?  Yes')).toBe('current');
    expect(status('Are you currently a smoker?  No')).toBe('unknown');
    expect(status('Have you smoked in the last 30 days?  No')).toBe('unknown');
  });

  it('lets a plain No lose to smoking told elsewhere in the note', () => {
    expect(answer('Are you a smoker?  No\nEver smoked?  Yes')).toMatchObject({ status: 'former' });
    expect(answer('Smokes?  No\nStopped smoking in 2012.')).toMatchObject({
      status: 'former',
      quit_year: 2012,
    });
    expect(answer('Do you smoke?  No\nYear you quit?  2009')).toMatchObject({
      status: 'former',
      quit_year: 2009,
    });
    expect(status('Smoker?  No\nUsed 2 ppd for 15 years.')).toBe('former');
  });

  it('reads the marked option among printed Yes/No choices', () => {
    expect(status('Cigarettes: Yes [ ]  No [X]')).toBe('never');
    expect(status('Tobacco: Yes/(No)')).toBe('never');
    expect(status('Tobacco: (Yes)/No')).toBe('current');
    expect(status('Smoker: Yes ☐ No ☑')).toBe('never');
    expect(status('Tobacco use: Yes / No ✔')).toBe('never');
    expect(status('Cigarettes: Yes [x]  No [ ]')).toBe('current');
    expect(status('Smoking history: Yes [X] No [ ]')).toBe('unknown');
  });

  it('reads -ve and +ve row values', () => {
    expect(status('Cigarettes: -ve')).toBe('never');
    expect(status('Tob: +ve')).toBe('current');
  });

  it('reads Japanese rows answered いいえ as never, present-tense questions as unknown', () => {
    expect(status('タバコ：いいえ', 'ja')).toBe('never');
    expect(status('喫煙歴の有無：いいえ', 'ja')).toBe('never');
    expect(status('煙草　いいえ', 'ja')).toBe('never');
    expect(status('喫煙の有無：はい', 'ja')).toBe('current');
    expect(status('今も、たばこを習慣的に吸っていますか　いいえ', 'ja')).toBe('unknown');
    expect(status('現在、たばこを吸っていますか　はい', 'ja')).toBe('current');
  });

  it('reads the marked はい/いいえ of a Japanese row', () => {
    expect(status('タバコ　はい・（いいえ）', 'ja')).toBe('never');
    expect(status('タバコ　（はい）・いいえ', 'ja')).toBe('current');
    expect(status('煙草：□はい　■いいえ', 'ja')).toBe('never');
    expect(status('煙草：■はい　□いいえ', 'ja')).toBe('current');
    expect(status('喫煙：◯いいえ', 'ja')).toBe('never');
    expect(status('喫煙：はい／いいえ〇', 'ja')).toBe('never');
    expect(status('たばこ：〇はい　いいえ', 'ja')).toBe('current');
    expect(status('喫煙：はい・いいえ✓', 'ja')).toBe('never');
    expect(status('喫煙歴　■はい　□いいえ', 'ja')).toBe('unknown');
  });
});

describe('years smoked and quit timing pieced together (fsen63)', () => {
  const en = (text: string, noteDate = '2024-06-01') => answer(text, 'en', noteDate);

  it('reads a pack-years label followed by its arithmetic with units as the result', () => {
    expect(en('Former smoker, quit 2010.\nPack-years: 2 ppd x 15 yrs = 30.').pack_years).toBe(30);
    expect(en('Former smoker.\nPack-year history: 1.5 packs/day x 20 years = 30').pack_years).toBe(
      30,
    );
  });

  it('reads "stopped for a while but went back" as a relapse, not "went back to work"', () => {
    expect(
      en(
        'Smokes about 10 a day. He stopped for two months in 2021 but went back when his job got busy.',
      ),
    ).toMatchObject({ status: 'current', quit_year: null, cigarettes_per_day: 10 });
    expect(en('She quit smoking in 2015 and went back to work the same year.')).toMatchObject({
      status: 'former',
      quit_year: 2015,
    });
  });

  it('dates a quit by a tobacco diagnosis in remission since a date', () => {
    expect(
      en(
        'Smoked 1 ppd for 30 years.\nProblems: nicotine dependence, cigarettes, in remission since 03/2022.',
      ),
    ).toMatchObject({ status: 'former', quit_year: 2022 });
  });

  it('dates "has not smoked since" a holiday with no year to the latest one before the note', () => {
    expect(
      en('Used to smoke half a pack a day. Has not smoked since Thanksgiving.', '2024-02-20'),
    ).toMatchObject({ status: 'former', quit_year: 2023 });
  });

  it('does not give the patient the end of a relative whose smoking he lived with', () => {
    expect(
      en(
        "He smoked 20 a day for 15 years and quit in his thirties. He lived with his wife's smoking until she passed away in 2019.",
      ),
    ).toMatchObject({ status: 'former', quit_year: null, years_smoked: 15 });
  });

  it('keeps the cigarette numbers before a switch to cigars that the sentence ends (decision 66)', () => {
    expect(
      en('Smoked 1 ppd from 1980 to 2000, then switched to a pipe until 2015. Nothing since.'),
    ).toMatchObject({
      status: 'former',
      cigarettes_per_day: 20,
      years_smoked: 20,
      pack_years: 20,
      quit_year: 2015,
    });
  });

  it('reads a start year told in apposition after the start, summed over the periods', () => {
    expect(
      en(
        'Smoking: began at 17, in 1985. Stopped in 2000, restarted in 2004 and finally stopped in 2014. One pack a day.',
      ),
    ).toMatchObject({ status: 'former', years_smoked: 25, pack_years: 25, quit_year: 2014 });
    expect(
      en(
        'Smoking: started in the army, around 1990. Quit in 2005; restarted in 2019. Now 10 cigarettes a day.',
      ),
    ).toMatchObject({ status: 'current', years_smoked: 20, cigarettes_per_day: 10 });
  });

  it('takes the patient back as the topic after a same-sex relative acts on "him"', () => {
    expect(
      en(
        '70 y/o M.\nSocial: Widowed; his son drives him to visits. He smoked 2 packs a day and quit 8 years ago.',
      ),
    ).toMatchObject({ status: 'former', cigarettes_per_day: 40, quit_year: 2016 });
    // The rest of the relative's own sentence stays the relative's.
    expect(
      en('68 y/o M, never smoker.\nHis brother, who farmed with him, smoked and quit in 2005.'),
    ).toMatchObject({ status: 'never', quit_year: null });
  });
});

describe('other habits beside smoking: comma lists, paired rows, joint subjects, drug quits (fsp4b)', () => {
  it.each<[string, SmokingAnnotation['status'], number | null]>([
    // A negated drink or drug heading a comma list does not reach the smoking told after it.
    ['Denies alcohol, smokes about 15 cigarettes a day.', 'current', 15],
    ['No ETOH, current everyday smoker.', 'current', null],
    ['Never drinks alcohol, smokes occasionally.', 'current', null],
    ['Denies illicits, tob 1/2 ppd.', 'current', 10],
    // …but a list of what is denied stays negated.
    ['Denies EtOH, tobacco, or drugs.', 'never', null],
    ['Never drinks, smokes, or uses drugs.', 'never', null],
  ])('%s → %s', (text, status, cpd) => {
    expect(answer(text)).toMatchObject({ status, cigarettes_per_day: cpd });
  });

  it.each<[string, SmokingAnnotation['status']]>([
    // Paired rows read by position: tobacco's own value.
    ['ETOH/tob: +/-', 'never'],
    ['Tob/alcohol: -/+', 'never'],
    ['Alcohol/tob: no/yes', 'current'],
    ['Drugs/EtOH/Tobacco: -/-/+', 'current'],
    ['Etoh/smoking: denies/current', 'current'],
    // A list signed item by item.
    ['+etoh, -tob, -ivdu', 'never'],
  ])('paired row %s → %s', (text, status) => {
    expect(answer(text).status).toBe(status);
  });

  it.each<[string, SmokingAnnotation['status'], number | null, number | null]>([
    // The patient and a relative as one subject.
    ['Patient and husband stopped smoking in 2013.', 'former', 2013, null],
    ['Pt and brother quit together in 2013.', 'former', 2013, null],
    ['Pt and wife: former smokers, quit 2013.', 'former', 2013, null],
    ['Patient and his partner smoke 1 ppd each.', 'current', null, 20],
    ['Patient and husband are both current smokers.', 'current', null, null],
  ])('joint subject %s → %s', (text, status, quit, cpd) => {
    expect(answer(text)).toMatchObject({ status, quit_year: quit, cigarettes_per_day: cpd });
  });

  it.each<[string, SmokingAnnotation['status'], number | null]>([
    // A quit of a drug or another habit in its own row is not a smoking quit.
    ['Never smoker. Heroin: stopped 2017.', 'never', null],
    ['Denies tobacco. Meth - quit 6 years ago.', 'never', null],
    ['Former smoker, quit 2009. Cocaine: quit 2017.', 'former', 2009],
    ['Smokes 1/2 ppd. Crack: smoked x 4 yrs, quit 2018.', 'current', null],
    ['Nonsmoker. Recreational drugs: stopped 2011.', 'never', null],
    ['Never smoker. Gambling - quit last year.', 'never', null],
  ])('other habit %s → %s', (text, status, quit) => {
    expect(answer(text)).toMatchObject({ status, quit_year: quit });
  });
});

describe('a time told in a clause about something else (English)', () => {
  it.each<[string, SmokingAnnotation['status'], number | null, number | null]>([
    // A duration or start of another condition, event or role after a comma or semicolon.
    ['Smokes a pack a day, asthma x 20 yrs.', 'current', 20, null],
    ['Smokes 15 cigarettes a day; psoriasis for 12 years.', 'current', 15, null],
    ['Current smoker, on CPAP x 6 years.', 'current', null, null],
    ['Smoker, working as a welder for 25 years.', 'current', null, null],
    ['Smoker w/ hep C x 15 yrs.', 'current', null, null],
    ['Smokes 1 ppd, hemodialysis since 2016.', 'current', 20, null],
    ['Smoker; Crohn’s since age 20.', 'current', null, null],
    // The smoking's own clause keeps its time.
    ['Smokes 1 ppd x 30 yrs, asthma.', 'current', 20, 30],
    ['Has smoked for 25 years, gout.', 'current', null, 25],
    ['10 cig/day, has done so for 30 years.', 'current', 10, 30],
    ['Smoker, "a pack a day, give or take" for 40 years.', 'current', 20, 40],
    ['Smoker, 1 ppd, Marlboro Lights x 20 yrs.', 'current', 20, 20],
  ])('%s → %s', (text, status, cpd, years) => {
    expect(answer(text)).toMatchObject({
      status,
      cigarettes_per_day: cpd,
      years_smoked: years,
    });
  });

  it.each<[string, SmokingAnnotation['status'], number | null, number | null]>([
    // A past time of another event does not make the smoking amount past.
    ['Tobacco: 1 ppd, appendectomy 10 years ago.', 'current', 20, null],
    ['Smoking: 15 cig/day, MI 4 years ago.', 'current', 15, null],
    ['Smoking: 1 ppd, diagnosed with asthma 12 years ago.', 'current', 20, null],
    // Nor a quit or time under another label of the row.
    ['Tobacco: 1 ppd, Alcohol: quit 5 years ago.', 'current', 20, null],
    ['Tob: 1 ppd, cocaine: stopped 2019.', 'current', 20, null],
    ['Smoking: 10 cig/day; Drugs: quit 2012.', 'current', 10, null],
    // The smoking's own quit stays.
    ['Smoking: 1 ppd, quit 10 years ago.', 'former', 20, 2014],
    ['Alcohol: social, Tobacco: quit 2016.', 'former', null, 2016],
  ])('%s → %s', (text, status, cpd, quit) => {
    expect(answer(text)).toMatchObject({ status, cigarettes_per_day: cpd, quit_year: quit });
  });
});

describe('several questions on one line (fsp4c, decision 87)', () => {
  it.each<[string, SmokingAnnotation['status']]>([
    // The next question's answer does not reach the smoking question's.
    ['Are you a smoker? No. Do you drink? Yes, a beer at dinner.', 'never'],
    ['Tobacco user? No. Recreational drugs? Yes.', 'never'],
    ['Do you smoke? No.', 'never'],
    ['Smokes? Yes. Alcohol? No.', 'current'],
  ])('%s → %s', (text, status) => {
    expect(answer(text).status).toBe(status);
  });
});

describe('fsml3: a plain No, a quit after it and ex-smoker questions (decision 87)', () => {
  it.each<[string, Partial<SmokingAnnotation>]>([
    // The answer's No negates its question, not the quit told after it.
    ['Smoker? No. Quit 2010.', { status: 'former', quit_year: 2010 }],
    ['Do you smoke? No. Quit 5 years ago.', { status: 'former', quit_year: 2019 }],
    ['Tobacco user? No, quit 2012.', { status: 'former', quit_year: 2012 }],
    ['Smoker? No. Drinks? Yes.', { status: 'never' }],
    // A question whether the patient is a former smoker: yes is former, no is never.
    ['Former smoker? Yes', { status: 'former' }],
    ['Ex smoker? Yes', { status: 'former' }],
    ['Are you a former smoker? Yes', { status: 'former' }],
    ['Ex-smoker? No', { status: 'never' }],
  ])('%s', (text, expected) => {
    expect(answer(text)).toMatchObject(expected);
  });
});

describe('fsml3: the patient named again after a relative, and a companion of the quit', () => {
  it.each<[string, SmokingAnnotation['status'], number | null]>([
    ['Husband smokes; patient quit 2010.', 'former', 2010],
    ['Her husband still smokes; the patient quit 2015.', 'former', 2015],
    ['Wife smokes 1 ppd; patient quit in 2012.', 'former', 2012],
    ['Quit when her husband quit in 2010.', 'former', 2010],
    ['Stopped smoking when his wife quit in 2005.', 'former', 2005],
    ['Quit along with her husband in 2010.', 'former', 2010],
    // The relative's own quit stays the relative's.
    ['Husband quit in 2010.', 'unknown', null],
    ['Husband quit when his wife quit in 2010.', 'unknown', null],
  ])('%s → %s', (text, status, quit) => {
    expect(answer(text)).toMatchObject({ status, quit_year: quit });
  });
});

describe('fsml3: rows and lists after a status head, closing quits, present denials', () => {
  it.each<[string, Partial<SmokingAnnotation>]>([
    // A restart after a dated quit: the start age gives no years (decisions 56 and 61).
    [
      '49 yo M. Started smoking at 16. Quit in 2015 but started again last spring; now about 10 a day.',
      { status: 'current', cigarettes_per_day: 10, years_smoked: null, pack_years: null },
    ],
    ['Former smoker, about 20 years, quit 2015.', { status: 'former', years_smoked: 20 }],
    ['Ex-smoker, approx 30 yrs, quit 2010.', { status: 'former', years_smoked: 30 }],
    [
      '1 ppd 1985-2005, now not smoking.',
      { status: 'former', years_smoked: 20, quit_year: 2005, cigarettes_per_day: 20 },
    ],
    ['10 cigs/day 1990-2012, not smoking anymore.', { status: 'former', quit_year: 2012 }],
    ['Smokes 1 ppd; not smoking now while admitted.', { status: 'current' }],
    ['Tobacco: 1 ppd x 20 yrs, quit.', { status: 'former', years_smoked: 20, pack_years: 20 }],
    ['1 ppd x 20 yrs; stopped.', { status: 'former', cigarettes_per_day: 20 }],
    ['Tobacco: 1 ppd, quit, restarted 2020.', { status: 'current' }],
    ['Alcohol: 2 beers/day, quit.', { status: 'unknown' }],
    ['Tobacco: 10/day (up from 5/day last year).', { status: 'current', cigarettes_per_day: 10 }],
  ])('%s', (text, expected) => {
    expect(answer(text)).toMatchObject(expected);
  });
});
