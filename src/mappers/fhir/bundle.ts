import type { Bundle, BundleEntry, FhirResource } from './fhir-types.js';

/** `system|value` as a FHIR token search value, percent-encoded for the request URL. */
function tokenParam(system: string, value: string): string {
  return encodeURIComponent(`${system}|${value}`);
}

/**
 * The conditional update of one resource: by its emrx identifier (Observation), or by its emrx
 * tag (Provenance, which has no identifier in R4). FHIR R4 http.html "conditional update": no
 * match creates, one match updates, so a re-run never duplicates.
 */
function conditionalUrl(resource: FhirResource): string {
  if (resource.resourceType === 'Observation') {
    const identifier = resource.identifier[0];
    if (!identifier) throw new Error(`Observation/${resource.id} has no identifier`);
    return `Observation?identifier=${tokenParam(identifier.system, identifier.value)}`;
  }
  const tag = resource.meta.tag?.[0];
  if (!tag) throw new Error(`Provenance/${resource.id} has no tag`);
  return `Provenance?_tag=${tokenParam(tag.system, tag.code)}`;
}

/** A deep copy of `value` with every `reference` to a bundle member replaced by its fullUrl. */
function rewriteReferences(value: unknown, fullUrls: ReadonlyMap<string, string>): unknown {
  if (Array.isArray(value)) return value.map((item) => rewriteReferences(item, fullUrls));
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    out[key] =
      key === 'reference' && typeof item === 'string'
        ? (fullUrls.get(item) ?? item)
        : rewriteReferences(item, fullUrls);
  }
  return out;
}

/**
 * An R4 transaction Bundle that writes `resources` with conditional updates.
 *
 * The server assigns ids (a conditional update that carries an id is "update as create",
 * which many servers refuse), so each entry drops `id`, gets `fullUrl urn:uuid:<id>` (our ids
 * are UUIDs), and references between the resources use those fullUrls; the server rewrites them
 * to the ids it assigns (R4 bundle.html "Resolving references in Bundles"). References outside
 * the bundle (`Patient/…`, `DocumentReference/…`) are kept as they are.
 */
export function toTransactionBundle(resources: readonly FhirResource[]): Bundle {
  const fullUrls = new Map<string, string>();
  for (const resource of resources) {
    const local = `${resource.resourceType}/${resource.id}`;
    if (fullUrls.has(local)) throw new Error(`${local} appears twice in one bundle`);
    fullUrls.set(local, `urn:uuid:${resource.id}`);
  }
  const entry = resources.map((resource): BundleEntry => {
    const { id, ...body } = resource;
    return {
      fullUrl: `urn:uuid:${id}`,
      resource: rewriteReferences(body, fullUrls) as BundleEntry['resource'],
      request: { method: 'PUT', url: conditionalUrl(resource) },
    };
  });
  return { resourceType: 'Bundle', type: 'transaction', entry };
}
