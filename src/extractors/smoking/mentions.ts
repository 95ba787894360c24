import type { ClinicalText } from '../../core/clinical-text.js';
import type { AnalyzedNote, Sentence, Span } from '../../core/types.js';
import { eraYear, parseNumber } from './numbers.js';
import type { CompiledSmokingRules, StatementStatus } from './rules.js';
import type { Product, SmokingMention } from './types.js';

/** A status mention before resolution: what it says and how strong a statement it is. */
export interface StatusCandidate {
  readonly mention: SmokingMention;
  readonly status: StatementStatus;
  /** 'statement' (explicit wording), 'field' (template row), 'concept' (status from ConText). */
  readonly form: 'statement' | 'field' | 'concept';
  readonly relapse: boolean;
  readonly sentence: Sentence;
}

export interface NoteEvidence {
  readonly statuses: StatusCandidate[];
  readonly amounts: { mention: SmokingMention; sentence: Sentence }[];
  readonly notTobacco: SmokingMention[];
  readonly ignored: SmokingMention[];
  /** Products named in each sentence (by sentence start), to keep cigar numbers out. */
  readonly productsBySentence: Map<number, Set<Product>>;
}

function* matches(regex: RegExp, text: string) {
  regex.lastIndex = 0;
  for (let m = regex.exec(text); m; m = regex.exec(text)) {
    if (m[0].length === 0) {
      regex.lastIndex += 1;
      continue;
    }
    yield m;
  }
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/** First defined named group whose name starts with `prefix` (n, n2, n3…). */
function group(m: RegExpExecArray, prefix: string): string | undefined {
  for (const [name, value] of Object.entries(m.groups ?? {})) {
    if (value !== undefined && name.replace(/\d+$/, '') === prefix) return value;
  }
  return undefined;
}

/** The value of an amount match, by its field. `null` when the numbers do not parse. */
function amountValue(field: string, m: RegExpExecArray): SmokingMention['value'] {
  if (field === 'year_span') {
    const eraFrom = group(m, 'eraFrom');
    const eraTo = group(m, 'eraTo');
    const from = eraFrom
      ? eraYear(eraFrom, group(m, 'eraFromYear') ?? '')
      : Number(group(m, 'from'));
    const to = eraTo ? eraYear(eraTo, group(m, 'eraToYear') ?? '') : Number(group(m, 'to'));
    return from !== null &&
      to !== null &&
      Number.isFinite(from) &&
      Number.isFinite(to) &&
      to >= from
      ? [from, to]
      : null;
  }
  if (field === 'quit_year' || field === 'start_year') {
    const year = group(m, 'year');
    if (year) return Number(year);
    const yy = group(m, 'yy');
    if (yy) {
      const two = Number(yy.replace(/\D/g, ''));
      return two <= 40 ? 2000 + two : 1900 + two;
    }
    const era = group(m, 'era');
    const eraNumber = group(m, 'eraYear');
    return era && eraNumber ? eraYear(era, eraNumber) : null;
  }
  if (field === 'quit_years_ago' && group(m, 'last') !== undefined) return 1;
  const weeks = group(m, 'weeks');
  if (weeks !== undefined) {
    const value = parseNumber(weeks);
    return value === null ? null : value / 4.35;
  }
  const raw = group(m, 'n');
  if (raw === undefined) return null;
  const value = parseNumber(raw);
  if (value === null) return null;
  // 1日1箱半: a half added after the unit; "1 pack q2 days": per day is a half.
  const withHalf = group(m, 'half') !== undefined ? value + 0.5 : value;
  const every = Number(group(m, 'every'));
  return Number.isFinite(every) && every > 0 ? withHalf / every : withHalf;
}

/**
 * Every smoking mention in the candidate sentences of a note, each with its ConText assertion.
 * Precedence inside a sentence: ignored spans and non-tobacco products block what they
 * overlap; template fields and explicit statements take their span before bare concepts.
 */
export function findEvidence(
  core: ClinicalText,
  analyzed: AnalyzedNote,
  normalised: string,
  rules: CompiledSmokingRules,
): NoteEvidence {
  const evidence: NoteEvidence = {
    statuses: [],
    amounts: [],
    notTobacco: [],
    ignored: [],
    productsBySentence: new Map(),
  };
  for (const sentence of analyzed.sentences) {
    const text = normalised.slice(sentence.start, sentence.end);
    const make = (
      type: SmokingMention['type'],
      start: number,
      end: number,
      value: SmokingMention['value'],
      rule: string,
      product?: Product,
    ): SmokingMention => {
      const span = { start: sentence.start + start, end: sentence.start + end };
      // Amounts are judged at their first word: in "stopped smoking when his daughter was
      // born 12 years ago" the daughter's scope covers the end of the span, not the stopping.
      const firstWord = /^\S+/.exec(analyzed.text.slice(span.start, span.end))?.[0].length ?? 0;
      const target =
        type === 'status' || type === 'not_tobacco'
          ? span
          : { start: span.start, end: span.start + firstWord };
      const assertion = core.assert(analyzed, target);
      return {
        type,
        ...span,
        text: analyzed.text.slice(span.start, span.end),
        value,
        ...(product ? { product } : {}),
        assertion: {
          negated: assertion.negated,
          possible: assertion.possible,
          historical: assertion.historical,
          hypothetical: assertion.hypothetical,
          experiencer: assertion.experiencer,
          triggers: assertion.triggers.map((t) => `${t.category}:${t.text || t.rule}`),
        },
        section: sentence.section,
        rule: `smoking.${rule}`,
        decision: 'used',
      };
    };
    const blocked: Span[] = [];
    for (const rule of rules.ignore) {
      for (const m of matches(rule.regex, text)) {
        const mention = make('status', m.index, m.index + m[0].length, null, rule.id);
        mention.decision = `ignored: ${rule.id.split('.').pop()}`;
        evidence.ignored.push(mention);
        blocked.push({ start: m.index, end: m.index + m[0].length });
      }
    }
    for (const rule of rules.notTobacco) {
      for (const m of matches(rule.regex, text)) {
        const mention = make(
          'not_tobacco',
          m.index,
          m.index + m[0].length,
          rule.id.split('.').pop()!,
          rule.id,
        );
        evidence.notTobacco.push(mention);
        blocked.push({ start: m.index, end: m.index + m[0].length });
      }
    }
    const isBlocked = (span: Span) => blocked.some((b) => overlaps(b, span));
    // A header standing alone on its line ("Tobacco Use", "SOCIAL HISTORY:") names a topic; the
    // words in it are not a statement about the patient.
    const headerSpans: Span[] = analyzed.sections
      .filter((h) => h.start >= sentence.start && h.start < sentence.end)
      .filter((h) =>
        /^[\s:：】\]）)]*$/.test(analyzed.text.slice(h.end, lineEnd(analyzed.text, h.end))),
      )
      .map((h) => ({ start: h.start - sentence.start, end: h.end - sentence.start }));
    const taken: Span[] = [];
    const take = (span: Span) => {
      if (isBlocked(span) || taken.some((t) => overlaps(t, span))) return false;
      taken.push(span);
      return true;
    };
    const addStatus = (
      status: StatementStatus,
      form: StatusCandidate['form'],
      start: number,
      end: number,
      rule: string,
      relapse = false,
      product?: Product,
    ) => {
      const mention = make('status', start, end, status, rule, product);
      evidence.statuses.push({ mention, status, form, relapse, sentence });
    };

    // Template rows first: "Smoking status: Former Smoker" is one statement, not three words.
    // The label itself ("Tobacco:", "喫煙：") is not a statement; its value is.
    const labels: Span[] = [];
    for (const m of matches(rules.fieldLabel, text)) {
      const labelEnd = m.index + m[0].length;
      labels.push({ start: m.index, end: labelEnd });
      const rest = text.slice(labelEnd);
      for (const value of rules.fieldValues) {
        const v = value.regex.exec(rest);
        if (!v) continue;
        const span = { start: m.index, end: labelEnd + v[0].length };
        if (take(span))
          addStatus(
            value.status,
            'field',
            span.start,
            span.end,
            `${rules.language}.field.${value.status}`,
          );
        break;
      }
    }
    for (const m of matches(rules.checkbox, text)) {
      const raw = (group(m, 'value') ?? '').toLowerCase();
      const status = checkboxStatus(raw);
      const span = { start: m.index, end: m.index + m[0].length };
      if (status && take(span))
        addStatus(status, 'field', span.start, span.end, `${rules.language}.field.checkbox`);
    }
    const statementMatches = rules.statements.flatMap((rule) =>
      [...matches(rule.regex, text)].map((m) => ({ rule, m })),
    );
    statementMatches.sort((a, b) => b.m[0].length - a.m[0].length || a.m.index - b.m.index);
    for (const { rule, m } of statementMatches) {
      const span = { start: m.index, end: m.index + m[0].length };
      if (take(span))
        addStatus(rule.status, 'statement', span.start, span.end, rule.id, rule.relapse);
    }
    const products = new Set<Product>();
    // Longest first, so "加熱式タバコ" is heated tobacco, not the cigarette word inside it.
    const conceptMatches = rules.concepts.flatMap((rule) =>
      [...matches(rule.regex, text)].map((m) => ({ rule, m })),
    );
    conceptMatches.sort((a, b) => b.m[0].length - a.m[0].length || a.m.index - b.m.index);
    const conceptSpans: Span[] = [];
    for (const { rule, m } of conceptMatches) {
      const span = { start: m.index, end: m.index + m[0].length };
      if (isBlocked(span) || headerSpans.some((h) => overlaps(h, span))) continue;
      if (conceptSpans.some((c) => overlaps(c, span))) continue;
      // Inside a label ("喫煙：") or a statement ("former smoker"): it names the product only.
      if (labels.some((l) => overlaps(l, span)) || !take(span)) {
        products.add(rule.product);
        continue;
      }
      products.add(rule.product);
      conceptSpans.push(span);
      addStatus('current', 'concept', span.start, span.end, rule.id, false, rule.product);
    }
    for (const candidate of evidence.statuses) {
      if (candidate.sentence === sentence && candidate.mention.product)
        products.add(candidate.mention.product);
    }
    evidence.productsBySentence.set(sentence.start, products);
    for (const rule of rules.amounts) {
      for (const m of matches(rule.regex, text)) {
        const value = amountValue(rule.field, m);
        if (value === null) continue;
        const mention = make(rule.field, m.index, m.index + m[0].length, value, rule.id);
        evidence.amounts.push({ mention, sentence });
      }
    }
  }
  return evidence;
}

function lineEnd(text: string, from: number): number {
  const newline = text.indexOf('\n', from);
  return newline < 0 ? text.length : newline;
}

function checkboxStatus(value: string): StatementStatus | null {
  if (/過去|禁煙|以前|former/.test(value)) return 'former';
  if (/現在|current|yes/.test(value)) return 'current';
  if (/なし|無|never|^no$/.test(value)) return 'never';
  // A ticked "あり" (smoked) without current/past says only that the patient has smoked.
  if (/あり|有/.test(value)) return 'ever';
  return null;
}
