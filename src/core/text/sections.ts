import type { Language, SectionHeader } from '../types.js';
import { asciiTwin, isAscii } from './literal-gate.js';

/** One section of `vocab/sections.yaml`, as validated by its loader. */
export interface SectionDefinition {
  readonly name: string;
  readonly headers: Readonly<Record<Language, readonly string[]>>;
  /** ConText section context: a default for every target inside the section. */
  readonly assertion?: { readonly experiencer?: 'other'; readonly historical?: true };
}

export interface SectionMatcher {
  readonly definitions: ReadonlyMap<string, SectionDefinition>;
  readonly patterns: Readonly<Record<Language, RegExp>>;
  /** Header text (lower-cased) → section name, per language. */
  readonly names: Readonly<Record<Language, ReadonlyMap<string, string>>>;
}

const OPEN = '[【\\[［<＜(（〔《]';
const CLOSE = '[】\\]］>＞)）〕》]';
const BULLET = '(?:[#*•■□●○◆◇▼▽▶►・-]+[ \\t]*)?';

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/**
 * Compiles header lists into one line-anchored pattern per language. A header counts only at
 * the start of a line and only when it is closed off (colon, closing bracket, " - " or end of
 * line), so "SH" inside a sentence or "history of" in prose never opens a section.
 */
export function compileSectionMatcher(definitions: readonly SectionDefinition[]): SectionMatcher {
  const byName = new Map(definitions.map((d) => [d.name, d]));
  const compile = (language: Language) => {
    const names = new Map<string, string>();
    for (const definition of definitions) {
      // Japanese notes also use English headers ("FH:", "Plan:"); English notes never use Japanese.
      const headers =
        language === 'ja'
          ? [...definition.headers.ja, ...definition.headers.en]
          : definition.headers.en;
      for (const header of headers) names.set(header.toLowerCase(), definition.name);
    }
    const alternatives = [...names.keys()]
      .sort((a, b) => b.length - a.length)
      .map((header) => escapeRegExp(header).replace(/ /g, '[ \\t]+'))
      .join('|');
    const body = `(${alternatives})`;
    // Japanese notes indent a header inside a SOAP part with an ideographic space ("S) …⏎　家族背景：…").
    const pattern = new RegExp(
      `^[ \\t\\u3000]*${BULLET}(?:${OPEN}[ \\t]*${body}[ \\t]*${CLOSE}[ \\t]*[:：]?|${body}[ \\t]*(?:[:：]|[ \\t]-[ \\t]|(?=\\r?$)))`,
      'gimu',
    );
    return { pattern, names };
  };
  const en = compile('en');
  const ja = compile('ja');
  return {
    definitions: byName,
    patterns: { en: en.pattern, ja: ja.pattern },
    names: { en: en.names, ja: ja.names },
  };
}

/**
 * Finds section headers and where each section's body ends. A section runs to the next header,
 * or to the first blank line after its content has started: notes often use "Family history:
 * ..." as one paragraph among others, and letting it run to the end of the note would turn the
 * patient's later statements into a relative's.
 */
export function findSectionHeaders(
  text: string,
  language: Language,
  matcher: SectionMatcher,
): SectionHeader[] {
  // One compiled pattern, its ASCII twin on ASCII text (literal-gate.ts); the loop below runs to
  // the end, so the shared lastIndex is only reset here.
  const compiled = matcher.patterns[language];
  const pattern = (isAscii(text) && asciiTwin(compiled)) || compiled;
  pattern.lastIndex = 0;
  const found: { start: number; end: number; name: string; text: string }[] = [];
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const written = match[1] ?? match[2];
    if (written === undefined) continue;
    const name = matcher.names[language].get(written.toLowerCase().replace(/[ \t]+/g, ' '));
    if (name === undefined) continue;
    // The header starts where its line's content starts (a leading 【 or bullet included), so
    // a sentence starting on the header line belongs to the new section.
    const start = match.index + Math.max(0, match[0].search(/\S/));
    found.push({ start, end: match.index + match[0].length, name, text: written });
    if (match[0].length === 0) pattern.lastIndex += 1;
  }
  // Japanese notes head every part with 【…】; one the vocabulary does not name ("【追加検査】")
  // still ends the section before it, so 【家族歴】 does not run into the patient's results.
  const otherHeaders: number[] = [];
  if (language === 'ja') {
    for (const m of text.matchAll(/^[ \t\u3000]*【[^】\n]{1,24}】/gm)) otherHeaders.push(m.index);
  }
  return found.map((header, index) => {
    const known = found[index + 1]?.start ?? text.length;
    const other = otherHeaders.find((start) => start > header.start) ?? text.length;
    const next = Math.min(known, other);
    const bodyEnd = Math.min(next, blankLineAfterContent(text, header.end, next));
    // A relative's rows under a family history run on ("家族歴：母 乳癌⏎血縁者：…"); Japanese labels
    // end only the other one-line sections.
    const family = matcher.definitions.get(header.name)?.assertion?.experiencer === 'other';
    const japanese = language === 'ja' && !family;
    return {
      ...header,
      bodyEnd: Math.min(bodyEnd, labelledLineAfterInline(text, header.end, japanese)),
    };
  });
}

/**
 * A header written with its content on its own line ("PMH: HTN, hyperlipidemia.") and followed
 * by another labelled row the vocabulary does not name ("ECG: NSR, no acute ST changes."): a
 * one-line section, which ends with its line, so the rows and prose after it are not its body.
 * A header alone on its line ("PMH:" over its list) runs on as before. With `japanese`, a row
 * labelled in kanji or katakana ends it too ("既往歴：高血圧症⏎家族構成：妻、長男⏎直接聴取：…").
 */
function labelledLineAfterInline(text: string, headerEnd: number, japanese = false): number {
  const lineEnd = text.indexOf('\n', headerEnd);
  if (lineEnd < 0 || !/\S/.test(text.slice(headerEnd, lineEnd))) return text.length;
  const next = text.slice(lineEnd + 1, lineEnd + 64);
  return /^[ \t]*\p{Lu}[\p{L}\p{N} /&.'()-]{0,30}[:：][ \t]*\S/u.test(next) ||
    (japanese &&
      /^[ \t\u3000]*[\p{Script=Han}\p{Script=Katakana}ー・]{2,12}[:：][ \t\u3000]*\S/u.test(next))
    ? lineEnd + 1
    : text.length;
}

function blankLineAfterContent(text: string, from: number, limit: number): number {
  const contentStart = text.slice(from, limit).search(/\S/);
  if (contentStart < 0) return limit;
  const blank = /\n[ \t]*\r?\n/g;
  blank.lastIndex = from + contentStart;
  const match = blank.exec(text);
  return match ? match.index + 1 : limit;
}
