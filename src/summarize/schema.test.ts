import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { SUMMARY_SCHEMA_VERSION, SummarySchema, summaryJsonSchema } from './schema.js';
import { summarizeFacts } from './summarize.js';

const documentPath = fileURLToPath(new URL('../../docs/summary.schema.json', import.meta.url));

describe('summary schema', () => {
  it('docs/summary.schema.json is the zod schema (EMRX_WRITE_SCHEMA=1 rewrites it)', () => {
    const generated = `${JSON.stringify(summaryJsonSchema(), null, 2)}\n`;
    if (process.env.EMRX_WRITE_SCHEMA === '1') writeFileSync(documentPath, generated);
    // Compared as JSON: the file is formatted by Biome like every other file.
    expect(JSON.parse(readFileSync(documentPath, 'utf8'))).toEqual(JSON.parse(generated));
  });

  it('a summary validates against the JSON Schema document and the zod schema', () => {
    const summary = summarizeFacts(
      [
        {
          person: 'p1',
          year: 2024,
          status: 'former',
          packYears: 30,
          brinkmanIndex: 600,
          findings: [{ gene: 'EGFR', variant: 'p.Leu858Arg', status: 'present' }],
        },
      ],
      { minCell: 10, source: 'annotations', years: true, generator: 'emrx test' },
    );
    expect(summary.schema_version).toBe(SUMMARY_SCHEMA_VERSION);
    const validate = new Ajv2020({ strict: false }).compile(
      JSON.parse(readFileSync(documentPath, 'utf8')),
    );
    expect(validate(summary), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ ...summary, note_ids: ['n-1'] })).toBe(false);
    expect(SummarySchema.safeParse({ ...summary, schema_version: '0.9' }).success).toBe(false);
  });
});
