import { countBefore } from '../../core/bisect.js';
import { asciiTwin, isAscii } from '../../core/text/literal-gate.js';
import type { CompiledPeople } from './rules.js';

type Sex = 'f' | 'm';

/**
 * A person reference in the note, in text order. `person`: a relative, partner or companion
 * ("her husband Tom", "Mom", a first name met before); `patient`: a word that names the patient
 * ("Pt", "Mr. Ito"); `pronoun`: "he"/"she" as a subject; `reset`: a line label ("Social:"),
 * where a new topic starts.
 */
interface PersonEvent {
  readonly at: number;
  readonly end: number;
  readonly kind: 'person' | 'patient' | 'pronoun' | 'reset';
  readonly sex: Sex | null;
  /** A first name ("Kevin"): whoever it names is never the patient. */
  readonly named: boolean;
  /** Introduced as a sentence subject or with a name: the topic a same-sex pronoun follows. */
  readonly strong: boolean;
  /** Named as the source of the history ("per daughter, he…"). */
  readonly collateral: boolean;
  /**
   * Heads its line as a label ("Mother - lung cancer at 58; heavy smoker", "Brother (47): smokes
   * 1 ppd"): a family-history or pedigree row, about that person to the end of the line.
   */
  readonly head?: boolean;
  /**
   * Named right after a dating subordinator, as a possessor or a subject ("Since his brother's
   * heart attack he has cut back", "started again when her sister was ill"): the clause only
   * dates the main clause's event, so the person is no topic for a later pronoun.
   */
  readonly dating?: boolean;
  /**
   * A patient reference that a child of the patient reported ("daughter states mum is a heavy
   * smoker"): the mention after it is the patient's, against ConText's scope of "daughter".
   */
  readonly reported?: boolean;
  /**
   * Named in a family-history field opened on its line ("Family history: brother had CABG at
   * 58."): the end of that line, after which the relative is no topic for a pronoun of the
   * patient's sex ("He smoked about a pack and a half a day…" on the next line is the patient).
   */
  readonly fieldEnd?: number;
  /**
   * Named only as an object in someone else's clause, or as the head of a relative clause hanging
   * off it ("when she moved in with her sister, who would not have it in the house"): not the
   * clause's subject, so it may yield the topic back to that subject once the sentence ends.
   */
  readonly object?: boolean;
  /**
   * A young child by the age written right after the phrase ("her granddaughter (4)", "son (age
   * 6)", "daughter (18 months)"): no topic for a later pronoun, since what follows of smoking is
   * not the child's ("…was the push to stop smoking - she quit 14 months ago").
   */
  readonly young?: boolean;
}

/** A bracketed age under 10 years, or in months, right after a person phrase. */
const YOUNG_AGE =
  /^\s{0,2}\(\s{0,2}(?:age[sd]?\s{1,2})?(?:(?<years>\d{1,2})(?:\s{0,2}(?:y\/?o|yo|y|yrs?|years?(?:\s{1,2}old)?))?|\d{1,2}\s{0,2}(?:months?|mos?|m\/?o)(?:\s{1,2}old)?)\s{0,2}[),;]/i;
const isYoung = (after: string) => {
  const m = YOUNG_AGE.exec(after);
  return m !== null && (m.groups?.years === undefined || Number(m.groups.years) < 10);
};

/** What the forward pass knows at a pronoun. */
interface PronounContext {
  /** The person last mentioned since the last label or patient word. */
  readonly antecedent: PersonEvent | null;
  /** Whether a person of the pronoun's sex (or of unknown sex) was mentioned since then. */
  readonly sameSexAround: boolean;
  /** The pronoun follows a collateral source in its own sentence: it is the patient. */
  readonly afterCollateral: boolean;
  /** The last person named before it is a young child of its sex (or of unknown sex). */
  readonly afterYoung: boolean;
  /**
   * The patient's sex told by a pronoun before it that no person was named for ("He quit in 2019
   * at his wife's insistence. She…"), when the note states none: null when there was none.
   */
  readonly patientSexSoFar: Sex | null;
}

const MAX_NAMES = 20;

/**
 * Who "he", "she" and first names mean, for the smoking mentions of one note (decisions 49-50):
 *
 * - A person introduced with a name ("her husband Tom", "Ruth, his wife", "married to Ray") or
 *   as the subject of a clause ("Mom says…", "Son at bedside says…") becomes the topic. A later
 *   pronoun of that person's sex refers to them ("He smokes two packs a day"), until a line
 *   label ("Social:") or a word naming the patient ("Pt", "Mr. Ito") ends the topic.
 * - A pronoun of the other sex than the patient's (the note's "58 y/o F", "Mr.") refers to a
 *   person of that sex mentioned since then, even one named only as an object ("lives with
 *   Linda. She smokes").
 * - A pronoun of the other sex than the topic, or right after a collateral source ("Per wife,
 *   he smoked…"), is the patient: what the relative reports is about the patient.
 * - A first name met before names that person wherever it appears ("Kevin smokes there").
 *
 * A mention is judged by the nearest person reference before it in its sentence; with none the
 * ConText assertion stands. Everything is found by a handful of regex scans and one forward
 * pass over the sorted references: linear in the note.
 */
export class Referents {
  private readonly events: PersonEvent[];
  private readonly pronouns = new Map<PersonEvent, PronounContext>();
  private readonly patientSex: Sex | null;
  /** Person events that head their line (see PersonEvent.head), by the line's start. */
  private readonly lineHeads = new Map<number, PersonEvent>();

  /** Reported speech ending the text before a pronoun (the vocab's people.reported_speech). */
  private readonly reportedSpeech: RegExp;

  constructor(
    private readonly text: string,
    compiled: CompiledPeople,
  ) {
    // These scans read the whole note: on an ASCII note, the expressions' faster twins.
    const people = isAscii(text) ? asciiPeople(compiled) : compiled;
    this.reportedSpeech = people.reportedSpeech;
    this.patientSex = patientSex(text, people);
    const events: PersonEvent[] = [];
    // Characters inside person phrases: "Pt's girlfriend" is the girlfriend, not a patient cue.
    const phrases = new Uint8Array(text.length);
    const names = new Map<string, Sex | null>();
    const isName = (word: string | undefined): word is string =>
      word !== undefined &&
      /^\p{Lu}\p{Ll}/u.test(word) &&
      !people.notName.test(word) &&
      !people.personWord.test(word);

    people.person.lastIndex = 0;
    for (let m = people.person.exec(text); m; m = people.person.exec(text)) {
      const groups = m.groups ?? {};
      const sex: Sex | null = groups.f ? 'f' : groups.m ? 'm' : null;
      const indices = m.indices?.groups;
      const name = isName(groups.name) ? groups.name : undefined;
      const wordEnd = Math.max(indices?.f?.[1] ?? 0, indices?.m?.[1] ?? 0, indices?.x?.[1] ?? 0);
      const end = name ? m.index + m[0].length : wordEnd;
      const before = text.slice(Math.max(0, m.index - 40), m.index);
      // "Ruth, his wife, …": the name before the phrase.
      const nameBefore = /(\p{Lu}\p{Ll}+),\s*$/u.exec(before)?.[1];
      if (name) names.set(name, sex);
      if (isName(nameBefore) && /^(?:his|her|their)\b/i.test(m[0])) names.set(nameBefore, sex);
      // (Also a speaker who tells of the patient's habit: "Wife says it was actually 6 years ago".)
      const collateral =
        people.collateral.test(before) || people.reportsEvent.test(text.slice(end, end + 60));
      // A child of the patient speaking of a parent of the patient's sex ("daughter states mum
      // is a 'heavy smoker'", "son says his dad still smokes 20 a day"): the parent is the
      // patient, and what the child reports is collateral about the patient (decision 49).
      // So is the parent named later on the line where that child spoke ("Daughter says she
      // herself smokes… Mom 'still sneaks 3 or 4 a day'"): the child is still the one talking.
      const last = events[events.length - 1];
      const childTalking =
        last?.kind === 'person' &&
        !last.named &&
        people.childWord.test(text.slice(last.at, last.end)) &&
        !text.slice(last.end, m.index).includes('\n');
      if (
        !name &&
        people.parentWord.test(m[0]) &&
        (people.childReporter.test(before) || childTalking) &&
        (this.patientSex === null || this.patientSex === sex)
      ) {
        events.push({ ...plain(m.index, end, 'patient', null), reported: true });
        phrases.fill(1, m.index, end);
        people.person.lastIndex = end;
        continue;
      }
      const subject = clauseInitial(before, people);
      const dating = DATING_CLAUSE.test(before);
      const event: PersonEvent = {
        at: m.index,
        end,
        kind: 'person',
        sex,
        named: name !== undefined,
        // (Also the subject of its own relative clause: "the patches are for her son (19), who
        // lives with her and still smokes about 5 a day".)
        strong:
          !collateral &&
          (name !== undefined ||
            subject ||
            RELATIVE_CLAUSE.test(text.slice(end, end + 40)) ||
            (/,\s*$/.test(before) && people.appositionSubject.test(text.slice(end, end + 40)))),
        collateral,
        head: heads(text, m.index, end),
        dating,
        fieldEnd: familyFieldEnd(text, m.index, end, people),
        // (Not one of a pair of subjects: "She and her sister smoke".)
        object: !subject && !collateral && !dating && !/\b(?:and|or|nor|&)\s*$/i.test(before),
        young: !name && isYoung(text.slice(end, end + 24)),
      };
      events.push(event);
      if (event.head) this.lineHeads.set(text.lastIndexOf('\n', m.index - 1) + 1, event);
      phrases.fill(1, m.index, end);
      people.person.lastIndex = end;
    }
    people.introducer.lastIndex = 0;
    for (let m = people.introducer.exec(text); m; m = people.introducer.exec(text)) {
      const name = m.groups?.name;
      if (isName(name) && !names.has(name)) names.set(name, null);
    }
    const inPhrase = (at: number) => phrases[at] === 1;
    if (names.size > 0) {
      const known = [...names.keys()].slice(0, MAX_NAMES);
      const byName = new RegExp(`\\b(?:${known.map(escapeRegex).join('|')})\\b`, 'gu');
      for (let m = byName.exec(text); m; m = byName.exec(text)) {
        if (inPhrase(m.index)) continue;
        events.push({
          at: m.index,
          end: m.index + m[0].length,
          kind: 'person',
          sex: names.get(m[0]) ?? null,
          named: true,
          strong: true,
          collateral: false,
        });
      }
    }
    people.patient.lastIndex = 0;
    for (let m = people.patient.exec(text); m; m = people.patient.exec(text)) {
      if (m[0].length === 0) {
        people.patient.lastIndex += 1;
        continue;
      }
      if (inPhrase(m.index)) continue;
      events.push(plain(m.index, m.index + m[0].length, 'patient', null));
    }
    people.pronoun.lastIndex = 0;
    for (let m = people.pronoun.exec(text); m; m = people.pronoun.exec(text)) {
      const sex: Sex = m.groups?.he ? 'm' : 'f';
      events.push(plain(m.index, m.index + m[0].length, 'pronoun', sex));
    }
    people.label.lastIndex = 0;
    for (let m = people.label.exec(text); m; m = people.label.exec(text)) {
      if (m[0].length === 0) {
        people.label.lastIndex += 1;
        continue;
      }
      events.push(plain(m.index + m[0].length, m.index + m[0].length, 'reset', null));
    }
    events.sort((a, b) => a.at - b.at || a.end - b.end);
    // An object pronoun right after a relative of its sex who is the clause's subject ("Lives
    // alone; son checks on him daily. He smoked…"): not that relative (it would be "himself"), so
    // the patient of that sex, who is the topic again for a pronoun after the sentence ends (the
    // rest of the sentence stays the relative's: "His brother, who worked with him, quit in 2001").
    if (this.patientSex !== null) {
      const patients: PersonEvent[] = [];
      people.objectPronoun.lastIndex = 0;
      for (let m = people.objectPronoun.exec(text); m; m = people.objectPronoun.exec(text)) {
        const sex: Sex = m.groups?.he ? 'm' : 'f';
        if (sex !== this.patientSex || inPhrase(m.index)) continue;
        const index = m.index;
        const before = events[countBefore(events.length, (i) => events[i]!.at < index) - 1];
        if (
          before?.kind === 'person' &&
          before.sex === sex &&
          before.strong &&
          !before.named &&
          !/[.;!?\n]/.test(text.slice(before.end, m.index))
        ) {
          // (Bounded: a note of many such pronouns stays linear.)
          const rest = /[.;!?\n]/.exec(text.slice(m.index, m.index + 400));
          const end = rest ? m.index + rest.index + 1 : Math.min(text.length, m.index + 400);
          patients.push(plain(end, end, 'patient', null));
        }
      }
      if (patients.length > 0) {
        events.push(...patients);
        events.sort((a, b) => a.at - b.at || a.end - b.end);
      }
    }
    this.events = events;

    // One forward pass: the topic and the people around at each pronoun.
    let antecedent: PersonEvent | null = null;
    // When the antecedent was named only as an object in the patient's clause: the patient's sex
    // and where that sentence ends (see objectOfPatient).
    let yields: { sex: Sex; after: number } | null = null;
    const seen = { f: false, m: false, x: false };
    let previous: PersonEvent | null = null;
    let young: PersonEvent | null = null;
    // The sex of the first pronoun with no person before it: the patient's, as ConText reads it.
    let pronounPatientSex: Sex | null = null;
    for (const event of events) {
      if (event.kind === 'reset' || event.kind === 'patient') {
        antecedent = null;
        yields = null;
        young = null;
        seen.f = seen.m = seen.x = false;
      } else if (event.kind === 'person') {
        seen[event.sex ?? 'x'] = true;
        // Someone of unknown sex named only as an object ("Her visitor (brother) asked staff
        // twice where he could go for a smoke", "Son told a friend he …") does not take the
        // topic from a person introduced as a subject: the later pronoun is still the subject's.
        young = event.young ? event : null;
        if (!(antecedent?.strong && !event.strong && event.sex === null) && !event.young) {
          antecedent = event;
          yields = this.objectOfPatient(event, previous);
        }
      } else {
        const sex = event.sex as Sex;
        // The patient's pronoun in a later sentence, after a relative named only as an object in
        // the patient's own clause ("…when she moved in with her sister, who would not have it in
        // the house. She puts her usual consumption at around ten a day"): the patient is the
        // topic again (decision 50; a relative who is the subject, "Her sister smokes. She…",
        // still takes the pronoun).
        if (yields && yields.sex === sex && antecedent?.sex === sex && event.at > yields.after) {
          antecedent = null;
          yields = null;
        }
        // A relative named in a family-history field on an earlier line: that field has ended,
        // and a pronoun of the patient's sex is the patient again (not the other sex: "FH: father
        // had an MI. He smoked 2 ppd" in a woman's note is still the father).
        if (
          antecedent?.fieldEnd !== undefined &&
          event.at > antecedent.fieldEnd &&
          (this.patientSex === null || this.patientSex === sex)
        ) {
          antecedent = null;
        }
        const afterCollateral =
          previous?.kind === 'person' &&
          previous.collateral &&
          !/[.!?\n]/.test(text.slice(previous.end, event.at));
        this.pronouns.set(event, {
          antecedent,
          sameSexAround: seen[sex] || seen.x,
          afterCollateral,
          afterYoung: young !== null && (young.sex === null || young.sex === sex),
          patientSexSoFar: pronounPatientSex,
        });
        if (pronounPatientSex === null && antecedent === null && !afterCollateral) {
          pronounPatientSex = sex;
        }
      }
      previous = event;
    }
  }

  /**
   * For a relative named only as an object in the patient's own clause ("she moved in with her
   * sister, who…", "Lives with his wife, who…", "Pt cares for her mother"): the patient's sex and
   * the end of the sentence, after which a pronoun of that sex is the patient's again; else null.
   * The clause is the patient's when its subject, the reference just before in the sentence, is a
   * patient word or a pronoun that no person of its sex is the topic for, or when the sentence has
   * no subject and opens with the verb ("Lives with", "Moved in with").
   */
  private objectOfPatient(
    event: PersonEvent,
    previous: PersonEvent | null,
  ): { sex: Sex; after: number } | null {
    if (!event.object) return null;
    const text = this.text;
    // (Bounded: a sentence is looked back into for at most 160 characters.)
    let sentenceStart = event.at;
    const limit = Math.max(0, event.at - 160);
    while (sentenceStart > limit && !/[.!?\n]/.test(text[sentenceStart - 1]!)) sentenceStart -= 1;
    const possessive = /^(?:(his)|(her))\b/i.exec(text.slice(event.at, event.end));
    const ownSex: Sex | null = possessive ? (possessive[1] ? 'm' : 'f') : null;
    let sex: Sex | null = null;
    if (previous && previous.kind !== 'reset' && previous.at >= sentenceStart) {
      if (previous.kind === 'patient') sex = this.patientSex ?? ownSex;
      else if (previous.kind === 'pronoun') {
        const context = this.pronouns.get(previous);
        const topic = context?.antecedent;
        if (topic?.sex === previous.sex && !context?.afterCollateral) return null;
        sex = previous.sex;
      } else return null;
    } else if (SUBJECTLESS_OBJECT.test(text.slice(sentenceStart, event.at))) {
      sex = this.patientSex ?? ownSex;
    }
    if (sex === null || (this.patientSex !== null && sex !== this.patientSex)) return null;
    const rest = /[.!?](?=\s|$)|\n/.exec(text.slice(event.end, event.end + 400));
    return { sex, after: rest ? event.end + rest.index : event.end + 400 };
  }

  /**
   * Who a mention starting at `at` is about, by the nearest person reference before it in its
   * sentence (which starts at `sentenceStart`): 'other', 'patient', or null when the references
   * say nothing and the ConText assertion stands.
   */
  speaker(at: number, sentenceStart: number): 'other' | 'patient' | null {
    // A statement that opens with its own subject pronoun ("… with her husband until last year,
    // when she stopped that too") or patient word ("Husband smokes; patient quit 2010"): that
    // subject, not the person before it, says who stopped.
    const own = this.subjectAt(at);
    if (own) return this.speakerOf(own, at, sentenceStart);
    // A relative named only as a possessor ("He stopped six years ago, right after his brother's
    // diagnosis, and puts his total at 45 pack-years") is no subject: the pronoun before it still
    // is, and unless it names someone else the mention is the patient's (ConText's scope of
    // "brother" would make it the brother's).
    const nearest = this.nearestBefore(at);
    const subject = this.pastPossessor(nearest, at, sentenceStart);
    const who = this.speakerOf(subject, at, sentenceStart);
    return subject !== nearest && who === null ? 'patient' : who;
  }

  private speakerOf(
    event: PersonEvent | undefined,
    at: number,
    sentenceStart: number,
  ): 'other' | 'patient' | null {
    // A row headed by a relative ("Mother - lung adenocarcinoma at 58, deceased 59; heavy
    // smoker, 40+ years"): ConText's scope stops at the clause end, but the whole row is about
    // the relative, unless a patient word or a pronoun comes between ("Mother - COPD; patient
    // herself never smoked", "Wife - says he quit in 2010").
    const head = this.lineHeads.get(this.text.lastIndexOf('\n', at - 1) + 1);
    if (
      head &&
      head.end <= at &&
      (!event || event.kind === 'reset' || (event.kind === 'person' && event.at >= head.at))
    ) {
      return 'other';
    }
    if (!event || event.at < sentenceStart) return null;
    if (event.kind === 'patient' && event.reported) return 'patient';
    if (event.kind === 'person') {
      if (event.named) return 'other';
      // A relative who opens the clause is the subject of its later verbs too: "Her late
      // husband was a heavy smoker - about 2 packs a day for 30-odd years - and smoked indoors",
      // "Mom quit in 2017 but restarted last spring and smokes on the porch". ConText's scope
      // ends at "but" and after 15 words; the subject does not, until another reference (a
      // pronoun, "pt") or a reflexive in the mention's clause ("Wife smokes 1 ppd but never
      // smoked herself") names someone else.
      const clauseAfter = /^[^.;\n]{0,60}/.exec(this.text.slice(at, at + 60))?.[0] ?? '';
      // (Bounded: a sentence of thousands of mentions after one relative stays linear.)
      const between = this.text.slice(Math.max(event.end, at - 200), at);
      if (event.strong && !namesAnother(between + clauseAfter, event.sex)) return 'other';
      return null;
    }
    if (event.kind !== 'pronoun') return null;
    const context = this.pronouns.get(event);
    if (!context) return null;
    if (context.afterCollateral) return 'patient';
    // "Daughter says she herself smokes a pack a day": an emphatic reflexive right after a
    // relative's speech verb is that speaker, not the patient.
    const speakerTopic = context.antecedent;
    if (
      speakerTopic?.kind === 'person' &&
      (speakerTopic.sex === null || speakerTopic.sex === event.sex) &&
      /^\s+(?:himself|herself|themselves)\b/i.test(this.text.slice(event.end, event.end + 14)) &&
      this.reportedSpeech.test(this.text.slice(speakerTopic.end, event.at)) &&
      !/[.;!?\n]/.test(this.text.slice(speakerTopic.end, event.at))
    ) {
      return 'other';
    }
    // "lives with his brother, who smokes a pack a day. He himself quit 12 years ago": an
    // emphatic reflexive of the patient's sex sets the patient against the person just
    // introduced (not "per husband she has never smoked; he himself quit", of the other sex).
    if (
      (this.patientSex === null || this.patientSex === event.sex) &&
      (/^\s+(?:himself|herself)\b/i.test(this.text.slice(event.end, event.end + 12)) ||
        this.closingReflexive(event))
    ) {
      return 'patient';
    }
    const sex = event.sex as Sex;
    const topic = context.antecedent;
    // Past a young child of the pronoun's sex with no other topic ("Her granddaughter (4) stays
    // with them… she quit 14 months ago"): the patient, against ConText's scope of the child's age.
    if (!topic)
      return context.afterYoung && (this.patientSex === null || this.patientSex === sex)
        ? 'patient'
        : null;
    // The main clause after a dating clause in the same sentence ("Since his brother's heart
    // attack he has cut back, and these days he smokes about twelve a day"): its subject pronoun
    // of the patient's sex is the patient, against ConText's scope of the relative's word. (In a
    // later sentence the relative is the topic again: "…the year her husband retired. He still
    // smokes cigars".)
    if (
      topic.dating &&
      !topic.strong &&
      !topic.named &&
      topic.at >= sentenceStart &&
      (this.patientSex === null || this.patientSex === sex)
    ) {
      return 'patient';
    }
    const otherThanPatient = this.patientSex !== null && this.patientSex !== sex;
    // With no sex stated, a pronoun of the other sex than the patient's own earlier pronoun, after
    // a person of its sex named since ("He quit in 2019 at his wife's insistence. She quit in
    // 2015"), is that person (decision 50).
    const otherThanPronounPatient =
      this.patientSex === null &&
      context.patientSexSoFar !== null &&
      context.patientSexSoFar !== sex;
    if (topic.sex === sex) {
      return topic.strong || otherThanPatient || otherThanPronounPatient ? 'other' : null;
    }
    if (topic.sex === null) return otherThanPatient ? 'other' : null;
    // The topic is of the other sex: the pronoun is the patient, unless the patient is of the
    // other sex too and someone of the pronoun's sex was mentioned.
    if (otherThanPatient) return context.sameSexAround ? 'other' : null;
    return 'patient';
  }

  /**
   * A reflexive of the pronoun's own sex closing its negated clause, with no other person named
   * between ("her mother, a 2-pack-a-day smoker, died of lung cancer. She has never smoked
   * herself"): the emphatic contrast with the person just named, as "She herself has never
   * smoked". (Not a positive clause: "Her sister smokes. She is trying to quit herself" may be the
   * sister, "herself" meaning "too".)
   */
  private closingReflexive(pronoun: PersonEvent): boolean {
    const clause =
      /^[^.;:!?\n]{0,80}/.exec(this.text.slice(pronoun.end, pronoun.end + 80))?.[0] ?? '';
    const m = /\b(?:(herself)|(himself))\b/i.exec(clause);
    if (!m || (m[1] ? 'f' : 'm') !== pronoun.sex) return false;
    if (!/\b(?:never|not|no\s+longer|denies)\b|n['’]t\b/i.test(clause.slice(0, m.index))) {
      return false;
    }
    const reflexiveAt = pronoun.end + m.index;
    const after = countBefore(this.events.length, (i) => this.events[i]!.at < pronoun.end);
    const next = this.events[after];
    return !next || next.at >= reflexiveAt;
  }

  /** The subject pronoun a mention starts with ("she stopped"), if any. */
  private subjectAt(at: number): PersonEvent | undefined {
    const i = countBefore(this.events.length, (j) => this.events[j]!.at < at);
    const event = this.events[i];
    if (event?.at === at && (event.kind === 'pronoun' || event.kind === 'patient')) return event;
    // (A patient phrase the mention starts inside: "the patient quit".)
    const covering = this.events[i - 1];
    return covering?.kind === 'patient' && covering.end > at ? covering : undefined;
  }

  /**
   * A relative who is only a possessor ("his brother's diagnosis", "her mother's funeral")
   * and not a subject: the pronoun before it in the sentence, when there is one. So is a
   * relative who is the subject of a clause that only dates the patient's event, once that
   * clause has ended ("she picked it back up three years later when her mother got sick, and is
   * at about 10-15 a day now", "he restarted the year his wife died; now 5 a day"): the mention
   * after the comma is the pronoun's again.
   */
  private pastPossessor(
    event: PersonEvent | undefined,
    at: number,
    sentenceStart: number,
  ): PersonEvent | undefined {
    // The same for a pronoun that is the subject of such a dating clause ("but started again after
    // he was born; now 5-6 a day", of her son): once the clause has ended, the mention is the
    // subject's before it in the sentence, or, with none there, no one's in particular.
    if (
      event?.kind === 'pronoun' &&
      event.at >= sentenceStart &&
      DATING_CLAUSE.test(this.text.slice(Math.max(sentenceStart, event.at - 40), event.at)) &&
      /[,;]|\s[-–—]\s/.test(this.text.slice(event.end, at))
    ) {
      let j = countBefore(this.events.length, (k) => this.events[k]!.at < event.at);
      while (j < this.events.length - 1 && this.events[j] !== event) j += 1;
      const prior = this.events[j - 1];
      return prior && prior.kind !== 'reset' && prior.at >= sentenceStart ? prior : undefined;
    }
    if (event?.kind !== 'person' || event.strong || event.named) return event;
    const possessor = /^['’]s\b/.test(this.text.slice(event.end, event.end + 3));
    // (A comma right after the person opens an apposition, not the clause's end: "a year after her
    // father, a 50-year smoker, died of lung cancer".)
    const dating =
      !possessor &&
      DATING_CLAUSE.test(this.text.slice(Math.max(sentenceStart, event.at - 40), event.at)) &&
      /[,;]|\s[-–—]\s/.test(this.text.slice(event.end, at)) &&
      !/^\s*,/.test(this.text.slice(event.end, event.end + 4));
    if (!possessor && !dating) return event;
    let i = countBefore(this.events.length, (j) => this.events[j]!.at < event.at);
    while (i < this.events.length - 1 && this.events[i] !== event) i += 1;
    const before = this.events[i - 1];
    return before?.kind === 'pronoun' && before.at >= sentenceStart ? before : event;
  }

  private nearestBefore(at: number): PersonEvent | undefined {
    // The last reference starting before `at`, stepping back over one that reaches into the
    // mention (references never nest, so a few steps are enough).
    const low = countBefore(this.events.length, (i) => this.events[i]!.at < at);
    for (let i = low - 1; i >= 0 && i >= low - 4; i -= 1) {
      if (this.events[i]!.end <= at) return this.events[i];
    }
    return undefined;
  }
}

/**
 * The end of the person phrase's line when a family-history label opens a field before it on
 * that line ("Family history: brother had CABG at 58."), else undefined. (Bounded: the label is
 * looked for in the 120 characters before the phrase.)
 */
function familyFieldEnd(
  text: string,
  at: number,
  end: number,
  people: CompiledPeople,
): number | undefined {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  if (!people.familyField.test(text.slice(Math.max(lineStart, at - 120), at))) return undefined;
  const lineEnd = text.indexOf('\n', end);
  return lineEnd < 0 ? text.length : lineEnd;
}

function plain(at: number, end: number, kind: PersonEvent['kind'], sex: Sex | null): PersonEvent {
  return { at, end, kind, sex, named: false, strong: false, collateral: false };
}

/**
 * Whether the person phrase at [at, end) heads its line as a label: only a bullet, a number or
 * a side ("Maternal", "Paternal") before it on the line, and a dash or colon after it (past an
 * age or note in brackets: "Brother (47) -"). A relative reporting ("Daughter: says he quit",
 * "Wife - at bedside, states…") is a collateral source, not the row's subject.
 */
function heads(text: string, at: number, end: number): boolean {
  const lead = text.slice(text.lastIndexOf('\n', at - 1) + 1, at);
  if (!/^[ \t]*(?:[-*•]|\d{1,2}[.)])?[ \t]*(?:(?:maternal|paternal)[ \t]+)?$/i.test(lead))
    return false;
  // (Also past an age in commas: "- Father, 73: lung adenocarcinoma; smoked 2 ppd".)
  const after =
    /^[ \t]*(?:\([^)\n]{0,30}\)|,[ \t]*\d{1,3}(?:[ \t]*(?:y\/?o|yo|yrs?|years?(?:[ \t-]old)?))?)?[ \t]*(?:[-–—:]|\|)[ \t]*([^\n]{0,40})/.exec(
      text.slice(end, end + 80),
    );
  if (!after) return false;
  return !/^(?:at\s+(?:the\s+)?bedside\b|present\b|(?:who\s+)?(?:says|said|states|stated|reports|reported|notes|noted|confirms|confirmed|adds|added|tells|told|explains|explained|relates|related|describes|described|provides|provided|gives|gave|informant|historian|per\b))/i.test(
    after[1]!,
  );
}

/**
 * Whether a reflexive after a relative names someone else (the patient): "Wife smokes 1 ppd but
 * never smoked herself" (after a contrast), or "Husband smokes; she herself never has" (another
 * sex). A reflexive of the relative's own sex in the relative's own clause is the relative:
 * "His wife … is trying to quit herself - down to about 5 a day", "her brother quit himself".
 */
function namesAnother(span: string, sex: Sex | null): boolean {
  const m = /\b(?:(herself)|(himself)|themselves)\b/i.exec(span);
  if (!m) return false;
  const own = (m[1] && sex === 'f') || (m[2] && sex === 'm');
  return (
    !own || /\b(?:but|however|although|though|whereas|while|yet)\b|;/i.test(span.slice(0, m.index))
  );
}

/** Nothing but spaces and quotes between the last clause boundary and the phrase. */
function clauseInitial(before: string, people: CompiledPeople): boolean {
  const boundary = Math.max(
    before.lastIndexOf('.'),
    before.lastIndexOf(';'),
    before.lastIndexOf(':'),
    before.lastIndexOf('!'),
    before.lastIndexOf('?'),
    before.lastIndexOf('\n'),
    before.lastIndexOf('('),
  );
  // The subject of a reported clause opens that clause too: "Mom told us Grandpa gave up
  // cigarettes in '98 (he says he smoked 30 pack-years)", "Wife says her brother still smokes;
  // he …" (decision 50: a later pronoun follows the person last introduced).
  if (people.reportedSpeech.test(before)) return true;
  if (boundary < 0) return before.length < 40 && /^[\s"']*$/.test(before);
  return /^[\s"'-]*$/.test(before.slice(boundary + 1));
}

/**
 * A subordinator that makes the clause after it a date for the main clause: "when her mother got
 * sick", "after his wife died", "the year her son was born", "the week my father passed".
 */
const DATING_CLAUSE =
  /\b(?:when|after|before|until|till|once|since|the\s+(?:day|week|weekend|month|year|spring|summer|fall|autumn|winter|morning|night)(?:\s+that)?)\s+$/i;

/**
 * A sentence with no subject that opens with its verb and a preposition before the person
 * ("Lives with his wife", "Moved in with her sister in 2008", "SH: Cares for her mother"): the
 * patient's clause, with the person as its object.
 */
const SUBJECTLESS_OBJECT =
  /^[\s"'*•-]*(?:\p{Lu}[\p{L} ]{0,30}:\s*)?\p{L}\p{Ll}+(?:s|ed|ing)\b[^.;:,!?\n]{0,30}?\b(?:with|for|to|near|by|beside)\s+$/u;

/** "…her son (19), who lives with her": the person is the subject of the clause after it. */
const RELATIVE_CLAUSE = /^\s*(?:\([^)\n]{0,30}\))?\s*,?\s*who\b/i;

const ASCII_PEOPLE = new WeakMap<CompiledPeople, CompiledPeople>();

/** The people expressions with each one's ASCII twin where it has one (literal-gate.ts). */
function asciiPeople(people: CompiledPeople): CompiledPeople {
  let twins = ASCII_PEOPLE.get(people);
  if (!twins) {
    twins = Object.fromEntries(
      Object.entries(people).map(([key, regex]: [string, RegExp]) => [
        key,
        asciiTwin(regex) ?? regex,
      ]),
    ) as unknown as CompiledPeople;
    ASCII_PEOPLE.set(people, twins);
  }
  return twins;
}

/** The patient's sex as the note first states it ("58 y/o F", "Ms. Lee"), or null. */
function patientSex(text: string, people: CompiledPeople): Sex | null {
  const female = people.patientFemale.exec(text)?.index ?? -1;
  const male = people.patientMale.exec(text)?.index ?? -1;
  if (female < 0) return male < 0 ? null : 'm';
  if (male < 0) return 'f';
  return female < male ? 'f' : 'm';
}

function escapeRegex(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
