import { beforeAll, describe, expect, it } from 'vitest';
import type { Note } from '../../core/types.js';
import type { MentionRecord, PipelineResult } from '../../pipeline.js';
import { defaultVocabDir } from '../../vocab/load.js';
import { loadGeneCodes, loadOmopVocab } from '../../vocab/load-omop.js';
import { ConceptResolver } from './concepts.js';
import { mapNoteToOmop, type OmopVocab } from './map-note.js';
import { codePointOffset, fitVarchar } from './text-limits.js';

const vocabDir = defaultVocabDir();
const context = {
  system: { name: 'emrx' as const, version: '0.1.0', rules: 'abc123def456', models: [] },
  processedAt: new Date('2026-11-28T10:00:00Z'),
};
const note: Note = {
  noteId: 'n-1',
  personId: 'p-1',
  text: 'Former smoker, 1 ppd x 30 yrs. Mother had BRCA1 c.68_69del. EGFR negative. 🙂 KRAS G12C.',
  noteDate: '2024-03-02',
  language: 'en',
  languageDetected: false,
};
const assertion = {
  negated: false,
  possible: false,
  historical: false,
  hypothetical: false,
  experiencer: 'patient' as const,
  triggers: [],
};

function result(): PipelineResult {
  const mentions: MentionRecord[] = [
    {
      note_id: 'n-1',
      extractor: 'smoking',
      source: 'rules',
      type: 'status',
      start: 0,
      end: 13,
      text: 'Former smoker',
      value: 'former',
      assertion: { ...assertion, historical: true },
      section: null,
      rule: 'r1',
      decision: 'won: latest first-hand statement',
    },
    {
      note_id: 'n-1',
      extractor: 'genetics',
      source: 'rules',
      type: 'finding',
      start: 42,
      end: 58,
      text: 'BRCA1 c.68_69del',
      value: { gene: 'BRCA1', hgvsC: 'c.68_69del', status: 'present', subject: 'family' },
      assertion: { ...assertion, experiencer: 'other' },
      section: null,
      rule: 'g1',
      decision: 'used: relative',
    },
    {
      note_id: 'n-1',
      extractor: 'genetics',
      source: 'rules',
      type: 'finding',
      start: 60,
      end: 73,
      text: 'EGFR negative',
      value: { gene: 'EGFR', status: 'absent', subject: 'patient' },
      assertion: { ...assertion, negated: true },
      section: null,
      rule: 'g2',
      decision: 'used: result "negative"',
    },
    {
      note_id: 'n-1',
      extractor: 'genetics',
      source: 'rules',
      type: 'finding',
      start: 78,
      end: 87,
      text: 'KRAS G12C',
      value: { gene: 'KRAS', hgvsP: 'p.Gly12Cys', status: 'present', subject: 'patient' },
      assertion,
      section: null,
      rule: 'g3',
      decision: 'used: named',
    },
  ];
  const finding = {
    hgvs_c: null,
    hgvs_p: null,
    kind: 'snv' as const,
    exon: null,
    partner: null,
    significance: null,
    origin: null,
  };
  return {
    annotation: {
      note_id: 'n-1',
      smoking: {
        status: 'former',
        pack_years: 30,
        cigarettes_per_day: 20,
        years_smoked: 30,
        quit_year: null,
        brinkman_index: null,
      },
      genetics: [
        {
          ...finding,
          gene: 'BRCA1',
          hgvs_c: 'c.68_69del',
          kind: 'deletion',
          status: 'present',
          subject: 'family',
        },
        { ...finding, gene: 'EGFR', kind: 'other', status: 'absent', subject: 'patient' },
        { ...finding, gene: 'KRAS', hgvs_p: 'p.Gly12Cys', status: 'present', subject: 'patient' },
      ],
    },
    mentions,
  };
}

describe('OMOP mapping of one note (reference concepts, no database)', () => {
  let vocab: OmopVocab;
  beforeAll(async () => {
    vocab = await loadOmopVocab(vocabDir);
  });
  const map = () => {
    const concepts = new ConceptResolver(vocab.reference, false);
    const rows = mapNoteToOmop(
      { note, result: result() },
      { noteId: 7, personId: 42, writeNote: true },
      { map: vocab.map, concepts, geneCode: vocab.geneCode },
      context,
    );
    return { rows, concepts };
  };

  it('writes the status as Tobacco smoking status with the LOINC answer, and each amount', () => {
    const { rows } = map();
    const [status, ...amounts] = rows.observations;
    expect(status).toMatchObject({
      person_id: 42,
      observation_concept_id: 43054909,
      value_as_concept_id: 45883458,
      value_as_string: 'former',
      observation_type_concept_id: 32858,
      observation_date: '2024-03-02',
    });
    expect(amounts.map((a) => [a.observation_source_value, a.value_as_number])).toEqual([
      ['pack_years', 30],
      ['cigarettes_per_day', 20],
      ['years_smoked', 30],
    ]);
    // No verified id for pack-years or an unreviewed code: 0, never a guess.
    for (const amount of amounts) expect(amount.observation_concept_id).toBe(0);
  });

  it('writes no status row for unknown', () => {
    const concepts = new ConceptResolver(vocab.reference, false);
    const unknown = result();
    const rows = mapNoteToOmop(
      {
        note,
        result: {
          ...unknown,
          annotation: {
            ...unknown.annotation,
            smoking: {
              ...unknown.annotation.smoking,
              status: 'unknown',
              pack_years: null,
              cigarettes_per_day: null,
              years_smoked: null,
            },
          },
        },
      },
      { noteId: 7, personId: 42, writeNote: false },
      { map: vocab.map, concepts, geneCode: vocab.geneCode },
      context,
    );
    expect(rows.observations).toEqual([]);
    expect(rows.note).toBeNull();
  });

  it("measures the patient's findings only, Present or Absent, gene concept via the HGNC id", () => {
    const { rows } = map();
    expect(
      rows.measurements.map((m) => [
        m.measurement_source_value,
        m.value_as_concept_id,
        m.measurement_concept_id,
      ]),
    ).toEqual([
      ['EGFR other', 45884086, 35962802],
      ['KRAS p.Gly12Cys', 45879438, 35948791],
    ]);
  });

  it('writes one NOTE_NLP row per mention with code-point offsets and term_exists', () => {
    for (const m of result().mentions) expect(note.text.slice(m.start, m.end)).toBe(m.text);
    const { rows } = map();
    expect(rows.noteNlp).toHaveLength(4);
    const [status, relative, negative, kras] = rows.noteNlp;
    expect(status).toMatchObject({
      note_nlp_concept_id: 45883458,
      term_exists: 'Y',
      term_temporal: 'past',
    });
    expect(relative).toMatchObject({ term_exists: 'N', lexical_variant: 'BRCA1 c.68_69del' });
    expect(relative!.term_modifiers).toContain('subject=other');
    expect(negative).toMatchObject({ term_exists: 'N', note_nlp_concept_id: 35962802 });
    // The emoji before "KRAS" is two UTF-16 units but one character in PostgreSQL.
    expect(kras!.offset).toBe('77');
    expect(kras!.nlp_system).toBe('emrx 0.1.0 rules:abc123def456 models:none');
    expect(kras!.nlp_date).toBe('2026-11-28');
  });

  it('records how each code was resolved', () => {
    const { concepts } = map();
    const report = concepts.report();
    expect(report['LOINC|72166-2']).toEqual({
      conceptId: 43054909,
      sourceConceptId: 43054909,
      path: 'reference',
    });
    expect(report['LOINC|63640-7']?.path).toBe('unreviewed');
    expect(report['SNOMED|401201003']?.path).toBe('unverified');
  });

  it('uses only concept ids that are verified reference rows (or 0)', () => {
    const { rows } = map();
    const verified = new Set(vocab.reference.filter((r) => r.verified).map((r) => r.conceptId));
    const ids = [
      ...rows.observations.flatMap((o) => [
        o.observation_concept_id,
        o.value_as_concept_id,
        o.observation_type_concept_id,
        o.unit_concept_id,
      ]),
      ...rows.measurements.flatMap((m) => [m.measurement_concept_id, m.value_as_concept_id]),
      ...rows.noteNlp.map((n) => n.note_nlp_concept_id),
      rows.note!.note_type_concept_id,
      rows.note!.language_concept_id,
    ].filter((id): id is number => id !== null && id !== 0);
    for (const id of ids) expect(verified.has(id), `concept ${id}`).toBe(true);
  });
});

describe('OMOP Genomic gene concepts', () => {
  it('have the HGNC id number as concept_code (every verified reference row agrees)', async () => {
    const vocab = await loadOmopVocab(vocabDir);
    const codes = loadGeneCodes(vocabDir);
    const genomic = vocab.reference.filter((r) => r.vocabulary === 'OMOP Genomic' && r.verified);
    expect(genomic.length).toBeGreaterThanOrEqual(11);
    for (const row of genomic) {
      const symbol = row.name.split(' ')[0]!;
      expect(codes.get(symbol), symbol).toBe(row.code);
    }
  });
});

describe('varchar limits', () => {
  it('cuts at code points and marks the cut', () => {
    expect(fitVarchar('abc', 3)).toBe('abc');
    expect(fitVarchar('abcd', 3)).toBe('ab…');
    expect(fitVarchar('🙂🙂🙂🙂', 3)).toBe('🙂🙂…');
    expect(codePointOffset('a🙂b', 3)).toBe(2);
    expect(codePointOffset('喫煙', 2)).toBe(2);
  });
});
