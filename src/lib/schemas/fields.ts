/**
 * Shared zod building blocks for CSV/JSON cells. Every schema states what it expects in
 * words an editor understands; that text becomes the "expected" part of validator messages
 * and of the data dictionary.
 */
import { z } from 'zod';
import { ID_PATTERN } from './vocab.ts';

export interface FieldMeta {
  /** What the field means, for the data dictionary (English). */
  description: string;
  /** A valid example value. */
  example?: string;
}

/** Attach dictionary metadata to a field schema. */
export function field<T extends z.ZodType>(schema: T, meta: FieldMeta): T {
  return schema.meta({ description: meta.description, example: meta.example }) as T;
}

/** Empty cell → undefined, so optional fields accept an empty CSV cell. */
export function optionalCell<T extends z.ZodType>(schema: T) {
  return z.preprocess((v) => (v === '' || v === null ? undefined : v), schema.optional());
}

/**
 * Text cells must not start with a character that spreadsheet programs read as a formula
 * (=, +, -, @): such a cell in our published CSV could run a formula on a re-user's machine.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
const noFormula = { error: 'text that does not start with =, +, - or @ (spreadsheets would run it as a formula)' };

export const requiredText = (what = 'a non-empty text') =>
  z.string({ error: what }).min(1, { error: what, abort: true }).refine((s) => !FORMULA_START.test(s), noFormula);

/** Optional free text (empty cell allowed), with the same formula guard. */
export const optionalText = () => optionalCell(z.string().refine((s) => !FORMULA_START.test(s), noFormula));

export const idSchema = z
  .string({ error: 'a kebab-case id' })
  .min(1, { error: 'a kebab-case id (required)', abort: true })
  .regex(ID_PATTERN, { error: 'lower-case letters, digits and single hyphens, e.g. "digital-hub-ulm"' });

/** Only http(s) URLs: an editor's `javascript:` or `data:` link must never reach a page. */
export const httpUrl = z.string().refine(
  (s) => {
    if (!/^https?:\/\//i.test(s)) return false;
    try {
      const u = new URL(s);
      return (u.protocol === 'http:' || u.protocol === 'https:') && /^[^.]+(\.[^.]+)+$/.test(u.hostname);
    } catch {
      return false;
    }
  },
  { error: 'a full web address starting with https:// or http://' },
);

export const isoDate = z.string().refine(
  (s) => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  },
  { error: 'a date as YYYY-MM-DD, e.g. 2026-11-26' },
);

export function enumOf<const T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values, { error: `one of: ${values.join(', ')}` });
}
