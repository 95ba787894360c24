/**
 * The extractors' unit tests share one pipeline: the smoking answer of a note, and its genetics
 * findings with one compact way to print them.
 */
import { expect, it } from 'vitest';
import type { Language } from '../../src/core/types.js';
import { loadPipeline } from '../../src/load-pipeline.js';
import type { GeneticAnnotation, SmokingAnnotation } from '../../src/pipeline.js';

const pipeline = loadPipeline();

/** The whole pipeline result of one note (annotation and mentions). */
export function runNote(
  text: string,
  language: Language,
  options: { noteDate?: string; noteType?: string } = {},
) {
  return pipeline.run({
    noteId: 't',
    personId: 'p',
    text,
    language,
    languageDetected: false,
    ...options,
  });
}

/** The document-level smoking answer of one note. */
export const smokingOf = (text: string, language: Language, noteDate = '2024-06-01') =>
  runNote(text, language, { noteDate }).annotation.smoking;

/**
 * A table of smoking cases: one test per row, the note's answer (on `noteDate`) matching the
 * row's expected fields.
 */
export const smokingCases =
  (language: Language, noteDate = '2026-11-01') =>
  (rows: [string, Partial<SmokingAnnotation>][]) =>
    it.each<[string, Partial<SmokingAnnotation>]>(rows)('%s', (text, expected) => {
      expect(smokingOf(text, language, noteDate)).toMatchObject(expected);
    });

/** The genetics findings of one note. */
export const geneticsOf = (text: string, language: Language, noteType?: string) =>
  runNote(text, language, noteType ? { noteType } : {}).annotation.genetics;

/** Findings as compact strings: "GENE variant kind status subject". */
export const brief = (findings: readonly GeneticAnnotation[]) =>
  findings.map((f) =>
    [
      f.gene,
      f.hgvs_p ??
        f.hgvs_c ??
        `${f.kind}${f.exon ? ` ${f.exon}` : ''}${f.partner ? ` ${f.partner}` : ''}`,
      f.status,
      f.subject,
    ].join(' '),
  );

/** Findings as sorted strings: "GENE variant-or-kind status exon significance". */
export const statusKeys = (findings: readonly GeneticAnnotation[]) =>
  findings
    .map(
      (f) => `${f.gene} ${f.hgvs_p ?? f.hgvs_c ?? f.kind} ${f.status} ${f.exon} ${f.significance}`,
    )
    .sort();
