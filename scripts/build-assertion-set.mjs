#!/usr/bin/env node
// Builds the project's hand-written ConText-style assertion set.
//
// Reads samples/assertions/source/{en,ja}.md and writes samples/assertions/{dev,test}.jsonl;
// reads samples/assertions/source/holdout-{en,ja}.md and writes samples/assertions/holdout.jsonl.
// Source line format (see samples/assertions/GUIDELINES.md):
//
//   <split> <code> | <text with exactly one [[target]]>
//
//   split  dev | test (in {en,ja}.md); holdout (only, in holdout-{en,ja}.md)
//   code   five positions "NPHYO": N negated, P possible, H historical, Y hypothetical,
//          O experiencer=other; "." means false/patient. "....." is affirmed, patient.
//   text   may use the escapes \n (newline), \t (tab) and \\ (backslash).
//
// Lines that are blank, start with "#" (markdown heading) or ">" (note), or are a one-line
// HTML comment are ignored; every other line must be a valid item or the build fails.
// Offsets are JavaScript string offsets (UTF-16 code units), half-open [start, end).
//
// Usage: node scripts/build-assertion-set.mjs [--check]   (--check: validate and print only)

import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const SET_DIR = join(ROOT, 'samples', 'assertions');
const LANGUAGES = ['en', 'ja'];
const SPLITS = ['dev', 'test'];
// The blind holdout set lives in its own source files and output; it is reported separately
// and never mixed into the dev/test counts or ids.
const HOLDOUT = 'holdout';
const CODE = /^[N.][P.][H.][Y.][O.]$/;
const ATTRS = ['negated', 'possible', 'historical', 'hypothetical', 'other'];

const errors = [];

function decodeEscapes(raw, where) {
  let out = '';
  for (let i = 0; i < raw.length; i++) {
    const ch = raw[i];
    if (ch !== '\\') {
      out += ch;
      continue;
    }
    const next = raw[i + 1];
    if (next === 'n') out += '\n';
    else if (next === 't') out += '\t';
    else if (next === '\\') out += '\\';
    else {
      errors.push(`${where}: unknown escape "\\${next ?? ''}"`);
      return null;
    }
    i++;
  }
  return out;
}

function countOf(haystack, needle) {
  let n = 0;
  let at = haystack.indexOf(needle);
  while (at !== -1) {
    n++;
    at = haystack.indexOf(needle, at + needle.length);
  }
  return n;
}

function parseItem(line, where, splits) {
  const m = /^(\S+)\s+(\S+)\s+\|\s(.*)$/.exec(line);
  if (!m) {
    errors.push(`${where}: not "<split> <code> | <text>": ${line}`);
    return null;
  }
  const [, split, code, rawText] = m;
  if (!splits.includes(split)) {
    errors.push(`${where}: unknown split "${split}" (expected ${splits.join(' or ')})`);
    return null;
  }
  if (!CODE.test(code)) {
    errors.push(`${where}: unknown label code "${code}" (expected five of N/P/H/Y/O or ".")`);
    return null;
  }
  const marked = decodeEscapes(rawText, where);
  if (marked === null) return null;
  const opens = countOf(marked, '[[');
  const closes = countOf(marked, ']]');
  if (opens !== 1 || closes !== 1) {
    errors.push(
      `${where}: expected exactly one [[target]], found ${opens} "[[" and ${closes} "]]"`,
    );
    return null;
  }
  const start = marked.indexOf('[[');
  const close = marked.indexOf(']]');
  if (close < start) {
    errors.push(`${where}: "]]" before "[["`);
    return null;
  }
  const target = marked.slice(start + 2, close);
  if (target.length === 0 || target.trim() !== target) {
    errors.push(`${where}: empty target or target with surrounding whitespace: "${target}"`);
    return null;
  }
  const text = marked.slice(0, start) + target + marked.slice(close + 2);
  const end = start + target.length;
  if (text.slice(start, end) !== target) throw new Error(`${where}: offset self-check failed`);
  if (text.trim() !== text) {
    errors.push(`${where}: text has leading/trailing whitespace`);
    return null;
  }
  const gold = {
    negated: code[0] === 'N',
    possible: code[1] === 'P',
    historical: code[2] === 'H',
    hypothetical: code[3] === 'Y',
    experiencer: code[4] === 'O' ? 'other' : 'patient',
  };
  return { split, text, start, end, target, gold };
}

function readSource(language, prefix = '', splits = SPLITS) {
  const file = join(SET_DIR, 'source', `${prefix}${language}.md`);
  const lines = readFileSync(file, 'utf8').split(/\r?\n/);
  const items = [];
  let section = '(no heading)';
  lines.forEach((line, i) => {
    const where = `${relative(ROOT, file)}:${i + 1}`;
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('>')) return;
    if (/^<!--.*-->$/.test(trimmed)) return;
    if (trimmed.startsWith('#')) {
      section = trimmed.replace(/^#+\s*/, '');
      return;
    }
    const item = parseItem(line, where, splits);
    if (item) items.push({ ...item, language, section, where });
  });
  return items;
}

const all = LANGUAGES.flatMap((language) => readSource(language));
const holdout = LANGUAGES.flatMap((language) => readSource(language, 'holdout-', [HOLDOUT]));
const everything = [...all, ...holdout];

// Duplicates: the same text with the same target span, anywhere in the set (holdout included).
const seen = new Map();
for (const it of everything) {
  const key = `${it.language}\u0000${it.text}\u0000${it.start}\u0000${it.end}`;
  if (seen.has(key)) errors.push(`${it.where}: duplicate text+target of ${seen.get(key)}`);
  else seen.set(key, it.where);
}

// Leakage: a text used in one split must not appear in another (holdout included).
const textSplit = new Map();
for (const it of everything) {
  const key = `${it.language}\u0000${it.text}`;
  const prev = textSplit.get(key);
  if (prev && prev.split !== it.split) {
    errors.push(`${it.where}: same text appears in ${prev.split} (${prev.where}) and ${it.split}`);
  } else if (!prev) textSplit.set(key, it);
}

// Every phenomenon (markdown section) of the dev/test sources must appear in both splits.
// The holdout sources have a single split, so they are not checked here.
const sections = new Map();
for (const it of all) {
  const key = `${it.language} / ${it.section}`;
  const s = sections.get(key) ?? { dev: 0, test: 0 };
  s[it.split]++;
  sections.set(key, s);
}
for (const [key, s] of sections) {
  if (s.dev === 0 || s.test === 0) {
    errors.push(`section "${key}" has dev=${s.dev} test=${s.test}; needs both splits`);
  }
}

if (errors.length > 0) {
  for (const e of errors) console.error(`ERROR ${e}`);
  console.error(`\n${errors.length} error(s); nothing written.`);
  process.exit(1);
}

// Ids and output.
const out = { dev: [], test: [] };
const seq = new Map();
for (const it of all) {
  const key = `${it.language}-${it.split}`;
  const n = (seq.get(key) ?? 0) + 1;
  seq.set(key, n);
  out[it.split].push({
    id: `${key}-${String(n).padStart(4, '0')}`,
    text: it.text,
    start: it.start,
    end: it.end,
    language: it.language,
    gold: it.gold,
  });
}

const check = process.argv.includes('--check');
if (!check) {
  for (const split of SPLITS) {
    const body = out[split].map((o) => JSON.stringify(o)).join('\n');
    writeFileSync(join(SET_DIR, `${split}.jsonl`), `${body}\n`);
  }
}

const holdoutOut = [];
const holdoutSeq = new Map();
for (const it of holdout) {
  const key = `${it.language}-${HOLDOUT}`;
  const n = (holdoutSeq.get(key) ?? 0) + 1;
  holdoutSeq.set(key, n);
  holdoutOut.push({
    id: `${key}-${String(n).padStart(4, '0')}`,
    text: it.text,
    start: it.start,
    end: it.end,
    language: it.language,
    gold: it.gold,
  });
}
if (!check) {
  const body = holdoutOut.map((o) => JSON.stringify(o)).join('\n');
  writeFileSync(join(SET_DIR, `${HOLDOUT}.jsonl`), `${body}\n`);
}

// Counts.
function tally(items) {
  const t = { items: items.length, affirmed: 0 };
  for (const a of ATTRS) t[a] = 0;
  for (const it of items) {
    const g = it.gold;
    const flags = {
      negated: g.negated,
      possible: g.possible,
      historical: g.historical,
      hypothetical: g.hypothetical,
      other: g.experiencer === 'other',
    };
    for (const a of ATTRS) if (flags[a]) t[a]++;
    if (ATTRS.every((a) => !flags[a])) t.affirmed++;
  }
  return t;
}

const cols = ['items', 'affirmed', ...ATTRS];
const header = `| language | split | ${cols.join(' | ')} |`;
const rule = `|---|---|${cols.map(() => '---:').join('|')}|`;
const rows = [];
const row = (language, split, items) => {
  const t = tally(items);
  const pct = t.items ? Math.round((100 * t.affirmed) / t.items) : 0;
  const cells = cols.map((c) => (c === 'affirmed' ? `${t[c]} (${pct}%)` : String(t[c])));
  rows.push(`| ${language} | ${split} | ${cells.join(' | ')} |`);
};
for (const language of LANGUAGES) {
  for (const split of SPLITS) {
    row(
      language,
      split,
      all.filter((it) => it.language === language && it.split === split),
    );
  }
  row(
    language,
    'all',
    all.filter((it) => it.language === language),
  );
}
for (const split of SPLITS)
  row(
    'all',
    split,
    all.filter((it) => it.split === split),
  );
row('all', 'all', all);

console.log(header);
console.log(rule);
for (const r of rows) console.log(r);
console.log(
  '\n(other = experiencer "other"; affirmed = all flags false and experiencer "patient")',
);
console.log('\n| language / phenomenon | dev | test |');
console.log('|---|---:|---:|');
for (const [key, s] of sections) console.log(`| ${key} | ${s.dev} | ${s.test} |`);
if (!check) {
  console.log(
    `\nwrote ${out.dev.length} dev and ${out.test.length} test items to ${relative(ROOT, SET_DIR)}/`,
  );
}

// Holdout: its own tables, so the dev/test report above is unchanged.
rows.length = 0;
for (const language of LANGUAGES) {
  row(
    language,
    HOLDOUT,
    holdout.filter((it) => it.language === language),
  );
}
row('all', HOLDOUT, holdout);
console.log(`\n${header}`);
console.log(rule);
for (const r of rows) console.log(r);
const holdoutSections = new Map();
for (const it of holdout) {
  const key = `${it.language} / ${it.section}`;
  holdoutSections.set(key, (holdoutSections.get(key) ?? 0) + 1);
}
console.log('\n| language / phenomenon | holdout |');
console.log('|---|---:|');
for (const [key, n] of holdoutSections) console.log(`| ${key} | ${n} |`);
if (!check) {
  console.log(`\nwrote ${holdoutOut.length} holdout items to ${relative(ROOT, SET_DIR)}/`);
}
