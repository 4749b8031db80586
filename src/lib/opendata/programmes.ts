/** Published form of data/programmes.json: `programmes.csv` and its Table Schema. Pure. */
import { toCsv } from '../data/csv.ts';
import { programmeSchema, type Programme } from '../schemas/programme.ts';
import { ID_PATTERN, PROGRAMME_SCOPES } from '../schemas/vocab.ts';
import type { TableSchema, TableSchemaField } from './table-schema.ts';

type ProgrammeColumn = keyof Programme;
export const PROGRAMME_COLUMNS = Object.keys(programmeSchema.shape) as ProgrammeColumn[];

const COLUMN_TYPES = {
  id: { type: 'string', constraints: { required: true, unique: true, pattern: ID_PATTERN.source.replace(/^\^|\$$/g, '') } },
  name_de: { type: 'string', constraints: { required: true } },
  name_en: { type: 'string', constraints: { required: true } },
  funder: { type: 'string', constraints: { required: true } },
  website: { type: 'string', format: 'uri' },
  scope: { type: 'string', constraints: { required: true, enum: [...PROGRAMME_SCOPES] } },
} satisfies Record<ProgrammeColumn, Omit<TableSchemaField, 'name' | 'description'>>;

export function programmesTableSchema(): TableSchema {
  return {
    fields: PROGRAMME_COLUMNS.map((name) => {
      const meta = (programmeSchema.shape[name].meta() ?? {}) as { description?: string; example?: string };
      if (!meta.description) throw new Error(`programme column "${name}" has no description in the zod schema`);
      const f: TableSchemaField = { name, description: meta.description, ...COLUMN_TYPES[name] };
      if (meta.example !== undefined) f.example = meta.example;
      return f;
    }),
    primaryKey: ['id'],
    missingValues: [''],
  };
}

export function programmesCsv(programmes: readonly Programme[]): string {
  const rows = [...programmes]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((p) => Object.fromEntries(PROGRAMME_COLUMNS.map((c) => [c, p[c] ?? ''])));
  return toCsv(PROGRAMME_COLUMNS, rows);
}
