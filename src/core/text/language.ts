import type { Language } from '../types.js';

/**
 * Language detection from the script mix (pure, no model).
 *
 * Notes are English or Japanese. Japanese clinical notes are full of Latin script (gene
 * symbols, HGVS, drug names, lab abbreviations: "EGFR exon19欠失変異陽性、T790M陰性"), and
 * English notes occasionally quote a Japanese word. So we count characters by script and
 * decide with two rules; either one makes the note Japanese:
 *
 * 1. Kana rule. Kana (hiragana, katakana, half-width katakana) exist only in Japanese and
 *    carry its grammar (particles の/は/を, okurigana, なし/あり). A note is `ja` when it has at
 *    least {@link MIN_KANA} kana and kana reach {@link KANA_PER_LATIN} of the Latin letter
 *    count (10%: a Japanese sentence with English terms easily clears it, e.g.
 *    "EGFR L858R mutation positive のため osimertinib を開始" has 4 kana per 33 letters; an
 *    English paragraph quoting one katakana word (3-4 kana per 60+ letters) does not).
 * 2. Share rule. Japanese characters (kana, CJK ideographs, CJK punctuation, full-width
 *    forms) make up at least {@link JAPANESE_SHARE} of Japanese + Latin characters. A
 *    Japanese word is ~2 characters where an English word is ~5 letters, so 25% of the
 *    characters is roughly half the words: kanji-only findings like
 *    "EGFR exon19欠失変異陽性、T790M陰性" (9 Japanese / 19) pass, while "Patient from 大阪,
 *    denies tobacco." (2 / 26) does not.
 *
 * Digits, ASCII punctuation and whitespace count for neither side. Text with no letters of
 * either script is `en` (the default pipeline).
 */

/** Minimum number of kana for the kana rule (a single stray kana is not evidence). */
export const MIN_KANA = 2;
/** Kana rule: kana count must reach this fraction of the Latin letter count. */
export const KANA_PER_LATIN = 0.1;
/** Share rule: Japanese characters / (Japanese + Latin) must reach this. */
export const JAPANESE_SHARE = 0.25;

export interface ScriptCounts {
  /** Hiragana, katakana (incl. phonetic extensions and half-width katakana). */
  readonly kana: number;
  /** All Japanese-script characters: kana + CJK ideographs + CJK punctuation + full-width forms. */
  readonly japanese: number;
  /** Latin letters (ASCII and Latin-1/Extended-A/B letters). */
  readonly latin: number;
}

/** Counts characters by script; exported for tests and diagnostics. */
export function countScripts(text: string): ScriptCounts {
  let kana = 0;
  let otherJapanese = 0;
  let latin = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) latin++;
    } else if (c >= 0xc0 && c <= 0x24f) {
      if (c !== 0xd7 && c !== 0xf7) latin++;
    } else if (
      (c >= 0x3040 && c <= 0x30ff) || // hiragana, katakana
      (c >= 0x31f0 && c <= 0x31ff) || // katakana phonetic extensions
      (c >= 0xff66 && c <= 0xff9f) // half-width katakana
    ) {
      kana++;
    } else if (
      (c >= 0x4e00 && c <= 0x9fff) || // CJK unified ideographs
      (c >= 0x3400 && c <= 0x4dbf) || // extension A
      (c >= 0xf900 && c <= 0xfaff) || // compatibility ideographs
      (c >= 0x3000 && c <= 0x303f) || // CJK symbols and punctuation 、。「」【】々
      (c >= 0xff01 && c <= 0xff65) // full-width ASCII forms and half-width CJK punctuation
    ) {
      otherJapanese++;
    } else if (c >= 0xd840 && c <= 0xd8bf) {
      // High surrogate of U+20000..U+3FFFF (CJK extensions B and later): one ideograph.
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        otherJapanese++;
        i++;
      }
    }
  }
  return { kana, japanese: kana + otherJapanese, latin };
}

/** `ja` or `en` from the script mix of `text`; see the module comment for the rules. */
export function detectLanguage(text: string): Language {
  const { kana, japanese, latin } = countScripts(text);
  if (japanese === 0) return 'en';
  if (kana >= MIN_KANA && kana >= KANA_PER_LATIN * latin) return 'ja';
  if (japanese >= JAPANESE_SHARE * (japanese + latin)) return 'ja';
  return 'en';
}
