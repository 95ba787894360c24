/**
 * The patient's stated sex and the pronouns that do or do not stand for the patient ("she
 * carries it too"). Separate because a pronoun decides whose result a sentence is before any
 * relative word is read (relatives.ts takes over where a relative is named).
 */
import type { Span } from '../../core/types.js';
import type { CompiledLayout } from './rules.js';

/**
 * The patient's sex where the note states it: "42M", "33F", "56 y/o F", "a 42-year-old man",
 * "60 yo woman", "Mr."/"Mrs."/"Ms.", "Sex: Male". Null when not stated or when the cues disagree.
 */
export function statedPatientSex(text: string): 'M' | 'F' | null {
  const head = text.slice(0, 3000);
  const seen = new Set<'M' | 'F'>();
  const cues: [RegExp, (m: RegExpExecArray) => 'M' | 'F' | null][] = [
    // "42M", "33 F", "56 y/o F", "60yo M" (an age, then the sex letter; not "101 F" as a
    // temperature: ages of one or two digits only, nor after a decimal point).
    [
      /(?:^|[\s,(:;/-])(?<![.\d])\d{1,2}\s?(?:y\/?o\s?|yo\s?|yrs?\s?|y\s)?([MF])(?=[\s,.;:)/]|$)/gm,
      (m) => m[1] as 'M' | 'F',
    ],
    [
      // (Also "8 y/o boy", "45yo woman".)
      /\b\d{1,2}(?:[- ](?:year|yr)s?[- ]old|\s?y\/?o)\s+(?:(?:[a-z]+\s+){0,2})?(man|male|gentleman|boy|woman|female|lady|girl)\b/gi,
      (m) => (/^(?:man|male|gentleman|boy)$/i.test(m[1]!) ? 'M' : 'F'),
    ],
    [/\b(?:Sex|Gender)\s*:\s*(Male|Female|M|F)\b/gi, (m) => (/^m/i.test(m[1]!) ? 'M' : 'F')],
    [/(?<![A-Za-z])(Mr|Mrs|Ms|Miss)\b\.?\s+[A-Z]/g, (m) => (m[1] === 'Mr' ? 'M' : 'F')],
  ];
  for (const [re, sex] of cues) {
    re.lastIndex = 0;
    for (let m = re.exec(head); m; m = re.exec(head)) {
      const s = sex(m);
      if (s) seen.add(s);
    }
  }
  return seen.size === 1 ? [...seen][0]! : null;
}

/**
 * Whether the pronoun subject of a reference ("she carries it too", "She had the predictive
 * test and does not carry it") is of the other gender than the patient's stated sex.
 */
export function pronounNotPatient(text: string, span: Span, sex: 'M' | 'F' | null): boolean {
  if (sex === null) return false;
  const lead = text.slice(Math.max(0, span.start - 80), span.start);
  // (Also after a colon: "His mum, Ana, was tested in November: she has it too".)
  const open = Math.max(...['.', '!', '?', ';', ':', '(', '\n'].map((c) => lead.lastIndexOf(c)));
  const clause = lead.slice(open + 1) + text.slice(span.start, span.end);
  const pronoun = /^\s*(she|he)\b/i.exec(clause)?.[1]?.toLowerCase();
  if (!pronoun) return false;
  return (pronoun === 'she' ? 'F' : 'M') !== sex;
}

/**
 * "Ms B., 44 … We tested her blood for her father's variant only. She does not carry it.": a
 * pronoun subject of a carrier reference of the patient's own stated gender stands for the
 * patient when the text before it in its paragraph names no relative of that gender (a relative
 * named only as the variant's owner, "her father's variant", is no antecedent). "Her sister was
 * tested. She carries it too." stays the sister's.
 */
export function pronounIsPatient(
  text: string,
  span: Span,
  sentenceStart: number,
  sex: 'M' | 'F' | null,
  layout: CompiledLayout,
): boolean {
  if (sex === null) return false;
  const relative = sex === 'F' ? layout.femaleRelative : layout.maleRelative;
  // (Or opening a clause of its sentence after a dash, colon or semicolon: "When that was found
  // he had targeted testing for her variant (2021, blood) - he does not carry it", the
  // sentence's own words naming no relative of that gender either.)
  const inSentence = text.slice(sentenceStart, span.start);
  const clauseOpening = /(?:[:;]|\s[-–—])\s*$/.test(inSentence);
  if (!/^\s*$/.test(inSentence) && !clauseOpening) return false;
  const pronoun = /^\s*(she|he)\b/i.exec(text.slice(span.start, span.end))?.[1]?.toLowerCase();
  if (!pronoun || (pronoun === 'she' ? 'F' : 'M') !== sex) return false;
  if (clauseOpening && relative.test(inSentence)) return false;
  // (The lead within its paragraph, up to 200 characters: "Her daughter (21) had the family
  // variant checked … Result came last week: she does NOT carry it" is the daughter's.)
  const lead = text.slice(Math.max(0, sentenceStart - 200), sentenceStart);
  const paragraph = lead.split(/\n[ \t]*\n/).at(-1) ?? '';
  return !relative.test(paragraph);
}

/**
 * Whether the sentence holding an item opens with a subject pronoun or possessive ("He", "His
 * lab", "She", "Her test") of the other gender than the patient's stated sex.
 */
export function sentencePronounNotPatient(
  text: string,
  sentenceStart: number,
  itemStart: number,
  sex: 'M' | 'F' | null,
): boolean {
  if (sex === null) return false;
  // (The label of a line is not part of the sentence: "Indication: His lab found …".)
  // (Its opening only: a "sentence" with no full stop may be a whole list, read once per item.)
  const raw = text.slice(sentenceStart, Math.min(itemStart, sentenceStart + 60));
  const opening = /^\s*[-•*]?\s*(she|her|he|his)\b/i;
  const pronoun = (opening.exec(raw) ??
    opening.exec(raw.replace(/^[^:\n]{0,30}:\s*/, '')))?.[1]?.toLowerCase();
  if (!pronoun) return false;
  return (pronoun === 'she' || pronoun === 'her' ? 'F' : 'M') !== sex;
}

/**
 * "Patient (38F) … She now has a copy of his report and read it to me: MLH1 c.…": a test or
 * report owned by a possessive of the other gender than the patient's stated sex, before the
 * item in its sentence, is a relative's, and so is the result read from it. `testNoun` is the
 * layout's test nouns, anchored at the start (one word may stand between: "his genetic report").
 */
export function possessiveTestNotPatient(
  text: string,
  sentenceStart: number,
  itemStart: number,
  sex: 'M' | 'F' | null,
  testNoun: RegExp,
): boolean {
  if (sex === null) return false;
  // (Bounded: a "sentence" with no full stop may be a whole list, read once per item.)
  const before = text.slice(Math.max(sentenceStart, itemStart - 160), itemStart);
  const other = sex === 'F' ? 'his' : 'her';
  for (const m of before.matchAll(/\b(his|her)\s+/gi)) {
    if (m[1]!.toLowerCase() !== other) continue;
    const rest = before.slice(m.index + m[0].length);
    const noun = (words: string) => {
      const found = testNoun.exec(words);
      return found !== null && !/^[A-Za-z]/.test(words.slice(found[0].length).replace(/^s\b/, ''));
    };
    if (noun(rest) || noun(rest.replace(/^[\w-]+\s+/, ''))) return true;
  }
  return false;
}

/** A pronoun as the subject of the clause holding an item: "…, and testing showed that she has". */
const RESULT_PRONOUN =
  /(?:^|\bthat|\band|\bbut|,)\s+(she|he)\s+(?:(?:also|too|then|now)\s+)?(?:has|had|carries|carried|harbou?rs|harbou?red|inherited|is|was|tested|does|did)\b[^.;:!?\n]{0,80}$/i;

/**
 * "Her father had colon cancer, and genetic testing showed that she has MLH1 …": a pronoun
 * subject of the result's clause of the other sex than every relative named before it in its
 * sentence is not that relative (it is the patient), whatever ConText or the relative opening
 * the sentence says. A relative of the pronoun's sex, or of either ("cousin"), may be meant.
 */
export function resultPronounNotRelative(
  text: string,
  sentenceStart: number,
  itemStart: number,
  layout: CompiledLayout,
): boolean {
  // (Bounded: a "sentence" with no full stop may be a whole list, read once per item.)
  const lead = text.slice(Math.max(sentenceStart, itemStart - 300), itemStart);
  const m = RESULT_PRONOUN.exec(lead);
  if (!m) return false;
  const before = lead.slice(0, m.index);
  const [same, other] =
    m[1]!.toLowerCase() === 'she'
      ? [layout.femaleRelative, layout.maleRelative]
      : [layout.maleRelative, layout.femaleRelative];
  return other.test(before) && !same.test(before);
}
