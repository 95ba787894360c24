/** How a tokenizer normalises text before splitting it (BERT-style settings). */
export interface AlignOptions {
  readonly lowercase: boolean;
  readonly stripAccents: boolean;
  /** Continuation marker of WordPiece pieces ("##"). */
  readonly subwordPrefix: string;
  readonly unknownToken: string;
}

/** A token's place in the original text; null when it could not be placed. */
export type TokenOffsets = readonly [number, number] | null;

const SPACE = /\s/;

/**
 * Transformers.js gives tokens, not character offsets: find each token in the original text.
 * The text is normalised the way the tokenizer does (lower case, optionally accents stripped),
 * keeping a map back to original offsets; tokens are then matched left to right. An unknown
 * token covers what lies between its neighbours (one word, for WordPiece).
 */
export function alignTokens(
  text: string,
  tokens: readonly string[],
  options: AlignOptions,
): TokenOffsets[] {
  const { normalised, origin, originEnd } = normaliseWithMap(text, options);
  const offsets: TokenOffsets[] = new Array(tokens.length).fill(null);
  let cursor = 0;
  let pendingUnknown: number[] = [];
  const placeUnknowns = (until: number) => {
    // Unknown tokens share what lies between the last placed token and the next one.
    let from = cursor;
    while (from < until && SPACE.test(normalised[from] ?? '')) from += 1;
    let to = until;
    while (to > from && SPACE.test(normalised[to - 1] ?? '')) to -= 1;
    if (to > from) {
      for (const index of pendingUnknown) {
        offsets[index] = [origin[from] as number, originEnd[to - 1] as number];
      }
    }
    pendingUnknown = [];
  };
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i] as string;
    if (token === options.unknownToken) {
      pendingUnknown.push(i);
      continue;
    }
    const piece = token.startsWith(options.subwordPrefix)
      ? token.slice(options.subwordPrefix.length)
      : token;
    if (piece.length === 0) continue;
    let at = cursor;
    while (at < normalised.length && SPACE.test(normalised[at] ?? '')) at += 1;
    if (pendingUnknown.length > 0 || !normalised.startsWith(piece, at)) {
      // After an unknown word (or a normalisation we do not model), look a little ahead.
      const found = normalised.indexOf(piece, at);
      if (found < 0 || found - at > 200) continue;
      at = found;
    }
    if (pendingUnknown.length > 0) placeUnknowns(at);
    const end = at + piece.length;
    offsets[i] = [origin[at] as number, originEnd[end - 1] as number];
    cursor = end;
  }
  if (pendingUnknown.length > 0) {
    // A trailing unknown token is the rest of the word it starts.
    let end = cursor;
    while (end < normalised.length && SPACE.test(normalised[end] ?? '')) end += 1;
    while (end < normalised.length && !SPACE.test(normalised[end] ?? '')) end += 1;
    placeUnknowns(end);
  }
  return offsets;
}

/**
 * The text as the tokenizer sees it, with, for each normalised UTF-16 unit, the original unit
 * it came from and where that ends (lower-casing and accent stripping can change lengths).
 */
function normaliseWithMap(
  text: string,
  options: AlignOptions,
): { normalised: string; origin: number[]; originEnd: number[] } {
  let normalised = '';
  const origin: number[] = [];
  const originEnd: number[] = [];
  for (let i = 0; i < text.length; ) {
    const code = text.codePointAt(i) as number;
    const width = code > 0xffff ? 2 : 1;
    let char = text.slice(i, i + width);
    if (options.lowercase) char = char.toLowerCase();
    if (options.stripAccents) char = char.normalize('NFD').replace(/\p{Mn}/gu, '');
    for (let k = 0; k < char.length; k += 1) {
      origin.push(i);
      originEnd.push(i + width);
    }
    normalised += char;
    i += width;
  }
  return { normalised, origin, originEnd };
}
