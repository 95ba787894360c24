import { gateText } from '../../core/text/literal-gate.js';
import type { SmokingRuleFile } from '../../vocab/schemas.js';
import {
  applyEdits,
  mayMatch,
  type Respelled,
  replaceAll,
  rewritten,
  type State,
} from './spoken.js';

/**
 * A record whose line breaks were lost or encoded on export (an OMOP `note` row: "<br>", a literal
 * "\n", "&nbsp;", a SOAP note or a template on one line) rewritten for the rules, which read lines,
 * sections and fields: the vocab's `flattened` rewrites, applied in order. Offsets are kept as in
 * spoken.ts, so mentions still point at the note's own text.
 */
export interface CompiledFlattened {
  readonly rewrites: readonly {
    readonly regex: RegExp;
    readonly text: string;
    /** Only in a note with no line break of its own. */
    readonly flatOnly: boolean;
  }[];
}

export function compileFlattened(
  file: NonNullable<SmokingRuleFile['flattened']>,
): CompiledFlattened {
  return {
    rewrites: file.map((r) => ({
      regex: new RegExp(r.pattern, 'gu'),
      text: r.text,
      flatOnly: r.flat_only ?? false,
    })),
  };
}

/** The note with its breaks restored, or null when no rewrite applies. */
export function unflatten(original: string, flattened: CompiledFlattened): Respelled | null {
  const start: State = { text: original, lo: null, hi: null };
  let state = start;
  let lower = gateText(original);
  const flat = !original.includes('\n');
  for (const rewrite of flattened.rewrites) {
    if ((rewrite.flatOnly && !flat) || !mayMatch(rewrite.regex, lower)) continue;
    const next = applyEdits(state, replaceAll(state.text, [rewrite]));
    if (next !== state) {
      state = next;
      lower = gateText(state.text);
    }
  }
  return state === start ? null : rewritten(state);
}
