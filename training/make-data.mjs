// Builds the model training data from the project's own samples: the training splits listed in
// TRAINING_SPLITS (dev*, never devtest) of the smoking and genetics gold sets, plus generated
// sentences (below), cut into the sentences the runtime
// gives the model (Pipeline.candidateSentences), labelled by the rule extractor ("silver") and
// checked against the gold answer: a smoking note whose rule status differs from gold adds no
// status sentences. Run from the repository root after `npm run build`:
//   node training/make-data.mjs
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { seededRandom } from '../dist/bench/corpus.js';
import { loadPipeline } from '../dist/src/load-pipeline.js';
import { GENETIC_KINDS } from '../dist/src/vocab/schemas.js';

const pipeline = loadPipeline();
const TAGS = {
  packs_per_day: 'PPD',
  cigarettes_per_day: 'CPD',
  years_smoked: 'YEARS',
  year_span: 'YEARS',
  pack_years: 'PACK_YEARS',
  brinkman_index: 'BRINKMAN',
  quit_year: 'QUIT',
  quit_years_ago: 'QUIT',
};
// Classes a finding has beyond its gene: a VARIANT span follows the gene.
const VARIANT_KINDS = new Set(GENETIC_KINDS.filter((kind) => kind !== 'other'));

function readJsonl(path) {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l));
}

// The training splits the shipped models were trained on, named so that a split added later
// (a new blind batch) does not silently change the data. Never a devtest split.
const TRAINING_SPLITS = {
  smoking: ['dev', 'dev2', 'dev3', 'dev4', 'dev5', 'dev6', 'dev7'],
  genetics: ['dev', 'dev2', 'dev3', 'dev4', 'dev5', 'dev6'],
};

function splits() {
  const found = [];
  for (const [task, names] of Object.entries(TRAINING_SPLITS)) {
    for (const lang of ['en', 'ja']) {
      for (const name of names) {
        if (name.includes('test')) throw new Error(`${name}: a test split is never training data`);
        const dir = join('samples', task, lang);
        found.push({
          task,
          lang,
          notes: join(dir, `notes-${name}.jsonl`),
          gold: join(dir, `gold-${name}.jsonl`),
        });
      }
    }
  }
  return found.sort((a, b) => a.notes.localeCompare(b.notes));
}

// Code-point offsets for Python (str indices), from UTF-16 offsets.
const cp = (text, offset) => [...text.slice(0, offset)].length;

function statusOf(mention) {
  const m = /^(won|lost|used): (current|former|never)/.exec(mention.decision);
  return m ? m[2] : null;
}

/** The smoking status a sentence states for the patient, or "other". */
function sentenceStatus(mentions) {
  const judged = mentions
    .filter((m) => m.type === 'status')
    .map(statusOf)
    .filter(Boolean);
  const won = mentions.find((m) => m.type === 'status' && m.decision.startsWith('won:'));
  if (won) return statusOf(won);
  return judged.at(-1) ?? 'other';
}

/** Gene and variant spans inside a genetic finding mention (UTF-16, note offsets). */
function geneticSpans(mention) {
  const spans = [];
  const gene = /(?<![A-Za-z0-9])[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*/g;
  let g;
  for (g = gene.exec(mention.text); g; g = gene.exec(mention.text)) {
    if (/[A-Z]/.test(g[0]) && /[A-Z0-9]{2}/.test(g[0])) break;
  }
  if (!g) return spans;
  const geneStart = mention.start + g.index;
  spans.push([geneStart, geneStart + g[0].length, 'GENE']);
  const value = mention.value ?? {};
  if (!(value.hgvsC || value.hgvsP || VARIANT_KINDS.has(value.kind))) return spans;
  const rest = mention.text.slice(g.index + g[0].length);
  const lead = /^[\s|:：,、()（）-]*/.exec(rest)[0].length;
  const body = rest.slice(lead).replace(/[\s|:：,、.。]+$/, '');
  if (body.length > 0 && body.length <= 80) {
    const start = geneStart + g[0].length + lead;
    spans.push([start, start + body.length, 'VARIANT']);
  }
  return spans;
}

const status = [];
const tagger = [];
const seen = new Set();
for (const split of splits()) {
  const gold = new Map(readJsonl(split.gold).map((g) => [g.note_id, g]));
  for (const raw of readJsonl(split.notes)) {
    const note = {
      noteId: raw.note_id,
      text: raw.note_text,
      language: raw.language,
      noteDate: raw.note_date ?? null,
      noteType: raw.note_type ?? null,
    };
    const result = pipeline.run(note);
    const goldNote = gold.get(raw.note_id);
    const statusAgrees =
      split.task !== 'smoking' || goldNote?.smoking?.status === result.annotation.smoking.status;
    const bucket = createHash('sha256').update(raw.note_id).digest()[0] < 26 ? 'valid' : 'train';
    for (const sentence of pipeline.candidateSentences(note)) {
      const key = `${note.language}|${sentence.text}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const inside = result.mentions.filter(
        (m) => m.start >= sentence.start && m.end <= sentence.end,
      );
      const smoking = inside.filter((m) => m.extractor === 'smoking');
      const base = { text: sentence.text, lang: note.language, split: bucket, note: raw.note_id };
      if (statusAgrees) status.push({ ...base, label: sentenceStatus(smoking) });
      const spans = [];
      for (const m of smoking) {
        const tag = TAGS[m.type];
        if (tag && !m.decision.startsWith('ignored')) spans.push([m.start, m.end, tag]);
      }
      for (const m of inside) {
        if (m.extractor === 'genetics' && m.type === 'finding') spans.push(...geneticSpans(m));
      }
      // Overlapping spans (a quit statement that is also a year): keep the first, longest.
      spans.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
      const kept = [];
      for (const s of spans) if (!kept.length || s[0] >= kept.at(-1)[1]) kept.push(s);
      tagger.push({
        ...base,
        spans: kept.map(([s, e, t]) => [
          cp(sentence.text, s - sentence.start),
          cp(sentence.text, e - sentence.start),
          t,
        ]),
      });
    }
  }
}

// Project-generated sentences: status and amount phrasings in many shapes, labelled by
// construction (not by the rules), so the model sees more than the samples' few hundred
// status sentences. Seeded: the same sentences on every run.
const rand = seededRandom(20261129);
const pick = (list) => list[Math.floor(rand() * list.length)];
const int = (lo, hi) => lo + Math.floor(rand() * (hi - lo + 1));

// A template: text with {slot} markers; a slot's value is tagged when the slot is a tag name.
const EN = {
  current: [
    'Current every day smoker, {PPD} x {YEARS}.',
    'Smokes {PPD}.',
    'She smokes {CPD}.',
    'Tobacco: current smoker ({PACK_YEARS}).',
    'Active smoker, {PACK_YEARS}.',
    'Pt still smoking {PPD}, not ready to quit.',
    'Smoking status: Current Some Day Smoker',
    'tob: + {PPD}',
    'He continues to smoke about {CPD}.',
    'Reports smoking cigars daily.',
    'Smokes a pipe most evenings.',
    'Currently smoking {PPD} for {YEARS}.',
    'Relapsed and is smoking again, {CPD}.',
    'Tobacco Use: Current',
    'Uses hookah on weekends.',
  ],
  former: [
    'Former smoker, quit {QUIT}.',
    'Ex-smoker ({PACK_YEARS}), quit {QUIT}.',
    'Quit smoking {QUIT}.',
    'Remote hx of tobacco, {PPD} x {YEARS}, quit {QUIT}.',
    'Smoking status: Former Smoker',
    'Former smoker.',
    'Stopped smoking {QUIT} after {YEARS} of {PPD}.',
    'Smoked {CPD} for {YEARS}, quit {QUIT}.',
    'Tobacco Use: Former',
    'Has not smoked since {QUIT}.',
    'Prior tobacco use, {PACK_YEARS}.',
    'Gave up cigarettes {QUIT}.',
    'Previously smoked {PPD}, quit {QUIT}.',
  ],
  never: [
    'Never smoker.',
    'Denies tobacco use.',
    'Lifelong nonsmoker.',
    'Non-smoker.',
    'No tob/etoh/drugs.',
    'Smoking: never',
    'Tobacco Use: Never',
    'Smoking status: Never Smoker',
    'Denies smoking, alcohol or drug use.',
    'She has never smoked.',
    'No history of tobacco use.',
    'Does not smoke.',
    'Never used tobacco products.',
  ],
  other: [
    'Father smoked {PPD} for {YEARS}.',
    'Mother is a heavy smoker.',
    'Exposed to second-hand smoke at work.',
    'Counseled on smoking cessation for 5 minutes.',
    'Smoking cessation materials provided.',
    'If she starts smoking again, follow up.',
    'Vapes daily, no tobacco.',
    'Husband smokes at home.',
    'Discussed risks of smoking with patient and family.',
    'Uses e-cigarettes only.',
    'Lung cancer screening criteria reviewed.',
    'Smoke detectors in the home.',
    'Brother smokes cigarettes.',
  ],
};
const JA = {
  current: [
    '喫煙：現在{CPD}（{YEARS}）。',
    '現喫煙者、{CPD}×{YEARS}。',
    '喫煙歴あり（現在も喫煙中）、{BRINKMAN}。',
    '喫煙{CPD}×{YEARS}、禁煙の意思なし。',
    'タバコは{CPD}吸っている。',
    '喫煙：現在',
    '毎日{CPD}喫煙している。',
  ],
  former: [
    '元喫煙者（{CPD}×{YEARS}、{QUIT}禁煙）。',
    '喫煙歴：{CPD}×{YEARS}、{QUIT}禁煙。',
    '喫煙：過去',
    '禁煙中（{QUIT}禁煙）。',
    '既往喫煙、{BRINKMAN}。',
    '以前は{CPD}吸っていたが{QUIT}禁煙。',
    '過去喫煙者、禁煙{QUIT_SINCE}。',
  ],
  never: [
    '喫煙歴なし。',
    '非喫煙者。',
    '喫煙：なし',
    '喫煙・飲酒なし。',
    'タバコは吸わない。',
    '喫煙歴：なし、飲酒：機会飲酒。',
    '生涯非喫煙。',
  ],
  other: [
    '父：喫煙（{CPD}）。',
    '夫が喫煙者で受動喫煙あり。',
    '禁煙指導を行った。',
    '禁煙外来を案内した。',
    '母は喫煙者であった。',
    '受動喫煙：職場であり。',
    '電子タバコのみ使用。',
    '喫煙による肺癌リスクについて説明した。',
  ],
};
const VALUES = {
  en: {
    PPD: () =>
      pick([
        `${pick(['1', '2', '0.5', '1.5', '½', '1/2', '3'])} ${pick(['ppd', 'packs per day', 'pack/day', 'PPD'])}`,
        'a pack a day',
        'half a pack per day',
        `${int(1, 3)} packs/day`,
      ]),
    CPD: () =>
      `${int(3, 40)} ${pick(['cigarettes a day', 'cig/d', 'cpd', 'cigarettes per day', 'cigs/day'])}`,
    YEARS: () => pick([`${int(5, 50)} years`, `${int(5, 50)} yrs`, `${int(5, 50)}y`]),
    PACK_YEARS: () =>
      `${int(5, 80)} ${pick(['pack-years', 'pk-yr', 'pack year history', 'PY', 'pack-year'])}`,
    QUIT: () =>
      pick([
        `in ${int(1975, 2024)}`,
        `${int(2, 30)} years ago`,
        `'${String(int(0, 19)).padStart(2, '0')}`,
        `${int(1975, 2024)}`,
      ]),
  },
  ja: {
    CPD: () => `${int(5, 40)}${pick(['本/日', '本', '本／日'])}`,
    YEARS: () => `${int(5, 50)}${pick(['年間', '年'])}`,
    BRINKMAN: () =>
      `${pick(['BI', 'ブリンクマン指数', '喫煙指数', 'BI='])}${pick(['', ' '])}${int(100, 1500)}`,
    QUIT: () =>
      pick([
        `${int(2, 30)}年前に`,
        `${int(1980, 2024)}年に`,
        `平成${int(1, 30)}年に`,
        `令和${int(1, 6)}年に`,
      ]),
    QUIT_SINCE: () => `${int(2, 30)}年`,
  },
};

function fill(template, lang) {
  let text = '';
  const spans = [];
  let last = 0;
  for (const m of template.matchAll(/\{([A-Z_]+)\}/g)) {
    text += template.slice(last, m.index);
    const value = VALUES[lang][m[1]]();
    const tag = m[1] === 'QUIT_SINCE' ? 'QUIT' : m[1];
    const start = [...text].length;
    text += value;
    // Python offsets are code points; a tag covers the number and its unit, not "in"/"に".
    const core = value.replace(/^in /, '').replace(/に$/, '');
    const lead = value.indexOf(core);
    spans.push([
      start + [...value.slice(0, lead)].length,
      start + [...value.slice(0, lead)].length + [...core].length,
      tag,
    ]);
    last = m.index + m[0].length;
  }
  text += template.slice(last);
  return { text, spans };
}

for (const [lang, table] of [
  ['en', EN],
  ['ja', JA],
]) {
  for (let i = 0; i < (lang === 'en' ? 2400 : 1600); i += 1) {
    const label = pick(['current', 'former', 'never', 'other', 'current', 'former']);
    const first = fill(pick(table[label]), lang);
    // Half the sentences carry a neutral lead ("Social History:", "【生活歴】") before the cue.
    const lead =
      rand() < 0.5
        ? pick(
            lang === 'en'
              ? ['Social History: ', 'SH: ', 'Social: ', 'Habits - ', '']
              : ['【生活歴】', '生活歴：', '嗜好：', ''],
          )
        : '';
    const shift = [...lead].length;
    const text = lead + first.text;
    const key = `${lang}|${text}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const base = { text, lang, split: rand() < 0.1 ? 'valid' : 'train', note: 'generated' };
    status.push({ ...base, label });
    // A relative's or hypothetical amount is not the patient's: the tagger leaves it untagged.
    tagger.push({
      ...base,
      spans: label === 'other' ? [] : first.spans.map(([s, e, t]) => [s + shift, e + shift, t]),
    });
  }
}

mkdirSync('training/data', { recursive: true });
const write = (file, rows) =>
  writeFileSync(join('training/data', file), rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
write('status.jsonl', status);
write('tagger.jsonl', tagger);
const count = (rows, key) => {
  const counts = {};
  for (const r of rows) counts[r[key]] = (counts[r[key]] ?? 0) + 1;
  return counts;
};
console.log('status', status.length, count(status, 'label'), count(status, 'lang'));
console.log(
  'tagger',
  tagger.length,
  count(
    tagger.flatMap((r) => r.spans.map((s) => ({ t: s[2] }))),
    't',
  ),
);
