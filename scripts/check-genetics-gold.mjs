#!/usr/bin/env node
// Validates the hand-labelled genetics gold sets (annotation contract: shared spec sections 1-3).
//
// For each language directory samples/genetics/<lang>/ (en, ja; a directory that does not exist
// yet is reported and skipped) and each split found there (notes-<split>.jsonl paired with
// gold-<split>.jsonl) it checks:
//   - every line is JSON; notes carry note_id, person_id, note_text and note_type (strings), a
//     real note_date (YYYY-MM-DD) and language equal to the directory's language;
//   - note_ids look like <lang>-g-NNNN and are unique across all splits and languages;
//   - gold has one line per note, in the same order, with the same note_id, and only the keys
//     note_id and genetics (an array);
//   - each genetics entry has exactly the ten fields of the spec with allowed values:
//       gene: an approved HGNC symbol, as HGNC spells it (vocab/genetics/hgnc/hgnc.tsv.gz, `symbol`);
//       hgvs_c: null or a "c." description; hgvs_p: null or a "p." description in three-letter
//       form (no one-letter residues, no "X" or "*" for a stop: Ter);
//       kind, status, significance, origin, subject: the spec's enumerations;
//       exon: null or a positive integer; partner: null or an approved symbol, only on fusions;
//       significance null when status is absent; subject family => origin germline;
//       wild_type entries are absent gene-level negatives (no HGVS, exon or partner);
//       fusions carry no exon (spec: exon is null for fusions);
//   - no two entries of one note share (gene, hgvs_p || hgvs_c || kind+exon+partner, status,
//     subject), i.e. the scorer's matching key.
// Exit 1 listing every problem as file:line, else print counts per split and exit 0.
//
// Usage: node scripts/check-genetics-gold.mjs [--strict]   (--strict: a missing language is an error)

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { GENETIC_KINDS, SIGNIFICANCES } from '../dist/src/vocab/schemas.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const SET_DIR = join(ROOT, 'samples', 'genetics');
const HGNC_PATH = join(ROOT, 'vocab', 'genetics', 'hgnc', 'hgnc.tsv.gz');
const LANGUAGES = ['en', 'ja'];

const FIELDS = [
  'gene',
  'hgvs_c',
  'hgvs_p',
  'kind',
  'exon',
  'partner',
  'status',
  'significance',
  'origin',
  'subject',
];
// The enums of the annotation format, from the project's schema (built by `npm ci`).
const KINDS = new Set(GENETIC_KINDS);
const STATUSES = new Set(['present', 'absent']);
const SIGNIFICANCE_VALUES = new Set(SIGNIFICANCES);
const ORIGINS = new Set(['somatic', 'germline']);
const SUBJECTS = new Set(['patient', 'family']);
const AMINO_ACIDS = new Set([
  'Ala',
  'Arg',
  'Asn',
  'Asp',
  'Cys',
  'Gln',
  'Glu',
  'Gly',
  'His',
  'Ile',
  'Leu',
  'Lys',
  'Met',
  'Phe',
  'Pro',
  'Ser',
  'Thr',
  'Trp',
  'Tyr',
  'Val',
  'Sec',
  'Pyl',
  'Ter',
]);

const strict = process.argv.includes('--strict');
const errors = [];
const warnings = [];
const seenIds = new Map();
const summary = [];

function err(where, message) {
  errors.push(`${where}: ${message}`);
}

function loadHgncSymbols() {
  if (!existsSync(HGNC_PATH)) {
    err(relative(ROOT, HGNC_PATH), 'missing; cannot check gene symbols');
    return null;
  }
  const text = gunzipSync(readFileSync(HGNC_PATH)).toString('utf8');
  const lines = text.split('\n');
  const header = lines[0].split('\t');
  const col = header.indexOf('symbol');
  if (col < 0) {
    err(relative(ROOT, HGNC_PATH), 'no `symbol` column in the header');
    return null;
  }
  const symbols = new Set();
  for (const line of lines.slice(1)) {
    if (line === '') continue;
    const symbol = line.split('\t')[col];
    if (symbol) symbols.add(symbol);
  }
  return symbols;
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
  for (const f of ['note_id', 'person_id', 'note_text', 'note_type']) {
    if (typeof note[f] !== 'string' || note[f].length === 0) err(where, `${f} missing or empty`);
  }
  if (!validDate(note.note_date)) err(where, 'note_date missing or not a real YYYY-MM-DD date');
  if (note.language !== lang) {
    err(where, `language is ${JSON.stringify(note.language)}, expected "${lang}"`);
  }
  if ('note_title' in note && typeof note.note_title !== 'string') {
    err(where, 'note_title must be a string');
  }
  if (typeof note.note_id === 'string') {
    if (!new RegExp(`^${lang}-g-\\d{4}$`).test(note.note_id)) {
      err(where, `note_id ${note.note_id} does not look like ${lang}-g-NNNN`);
    }
    const prev = seenIds.get(note.note_id);
    if (prev) err(where, `duplicate note_id ${note.note_id} (first at ${prev})`);
    else seenIds.set(note.note_id, where);
  }
}

// A protein description: "p." then three-letter residues, positions and HGVS keywords only.
function proteinProblem(p) {
  if (!p.startsWith('p.')) return 'does not start with "p."';
  if (/\s/.test(p)) return 'contains whitespace';
  const body = p.slice(2);
  // One form across the sets: predicted changes are written without the brackets.
  if (body.startsWith('(')) return 'is in brackets; write the change without "p.(…)"';
  if (body.includes('*')) return 'uses "*" for a stop; write Ter';
  if (body.includes('X')) return 'uses "X" for a stop (or an unknown residue); write Ter';
  if (body === '?' || body === '0' || body === '=') return null;
  const tokens = body.match(/[A-Z][a-z]{2}|\d+|delins|del|ins|dup|fs|ext|inv|_|=|\?|-/g) ?? [];
  if (tokens.join('') !== body) {
    if (/(^|[^A-Za-z])[A-Z](\d|$)/.test(body) || /\d[A-Z](?![a-z])/.test(body)) {
      return 'has one-letter residues (or X); use the three-letter form';
    }
    return 'is not a three-letter HGVS protein description';
  }
  for (const t of tokens) {
    if (/^[A-Z][a-z]{2}$/.test(t) && !AMINO_ACIDS.has(t)) return `unknown residue ${t}`;
  }
  if (!/[A-Z][a-z]{2}/.test(body)) return 'names no residue';
  return null;
}

function checkEntry(where, i, e, symbols) {
  const at = `genetics[${i}]`;
  if (!isPlainObject(e)) {
    err(where, `${at} is not an object`);
    return null;
  }
  const keys = Object.keys(e).sort();
  const expected = [...FIELDS].sort();
  if (keys.join() !== expected.join()) {
    err(where, `${at} fields are [${keys}], expected exactly [${expected}]`);
  }
  const { gene, hgvs_c, hgvs_p, kind, exon, partner, status, significance, origin, subject } = e;

  if (typeof gene !== 'string' || gene.length === 0) {
    err(where, `${at}.gene missing`);
  } else {
    // Approved symbols are upper case except a few (C9orf72, C1orf…): the HGNC table decides
    // where it is there, the upper-case rule only without it.
    if (!symbols && gene !== gene.toUpperCase()) err(where, `${at}.gene ${gene} is not upper case`);
    if (symbols && !symbols.has(gene))
      err(where, `${at}.gene ${gene} is not an approved HGNC symbol`);
  }
  if (hgvs_c !== null && (typeof hgvs_c !== 'string' || !/^c\.\S+$/.test(hgvs_c))) {
    err(where, `${at}.hgvs_c ${JSON.stringify(hgvs_c)} must be null or start with "c."`);
  }
  if (hgvs_p !== null) {
    const problem = typeof hgvs_p === 'string' ? proteinProblem(hgvs_p) : 'is not a string';
    if (problem) err(where, `${at}.hgvs_p ${JSON.stringify(hgvs_p)} ${problem}`);
  }
  if (!KINDS.has(kind)) err(where, `${at}.kind ${JSON.stringify(kind)} not in enum`);
  if (exon !== null && !(Number.isInteger(exon) && exon > 0)) {
    err(where, `${at}.exon ${JSON.stringify(exon)} must be null or a positive integer`);
  }
  if (partner !== null) {
    if (typeof partner !== 'string' || (symbols && !symbols.has(partner))) {
      err(where, `${at}.partner ${JSON.stringify(partner)} is not an approved HGNC symbol`);
    }
    if (kind !== 'fusion') err(where, `${at}.partner is set but kind is ${kind}, not fusion`);
    if (partner === gene) err(where, `${at}.partner equals gene ${gene}`);
  }
  if (!STATUSES.has(status)) err(where, `${at}.status ${JSON.stringify(status)} not in enum`);
  if (significance !== null && !SIGNIFICANCE_VALUES.has(significance)) {
    err(where, `${at}.significance ${JSON.stringify(significance)} not in enum`);
  }
  if (status === 'absent' && significance !== null) {
    err(where, `${at}.significance must be null when status is absent`);
  }
  if (origin !== null && !ORIGINS.has(origin)) {
    err(where, `${at}.origin ${JSON.stringify(origin)} not in enum`);
  }
  if (!SUBJECTS.has(subject)) err(where, `${at}.subject ${JSON.stringify(subject)} not in enum`);
  if (subject === 'family' && origin !== 'germline') {
    err(where, `${at} subject family requires origin germline, got ${JSON.stringify(origin)}`);
  }
  if (kind === 'wild_type') {
    if (status !== 'absent') err(where, `${at} kind wild_type must have status absent`);
    if (hgvs_c !== null || hgvs_p !== null || exon !== null || partner !== null) {
      err(
        where,
        `${at} kind wild_type is a gene-level negative: HGVS, exon and partner must be null`,
      );
    }
  }
  if (kind === 'fusion' && exon !== null) err(where, `${at} exon must be null for a fusion`);

  const variant = hgvs_p || hgvs_c || `${kind}|${exon}|${partner}`;
  return `${gene}|${variant}|${status}|${subject}`;
}

function emptyCounts() {
  return {
    notes: 0,
    empty: 0,
    findings: 0,
    kind: {},
    status: {},
    subject: {},
    significance: {},
    origin: {},
  };
}

function bump(map, key) {
  const k = String(key);
  map[k] = (map[k] ?? 0) + 1;
}

function checkSplit(lang, split, dir, symbols) {
  const notesPath = join(dir, `notes-${split}.jsonl`);
  const goldPath = join(dir, `gold-${split}.jsonl`);
  if (!existsSync(goldPath)) {
    err(relative(ROOT, goldPath), 'missing (notes file of the split exists)');
    return;
  }
  const notes = readJsonl(notesPath);
  const gold = readJsonl(goldPath);
  if (notes.length !== gold.length) {
    err(relative(ROOT, goldPath), `${gold.length} lines but ${notes.length} notes`);
  }
  const counts = emptyCounts();
  counts.notes = notes.length;
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
    for (const k of Object.keys(ann)) {
      if (k !== 'note_id' && k !== 'genetics') err(where, `unexpected key ${k}`);
    }
    const noteId = n?.value?.note_id;
    if (ann.note_id !== noteId) {
      err(where, `note_id ${JSON.stringify(ann.note_id)} != notes line ${JSON.stringify(noteId)}`);
    }
    if (!Array.isArray(ann.genetics)) {
      err(where, 'genetics missing or not an array');
      continue;
    }
    if (ann.genetics.length === 0) counts.empty++;
    const keys = new Map();
    ann.genetics.forEach((entry, j) => {
      const key = checkEntry(where, j, entry, symbols);
      if (key === null) return;
      if (keys.has(key)) {
        err(where, `genetics[${j}] duplicates genetics[${keys.get(key)}] (${key})`);
      } else {
        keys.set(key, j);
      }
      counts.findings++;
      for (const f of ['kind', 'status', 'subject', 'significance', 'origin']) {
        bump(counts[f], entry[f]);
      }
    });
  }
  summary.push({ lang, split, ...counts });
}

const symbols = loadHgncSymbols();
for (const lang of LANGUAGES) {
  const dir = join(SET_DIR, lang);
  if (!existsSync(dir)) {
    const msg = `${relative(ROOT, dir)}: no such directory`;
    if (strict) err(msg, 'missing');
    else warnings.push(`${msg}, skipped`);
    continue;
  }
  const splits = readdirSync(dir)
    .map((f) => /^notes-(.+)\.jsonl$/.exec(f)?.[1])
    .filter(Boolean)
    .sort();
  for (const f of readdirSync(dir)) {
    const m = /^gold-(.+)\.jsonl$/.exec(f);
    if (m && !splits.includes(m[1])) err(relative(ROOT, join(dir, f)), 'no matching notes file');
  }
  if (splits.length === 0) warnings.push(`${relative(ROOT, dir)}: no notes-*.jsonl files`);
  for (const split of splits) checkSplit(lang, split, dir, symbols);
}

function fmt(map) {
  return Object.entries(map)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([k, v]) => `${k} ${v}`)
    .join(', ');
}

for (const r of summary) {
  console.log(
    `${r.lang}/${r.split}: ${r.notes} notes (${r.empty} with no finding), ${r.findings} findings`,
  );
  for (const f of ['kind', 'status', 'subject', 'significance', 'origin']) {
    console.log(`  ${f}: ${fmt(r[f])}`);
  }
}
for (const w of warnings) console.warn(`warning: ${w}`);
if (errors.length > 0) {
  for (const e of errors) console.error(`error: ${e}`);
  console.error(`${errors.length} error(s)`);
  process.exit(1);
}
console.log('genetics gold: OK');
