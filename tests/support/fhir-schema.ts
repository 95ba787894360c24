import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { Ajv, type ValidateFunction } from 'ajv';
import draft06 from 'ajv/dist/refs/json-schema-draft-06.json' with { type: 'json' };

/** A gzip of the project's verified copy (see tests/fixtures/fhir-r4/SOURCES.md). */
const SCHEMA_PATH =
  process.env.EMRX_FHIR_SCHEMA ??
  join(import.meta.dirname, '..', 'fixtures', 'fhir-r4', 'fhir.schema.json.gz');

/**
 * Validators for definitions of the official FHIR R4 (4.0.1) JSON schema
 * (`tests/fixtures/fhir-r4/fhir.schema.json.gz`, draft-06). The schema names itself with the
 * draft-04 `id` keyword, which Ajv 8 rejects, so it is registered under `$id: fhir` instead.
 */
export function fhirSchema(
  options: { allErrors?: boolean } = {},
): (definition: string) => ValidateFunction {
  if (!existsSync(SCHEMA_PATH)) {
    throw new Error(`FHIR R4 JSON schema not found at ${SCHEMA_PATH} (set EMRX_FHIR_SCHEMA)`);
  }
  // allErrors lists every failure, but a Bundle's entries are a oneOf over all ~150 resource
  // types, and collecting every error of every failing branch makes that validation many times
  // slower; `{ allErrors: false }` stops each branch at its first error.
  const ajv = new Ajv({ strict: false, allErrors: options.allErrors ?? true });
  ajv.addMetaSchema(draft06);
  const bytes = readFileSync(SCHEMA_PATH);
  const text = (SCHEMA_PATH.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8');
  const { id: _id, ...schema } = JSON.parse(text) as Record<string, unknown>;
  ajv.addSchema({ ...schema, $id: 'fhir' });
  const cache = new Map<string, ValidateFunction>();
  return (definition) => {
    const known = cache.get(definition);
    if (known) return known;
    const validate = ajv.compile({ $ref: `fhir#/definitions/${definition}` });
    cache.set(definition, validate);
    return validate;
  };
}
