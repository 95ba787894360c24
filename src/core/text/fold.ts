/**
 * Width folding for pattern matching: full-width ASCII (ＥＧＦＲ, Ｌ８５８Ｒ), the ideographic
 * space and half-width katakana (ｴｸｿﾝ, ｽｷｯﾋﾟﾝｸﾞ) become their ordinary forms (NFKC), so one
 * set of patterns reads every way a Japanese EHR writes them. Folding can change lengths
 * (ﾋﾟ is one character once folded), so the result carries the way back to original offsets.
 */
export interface FoldedText {
  readonly text: string;
  /** Original offset of a folded offset (`end` offsets map to the end of their character). */
  toOriginal(offset: number): number;
}

// Full-width ASCII, ideographic space, half-width katakana and their sound marks.
const NEEDS_FOLDING = /[\uFF01-\uFF5E\u3000\uFF61-\uFF9F]/;

export function foldWidth(text: string): FoldedText {
  if (!NEEDS_FOLDING.test(text)) return { text, toOriginal: (offset) => offset };
  let folded = '';
  // starts[i]: original offset of folded code unit i; one extra entry for the end.
  const starts: number[] = [];
  for (let i = 0; i < text.length; ) {
    const code = text.charCodeAt(i);
    let take = 1;
    let out: string;
    if (code >= 0xff01 && code <= 0xff5e) out = String.fromCharCode(code - 0xfee0);
    else if (code === 0x3000) out = ' ';
    else if (code >= 0xff61 && code <= 0xff9f) {
      // A half-width kana and its following sound mark fold together: ﾋﾟ → ピ.
      const next = text.charCodeAt(i + 1);
      take = next === 0xff9e || next === 0xff9f ? 2 : 1;
      out = text.slice(i, i + take).normalize('NFKC');
    } else out = text[i]!;
    for (let k = 0; k < out.length; k += 1) starts.push(i);
    folded += out;
    i += take;
  }
  starts.push(text.length);
  return {
    text: folded,
    toOriginal: (offset) => {
      if (offset <= 0) return 0;
      if (offset >= starts.length - 1) return text.length;
      return starts[offset]!;
    },
  };
}
