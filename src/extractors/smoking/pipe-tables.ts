import type { SmokingRuleFile } from '../../vocab/schemas.js';
import { applyEdits, type Edit, type Respelled, rewritten, type State } from './spoken.js';

/**
 * A substance-use table written in columns, with pipes ("| Product | Status | Per day | Start | Stop |"),
 * tabs or aligned spaces ("Substance   Status   Amount   Duration   Quit"): the rules read lines, so a
 * cell's meaning, which its column header gives, is lost, and the header's "Quit" reads as a quit. A
 * tobacco row is rewritten as the sentence a note would write ("Cigarettes: Former; 1 ppd; for 30 yrs;
 * quit 2011.", "Cigarettes: 20 per day; smoked from 1979 until 2011."), offsets kept as in spoken.ts,
 * and the header line is blanked (decision 39: tables follow the prose decisions). A cigar or pipe row
 * is told the same way without the start/stop span (decision 6 keeps only its quit year). The header
 * words are the vocab's `pipe_table`. Each line is split once, so the reader is linear in the note.
 */
export interface CompiledPipeTable {
  readonly product: RegExp;
  readonly otherProduct: RegExp;
  readonly start: RegExp;
  readonly stop: RegExp;
  readonly perDay: RegExp;
  readonly packsPerDay: RegExp;
  readonly status: RegExp;
  readonly amount: RegExp;
  readonly duration: RegExp;
  readonly packYears: RegExp;
  readonly sinceQuit: RegExp;
  readonly present: RegExp;
  readonly blank: RegExp;
  readonly stoppedStatus: RegExp;
}

export function compilePipeTable(
  file: NonNullable<SmokingRuleFile['pipe_table']>,
): CompiledPipeTable {
  const whole = (source: string) => new RegExp(`^(?:${source})$`, 'iu');
  return {
    product: whole(file.product),
    otherProduct: whole(file.other_product),
    start: whole(file.start),
    stop: whole(file.stop),
    perDay: whole(file.per_day),
    packsPerDay: whole(file.packs_per_day),
    status: whole(file.status),
    amount: whole(file.amount),
    duration: whole(file.duration),
    packYears: whole(file.pack_years),
    sinceQuit: whole(file.since_quit),
    present: whole(file.present),
    blank: whole(file.blank),
    stoppedStatus: new RegExp(`^(?:${file.stopped_status})\\b`, 'iu'),
  };
}

/** What a column holds, from its header cell. */
type Role =
  | 'start'
  | 'stop'
  | 'sinceQuit'
  | 'packYears'
  | 'packsPerDay'
  | 'perDay'
  | 'duration'
  | 'status'
  | 'amount'
  | 'other';

// Checked in this order: "Years since quit" is no duration, "Packs/day" no amount a day in cigarettes.
const ROLES = [
  'sinceQuit',
  'packYears',
  'start',
  'stop',
  'packsPerDay',
  'perDay',
  'duration',
  'status',
  'amount',
] as const;

interface Table {
  readonly pipes: boolean;
  readonly roles: readonly Role[];
  /** Where each header cell starts on its line (aligned-space tables only). */
  readonly columns: readonly number[];
  /** The header line's offsets, blanked once rows fall into its columns. */
  readonly from: number;
  readonly to: number;
  /** Whether a row has no product cell and is the patient's smoking (a packs-a-day column). */
  readonly implicit: boolean;
  told: boolean;
  /** Whether a product row of the table was left as written. */
  kept: boolean;
}

const YEAR_CELL = /^(?:19|20)\d\d$/;
const BARE_NUMBER = /^~?\d{1,3}(?:\.\d{1,2})?$/;
const SEPARATOR = /^[\s|:\-–=+]*$/;
const STARTS_WITH_NUMBER = /^~?\d/;
const DIGIT = /\d/;
const SPACED = /\t+| {2,}/;

interface Cell {
  readonly text: string;
  readonly at: number;
}

/** A line's cells, split at pipes or else at tabs and runs of two or more spaces. */
function cellsOf(line: string, pipes: boolean): Cell[] {
  const cells: Cell[] = [];
  const splitter = pipes ? /\|/g : /\t+| {2,}/g;
  let at = 0;
  const push = (end: number) => {
    const raw = line.slice(at, end);
    const lead = raw.length - raw.trimStart().length;
    cells.push({ text: raw.trim(), at: at + lead });
  };
  for (const m of line.matchAll(splitter)) {
    push(m.index);
    at = m.index + m[0].length;
  }
  push(line.length);
  if (pipes) {
    if (cells[0]?.text === '') cells.shift();
    if (cells.length > 0 && cells[cells.length - 1]?.text === '') cells.pop();
  } else if (cells[0]?.text === '') {
    cells.shift();
  }
  return cells;
}

function roleOf(header: string, table: CompiledPipeTable): Role {
  return ROLES.find((role) => table[role].test(header)) ?? 'other';
}

/** A header line: no digit, two or more cells, two or more of them naming a known column. */
function headerOf(
  line: string,
  from: number,
  table: CompiledPipeTable,
): Omit<Table, 'told' | 'kept'> | null {
  if (DIGIT.test(line) || SEPARATOR.test(line)) return null;
  const pipes = line.includes('|');
  if (!pipes && !SPACED.test(line.trim())) return null;
  const cells = cellsOf(line, pipes);
  if (cells.length < 2 || cells.length > 8) return null;
  const roles = cells.map((c) => roleOf(c.text, table));
  if (roles.filter((r) => r !== 'other').length < 2) return null;
  return {
    pipes,
    roles,
    columns: cells.map((c) => c.at),
    from,
    to: from + line.length,
    implicit: roles[0] !== 'other' && roles.some((r) => r === 'packsPerDay' || r === 'packYears'),
  };
}

/**
 * The row's cell under each header column: by order when the counts agree, else (spaces only, a
 * blank cell collapsed) by the header column each cell starts nearest after.
 */
function placed(cells: readonly Cell[], table: Table, line: string): (string | null)[] | null {
  const n = table.roles.length;
  if (cells.length === n) return cells.map((c) => c.text);
  if (table.pipes || line.includes('\t') || cells.length > n) return null;
  const out: (string | null)[] = new Array<string | null>(n).fill(null);
  for (const cell of cells) {
    let j = 0;
    while (j + 1 < n && (table.columns[j + 1] as number) <= cell.at + 1) j += 1;
    if (out[j] !== null) return null;
    out[j] = cell.text;
  }
  return out;
}

/** The sentence a note would write for a tobacco row, or null when no cell says anything. */
function told(
  product: string,
  cells: readonly (string | null)[],
  roles: readonly Role[],
  cigarettes: boolean,
  table: CompiledPipeTable,
): string | null {
  const value = (i: number) => {
    const cell = cells[i];
    return cell == null || table.blank.test(cell) ? null : cell;
  };
  const startAt = roles.indexOf('start');
  const stopAt = roles.indexOf('stop');
  const statusAt = roles.indexOf('status');
  const status = statusAt >= 0 ? value(statusAt) : null;
  const begun = startAt >= 0 ? value(startAt) : null;
  const ended = stopAt >= 0 ? value(stopAt) : null;
  // A cigarette row's start year with a stop year, or a stop left open, is a span (decision 39).
  let span: string | null = null;
  const stopped = status !== null && table.stoppedStatus.test(status);
  if (cigarettes && begun !== null && YEAR_CELL.test(begun)) {
    if (ended !== null && YEAR_CELL.test(ended)) span = `smoked from ${begun} until ${ended}`;
    else if (!stopped && (ended === null || table.present.test(ended)))
      span = `smoked from ${begun} until present`;
  }
  const parts: string[] = [];
  roles.forEach((role, i) => {
    if (i === 0 && product !== '') return;
    const cell = value(i);
    if (cell === null) return;
    const bare = BARE_NUMBER.test(cell);
    switch (role) {
      case 'start':
        if (span === null && cigarettes && YEAR_CELL.test(cell)) parts.push(`started in ${cell}`);
        return;
      case 'stop':
        // Another product's start/stop pair is left as written (fsyrs's control: a cigar span
        // beside "Cigarettes: never" stays never).
        if (span === null && DIGIT.test(cell) && (cigarettes || startAt < 0))
          parts.push(`quit ${cell}`);
        return;
      case 'sinceQuit':
        if (bare) parts.push(`quit ${cell} years ago`);
        else if (STARTS_WITH_NUMBER.test(cell)) parts.push(`quit ${cell} ago`);
        return;
      case 'packYears':
        parts.push(bare ? `${cell} pack-years` : cell);
        return;
      case 'packsPerDay':
        parts.push(bare ? `${cell} packs per day` : cell);
        return;
      case 'perDay':
        parts.push(bare ? `${cell} per day` : cell);
        return;
      case 'duration':
        parts.push(
          bare ? `for ${cell} years` : STARTS_WITH_NUMBER.test(cell) ? `for ${cell}` : cell,
        );
        return;
      case 'amount':
        if (!bare) parts.push(cell);
        return;
      case 'status':
        parts.push(cell);
        return;
      case 'other':
        if (!DIGIT.test(cell)) parts.push(cell);
        return;
    }
  });
  if (span !== null) parts.push(span);
  if (parts.length === 0) return null;
  return `${product === '' ? 'Smoking' : product}: ${parts.join('; ')}.`;
}

/** The note with each tobacco row of a column table told as a sentence, or null when none is. */
export function readPipeTables(original: string, table: CompiledPipeTable): Respelled | null {
  if (!original.includes('|') && !original.includes('\t') && !original.includes('   ')) return null;
  const edits: Edit[] = [];
  let current: Table | null = null;
  const close = () => {
    if (current?.told && !current.kept)
      edits.push({ from: current.from, to: current.to, text: '' });
    current = null;
  };
  let offset = 0;
  for (const line of original.split('\n')) {
    const from = offset;
    offset += line.length + 1;
    const header = headerOf(line, from, table);
    if (header !== null) {
      close();
      current = { ...header, told: false, kept: false };
      continue;
    }
    if (current === null) continue;
    const open: Table = current;
    if (open.pipes ? !line.includes('|') : !SPACED.test(line.trim())) {
      close();
      continue;
    }
    if (SEPARATOR.test(line)) continue;
    const cells = placed(cellsOf(line, open.pipes), open, line);
    if (cells === null) continue;
    const first = cells[0] ?? '';
    const cigarettes = table.product.test(first);
    const other = !cigarettes && table.otherProduct.test(first);
    const product = cigarettes || other ? first : open.implicit ? '' : null;
    const sentence =
      product === null
        ? null
        : told(product, cells, open.roles, cigarettes || product === '', table);
    // A header over rows is blanked (its "Quit" or "Stopped" is no quit), unless a product row is
    // left as written, which the row rules then read as before.
    if (sentence !== null) edits.push({ from, to: from + line.length, text: sentence });
    else if (product !== null) open.kept = true;
    open.told = true;
  }
  close();
  if (edits.length === 0) return null;
  const state: State = applyEdits({ text: original, lo: null, hi: null }, edits);
  return rewritten(state);
}
