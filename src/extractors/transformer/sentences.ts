/** A stretch of the note's text with its offsets (UTF-16, as everywhere in emrx). */
export interface TextSpan {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

// Japanese sentence ends always end a sentence; ".", "!" and "?" only before a space and a
// capital, digit or bracket ("Former smoker. Quit 2009"), not inside "1.5 ppd" or "Dr. X" as
// often as a bare "." would.
const SENTENCE_END = /[。！？]|[.!?;](?=[ \t]+[A-Z0-9(「【［[])/g;
// The model reads at most 128 tokens; a longer run is cut at a space near this many chars.
const MAX_CHARS = 400;

/**
 * Splits a note into sentence-sized spans for the model: every line, then sentence ends inside
 * a line, then over-long runs at a space. Cheap and deterministic, so the training data and the
 * runtime cut notes the same way.
 */
export function splitSentences(text: string): TextSpan[] {
  const spans: TextSpan[] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    let from = lineStart;
    SENTENCE_END.lastIndex = lineStart;
    for (let m = SENTENCE_END.exec(text); m && m.index < lineEnd; m = SENTENCE_END.exec(text)) {
      pushTrimmed(text, from, m.index + 1, spans);
      from = m.index + 1;
    }
    pushTrimmed(text, from, lineEnd, spans);
    lineStart = lineEnd + 1;
  }
  return spans;
}

function pushTrimmed(text: string, start: number, end: number, spans: TextSpan[]): void {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s] ?? '')) s += 1;
  while (e > s && /\s/.test(text[e - 1] ?? '')) e -= 1;
  while (e - s > MAX_CHARS) {
    const space = text.lastIndexOf(' ', s + MAX_CHARS);
    const cut = space > s + MAX_CHARS / 2 ? space : s + MAX_CHARS;
    spans.push({ start: s, end: cut, text: text.slice(s, cut) });
    s = cut;
    while (s < e && /\s/.test(text[s] ?? '')) s += 1;
  }
  if (e > s) spans.push({ start: s, end: e, text: text.slice(s, e) });
}

/**
 * The sentences holding at least one prefilter hit (sorted positions), in note order: the only
 * ones the model reads.
 */
export function sentencesAt(sentences: readonly TextSpan[], hits: readonly number[]): TextSpan[] {
  const sorted = [...hits].sort((a, b) => a - b);
  const chosen: TextSpan[] = [];
  let h = 0;
  for (const sentence of sentences) {
    while (h < sorted.length && (sorted[h] as number) < sentence.start) h += 1;
    if (h < sorted.length && (sorted[h] as number) < sentence.end) chosen.push(sentence);
  }
  return chosen;
}
