import type { NoteEvidence, StatusCandidate } from './mentions.js';
import type { SmokingAmountField, SmokingFinding, SmokingMention, SmokingStatus } from './types.js';

export interface ResolveContext {
  /** `note_date` (YYYY-MM-DD), anchoring "quit 5 years ago"; null when the note has none. */
  readonly noteDate: string | null;
  readonly noteText: string;
  /** The patient's age stated in the note ("58 yo"), for "since age 16". */
  readonly age: number | null;
}

// Sections whose statements are lists, not first-hand accounts (spec 3: they lose conflicts).
const WEAK_SECTIONS = new Set(['problem_list', 'past_medical_history', 'medications']);

const round = (value: number) => Math.round(value * 100) / 100;

function isFirstHand(mention: SmokingMention): string | null {
  if (mention.assertion.experiencer === 'other') return 'ignored: about someone else';
  if (mention.assertion.hypothetical) return 'ignored: hypothetical';
  if (mention.assertion.possible) return 'ignored: uncertain';
  return null;
}

/** A section default (Past Medical History → historical) is not evidence of quitting. */
function historicalByTrigger(mention: SmokingMention): boolean {
  return mention.assertion.triggers.some(
    (t) => t.startsWith('historical:') && !t.startsWith('historical:section:'),
  );
}

/** What a status candidate says once its assertion is read; null when it says nothing. */
function statusOf(candidate: StatusCandidate): StatusCandidate['status'] | null {
  const { assertion } = candidate.mention;
  if (candidate.form === 'concept') {
    if (assertion.negated) return 'never';
    return historicalByTrigger(candidate.mention) ? 'former' : 'current';
  }
  // "non-smoker" and "Tobacco: never" carry their own negation; "not a current smoker" does not
  // say which other status holds.
  if (candidate.form === 'statement' && assertion.negated && candidate.status !== 'never') {
    return null;
  }
  return candidate.status;
}

const isWeak = (candidate: StatusCandidate) =>
  candidate.sentence.section !== null && WEAK_SECTIONS.has(candidate.sentence.section);

/**
 * Higher wins: explicit and specific first-hand statements beat lists and templates. "Never"
 * is a claim about a whole life: first-hand narrative evidence of smoking outweighs it.
 */
function strength(
  candidate: StatusCandidate,
  status: SmokingStatus,
  evidence: NoteEvidence,
  smokedFirstHand: boolean,
): number {
  if (candidate.relapse) return 10;
  let score = candidate.form === 'statement' ? 3 : candidate.form === 'field' ? 2.5 : 2;
  if (isWeak(candidate)) score -= 1;
  if (status === 'never' && smokedFirstHand) score -= 1.5;
  if (evidence.amounts.some((a) => a.sentence === candidate.sentence && !isFirstHand(a.mention))) {
    score += 0.5;
  }
  return score;
}

/**
 * Many mentions, one answer (spec 3). Status: the strongest first-hand statement, the later one
 * on ties (notes are written in time order). Numbers: from usable amount mentions, preferring the
 * winning statement's sentence; derived fields computed forward only, never backwards.
 */
export function resolveSmoking(evidence: NoteEvidence, context: ResolveContext): SmokingFinding {
  const judged: { candidate: StatusCandidate; status: SmokingStatus }[] = [];
  for (const candidate of evidence.statuses) {
    const reason = isFirstHand(candidate.mention);
    if (reason) {
      candidate.mention.decision = reason;
      continue;
    }
    const status = statusOf(candidate);
    if (status === null) {
      candidate.mention.decision = 'ignored: negated statement';
      continue;
    }
    if (status === 'ever') {
      candidate.mention.decision = 'used: ever smoked, current or former not stated';
      continue;
    }
    judged.push({ candidate, status });
  }
  const smokedFirstHand = judged.some(
    (j) =>
      (j.status === 'current' || j.status === 'former') &&
      j.candidate.form !== 'field' &&
      !isWeak(j.candidate),
  );
  const ranked = judged.map((j) => ({
    ...j,
    score: strength(j.candidate, j.status, evidence, smokedFirstHand),
  }));
  ranked.sort((a, b) => b.score - a.score || b.candidate.mention.start - a.candidate.mention.start);
  const winner = ranked[0];
  let status: SmokingStatus = winner?.status ?? 'unknown';
  for (const entry of ranked) {
    entry.candidate.mention.decision =
      entry === winner
        ? `won: ${entry.status} (${entry.candidate.form}${entry.candidate.relapse ? ', relapse' : ''}, strongest and latest)`
        : `lost: ${entry.status} (weaker or earlier than the winner)`;
  }
  const everSmoked = evidence.statuses.some((s) => s.mention.decision.startsWith('used: ever'));
  if (!winner && !everSmoked) {
    // "Tobacco: 1 ppd", "喫煙本数：20本/日": amounts smoked now, with no other status cue.
    const smokingNow = evidence.amounts.find(
      (a) =>
        (a.mention.type === 'packs_per_day' || a.mention.type === 'cigarettes_per_day') &&
        !isFirstHand(a.mention) &&
        !a.mention.assertion.negated &&
        !historicalByTrigger(a.mention),
    );
    if (smokingNow) status = 'current';
  }
  const usableVaping = evidence.notTobacco.filter(
    (m) => m.value === 'vaping' && !isFirstHand(m) && !m.assertion.negated,
  );
  if (!winner && status === 'unknown' && usableVaping.length > 0) {
    // Spec 3: vaping or e-cigarettes alone is `never`.
    status = 'never';
    for (const m of usableVaping) m.decision = 'won: never (vaping alone is not tobacco smoking)';
  }
  const agreeing = ranked.filter((r) => r.status === status);
  const amounts = pickAmounts(
    evidence,
    winner?.candidate,
    new Set(agreeing.map((r) => r.candidate.sentence)),
    status,
    context.noteText,
  );
  // Cigar, pipe or hookah only: the cigarette-derived numbers stay null (spec 3).
  const noCigarettes =
    agreeing.length > 0 &&
    agreeing.every(
      (r) =>
        r.candidate.mention.product !== undefined && r.candidate.mention.product !== 'cigarette',
    );
  if (status === 'never') {
    for (const a of evidence.amounts) {
      if (a.mention.decision === 'used') a.mention.decision = 'ignored: never smoker';
    }
    return {
      status,
      packYears: null,
      cigarettesPerDay: null,
      yearsSmoked: null,
      quitYear: null,
      brinkmanIndex: null,
    };
  }
  const finding = derive(amounts, status, context);
  if (!noCigarettes) return finding;
  // Spec 3: cigars, pipe, hookah: the cigarette-derived numbers stay null; the quit year stays.
  for (const a of evidence.amounts) {
    if (a.mention.decision === 'used' && !a.mention.type.startsWith('quit_')) {
      a.mention.decision = 'ignored: not cigarettes';
    }
  }
  return {
    ...finding,
    packYears: null,
    cigarettesPerDay: null,
    yearsSmoked: null,
    brinkmanIndex: null,
  };
}

type Picked = Partial<Record<SmokingAmountField, SmokingMention>>;

// Amounts that are about smoking by their wording alone ("1 ppd", "BI 600").
const SPECIFIC = new Set<string>([
  'packs_per_day',
  'cigarettes_per_day',
  'pack_years',
  'brinkman_index',
]);

const CONTEXTUAL = new Set<SmokingAmountField>([
  'years_smoked',
  'year_span',
  'start_age',
  'start_year',
  'quit_age',
]);

function pickAmounts(
  evidence: NoteEvidence,
  winner: StatusCandidate | undefined,
  agreeing: ReadonlySet<StatusCandidate['sentence']>,
  status: SmokingStatus,
  noteText: string,
): Picked {
  const picked: Picked = {};
  // Numbers said with the winning statement first, then with statements that agree with it.
  const preference = (a: { sentence: StatusCandidate['sentence'] }) =>
    (winner && a.sentence === winner.sentence ? 2 : 0) + (agreeing.has(a.sentence) ? 1 : 0);
  const usable = evidence.amounts.filter((a) => {
    const reason = isFirstHand(a.mention);
    if (reason) {
      a.mention.decision = reason;
      return false;
    }
    const products = evidence.productsBySentence.get(a.sentence.start);
    const aboutCigarettes = !a.mention.type.startsWith('quit_');
    if (aboutCigarettes && products && products.size > 0 && !products.has('cigarette')) {
      a.mention.decision = 'ignored: not cigarettes';
      return false;
    }
    return true;
  });
  usable.sort((a, b) => preference(b) - preference(a) || b.mention.start - a.mention.start);
  // Generic amounts ("for 30 years", "since age 16") count only beside a smoking statement:
  // in its sentence, or earlier in the same block of template rows (no blank line between).
  const statements = [
    ...evidence.statuses.filter((s) => !s.mention.decision.startsWith('ignored')),
    ...evidence.amounts.filter((a) => SPECIFIC.has(a.mention.type) && !isFirstHand(a.mention)),
  ].map((s) => s.sentence);
  const spokenFor = (sentence: StatusCandidate['sentence']) =>
    statements.some((s) => {
      if (s === sentence) return true;
      if (s.start > sentence.start) return false;
      const between = noteText.slice(s.start, sentence.start);
      return !/\n[ \t]*\r?\n/.test(between) && between.split('\n').length <= 8;
    });
  for (const { mention, sentence } of usable) {
    const field = mention.type as SmokingAmountField;
    if (CONTEXTUAL.has(field) && !spokenFor(sentence)) {
      mention.decision = 'ignored: no smoking statement in its sentence';
      continue;
    }
    const isQuit = field.startsWith('quit_');
    if (isQuit && status === 'current') {
      mention.decision = 'ignored: current smoker has no quit date';
      continue;
    }
    if (picked[field]) {
      mention.decision = `lost: another ${field} was preferred`;
      continue;
    }
    picked[field] = mention;
    mention.decision = 'used';
  }
  return picked;
}

function num(mention: SmokingMention | undefined): number | null {
  return mention && typeof mention.value === 'number' ? mention.value : null;
}

function derive(picked: Picked, status: SmokingStatus, context: ResolveContext): SmokingFinding {
  const packs = num(picked.packs_per_day);
  const cigarettesPerDay = num(picked.cigarettes_per_day) ?? (packs === null ? null : packs * 20);
  const span = picked.year_span?.value as readonly [number, number] | undefined;
  const startAge = num(picked.start_age);
  const quitAge = num(picked.quit_age);
  const startYear = num(picked.start_year);
  const noteYear = context.noteDate ? Number(context.noteDate.slice(0, 4)) : null;
  let quitYear = num(picked.quit_year);
  const yearsAgo = num(picked.quit_years_ago);
  if (quitYear === null && yearsAgo !== null && noteYear !== null) quitYear = noteYear - yearsAgo;
  const monthsAgo = num(picked.quit_months_ago);
  if (quitYear === null && monthsAgo !== null && context.noteDate) {
    const date = new Date(`${context.noteDate}T00:00:00Z`);
    date.setUTCMonth(date.getUTCMonth() - Math.round(monthsAgo));
    quitYear = date.getUTCFullYear();
  }
  if (quitYear === null && span && status === 'former') quitYear = span[1];

  let yearsSmoked = num(picked.years_smoked);
  if (yearsSmoked === null && span) yearsSmoked = span[1] - span[0];
  if (yearsSmoked === null && startAge !== null && quitAge !== null)
    yearsSmoked = quitAge - startAge;
  if (yearsSmoked === null && startAge !== null && status === 'current' && context.age !== null) {
    yearsSmoked = context.age - startAge;
  }
  if (yearsSmoked === null && startYear !== null) {
    if (status === 'current' && noteYear !== null) yearsSmoked = noteYear - startYear;
    else if (status === 'former' && quitYear !== null) yearsSmoked = quitYear - startYear;
  }
  if (yearsSmoked !== null && yearsSmoked <= 0) yearsSmoked = null;

  const statedPackYears = num(picked.pack_years);
  const statedBrinkman = num(picked.brinkman_index);
  const product =
    cigarettesPerDay !== null && yearsSmoked !== null ? cigarettesPerDay * yearsSmoked : null;
  return {
    status,
    cigarettesPerDay: cigarettesPerDay === null ? null : round(cigarettesPerDay),
    yearsSmoked: yearsSmoked === null ? null : round(yearsSmoked),
    packYears: statedPackYears ?? (product === null ? null : round(product / 20)),
    brinkmanIndex: statedBrinkman ?? (product === null ? null : round(product)),
    quitYear: status === 'current' ? null : quitYear,
  };
}
