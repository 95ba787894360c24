/**
 * The slice of FHIR R4 (4.0.1) that emrx writes. Hand-written rather than taken from
 * `@medplum/fhirtypes` so the runtime build does not depend on a test-only package; the shapes
 * follow the R4 JSON schema (`../shared/reference/fhir-r4/fhir.schema.json`), which the tests
 * validate every emitted resource against.
 */

export interface Extension {
  readonly url: string;
  readonly valueCode?: string;
}

export interface Coding {
  readonly system: string;
  readonly code: string;
  readonly display?: string;
}

export interface CodeableConcept {
  readonly coding?: readonly Coding[];
  readonly text?: string;
}

export interface Quantity {
  readonly value: number;
  readonly unit: string;
  readonly system: string;
  readonly code: string;
}

/** A literal reference (`Patient/x`, `urn:uuid:…`), a display-only one, or absent data. */
export interface Reference {
  readonly reference?: string;
  readonly type?: string;
  readonly display?: string;
  readonly extension?: readonly Extension[];
}

export interface Identifier {
  readonly system: string;
  readonly value: string;
}

export interface Meta {
  readonly profile?: readonly string[];
  readonly tag?: readonly Coding[];
}

/** A primitive's sibling element (`_effectiveDateTime`): extensions without a value. */
export interface PrimitiveElement {
  readonly extension: readonly Extension[];
}

export interface ObservationComponent {
  readonly code: CodeableConcept;
  readonly valueCodeableConcept?: CodeableConcept;
  readonly valueQuantity?: Quantity;
}

export type ObservationStatus = 'final';

export interface Observation {
  readonly resourceType: 'Observation';
  readonly id: string;
  readonly meta?: Meta;
  readonly identifier: readonly Identifier[];
  readonly status: ObservationStatus;
  readonly category: readonly CodeableConcept[];
  readonly code: CodeableConcept;
  readonly subject: Reference;
  readonly effectiveDateTime?: string;
  readonly _effectiveDateTime?: PrimitiveElement;
  readonly issued: string;
  readonly valueCodeableConcept?: CodeableConcept;
  readonly valueQuantity?: Quantity;
  readonly valueDateTime?: string;
  readonly method?: CodeableConcept;
  readonly derivedFrom: readonly Reference[];
  readonly component?: readonly ObservationComponent[];
}

export interface ProvenanceAgent {
  readonly who: Reference;
}

export interface ProvenanceEntity {
  readonly role: 'source';
  readonly what: Reference;
}

export interface Provenance {
  readonly resourceType: 'Provenance';
  readonly id: string;
  readonly meta: Meta;
  readonly target: readonly Reference[];
  readonly recorded: string;
  readonly agent: readonly ProvenanceAgent[];
  readonly entity: readonly ProvenanceEntity[];
}

/** Every resource type emrx emits. */
export type FhirResource = Observation | Provenance;

export interface BundleEntry {
  readonly fullUrl: string;
  readonly resource: Omit<Observation, 'id'> | Omit<Provenance, 'id'>;
  readonly request: { readonly method: 'PUT'; readonly url: string };
}

export interface Bundle {
  readonly resourceType: 'Bundle';
  readonly type: 'transaction';
  readonly entry: readonly BundleEntry[];
}
