import type { Token, TokenKind } from '../types.js';

/**
 * Japanese sentence starts: after 。！？ (and ASCII !?), and at every line break. Japanese
 * clinical notes are rarely hard-wrapped, so a line is a unit (template rows like
 * 「喫煙：なし」 stand alone). Closing brackets and quotes stay with their sentence.
 */
export function japaneseSentenceStarts(text: string): number[] {
  const starts = new Set<number>();
  const addNextContent = (from: number) => {
    const rest = text.slice(from).search(/\S/);
    if (rest >= 0) starts.add(from + rest);
  };
  addNextContent(0);
  const boundary = /[。！？!?]+[」』）)]*|\n/g;
  for (let match = boundary.exec(text); match; match = boundary.exec(text)) {
    const after = match.index + match[0].length;
    // "?" or "!" glued to Latin text ("EGFR?V600E") is not a sentence end.
    if (/^[!?]/.test(match[0]) && /[A-Za-z0-9]/.test(text[after] ?? '')) continue;
    addNextContent(after);
  }
  return [...starts].sort((a, b) => a - b);
}

// Sticky patterns: each is tried at the cursor, first match wins.
const SCRIPT_RUNS: readonly [RegExp, TokenKind][] = [
  [/[\p{Script=Han}々〆ヶ]+/uy, 'word'],
  [/[\p{Script=Hiragana}ー]+/uy, 'word'],
  [/[\p{Script=Katakana}ー]+/uy, 'word'],
  [/[A-Za-zＡ-Ｚａ-ｚ][A-Za-zＡ-Ｚａ-ｚ0-9０-９]*/uy, 'word'],
  [/[0-9０-９]+(?:[.．][0-9０-９]+)?/uy, 'number'],
  [/\s+/uy, 'space'],
  [/\p{P}/uy, 'punctuation'],
];

/** Script-run tokens (kanji, kana, Latin, digits, punctuation): enough for rules and scopes. */
export function tokenizeJapanese(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  let index = 0;
  while (index < text.length) {
    let length = 0;
    let kind: TokenKind = 'symbol';
    for (const [pattern, runKind] of SCRIPT_RUNS) {
      pattern.lastIndex = index;
      const match = pattern.exec(text);
      if (match) {
        length = match[0].length;
        kind = runKind;
        break;
      }
    }
    if (length === 0) length = (text.codePointAt(index) ?? 0) > 0xffff ? 2 : 1;
    if (kind !== 'space') {
      const start = offset + index;
      tokens.push({ start, end: start + length, text: text.slice(index, index + length), kind });
    }
    index += length;
  }
  return tokens;
}
