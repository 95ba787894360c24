export { GeneticsExtractor, type GeneticsResources } from './extract.js';
export { GeneLexicon } from './lexicon.js';
export { compileDrivers, compileGeneticsRules, compileLayout } from './rules.js';
export type { GeneticFinding, GeneticMention, GeneticsResult } from './types.js';
