import type { SmokingRuleFile } from '../../vocab/schemas.js';
import { applyEdits, type Edit, type Respelled, rewritten, type State } from './spoken.js';

/**
 * A substance-use table written with pipes ("| Product | Status | Per day | Start | Stop |" over
 * "| Cigarettes | Former | 20 | 1979 | 2011 |"): the rules read lines, so a cell's meaning, which its
 * column header gives, is lost. A tobacco row whose start and stop cells are years is rewritten as
 * the sentence a note would write ("Cigarettes: Former; 20 per day; smoked from 1979 until 2011."),
 * offsets kept as in spoken.ts, so years_smoked and the quit year come from the span
 * (guidelines: "from 1975 until 1995" gives 20). The header words are the vocab's `pipe_table`.
 */
export interface CompiledPipeTable {
  readonly product: RegExp;
  readonly start: RegExp;
  readonly stop: RegExp;
  readonly perDay: RegExp;
  readonly present: RegExp;
}

export function compilePipeTable(
  file: NonNullable<SmokingRuleFile['pipe_table']>,
): CompiledPipeTable {
  const whole = (source: string) => new RegExp(`^(?:${source})$`, 'iu');
  return {
    product: whole(file.product),
    start: whole(file.start),
    stop: whole(file.stop),
    perDay: whole(file.per_day),
    present: whole(file.present),
  };
}

const YEAR_CELL = /^(?:19|20)\d\d$/;
const BARE_NUMBER = /^\d{1,3}(?:\.\d{1,2})?$/;
const SEPARATOR = /^[\s|:\-–]*$/;
const EMPTY_CELL = /^(?:|-|–|—|n\/a)$/i;

/** A table line's cells, without the empty ones outside its outer pipes. */
function cellsOf(line: string): string[] {
  const cells = line.trim().split('|');
  if (cells[0]?.trim() === '') cells.shift();
  if (cells.length > 0 && cells[cells.length - 1]?.trim() === '') cells.pop();
  return cells.map((c) => c.trim());
}

/** The note with each tobacco row of a pipe table told as a sentence, or null when none is. */
export function readPipeTables(original: string, table: CompiledPipeTable): Respelled | null {
  if (!original.includes('|')) return null;
  const edits: Edit[] = [];
  let header: string[] | null = null;
  let offset = 0;
  for (const line of original.split('\n')) {
    const from = offset;
    offset += line.length + 1;
    if (!line.trimStart().startsWith('|')) {
      header = null;
      continue;
    }
    if (header === null) {
      header = cellsOf(line);
      continue;
    }
    if (SEPARATOR.test(line)) continue;
    const cells = cellsOf(line);
    const startAt = header.findIndex((h) => table.start.test(h));
    const stopAt = header.findIndex((h) => table.stop.test(h));
    if (startAt < 1 || stopAt < 1 || !table.product.test(cells[0] ?? '')) continue;
    const begun = cells[startAt] ?? '';
    const ended = cells[stopAt] ?? '';
    if (!YEAR_CELL.test(begun)) continue;
    const until = YEAR_CELL.test(ended) ? ended : table.present.test(ended) ? 'present' : null;
    if (until === null) continue;
    const told = cells
      .map((cell, i) => {
        if (i === 0 || i === startAt || i === stopAt || EMPTY_CELL.test(cell)) return null;
        return BARE_NUMBER.test(cell) && table.perDay.test(header?.[i] ?? '')
          ? `${cell} per day`
          : cell;
      })
      .filter((c): c is string => c !== null);
    const sentence = `${cells[0]}: ${[...told, `smoked from ${begun} until ${until}`].join('; ')}.`;
    edits.push({ from, to: from + line.length, text: sentence });
  }
  if (edits.length === 0) return null;
  const state: State = applyEdits({ text: original, lo: null, hi: null }, edits);
  return rewritten(state);
}
