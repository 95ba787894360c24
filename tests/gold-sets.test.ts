import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The hand-labelled gold sets are data that every figure in the README stands on: their own
// validators (format, ids, allowed values, HGNC symbols, HGVS forms) run with the suite.
const root = join(import.meta.dirname, '..');

describe.each(['check-smoking-gold.mjs', 'check-genetics-gold.mjs'])('%s', (script) => {
  it('finds no problem in the bundled gold sets', () => {
    const result = spawnSync(process.execPath, [join(root, 'scripts', script)], {
      encoding: 'utf8',
      cwd: root,
    });
    expect(result.status, `${result.stdout}\n${result.stderr}`).toBe(0);
  });
});
