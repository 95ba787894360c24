import { LegacyNames } from './extractors/genetics/hgvs/legacy.js';
import {
  compileDrivers,
  compileGeneticsRules,
  compileLayout,
  GeneLexicon,
  GeneticsExtractor,
} from './extractors/genetics/index.js';
import { AminoAcidNames } from './extractors/genetics/variants.js';
import { compileSmokingRules, SmokingExtractor } from './extractors/smoking/index.js';
import { loadClinicalText } from './load-clinical-text.js';
import { Pipeline } from './pipeline.js';
import {
  defaultVocabDir,
  loadAminoAcidNames,
  loadGeneLexiconSource,
  loadGeneticsRules,
  loadLegacyNames,
  loadSmokingRules,
} from './vocab/load.js';

/** Loads every vocab file and model once, at the edge, and builds the pure pipeline. */
export function loadPipeline(vocabDir: string = defaultVocabDir()): Pipeline {
  const core = loadClinicalText(vocabDir);
  const smokingFiles = loadSmokingRules(vocabDir);
  const smoking = new SmokingExtractor(core, {
    en: compileSmokingRules(smokingFiles.en),
    ja: compileSmokingRules(smokingFiles.ja),
  });
  const genetics = loadGeneticsRules(vocabDir);
  const layout = compileLayout(genetics.layout);
  const geneticsExtractor = new GeneticsExtractor(core, {
    lexicon: new GeneLexicon(loadGeneLexiconSource(vocabDir)),
    rules: {
      en: compileGeneticsRules(genetics.rules.en, layout),
      ja: compileGeneticsRules(genetics.rules.ja, layout),
    },
    drivers: compileDrivers(genetics.drivers),
    legacy: new LegacyNames(loadLegacyNames(vocabDir)),
    aminoAcids: new AminoAcidNames(loadAminoAcidNames(vocabDir)),
  });
  return new Pipeline(smoking, geneticsExtractor);
}
