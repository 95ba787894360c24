import { describe, expect, it } from 'vitest';
import { defaultVocabDir, loadSmokingRules } from '../../vocab/load.js';
import { compileSmokingRules } from './rules.js';

/**
 * V8 stops optimising a regular expression whose source is longer than 20 KB
 * (kRegExpTooLargeToOptimize): such a rule matched 2–3 times slower here and took a tenth more
 * of `emrx extract`'s time. A rule's source grows with every `{NUM}` it writes (the number
 * grammar is about 1 KB), so a rule near the limit is split into two with the same field.
 */
const V8_OPTIMISE_LIMIT = 20 * 1024;

describe('compiled rules stay small enough for V8 to optimise', () => {
  const files = loadSmokingRules(defaultVocabDir());
  for (const language of ['en', 'ja'] as const) {
    it(`every ${language} smoking rule is under 20 KB of source`, () => {
      const rules = compileSmokingRules(files[language]);
      const sizes: [string, number][] = [];
      for (const list of Object.values(rules)) {
        if (!Array.isArray(list)) continue;
        for (const rule of list as { id?: string; regex?: unknown }[]) {
          if (rule?.regex instanceof RegExp) sizes.push([rule.id ?? '?', rule.regex.source.length]);
        }
      }
      expect(sizes.length).toBeGreaterThan(50);
      expect(sizes.filter(([, size]) => size >= V8_OPTIMISE_LIMIT)).toEqual([]);
    });
  }
});
