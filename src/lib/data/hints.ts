/**
 * Fix suggestions for the mistakes spreadsheets and hurried editors typically make. Each hint
 * is computed from the rejected value, so it can show the corrected value itself
 * ("write the date as 2026-01-15"). Pure; used by validate.ts for cell-level problems.
 */
import { FOCI, GEO_PRECISIONS, KINDS, MULTI_VALUE_SEPARATOR, SCOPES, STATES, STATUSES } from '../schemas/vocab.ts';

const ENUMS: Record<string, readonly string[]> = {
  kind: KINDS,
  state: STATES,
  scope: SCOPES,
  status: STATUSES,
  geo_precision: GEO_PRECISIONS,
};

const DATE_COLUMNS = new Set(['last_verified', 'reference_date']);
const URL_COLUMNS = new Set(['website', 'source_url']);

/** A kebab-case id proposal from any text: "Digital_Hub Ulm" → "digital-hub-ulm". */
export function suggestId(value: string): string {
  return value
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** A hint for a rejected cell value, or undefined when there is nothing specific to say. */
export function editorHint(column: string, value: string | undefined): string | undefined {
  if (value === undefined || value === '') return undefined;

  // Suggest an id only for name-like text; markup or other junk gets no "fixed" version.
  if (column === 'id' && /^[\p{L}\p{N}\s_.,&()/–-]+$/u.test(value)) {
    const id = suggestId(value);
    return id && id !== value ? `for example "${id}"` : undefined;
  }
  if (column === 'postcode' && /^\d{4}$/.test(value)) {
    return `spreadsheets drop leading zeros: if you mean "0${value}", format the column as text and enter it again`;
  }
  if (DATE_COLUMNS.has(column)) {
    const de = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(value);
    if (de) return `write the date as ${de[3]}-${de[2]!.padStart(2, '0')}-${de[1]!.padStart(2, '0')}`;
  }
  if (URL_COLUMNS.has(column) && /^www\./i.test(value)) return `add "https://" in front: "https://${value}"`;
  if (column === 'focus') {
    const parts = value.split(/\s*[;,/+]\s*|\s*\|\s*/).map((p) => p.trim().toLowerCase());
    if (parts.length > 0 && parts.every((p) => (FOCI as readonly string[]).includes(p))) {
      return `write "${parts.join(MULTI_VALUE_SEPARATOR)}"`;
    }
    return undefined;
  }
  const allowed = ENUMS[column];
  if (allowed) {
    const match = allowed.find((a) => a.toLowerCase() === value.trim().toLowerCase());
    if (match) return `write "${match}" exactly so`;
  }
  return undefined;
}
