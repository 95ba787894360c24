import { describe, expect, it } from 'vitest';
import { defaultVocabDir, loadGeneLexiconSource } from '../../vocab/load.js';
import { GeneLexicon } from './lexicon.js';

const lexicon = new GeneLexicon(loadGeneLexiconSource(defaultVocabDir()));
const find = (text: string) =>
  lexicon.find(text).map((g) => [g.text, g.start, g.genes.join('+'), g.contextOnly]);

// The shortcuts of `find` (literal gates, skipped look-ups) must not lose any form.
describe('GeneLexicon.find shortcuts', () => {
  it('finds family forms in any case', () => {
    expect(find('brca1/2 and Brca 1 & 2 tested')).toEqual([
      ['brca1/2', 0, 'BRCA1+BRCA2', false],
      ['Brca 1 & 2', 12, 'BRCA1+BRCA2', false],
    ]);
  });

  it('finds slash and lower-case clinical forms', () => {
    expect(find('HER2/neu 3+, her2/NEU')).toEqual([
      ['HER2/neu', 0, 'ERBB2', false],
      ['her2/NEU', 13, 'ERBB2', false],
    ]);
    expect(find('k-ras and c-met wild type')).toEqual([
      ['k-ras', 0, 'KRAS', false],
      ['c-met', 10, 'MET', false],
    ]);
  });

  it('finds glued shorthand and hyphen-joined parts', () => {
    expect(find('EGFRm+ NSCLC, KRASmt')).toEqual([
      ['EGFR', 0, 'EGFR', true],
      ['KRAS', 14, 'KRAS', false],
    ]);
    expect(find('EML4-ALK fusion')).toEqual([
      ['EML4', 0, 'EML4', false],
      ['ALK', 5, 'ALK', false],
    ]);
  });

  it('finds nothing in ordinary capitalised words', () => {
    expect(find('The Patient was seen. Continue PPI.')).toEqual([]);
  });
});
