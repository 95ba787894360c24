import type { ClinicalText } from '../../core/clinical-text.js';
import { asciiTwin, isAscii, twinFor } from '../../core/text/literal-gate.js';
import type { Language, Note } from '../../core/types.js';
import { unflatten } from './flattened.js';
import { findEvidence, monthNumber } from './mentions.js';
import { normaliseWidth, parseNumber } from './numbers.js';
import { readPipeTables } from './pipe-tables.js';
import { resolveSmoking } from './resolve.js';
import type { CompiledSmokingRules } from './rules.js';
import { type Respelled, repairApplies, respell } from './spoken.js';
import type { SmokingResult } from './types.js';

/**
 * The smoking-history rule extractor: note in, document-level finding and its mentions out.
 * Pure. A cheap prefilter finds the line units worth reading; only those get tokenising,
 * sentence splitting, assertion and pattern work (most of a note never reaches wink-nlp).
 */
export class SmokingExtractor {
  constructor(
    private readonly core: ClinicalText,
    private readonly rules: Readonly<Record<Language, CompiledSmokingRules>>,
  ) {}

  /**
   * Where the prefilter fires (and the template rows under a hit): the only places the rules,
   * and the transformer models, read.
   */
  candidateHits(note: Pick<Note, 'text' | 'language'>): number[] {
    return this.prefilterHits(normaliseWidth(note.text), this.rules[note.language]);
  }

  private prefilterHits(normalised: string, rules: CompiledSmokingRules): number[] {
    const hits: number[] = [];
    // A note is scanned by the prefilter's faster twin where it has one (an all-ASCII note: the
    // twin without `u`; a Japanese one: without `i`): the same hits.
    const prefilter = twinFor(rules.prefilter, normalised);
    prefilter.lastIndex = 0;
    for (let m = prefilter.exec(normalised); m; m = prefilter.exec(normalised)) {
      hits.push(m.index, ...followingRows(normalised, m.index));
    }
    return hits;
  }

  /** The patient's age as first stated in the note ("58 yo", "65歳男性"), or null. */
  statedAge(note: Pick<Note, 'text' | 'language'>): number | null {
    return patientAge(normaliseWidth(note.text), this.rules[note.language].age);
  }

  extract(note: Pick<Note, 'text' | 'language' | 'noteDate'>): SmokingResult {
    const rules = this.rules[note.language];
    // The prefilter's hits in the note as written, found once: a note no rewrite changes is read
    // with them.
    let known: number[] | undefined;
    const hits = () => {
      known ??= this.candidateHits(note);
      return known.length > 0;
    };
    // Rewrites, each mapping offsets back to the text before it (mentions keep pointing at the
    // note's own words). Breaks lost or encoded on export are restored first (flattened.ts), only
    // in notes the prefilter hits.
    const rewrites: Respelled[] = [];
    let text = note.text;
    const unflattened = rules.flattened && hits() ? unflatten(text, rules.flattened) : null;
    if (unflattened) {
      rewrites.push(unflattened);
      text = unflattened.text;
    }
    // A pipe table's tobacco row, whose cells mean what their column headers say, is told as a
    // sentence (pipe-tables.ts). Not in a note that calls its record wrong ("table entered in
    // error"): there the rows stay as written, and the row rules weigh them as the disputed chart
    // they are, below the clinician's own words (decision 54).
    const tabled =
      rules.pipeTable && hits() && !(rules.disputedRecord && text.search(rules.disputedRecord) >= 0)
        ? readPipeTables(text, rules.pipeTable)
        : null;
    if (tabled) {
      rewrites.push(tabled);
      text = tabled.text;
    }
    // Dictated and spelled-out text is read as digits and marks (spoken.ts).
    // Respelling reads the whole note, so only notes the prefilter hits are respelled: number
    // words and dictated marks never make a prefilter word, though a repair ("ex moker") may.
    const spoken = rules.spoken;
    const respelled =
      spoken && (hits() || repairApplies(text, spoken)) ? respell(text, spoken) : null;
    if (respelled) {
      rewrites.push(respelled);
      text = respelled.text;
    }
    if (rewrites.length === 0) return this.extractText(note, known);
    const result = this.extractText({ ...note, text });
    const mentions = result.mentions.map((m) => {
      let start = m.start;
      let end = m.end;
      for (let i = rewrites.length - 1; i >= 0; i -= 1) {
        const rewrite = rewrites[i] as Respelled;
        const from = rewrite.start(start);
        end = Math.max(from, rewrite.end(end));
        start = from;
      }
      return { ...m, start, end, text: note.text.slice(start, end) };
    });
    return { finding: result.finding, mentions };
  }

  private extractText(
    note: Pick<Note, 'text' | 'language' | 'noteDate'>,
    knownHits?: number[],
  ): SmokingResult {
    const rules = this.rules[note.language];
    // Full-width digits and slashes to ASCII (same length): one set of patterns for both.
    const normalised = normaliseWidth(note.text);
    const hits = knownHits ?? this.prefilterHits(normalised, rules);

    const empty = {
      status: 'unknown' as const,
      packYears: null,
      cigarettesPerDay: null,
      yearsSmoked: null,
      quitYear: null,
      brinkmanIndex: null,
    };
    if (hits.length === 0) return { finding: empty, mentions: [] };
    const analyzed = this.core.analyzeAround(note.text, note.language, hits);
    const noteYear = note.noteDate ? Number(note.noteDate.slice(0, 4)) || null : null;
    const evidence = findEvidence(this.core, analyzed, normalised, rules, noteYear);
    // The patient's age is read from the whole note only when resolution asks for it (an age at
    // starting or quitting; most notes have none): a pure function of the note, read once.
    let age: number | null | undefined;
    const finding = resolveSmoking(evidence, {
      disputedRecord: rules.disputedRecord,
      deniedValue: rules.deniedValue,
      undoneValue: rules.undoneValue ?? null,
      roles: rules.roles,
      presentTense: rules.presentTense ?? null,
      pastMarks: rules.pastMarks ?? null,
      addedProduct: rules.addedProduct,
      noteDate: note.noteDate ?? null,
      noteText: note.text,
      get age() {
        if (age === undefined)
          age =
            patientAge(normalised, rules.age) ??
            ageFromBirthDate(normalised, rules.dob, note.noteDate);
        return age;
      },
    });
    const mentions = [
      ...evidence.statuses.map((s) => s.mention),
      ...evidence.amounts.map((a) => a.mention),
      ...evidence.notTobacco,
      ...evidence.ignored,
    ].sort((a, b) => a.start - b.start || a.end - b.end);
    return { finding, mentions };
  }
}

/**
 * Template rows under a smoking row ("Packs/day: 1.50", "Years: 30.00") name no smoking word
 * themselves: read up to 8 more lines of the same block (until a blank line).
 */
function followingRows(text: string, from: number): number[] {
  const rows: number[] = [];
  let newline = text.indexOf('\n', from);
  while (newline >= 0 && rows.length < 8) {
    const next = newline + 1;
    const end = text.indexOf('\n', next);
    const line = text.slice(next, end < 0 ? text.length : end);
    if (line.trim() === '') break;
    // The row's first character, not its indentation: line units start at content.
    rows.push(next + line.search(/\S/));
    newline = end;
  }
  return rows;
}

/**
 * The age at the note date from a stated date of birth ("DOB: 09/14/1968" or "DOB: 14 September
 * 1968" on 2024-03-05 is 55), when the note gives no age (decision 80); null without both dates.
 * The pattern names its groups year, month, day, with a number for each further form (year2, …).
 */
function ageFromBirthDate(
  text: string,
  pattern: RegExp | null,
  noteDate: string | null | undefined,
): number | null {
  if (!pattern || !noteDate) return null;
  pattern.lastIndex = 0;
  const groups = Object.entries(pattern.exec(text)?.groups ?? {});
  const part = (name: string) =>
    groups.find(([key, value]) => value !== undefined && key.replace(/\d+$/, '') === name)?.[1];
  const month = monthNumber(part('month') ?? '') ?? 0;
  const day = Number(part('day'));
  const [noteYear, noteMonth, noteDay] = noteDate.split('-').map(Number) as [
    number,
    number,
    number,
  ];
  // A two-digit year ("DOB: 7/4/62") is the latest year so written that is not after note_date.
  const yy = part('yy');
  const year =
    yy === undefined
      ? Number(part('year'))
      : 2000 + Number(yy) > noteYear
        ? 1900 + Number(yy)
        : 2000 + Number(yy);
  if (!year || !month || !day || month > 12 || day > 31) return null;
  const birthdayPassed = noteMonth > month || (noteMonth === month && noteDay >= day);
  const age = noteYear - year - (birthdayPassed ? 0 : 1);
  return age > 0 && age < 120 ? age : null;
}

/**
 * The stated age in the note ("58 yo", "65歳男性"), if plausible: the first one said to be the age
 * now (groups now, now2, …: "今年で48歳", "45歳の今まで"), else the first one. An age said to be now
 * beats an earlier age that may be an event's ("既往）結核性胸膜炎（19歳、治療済）… 今年で48歳").
 */
function patientAge(text: string, pattern: RegExp): number | null {
  // The pattern may name its number n, n2, … or now, now2, … (one group per alternative).
  const numberOf = (match: RegExpExecArray | null, names: RegExp) =>
    Object.entries(match?.groups ?? {}).find(
      ([name, value]) => names.test(name) && value !== undefined,
    )?.[1];
  const search = globalTwin((isAscii(text) && asciiTwin(pattern)) || pattern);
  search.lastIndex = 0;
  const first = search.exec(text);
  let raw = numberOf(first, NOW_GROUP);
  // Only a pattern with "now" ages is read past its first match (the rest of the note is a second
  // full scan, which a language whose ages are never said to be now does not pay for).
  if (first && raw === undefined && hasNowAges(pattern)) {
    for (let m = search.exec(text); m; m = search.exec(text)) {
      if (m[0].length === 0) search.lastIndex += 1;
      raw = numberOf(m, NOW_GROUP);
      if (raw !== undefined) break;
    }
  }
  raw ??= numberOf(first, ANY_AGE_GROUP);
  const age = raw === undefined ? null : parseNumber(raw);
  return age !== null && age > 0 && age < 120 ? age : null;
}

const NOW_GROUP = /^now\d*$/;
const ANY_AGE_GROUP = /^(?:n|now)\d*$/;

/** The pattern with the `g` flag, compiled once (a vocab pattern may come without it). */
const GLOBAL_TWINS = new WeakMap<RegExp, RegExp>();
function globalTwin(pattern: RegExp): RegExp {
  if (pattern.global) return pattern;
  let twin = GLOBAL_TWINS.get(pattern);
  if (!twin) {
    twin = new RegExp(pattern.source, `${pattern.flags}g`);
    GLOBAL_TWINS.set(pattern, twin);
  }
  return twin;
}

const hasNowAges = (pattern: RegExp) => /\(\?<now\d*>/.test(pattern.source);
