/**
 * Controlled vocabularies of the data contract. These `as const` arrays are the single
 * source of the allowed values: the zod schemas, filters, legends, colour scales, the data
 * dictionary and the Table Schema of the data package all read them.
 */

/** Federal states covered, as ISO 3166-2:DE suffixes. */
export const STATES = ['BW', 'NW', 'SN'] as const;
export type StateCode = (typeof STATES)[number];

/** What kind of offer an initiative is. */
export const KINDS = [
  'support-centre',
  'hub',
  'network',
  'research',
  'test-lab',
  'funding-programme',
  'other',
] as const;
export type Kind = (typeof KINDS)[number];

/** Thematic focus; an initiative has one or more. */
export const FOCI = ['industrie40', 'ki', 'mittelstand-digital'] as const;
export type Focus = (typeof FOCI)[number];

/** Who an offer serves: a region, or all of Germany (e.g. thematic centres). */
export const SCOPES = ['regional', 'national'] as const;
export type Scope = (typeof SCOPES)[number];

/** Life-cycle status as last verified. */
export const STATUSES = ['active', 'planned', 'ended'] as const;
export type Status = (typeof STATUSES)[number];

/** How exact a position is: a street address, or the centre of the municipality. */
export const GEO_PRECISIONS = ['address', 'municipality'] as const;
export type GeoPrecision = (typeof GEO_PRECISIONS)[number];

/** Geographic reach of a funding programme. */
export const PROGRAMME_SCOPES = ['european', 'national', 'state', 'regional'] as const;
export type ProgrammeScope = (typeof PROGRAMME_SCOPES)[number];

/** Separator between several values in one CSV cell (e.g. focus). */
export const MULTI_VALUE_SEPARATOR = '|';

export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
