import {
  asciiTwin,
  gateText,
  indexGates,
  isAscii,
  literalGate,
  passesGate,
  passingRules,
} from '../../core/text/literal-gate.js';
import type { SmokingRuleFile } from '../../vocab/schemas.js';

/**
 * Dictated and spelled-out text, rewritten for the number grammar (the vocab's `spoken`): number
 * words and spoken years become digits ("fifty-eight-year-old" → "58-year-old", "twenty oh nine"
 * → "2009", "two thousand and ten" → "2010"), recognition errors a reader needs no guess for are
 * repaired, a dictating note's punctuation words become marks ("comma" → ","), and a number
 * corrected in the same breath gives way to its correction ("one pack a day, correction, half a
 * pack a day"). Every edit keeps the way back: `start` and `end` map offsets in the rewritten text
 * to the original, so mentions still point at what the note says.
 */
export interface CompiledSpoken {
  /** A run of number words (global). */
  readonly run: RegExp;
  /** One number word (global, sticky use: within a run). */
  readonly word: RegExp;
  readonly values: ReadonlyMap<string, number>;
  readonly keep: ReadonlySet<string>;
  /** A range joiner then a number word, anchored at the text after a number. */
  readonly rangeNext: RegExp;
  /** A number word then a range joiner, anchored at the end of the text before a number. */
  readonly rangePrevious: RegExp;
  readonly keepBefore: RegExp;
  readonly yearZero: string;
  readonly yearNotBefore: RegExp;
  readonly fractions: { readonly regex: RegExp; readonly map: ReadonlyMap<string, string> } | null;
  /** (Each with its literal gate, all in one index: a note is scanned once for them all.) */
  readonly repairs: readonly GatedRewrite[];
  readonly dictated: RegExp;
  readonly punctuation: readonly GatedRewrite[];
  readonly correction: RegExp;
}

interface GatedRewrite {
  readonly regex: RegExp;
  readonly text: string;
  readonly gate: readonly string[] | null;
}

export interface Respelled {
  readonly text: string;
  /** The original offset where a mention starting at `offset` of `text` starts. */
  start(offset: number): number;
  /** The original offset where a mention ending at `offset` of `text` ends. */
  end(offset: number): number;
}

const escapeWords = (s: string) =>
  s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s{1,3}');

export function compileSpoken(file: NonNullable<SmokingRuleFile['spoken']>): CompiledSpoken {
  const words = [...Object.keys(file.numbers), file.year_zero]
    .map((w) => w.toLowerCase())
    .sort((a, b) => b.length - a.length);
  const word = `(?:${words.map(escapeWords).join('|')})\\b`;
  const fractionKeys = Object.keys(file.fractions);
  const compiled: CompiledSpoken = {
    // Words joined by spaces or a hyphen, or by "and" (read only after hundred/thousand).
    run: new RegExp(
      `\\b${word}(?:(?:[ \\t]{1,3}(?:and[ \\t]{1,3})?|[ \\t]?-[ \\t]?)${word}){0,8}`,
      'giu',
    ),
    word: new RegExp(`\\b${word}`, 'giu'),
    values: new Map(Object.entries(file.numbers).map(([w, v]) => [w.toLowerCase(), v])),
    keep: new Set(file.keep.map((w) => w.toLowerCase())),
    rangeNext: new RegExp(`^(?:${file.range_joiner})${word}`, 'iu'),
    rangePrevious: new RegExp(`\\b${word}(?:${file.range_joiner})$`, 'iu'),
    keepBefore: new RegExp(file.keep_before, 'iu'),
    yearZero: file.year_zero.toLowerCase(),
    yearNotBefore: new RegExp(file.year_not_before, 'iu'),
    fractions: fractionKeys.length
      ? {
          regex: new RegExp(`\\b(?:${fractionKeys.map(escapeWords).join('|')})\\b`, 'giu'),
          map: new Map(
            Object.entries(file.fractions).map(([k, v]) => [
              k.toLowerCase().replace(/\s+/g, ' '),
              v,
            ]),
          ),
        }
      : null,
    repairs: file.repairs.map((r) => gatedRewrite(new RegExp(r.pattern, 'giu'), r.text)),
    dictated: new RegExp(file.dictated, 'iu'),
    punctuation: file.punctuation.map((p) => gatedRewrite(new RegExp(p.pattern, 'giu'), p.text)),
    correction: new RegExp(file.correction, 'giu'),
  };
  // One index for all their gates: a note is scanned once for them all (see mayMatch).
  indexGates(
    [
      compiled.run,
      ...(compiled.fractions ? [compiled.fractions.regex] : []),
      ...compiled.repairs.map((r) => r.regex),
      compiled.dictated,
      ...compiled.punctuation.map((p) => p.regex),
      compiled.correction,
    ].map(gateOf),
  );
  return compiled;
}

const gatedRewrite = (regex: RegExp, text: string): GatedRewrite => ({
  regex,
  text,
  gate: gateOf(regex),
});

export interface Edit {
  readonly from: number;
  readonly to: number;
  readonly text: string;
}

/**
 * Text with, for each boundary, the original offsets a start (lo) and an end (hi) map to; null
 * while nothing was edited (every offset maps to itself), so a note with nothing spoken in it
 * allocates no maps.
 */
export interface State {
  text: string;
  lo: number[] | null;
  hi: number[] | null;
}

export function applyEdits(state: State, edits: readonly Edit[]): State {
  if (edits.length === 0) return state;
  const sorted = [...edits].sort((a, b) => a.from - b.from || a.to - b.to);
  let text = '';
  const lo: number[] = [];
  const hi: number[] = [];
  let at = 0;
  const loAt = (i: number) => (state.lo ? (state.lo[i] as number) : i);
  const hiAt = (i: number) => (state.hi ? (state.hi[i] as number) : i);
  const keep = (from: number, to: number) => {
    for (let i = from; i < to; i += 1) {
      lo.push(loAt(i));
      hi.push(hiAt(i));
    }
    text += state.text.slice(from, to);
  };
  for (const e of sorted) {
    if (e.from < at) continue; // overlapping: the first one wins
    keep(at, e.from);
    // The replacement's first boundary is the replaced span's start; its inner boundaries start
    // at that start and end at the span's end (the boundary after it is the old one at `to`).
    for (let i = 0; i < e.text.length; i += 1) {
      lo.push(loAt(e.from));
      hi.push(i === 0 ? hiAt(e.from) : hiAt(e.to));
    }
    text += e.text;
    at = e.to;
  }
  keep(at, state.text.length);
  lo.push(loAt(state.text.length));
  hi.push(hiAt(state.text.length));
  return { text, lo, hi };
}

/** Edits for every match of each pattern, replaced by its text (the first pattern wins a place). */
export function replaceAll(
  text: string,
  rules: readonly { regex: RegExp; text: string }[],
): Edit[] {
  const edits: Edit[] = [];
  // On an ASCII text each pattern's twin without `u` (the same matches, many times faster).
  const ascii = rules.length > 0 && isAscii(text);
  for (const rule of rules) {
    const regex = (ascii && asciiTwin(rule.regex)) || rule.regex;
    regex.lastIndex = 0;
    for (let m = regex.exec(text); m; m = regex.exec(text)) {
      if (m[0].length === 0) {
        regex.lastIndex += 1;
        continue;
      }
      edits.push({ from: m.index, to: m.index + m[0].length, text: rule.text });
    }
  }
  return edits;
}

interface Token {
  readonly word: string;
  readonly start: number;
  readonly end: number;
}

/** The numbers a run of number words says, as edits (words left alone where they must stay). */
function numberEdits(text: string, spoken: CompiledSpoken): Edit[] {
  const edits: Edit[] = [];
  const value = (t: Token | undefined) => (t ? spoken.values.get(t.word) : undefined);
  // (On an ASCII text the twins without `u`: the same matches, many times faster.)
  const ascii = isAscii(text);
  const run = (ascii && asciiTwin(spoken.run)) || spoken.run;
  const word = (ascii && asciiTwin(spoken.word)) || spoken.word;
  run.lastIndex = 0;
  for (let m = run.exec(text); m; m = run.exec(text)) {
    const tokens: Token[] = [];
    word.lastIndex = 0;
    for (let w = word.exec(m[0]); w; w = word.exec(m[0])) {
      tokens.push({
        word: w[0].toLowerCase().replace(/\s+/g, ' '),
        start: m.index + w.index,
        end: m.index + w.index + w[0].length,
      });
    }
    const gap = (i: number) => text.slice(tokens[i]?.end ?? 0, tokens[i + 1]?.start ?? 0);
    const plainGap = (i: number) => /^[ \t]{1,3}$/.test(gap(i));
    const joined = (i: number) => !/and/i.test(gap(i));
    const isTens = (v: number | undefined) => v !== undefined && v >= 20 && v < 100 && v % 10 === 0;
    const isUnit = (v: number | undefined) => v !== undefined && v >= 1 && v <= 9;
    // 0–99: tens with a unit ("twenty-five", "thirty two"), a teen, a unit, or tens alone.
    const small = (i: number): [number, number] | null => {
      const v = value(tokens[i]);
      if (v === undefined || v >= 100) return null;
      if (isTens(v) && joined(i) && isUnit(value(tokens[i + 1]))) {
        return [v + (value(tokens[i + 1]) as number), i + 2];
      }
      return [v, i + 1];
    };
    const hundreds = (i: number): [number, number] | null => {
      const s = small(i);
      if (!s) return null;
      let [v, k] = s;
      if (tokens[k]?.word === 'hundred' && joined(k - 1) && v < 10) {
        v *= 100;
        k += 1;
        const rest = k < tokens.length ? small(k) : null;
        if (rest) [v, k] = [v + rest[0], rest[1]];
      }
      return [v, k];
    };
    const cardinal = (i: number): [number, number] | null => {
      const h = hundreds(i);
      if (!h) return null;
      let [v, k] = h;
      if (tokens[k]?.word === 'thousand' && joined(k - 1) && v < 100) {
        v *= 1000;
        k += 1;
        const rest = k < tokens.length ? hundreds(k) : null;
        if (rest) [v, k] = [v + rest[0], rest[1]];
      }
      return [v, k];
    };
    // A spoken year: "nineteen eighty-five", "twenty twelve", "twenty oh nine"; "oh nine" ('09).
    const year = (i: number): [string, number] | null => {
      const century = value(tokens[i]);
      const zero = tokens[i + 1]?.word === spoken.yearZero;
      if (
        tokens[i]?.word === spoken.yearZero &&
        i === 0 &&
        isUnit(value(tokens[1])) &&
        plainGap(0)
      ) {
        return [`'0${value(tokens[1])}`, 2];
      }
      if ((century !== 19 && century !== 20) || !plainGap(i)) return null;
      if (zero) {
        const unit = value(tokens[i + 2]);
        return isUnit(unit) && plainGap(i + 1) ? [`${century}0${unit}`, i + 3] : null;
      }
      const rest = small(i + 1);
      if (!rest || rest[0] < 10) return null;
      return [`${century}${rest[0]}`, rest[1]];
    };
    let i = 0;
    while (i < tokens.length) {
      const first = tokens[i] as Token;
      if (first.word === spoken.yearZero && i > 0) break; // "one oh four": not a year, left alone
      const spokenYear = year(i);
      if (spokenYear) {
        const last = tokens[spokenYear[1] - 1] as Token;
        if (!spoken.yearNotBefore.test(text.slice(last.end, last.end + 20))) {
          edits.push({ from: first.start, to: last.end, text: spokenYear[0] });
          i = spokenYear[1];
          continue;
        }
      }
      const number = cardinal(i);
      if (!number) {
        i += 1;
        continue;
      }
      const last = tokens[number[1] - 1] as Token;
      const after = text.slice(last.end, last.end + 24);
      const before = text.slice(Math.max(0, first.start - 30), first.start);
      // Stays words: a kept word alone, a fraction or ordinal, and a range or hedge of words
      // under a hundred ("one or two", "thirty, forty"), which the number grammar reads as words.
      const alone = number[1] === i + 1 && spoken.keep.has(first.word);
      const inRange =
        number[0] < 100 && (spoken.rangeNext.test(after) || spoken.rangePrevious.test(before));
      if (!alone && !inRange && !spoken.keepBefore.test(after)) {
        edits.push({ from: first.start, to: last.end, text: String(number[0]) });
      }
      i = number[1];
    }
  }
  return edits;
}

/**
 * "one pack a day, correction, 1/2 pack a day": the corrected number, through the marker, is
 * dropped when a number follows the marker and the same clause has one before it.
 */
function correctionEdits(text: string, spoken: CompiledSpoken): Edit[] {
  const edits: Edit[] = [];
  // (On an ASCII text its twin without `u`: the same matches, many times faster.)
  const correction = (isAscii(text) && asciiTwin(spoken.correction)) || spoken.correction;
  correction.lastIndex = 0;
  for (let m = correction.exec(text); m; m = correction.exec(text)) {
    if (m[0].length === 0) {
      correction.lastIndex += 1;
      continue;
    }
    const end = m.index + m[0].length;
    if (!/^(?:\d|'\d)/.test(text.slice(end, end + 2))) continue;
    const before = text.slice(Math.max(0, m.index - 60), m.index);
    const clause = before.slice(before.search(/[^.;:!?\n]*$/));
    const numbers = [...clause.matchAll(/(?<![\d./])(?:\d{1,4}(?:[./]\d{1,4})?|'\d\d)/g)];
    const last = numbers.at(-1);
    if (last?.index === undefined) continue;
    const from = m.index - clause.length + last.index;
    edits.push({ from, to: end, text: '' });
    // A repair set off by dashes ("for 30 - sorry, 25 - years"): the closing dash after the
    // corrected number goes too, so that the number meets its unit.
    if (/[-–]/.test(m[0])) {
      // (Not the dash of a range: "no, 2 - 3 ppd".)
      const close = /^(?:\d{1,4}(?:[./]\d{1,4})?|'\d\d)(\s{0,3}[-–])(?=\s{1,3}[a-z])/i.exec(
        text.slice(end, end + 16),
      );
      if (close?.[1]) {
        const at = end + close[0].length - close[1].length;
        edits.push({ from: at, to: at + close[1].length, text: '' });
      }
    }
  }
  return edits;
}

const GATES = new WeakMap<RegExp, readonly string[] | null>();

/**
 * False when `regex` cannot match the text whose gate form (`gateText`) is `lower`: it lacks the
 * literals the expression requires. Most notes hold no spoken number or dictation word, and one
 * literal check is far cheaper than a case-insensitive scan of the whole note.
 */
export function mayMatch(regex: RegExp, lower: string): boolean {
  return passesGate(gateOf(regex), lower);
}

function gateOf(regex: RegExp): readonly string[] | null {
  let gate = GATES.get(regex);
  if (gate === undefined) {
    // A literal a case-sensitive expression requires is required of the lower-cased text too,
    // so the case-insensitive reading's gate holds for it (literalGate reads only `iu` sources).
    gate = literalGate(
      regex.flags.includes('i') ? regex : new RegExp(regex.source, `${regex.flags}i`),
    );
    GATES.set(regex, gate);
  }
  return gate;
}

/** Whether a repair applies anywhere in the text (a repair can make a word the prefilter reads). */
export function repairApplies(text: string, spoken: CompiledSpoken): boolean {
  const lower = gateText(text);
  const ascii = isAscii(text);
  return passingRules(spoken.repairs, lower).some(({ regex: original }) => {
    const regex = (ascii && asciiTwin(original)) || original;
    regex.lastIndex = 0;
    const hit = regex.test(text);
    regex.lastIndex = 0;
    return hit;
  });
}

/** The note rewritten for the rules, or null when nothing in it is spoken. */
export function respell(original: string, spoken: CompiledSpoken): Respelled | null {
  let state: State = { text: original, lo: null, hi: null };
  const start = state;
  const originalLower = gateText(original);
  let lower = originalLower;
  const apply = (edits: readonly Edit[]) => {
    const next = applyEdits(state, edits);
    if (next !== state) {
      state = next;
      lower = gateText(state.text);
    }
  };
  apply(replaceAll(state.text, passingRules(spoken.repairs, lower)));
  if (spoken.fractions && mayMatch(spoken.fractions.regex, lower)) {
    const { map } = spoken.fractions;
    const regex =
      (isAscii(state.text) && asciiTwin(spoken.fractions.regex)) || spoken.fractions.regex;
    const edits: Edit[] = [];
    regex.lastIndex = 0;
    for (let m = regex.exec(state.text); m; m = regex.exec(state.text)) {
      const text = map.get(m[0].toLowerCase().replace(/\s+/g, ' '));
      if (text) edits.push({ from: m.index, to: m.index + m[0].length, text });
    }
    apply(edits);
  }
  if (mayMatch(spoken.run, lower)) apply(numberEdits(state.text, spoken));
  if (
    mayMatch(spoken.dictated, originalLower) &&
    ((isAscii(original) && asciiTwin(spoken.dictated)) || spoken.dictated).test(original)
  ) {
    apply(replaceAll(state.text, passingRules(spoken.punctuation, lower)));
  }
  if (mayMatch(spoken.correction, lower)) apply(correctionEdits(state.text, spoken));
  return state === start ? null : rewritten(state);
}

/** An edited state as a rewrite whose offsets map back to the text before it. */
export function rewritten(state: State): Respelled {
  const lo = state.lo as number[];
  const hi = state.hi as number[];
  const at = (map: number[], offset: number) =>
    map[Math.max(0, Math.min(offset, map.length - 1))] as number;
  return { text: state.text, start: (offset) => at(lo, offset), end: (offset) => at(hi, offset) };
}
