import model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';
import { ClinicalText } from './core/clinical-text.js';
import {
  defaultVocabDir,
  loadAbbreviations,
  loadContextRules,
  loadSections,
} from './vocab/load.js';

/** Loads vocab/ and the wink model once, at the edge, and builds the pure text core. */
export function loadClinicalText(vocabDir: string = defaultVocabDir()): ClinicalText {
  // Sentence boundaries are all we use from wink's pipeline; skipping POS/NER is ~3x faster.
  const nlp = winkNLP(model, ['sbd']);
  return new ClinicalText({
    nlp,
    abbreviations: loadAbbreviations(vocabDir),
    sections: loadSections(vocabDir),
    contextRules: loadContextRules(vocabDir),
  });
}
