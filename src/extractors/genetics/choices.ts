/**
 * Result templates that print every option and mark the chosen one ("ALK融合遺伝子 □陽性 ■陰性",
 * "[ ] Positive [x] Negative", "陽性・（陰性）", "陽性(　) 陰性(○)", "陽性／陰性（陰性に○）",
 * "1.陽性 2.陰性 → 2", a table whose columns are the options with the mark in one): the text is
 * rewritten so that only the marked option is left where it was written, and a list with no mark
 * is blanked (it gives nothing). Length-preserving (offsets stay). Words and marks:
 * layout.yaml `choice_lists`.
 */

export interface ChoiceListWords {
  readonly options: readonly string[];
  readonly marks_on: readonly string[];
  readonly marks_off: readonly string[];
  readonly separators: readonly string[];
  readonly chosen_after: readonly string[];
  readonly unmarked: readonly string[];
}

export interface ChoiceListRules {
  /** Option words (global). */
  readonly option: RegExp;
  /** A whole cell or told option that is one option word. */
  readonly optionWhole: RegExp;
  readonly markOnWhole: RegExp;
  readonly markOffWhole: RegExp;
  /** One mark, sticky (group `on` when it selects). */
  readonly mark: RegExp;
  /** One piece of the gap between options, sticky. */
  readonly gapPiece: RegExp;
  /** One piece of what may open the list before its first option (no word separators), sticky. */
  readonly leadPiece: RegExp;
  /** The chosen option told after the list, each sticky (tried in order). */
  readonly chosenAfter: readonly RegExp[];
  /** Written over an unmarked list of Latin options / of other ones (a result still to come). */
  readonly unmarkedLatin: string;
  readonly unmarkedOther: string;
}

const longestFirst = (list: readonly string[]) =>
  [...list].sort((a, b) => b.length - a.length).join('|');

/** Latin words are whole words; the rest are not (no spaces between Japanese words). */
const wordsOf = (list: readonly string[]) => {
  const latin = list.filter((p) => /^[A-Za-z]/.test(p));
  const other = list.filter((p) => !/^[A-Za-z]/.test(p));
  return [
    ...(latin.length ? [`(?<![A-Za-z])(?:${longestFirst(latin)})(?![A-Za-z])`] : []),
    ...(other.length ? [`(?:${longestFirst(other)})(?![\\p{sc=Han}\\p{sc=Katakana}])`] : []),
  ].join('|');
};

export function compileChoiceLists(words: ChoiceListWords): ChoiceListRules {
  const options = wordsOf(words.options);
  const on = longestFirst(words.marks_on);
  const off = longestFirst(words.marks_off);
  const separators = wordsOf(words.separators);
  const leadSeparators = wordsOf(words.separators.filter((p) => !/^[A-Za-z]/.test(p)));
  return {
    option: new RegExp(options, 'giu'),
    optionWhole: new RegExp(`^(?:${options})$`, 'iu'),
    markOnWhole: new RegExp(`^(?:${on})$`, 'iu'),
    markOffWhole: new RegExp(`^(?:${off})$`, 'iu'),
    mark: new RegExp(`(?<on>${on})|(?:${off})`, 'iuy'),
    // (Marks first: "[x]" is one mark, not a bracket and a letter.)
    gapPiece: new RegExp(`${on}|${off}|[ \\t]+|[()\\[\\]]|${separators}`, 'iuy'),
    leadPiece: new RegExp(
      `${on}|${off}|[ \\t]+|\\(${leadSeparators ? `|${leadSeparators}` : ''}`,
      'iuy',
    ),
    unmarkedLatin: words.unmarked.find((w) => /^[A-Za-z]/.test(w)) ?? '',
    unmarkedOther: words.unmarked.find((w) => !/^[A-Za-z]/.test(w)) ?? '',
    chosenAfter: words.chosen_after.map((p) => new RegExp(`[ \\t]*(?:${p})`, 'iuy')),
  };
}

const optionValue = (word: string) => word.toLowerCase().replace(/\s+/g, ' ').trim();
const CIRCLED_ONE = '①'.charCodeAt(0);

/** Whether `piece` is wholly made of pieces of `re` (sticky). */
function wholly(piece: string, re: RegExp): boolean {
  let at = 0;
  while (at < piece.length) {
    re.lastIndex = at;
    const m = re.exec(piece);
    if (!m || m[0].length === 0) return false;
    at += m[0].length;
  }
  return true;
}

interface Mark {
  start: number;
  end: number;
  on: boolean;
}

/** The marks written in `line` between `from` and `to`, in order. */
function marksIn(line: string, from: number, to: number, rules: ChoiceListRules): Mark[] {
  const out: Mark[] = [];
  for (let at = from; at < to; ) {
    rules.mark.lastIndex = at;
    const m = rules.mark.exec(line);
    if (m && at + m[0].length <= to) {
      out.push({ start: at, end: at + m[0].length, on: m.groups?.on !== undefined });
      at += m[0].length;
    } else at += 1;
  }
  return out;
}

/** The chosen option told right after `at` ("（陰性に○）", "→ 2"), or null. */
function toldAt(line: string, at: number, rules: ChoiceListRules): RegExpExecArray | null {
  for (const re of rules.chosenAfter) {
    re.lastIndex = at;
    const m = re.exec(line);
    if (m) return m;
  }
  return null;
}

interface Option {
  start: number;
  end: number;
  value: string;
}

function blank(chars: string[], from: number, to: number, keep: readonly Option[]) {
  for (let i = from; i < to; i += 1) {
    if (keep.some((o) => i >= o.start && i < o.end)) continue;
    if (chars[i] !== '\n') chars[i] = ' ';
  }
}

/** The options of one list marked as chosen (indices), from marks, brackets or a told choice. */
function chosenOf(
  line: string,
  group: readonly Option[],
  lead: number,
  tail: number,
  told: RegExpExecArray | null,
  rules: ChoiceListRules,
): number[] {
  if (told) {
    const number = told.groups?.number;
    if (number !== undefined) {
      const index = /^\d/.test(number) ? Number(number) - 1 : number.charCodeAt(0) - CIRCLED_ONE;
      return index >= 0 && index < group.length ? [index] : [];
    }
    const option = told.groups?.option?.trim() ?? '';
    if (!rules.optionWhole.test(option)) return [];
    const value = optionValue(option);
    return group.flatMap((o, i) => (o.value === value ? [i] : []));
  }
  const first = group[0]!;
  const last = group[group.length - 1]!;
  const before = marksIn(line, lead, first.start, rules);
  const after = marksIn(line, last.end, tail, rules);
  const middle = group.slice(1).map((o, i) => marksIn(line, group[i]!.end, o.start, rules));
  if (before.length + after.length + middle.flat().length === 0) {
    // No mark: the option in brackets is the chosen one ("陽性・（陰性）").
    return group.flatMap((o, i) =>
      /\(\s*$/.test(line.slice(i === 0 ? lead : group[i - 1]!.end, o.start)) &&
      /^\s*\)/.test(line.slice(o.end, i === group.length - 1 ? tail : group[i + 1]!.start))
        ? [i]
        : [],
    );
  }
  // Marks stand before their options when one opens the list, after them when one closes it;
  // otherwise on the side they are written against ("陽性 ○陰性").
  let prefix = before.length > 0 || after.length === 0;
  if (before.length === 0 && after.length === 0) {
    const mark = middle.flat()[0]!;
    const next = group.find((o) => o.start >= mark.end)!;
    prefix = next.start === mark.end || !/^\s/.test(line.slice(mark.end, next.start));
  }
  const gaps = [before, ...middle, after];
  return group.flatMap((_, i) => {
    const marks = prefix ? gaps[i]! : gaps[i + 1]!;
    const mark = prefix ? marks[marks.length - 1] : marks[0];
    return mark?.on ? [i] : [];
  });
}

/** One line's choice lists rewritten (`chars` is the whole text, `offset` the line's start). */
function rewriteLine(line: string, offset: number, chars: string[], rules: ChoiceListRules) {
  const found: Option[] = [];
  rules.option.lastIndex = 0;
  for (let m = rules.option.exec(line); m; m = rules.option.exec(line)) {
    found.push({ start: m.index, end: m.index + m[0].length, value: optionValue(m[0]) });
  }
  if (found.length < 2) return;
  let index = 0;
  while (index < found.length) {
    const group = [found[index]!];
    let told: RegExpExecArray | null = null;
    index += 1;
    for (;;) {
      const last = group[group.length - 1]!;
      told = group.length >= 2 ? toldAt(line, last.end, rules) : null;
      if (told || index >= found.length) break;
      const next = found[index]!;
      // (Each two options have a mark or a separator between them, not only blanks or brackets.)
      const gap = line.slice(last.end, next.start);
      const marked =
        /[^\s()[\]]/.test(gap) || marksIn(line, last.end, next.start, rules).length > 0;
      if (!marked || !wholly(gap, rules.gapPiece)) break;
      group.push(next);
      index += 1;
    }
    if (group.length < 2 || new Set(group.map((o) => o.value)).size < 2) continue;
    const first = group[0]!;
    const last = group[group.length - 1]!;
    // What opens the list before its first option (marks, numbers, brackets, blanks).
    let lead = first.start;
    for (let from = Math.max(0, first.start - 24); from < first.start; from += 1) {
      if (wholly(line.slice(from, first.start), rules.leadPiece)) {
        lead = from;
        break;
      }
    }
    // What closes it: marks and brackets after the last option, or the told choice.
    let tail = last.end;
    if (told) tail = last.end + told[0].length;
    else {
      const limit = index < found.length ? found[index]!.start : line.length;
      for (let to = Math.min(limit, last.end + 12); to > last.end; to -= 1) {
        if (wholly(line.slice(last.end, to), rules.gapPiece)) {
          tail = to;
          break;
        }
      }
    }
    const chosen = chosenOf(line, group, lead, tail, told, rules);
    const keep = chosen.length === 1 ? [group[chosen[0]!]!] : [];
    blank(
      chars,
      offset + lead,
      offset + tail,
      keep.map((o) => ({ ...o, start: o.start + offset, end: o.end + offset })),
    );
    if (keep.length === 0) {
      // No option marked: a blank form, its result still to be given.
      const word = /[A-Za-z]/.test(line[first.start]!) ? rules.unmarkedLatin : rules.unmarkedOther;
      if (word.length <= last.end - first.start) {
        for (let i = 0; i < word.length; i += 1) chars[offset + first.start + i] = word[i]!;
      }
    }
  }
}

const cellsOf = (line: string) => {
  const out: { start: number; end: number; text: string }[] = [];
  let start = line.indexOf('|') + 1;
  for (let bar = line.indexOf('|', start); bar >= 0; bar = line.indexOf('|', start)) {
    out.push({ start, end: bar, text: line.slice(start, bar).trim() });
    start = bar + 1;
  }
  return out;
};

/**
 * A pipe table whose header names the options as columns ("|遺伝子|陽性|陰性|"): each row's
 * option cells become its marked option's word (a row with no mark: blank), and the header's
 * option cells are blanked.
 */
function rewriteTables(
  lines: readonly string[],
  starts: readonly number[],
  chars: string[],
  rules: ChoiceListRules,
) {
  for (let h = 0; h < lines.length; h += 1) {
    const header = lines[h]!;
    if (!header.trimStart().startsWith('|')) continue;
    const cells = cellsOf(header);
    const columns = cells.flatMap((c, i) => (rules.optionWhole.test(c.text) ? [i] : []));
    if (columns.length < 2 || new Set(columns.map((i) => optionValue(cells[i]!.text))).size < 2)
      continue;
    const from = columns[0]!;
    const to = columns[columns.length - 1]!;
    if (to - from + 1 !== columns.length) continue;
    let rows = 0;
    for (let r = h + 1; r < lines.length; r += 1) {
      const line = lines[r]!;
      if (!line.trimStart().startsWith('|')) break;
      const row = cellsOf(line);
      if (row.length !== cells.length) break;
      if (row.every((c) => /^[-:\s]*$/.test(c.text))) continue;
      const marks = columns.map((i) => row[i]!.text);
      if (!marks.every((m) => m === '' || rules.markOnWhole.test(m) || rules.markOffWhole.test(m)))
        break;
      rows += 1;
      const marked = columns.filter((_, k) => rules.markOnWhole.test(marks[k]!));
      const regionStart = starts[r]! + row[from]!.start;
      const regionEnd = starts[r]! + row[to]!.end;
      const word =
        marked.length === 1
          ? cells[marked[0]!]!.text
          : /[A-Za-z]/.test(cells[from]!.text[0]!)
            ? rules.unmarkedLatin
            : rules.unmarkedOther;
      if (word.length > regionEnd - regionStart) continue;
      for (let i = regionStart; i < regionEnd; i += 1) {
        chars[i] = i - regionStart < word.length ? word[i - regionStart]! : ' ';
      }
    }
    if (rows === 0) continue;
    for (let i = starts[h]! + cells[from]!.start; i < starts[h]! + cells[to]!.end; i += 1)
      chars[i] = ' ';
  }
}

/** The text with every choice list reduced to its marked option (length-preserving). */
export function withChosenOptions(text: string, rules: ChoiceListRules | null): string {
  if (!rules) return text;
  rules.option.lastIndex = 0;
  const firstOption = rules.option.exec(text);
  if (!firstOption) return text;
  rules.option.lastIndex = firstOption.index + firstOption[0].length;
  if (!rules.option.exec(text)) return text;
  // (By UTF-16 code unit, as the offsets are.)
  const units = text.split('');
  const lines = text.split('\n');
  const starts: number[] = [];
  let at = 0;
  for (const line of lines) {
    starts.push(at);
    at += line.length + 1;
  }
  rewriteTables(lines, starts, units, rules);
  const tabled = units.join('');
  const rewritten = tabled.split('\n');
  for (const [i, line] of rewritten.entries()) {
    if (line.length > 2000) continue;
    rewriteLine(line, starts[i]!, units, rules);
  }
  return units.join('');
}
