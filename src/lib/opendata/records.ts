/**
 * The published form of an initiative, shared by every open-data file. Columns, order and
 * values come from the zod schema (INITIATIVE_COLUMNS): nothing here adds or renames a field,
 * so the CSV, the JSON, the GeoJSON properties and the Table Schema cannot drift apart.
 */
import { INITIATIVE_COLUMNS, type Initiative, type InitiativeColumn } from '../schemas/initiative.ts';
import { MULTI_VALUE_SEPARATOR } from '../schemas/vocab.ts';

/** A cell value of the published JSON: missing optional values are `null`, focus is a list. */
export type PublishedValue = string | number | string[] | null;
export type PublishedRecord = Record<InitiativeColumn, PublishedValue>;

/** One initiative as a JSON record: every column, in file order, `null` for empty cells. */
export function toPublishedRecord(i: Initiative): PublishedRecord {
  const out = {} as PublishedRecord;
  for (const c of INITIATIVE_COLUMNS) {
    const v = i[c];
    out[c] = v === undefined ? null : Array.isArray(v) ? [...v] : v;
  }
  return out;
}

/** One initiative as CSV cells: every column as text the Table Schema describes. */
export function toCsvCells(i: Initiative): Record<InitiativeColumn, string> {
  const out = {} as Record<InitiativeColumn, string>;
  for (const c of INITIATIVE_COLUMNS) {
    const v = i[c];
    out[c] = v === undefined ? '' : Array.isArray(v) ? v.join(MULTI_VALUE_SEPARATOR) : String(v);
  }
  return out;
}

/** Initiatives in a stable order for publication (by id), so diffs between releases stay small. */
export function sortForPublication<T extends Initiative>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
