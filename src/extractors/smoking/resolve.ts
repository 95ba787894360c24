import type { NoteEvidence, StatusCandidate } from './mentions.js';
import type { SmokingAmountField, SmokingFinding, SmokingMention, SmokingStatus } from './types.js';

export interface ResolveContext {
  /** Year of `note_date`, anchoring "quit 5 years ago"; null when the note has no date. */
  readonly noteYear: number | null;
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

/** Higher wins: explicit and specific first-hand statements beat lists and templates. */
function strength(candidate: StatusCandidate, evidence: NoteEvidence): number {
  if (candidate.relapse) return 10;
  let score = candidate.form === 'statement' ? 3 : candidate.form === 'field' ? 2.5 : 2;
  if (candidate.sentence.section && WEAK_SECTIONS.has(candidate.sentence.section)) score -= 1;
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
  const ranked: { candidate: StatusCandidate; status: SmokingStatus; score: number }[] = [];
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
    ranked.push({ candidate, status, score: strength(candidate, evidence) });
  }
  ranked.sort((a, b) => b.score - a.score || b.candidate.mention.start - a.candidate.mention.start);
  const winner = ranked[0];
  let status: SmokingStatus = winner?.status ?? 'unknown';
  for (const entry of ranked) {
    entry.candidate.mention.decision =
      entry === winner
        ? `won: ${entry.status} (${entry.candidate.form}${entry.candidate.relapse ? ', relapse' : ''}, strongest and latest)`
        : `lost: ${entry.status} (weaker or earlier than the winner)`;
  }
  const usableVaping = evidence.notTobacco.filter(
    (m) => m.value === 'vaping' && !isFirstHand(m) && !m.assertion.negated,
  );
  if (!winner && usableVaping.length > 0) {
    // Spec 3: vaping or e-cigarettes alone is `never`.
    status = 'never';
    for (const m of usableVaping) m.decision = 'won: never (vaping alone is not tobacco smoking)';
  }
  const winningProduct = winner?.candidate.mention.product;
  const agreeing = new Set(
    ranked.filter((r) => r.status === status).map((r) => r.candidate.sentence),
  );
  const amounts = pickAmounts(evidence, winner?.candidate, agreeing, status);
  const noCigarettes = winningProduct !== undefined && winningProduct !== 'cigarette';
  if (status === 'never' || noCigarettes) {
    for (const a of evidence.amounts) {
      if (a.mention.decision === 'used') {
        a.mention.decision =
          status === 'never' ? 'ignored: never smoker' : 'ignored: not cigarettes';
      }
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
  return derive(amounts, status, context);
}

type Picked = Partial<Record<SmokingAmountField, SmokingMention>>;

function pickAmounts(
  evidence: NoteEvidence,
  winner: StatusCandidate | undefined,
  agreeing: ReadonlySet<StatusCandidate['sentence']>,
  status: SmokingStatus,
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
    if (products && products.size > 0 && !products.has('cigarette')) {
      a.mention.decision = 'ignored: not cigarettes';
      return false;
    }
    return true;
  });
  usable.sort((a, b) => preference(b) - preference(a) || b.mention.start - a.mention.start);
  for (const { mention } of usable) {
    const field = mention.type as SmokingAmountField;
    const isQuit = field === 'quit_year' || field === 'quit_years_ago' || field === 'quit_age';
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
  let quitYear = num(picked.quit_year);
  const yearsAgo = num(picked.quit_years_ago);
  if (quitYear === null && yearsAgo !== null && context.noteYear !== null) {
    quitYear = context.noteYear - yearsAgo;
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
    if (status === 'current' && context.noteYear !== null)
      yearsSmoked = context.noteYear - startYear;
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
