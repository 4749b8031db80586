/**
 * Frictionless Table Schema of `initiatives.csv`, generated from the zod schema: field names
 * and order from INITIATIVE_COLUMNS, titles/descriptions/examples from each field's `.meta()`,
 * enum constraints from the vocabulary arrays in vocab.ts, `required` from
 * REQUIRED_INITIATIVE_COLUMNS. Only the mapping of each column to a Table Schema type and
 * format lives here, and the type checker demands one entry per column.
 */
import { INITIATIVE_COLUMNS, REQUIRED_INITIATIVE_COLUMNS, initiativeShape, type InitiativeColumn } from '../schemas/initiative.ts';
import { FOCI, GEO_PRECISIONS, ID_PATTERN, KINDS, MULTI_VALUE_SEPARATOR, SCOPES, STATES, STATUSES } from '../schemas/vocab.ts';

export interface TableSchemaField {
  name: string;
  title?: string;
  description: string;
  example?: string;
  type: 'string' | 'number' | 'date';
  format?: 'default' | 'uri' | 'email';
  constraints?: {
    required?: boolean;
    unique?: boolean;
    enum?: string[];
    pattern?: string;
    minimum?: number;
    maximum?: number;
  };
}

export interface TableSchema {
  fields: TableSchemaField[];
  primaryKey: string[];
  foreignKeys?: { fields: string[]; reference: { resource: string; fields: string[] } }[];
  missingValues: string[];
}

type ColumnSpec = Pick<TableSchemaField, 'type' | 'format'> & {
  enum?: readonly string[];
  pattern?: string;
  minimum?: number;
  maximum?: number;
  unique?: boolean;
};

/** Anchored pattern source of a RegExp (Table Schema patterns are implicitly anchored). */
const unanchored = (re: RegExp) => re.source.replace(/^\^/, '').replace(/\$$/, '');
const escapeForPattern = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternatives = (values: readonly string[]) => `(${values.map(escapeForPattern).join('|')})`;

const COLUMN_TYPES = {
  id: { type: 'string', pattern: unanchored(ID_PATTERN), unique: true },
  name: { type: 'string' },
  kind: { type: 'string', enum: KINDS },
  focus: {
    type: 'string',
    pattern: `${alternatives(FOCI)}(${escapeForPattern(MULTI_VALUE_SEPARATOR)}${alternatives(FOCI)})*`,
  },
  programme: { type: 'string', pattern: unanchored(ID_PATTERN) },
  state: { type: 'string', enum: STATES },
  scope: { type: 'string', enum: SCOPES },
  status: { type: 'string', enum: STATUSES },
  host: { type: 'string' },
  city: { type: 'string' },
  postcode: { type: 'string', pattern: '[0-9]{5}' },
  street: { type: 'string' },
  lat: { type: 'number', minimum: -90, maximum: 90 },
  lon: { type: 'number', minimum: -180, maximum: 180 },
  geo_precision: { type: 'string', enum: GEO_PRECISIONS },
  website: { type: 'string', format: 'uri' },
  email: { type: 'string', format: 'email' },
  phone: { type: 'string' },
  description_de: { type: 'string' },
  description_en: { type: 'string' },
  source_url: { type: 'string', format: 'uri' },
  last_verified: { type: 'date' },
} satisfies Record<InitiativeColumn, ColumnSpec>;

interface FieldMetaOut {
  description?: string;
  example?: string;
}

/** The `.meta()` of a column's zod schema (description and example). */
export function columnMeta(column: InitiativeColumn): FieldMetaOut {
  return (initiativeShape[column].meta() ?? {}) as FieldMetaOut;
}

export function initiativesTableSchema(): TableSchema {
  const fields = INITIATIVE_COLUMNS.map((name): TableSchemaField => {
    const spec: ColumnSpec = COLUMN_TYPES[name];
    const meta = columnMeta(name);
    if (!meta.description) throw new Error(`initiative column "${name}" has no description in the zod schema`);
    const constraints: NonNullable<TableSchemaField['constraints']> = {};
    if (REQUIRED_INITIATIVE_COLUMNS.includes(name)) constraints.required = true;
    if (spec.unique) constraints.unique = true;
    if (spec.enum) constraints.enum = [...spec.enum];
    if (spec.pattern) constraints.pattern = spec.pattern;
    if (spec.minimum !== undefined) constraints.minimum = spec.minimum;
    if (spec.maximum !== undefined) constraints.maximum = spec.maximum;
    const field: TableSchemaField = { name, description: meta.description, type: spec.type };
    if (spec.format) field.format = spec.format;
    if (meta.example !== undefined) field.example = meta.example;
    if (Object.keys(constraints).length) field.constraints = constraints;
    return field;
  });
  return {
    fields,
    primaryKey: ['id'],
    missingValues: [''],
  };
}
