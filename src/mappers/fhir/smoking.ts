import type { SmokingAnnotation } from '../../pipeline.js';
import {
  ABSENT_UNKNOWN,
  CATEGORY_SOCIAL_HISTORY,
  coding,
  concept,
  EMRX_SMOKING_FIELD,
  LOINC,
  LOINC_TOBACCO_SMOKING_STATUS,
  PROFILE_US_CORE_SMOKING,
  SNOMED,
  SNOMED_PACK_YEARS,
  ucum,
} from './codes.js';
import type { CodeableConcept, Observation, Quantity } from './fhir-types.js';
import { findingIdentifier, findingKey, resourceId } from './ids.js';
import { METHOD_NLP, type NoteContext } from './note-context.js';

type SmokingStatus = SmokingAnnotation['status'];

/**
 * Status → US Core smoking status value. SNOMED first (the archived US Core value set
 * `us-core-observation-smokingstatus`, ref: fhir-profiles.md §1), then the LOINC answer of
 * 72166-2 for the same meaning (ref: omop-concepts.csv, all VERIFIED). Displays are the names
 * in omop-concepts.csv; `text` is the US Core label.
 *
 * `current` carries no every-day/some-day distinction, so it is SNOMED 77176002 "Smoker" with
 * LOINC LA20356-4 "Current smoker" (the answer the OMOP writer uses too: one meaning, one
 * code), not 449868002 "Current every day smoker" nor LA18979-7 "Smoker, current status
 * unknown", whose reading (ever-smoker, present status unknown) is not what `current` says.
 * `unknown` has no value here: it writes no Observation (see mapSmoking).
 */
const STATUS_VALUES: Record<Exclude<SmokingStatus, 'unknown'>, CodeableConcept> = {
  current: concept(
    [coding(SNOMED, '77176002', 'Smoker'), coding(LOINC, 'LA20356-4', 'Current smoker')],
    'Current smoker',
  ),
  former: concept(
    [coding(SNOMED, '8517006', 'Ex-smoker'), coding(LOINC, 'LA15920-4', 'Former smoker')],
    'Former smoker',
  ),
  never: concept(
    [
      coding(SNOMED, '266919005', 'Never smoked tobacco'),
      coding(LOINC, 'LA18978-9', 'Never smoker'),
    ],
    'Never smoker',
  ),
};

/** The SNOMED codes above: what the profile checker accepts as a smoking status value. */
export const SMOKING_STATUS_SNOMED_CODES: ReadonlySet<string> = new Set(
  Object.values(STATUS_VALUES).map((value) => value.coding![0]!.code),
);

type AmountField = Exclude<keyof SmokingAnnotation, 'status'>;

interface AmountSpec {
  readonly code: CodeableConcept;
  /** Claims US Core smoking status only where US Core itself does (pack-years, us-core-25). */
  readonly usCore: boolean;
  /** The value element, or null when the number cannot be written as this field's value. */
  readonly value: (n: number) => Pick<Observation, 'valueQuantity' | 'valueDateTime'> | null;
}

const quantity = (q: Quantity) => ({ valueQuantity: q });

function localCode(field: AmountField, display: string): CodeableConcept {
  return concept([coding(EMRX_SMOKING_FIELD, field, display)], display);
}

/**
 * The amounts, in annotation order. Pack-years: SNOMED 401201003 with the unit of US Core's
 * `Observation-pack-years-example.json` (`{pack-years}`). The rest have no verified code (see
 * {@link EMRX_SMOKING_FIELD}); their units are plain UCUM (`a` = year, `d` = day, `1` = a
 * number without unit, annotations in braces).
 */
const AMOUNTS: Record<AmountField, AmountSpec> = {
  pack_years: {
    code: concept([SNOMED_PACK_YEARS], 'Cigarette pack-years'),
    usCore: true,
    value: (n) => quantity(ucum(n, '{pack-years}', 'pack-years')),
  },
  cigarettes_per_day: {
    code: localCode('cigarettes_per_day', 'Cigarettes smoked per day'),
    usCore: false,
    value: (n) => quantity(ucum(n, '{cigarettes}/d', 'cigarettes/day')),
  },
  years_smoked: {
    code: localCode('years_smoked', 'Years smoked'),
    usCore: false,
    value: (n) => quantity(ucum(n, 'a', 'years')),
  },
  quit_year: {
    code: localCode('quit_year', 'Year quit smoking'),
    usCore: false,
    // A year is a valid R4 dateTime at year precision: the value says "quit in 2015" exactly.
    // The extractor can yield a fractional year ("quit 2-3 years ago" → note year − 2.5); that
    // is no calendar year, and rounding would invent one, so it is not written.
    value: (n) =>
      Number.isInteger(n) && n >= 1 && n <= 9999
        ? { valueDateTime: String(n).padStart(4, '0') }
        : null,
  },
  brinkman_index: {
    code: localCode('brinkman_index', 'Brinkman index (cigarettes per day × years smoked)'),
    usCore: false,
    value: (n) => quantity(ucum(n, '1', 'Brinkman index')),
  },
};

const AMOUNT_FIELDS = Object.keys(AMOUNTS) as AmountField[];

/**
 * US Core requires `effective[x]`. The note date is when the statement was true; without one
 * the time is unknown, and the processing time would be a false date (a 2010 note read in 2025
 * does not say the patient smoked in 2025), so the element carries data-absent-reason instead
 * (US Core "Missing Data"). The processing time is still in `issued`.
 */
function effective(
  context: NoteContext,
): Pick<Observation, 'effectiveDateTime' | '_effectiveDateTime'> {
  return context.noteDate !== undefined
    ? { effectiveDateTime: context.noteDate }
    : { _effectiveDateTime: { extension: [ABSENT_UNKNOWN] } };
}

function socialHistory(
  context: NoteContext,
  what: string,
  usCore: boolean,
  code: CodeableConcept,
): Omit<Observation, 'valueCodeableConcept' | 'valueQuantity' | 'valueDateTime'> {
  const key = findingKey(context.noteId, what);
  return {
    resourceType: 'Observation',
    id: resourceId(key),
    ...(usCore ? { meta: { profile: [PROFILE_US_CORE_SMOKING] } } : {}),
    identifier: [findingIdentifier(key)],
    status: 'final',
    category: [CATEGORY_SOCIAL_HISTORY],
    code,
    subject: context.subject,
    ...effective(context),
    issued: context.issued,
    method: METHOD_NLP,
    derivedFrom: [context.document],
  };
}

/**
 * The note's smoking answer as Observations: the status, then one Observation per non-null
 * amount. `unknown` means the note said nothing usable about the patient's smoking, which is
 * not an observation of the patient (the OMOP writer skips it too): a note about an ankle
 * sprain must not add "Unknown if ever smoked" to the patient's record.
 */
export function mapSmoking(context: NoteContext, smoking: SmokingAnnotation): Observation[] {
  const status: Observation[] =
    smoking.status === 'unknown'
      ? []
      : [
          {
            ...socialHistory(
              context,
              'smoking-status',
              true,
              concept([LOINC_TOBACCO_SMOKING_STATUS], 'Tobacco smoking status'),
            ),
            valueCodeableConcept: STATUS_VALUES[smoking.status],
          },
        ];
  const amounts: Observation[] = [];
  for (const field of AMOUNT_FIELDS) {
    const value = smoking[field];
    if (value === null) continue;
    const spec = AMOUNTS[field];
    const element = spec.value(value);
    if (element === null) continue;
    amounts.push({
      ...socialHistory(context, `smoking.${field}`, spec.usCore, spec.code),
      ...element,
    });
  }
  return [...status, ...amounts];
}
