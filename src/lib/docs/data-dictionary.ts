/**
 * The data dictionary (docs/DATA.md), generated from the zod schemas so that it cannot
 * drift from what the validator accepts. For every field it takes the description and
 * example from `.meta()`, decides "required" by asking the schema whether it accepts an
 * empty cell, and takes the "format" text from the schema's own error message — the very
 * words an editor sees from `npm run validate`. Allowed values come from the vocab arrays.
 *
 * Pure: scripts/generate-docs.ts does the file-system side.
 */
import type { z } from 'zod';
import { STATE_TOLERANCE_KM } from '../geo/states.ts';
import { INITIATIVE_COLUMNS, initiativeShape } from '../schemas/initiative.ts';
import { populationShape } from '../schemas/population.ts';
import { programmeSchema } from '../schemas/programme.ts';
import {
  FOCI,
  GEO_PRECISIONS,
  KINDS,
  MULTI_VALUE_SEPARATOR,
  PROGRAMME_SCOPES,
  SCOPES,
  STATES,
  STATUSES,
} from '../schemas/vocab.ts';
import { vocabulariesSchema } from '../schemas/vocabularies.ts';

export interface DocumentedFile {
  /** Path of the data file, e.g. data/initiatives.csv. */
  path: string;
  /** Schema module it is defined in (relative to the repository root). */
  schemaModule: string;
  /** What the file holds, one paragraph. */
  summary: string;
  /** The fields (columns or JSON keys), in file order. */
  shape: Readonly<Record<string, z.ZodType>>;
  /** Required only together with other fields (explained in the rules). */
  conditional?: Readonly<Record<string, string>>;
  /** Format text where the schema's own message does not describe the value (nested JSON). */
  formats?: Readonly<Record<string, string>>;
  /** Allowed values of enumerated fields, from the vocab arrays. */
  allowed?: Readonly<Record<string, readonly string[]>>;
  /** Rules that span fields or rows, in words. */
  rules?: readonly string[];
}

/** Every schema module in src/lib/schemas/ that describes a data file (tests check the list is complete). */
export const DOCUMENTED_FILES: readonly DocumentedFile[] = [
  {
    path: 'data/initiatives.csv',
    schemaModule: 'src/lib/schemas/initiative.ts',
    summary:
      'One row per initiative, or per site of a multi-site centre. Edit it in a spreadsheet or text editor; ' +
      '`npm run validate` checks it and names the line and column of every problem.',
    shape: initiativeShape,
    conditional: { lat: 'with lon', lon: 'with lat', geo_precision: 'with lat/lon' },
    allowed: { kind: KINDS, focus: FOCI, state: STATES, scope: SCOPES, status: STATUSES, geo_precision: GEO_PRECISIONS },
    rules: [
      '**Header.** The first non-empty line names the columns. Every column above must be present exactly once ' +
        '(optional ones may stay empty); names are case-sensitive; unknown columns are errors; the order of the columns does not matter.',
      '**Fields per row.** Every row has exactly as many fields as the header. A value that contains the delimiter, ' +
        'a quote or a line break is put in double quotes, and a quote inside it is written twice (`""`).',
      '**Unique ids.** No two rows share an `id`. Ids are never reused: a retired initiative keeps its row with `status` = `ended`.',
      '**Programme references.** `programme` is the `id` of an entry in `data/programmes.json`.',
      '**Position.** `lat` and `lon` are both filled or both empty; when they are filled, `geo_precision` is required. ' +
        `The position must lie inside the outline of \`state\` (outlines in \`src/generated/de-states.json\`), with a tolerance of ${STATE_TOLERANCE_KM} km for border towns. ` +
        'Empty positions can be filled at municipality level with `npm run geocode`.',
      '**Dates.** `last_verified` is a real calendar date and not after today (the date in Germany when the validator runs).',
      `**Several values.** \`focus\` holds one or more values separated by \`${MULTI_VALUE_SEPARATOR}\`; spaces around them are ignored.`,
    ],
  },
  {
    path: 'data/programmes.json',
    schemaModule: 'src/lib/schemas/programme.ts',
    summary: 'A JSON array of the funding programmes that initiatives belong to (the `programme` column points here).',
    shape: programmeSchema.shape,
    allowed: { scope: PROGRAMME_SCOPES },
    rules: ['**Unique ids.** No two programmes share an `id`.'],
  },
  {
    path: 'data/vocabularies.json',
    schemaModule: 'src/lib/schemas/vocabularies.ts',
    summary: 'German and English labels and chart colours of the controlled values used in `data/initiatives.csv`.',
    shape: vocabulariesSchema.shape,
    formats: Object.fromEntries(
      Object.keys(vocabulariesSchema.shape).map((k) => [
        k,
        `a list of \`{"id", "label_de", "label_en", "color"}\` objects, exactly one per allowed value of \`${k}\`; color as \`#rrggbb\``,
      ]),
    ),
    allowed: { state: STATES, kind: KINDS, focus: FOCI, status: STATUSES },
  },
  {
    path: 'data/population.csv',
    schemaModule: 'src/lib/schemas/population.ts',
    summary: 'Inhabitants per state, for figures per 100,000 inhabitants. One row per state.',
    shape: populationShape,
    allowed: { state: STATES },
    rules: ['**Complete.** There is a row for each of the states ' + STATES.map((s) => `\`${s}\``).join(', ') + '.'],
  },
];

/** Start of the hand-written part of DATA.md; everything from this line on is kept as it is. */
export const HAND_WRITTEN_MARKER =
  '<!-- HAND-WRITTEN BELOW: everything from this line on is kept by `npm run docs:data`; edit it freely. -->';

export const DEFAULT_HAND_WRITTEN = `${HAND_WRITTEN_MARKER}

## Provenance

_To be written by the lead: where the rows come from, how they were researched and checked,
and the licences of the sources._
`;

export interface FieldDoc {
  name: string;
  required: string;
  format: string;
  description: string | undefined;
  example: string | undefined;
}

function meta(schema: z.ZodType): { description?: string; example?: string } {
  return (schema.meta() ?? {}) as { description?: string; example?: string };
}

/** What the schema says when it rejects a value it cannot accept; undefined for free text. */
function formatOf(schema: z.ZodType): string | undefined {
  const r = schema.safeParse('\u0000 not a valid value \u0000');
  return r.success ? undefined : r.error.issues[0]?.message;
}

export function fieldDocs(file: DocumentedFile): FieldDoc[] {
  return Object.entries(file.shape).map(([name, schema]) => {
    const m = meta(schema);
    const acceptsEmpty = schema.safeParse('').success || schema.safeParse(undefined).success;
    return {
      name,
      required: file.conditional?.[name] ?? (acceptsEmpty ? 'no' : 'yes'),
      format: file.formats?.[name] ?? formatOf(schema) ?? 'text',
      description: m.description,
      example: m.example,
    };
  });
}

/** Fields whose schema has no `.meta({ description })`: the dictionary would have a hole there. */
export function undocumentedFields(file: Pick<DocumentedFile, 'shape'>): string[] {
  return Object.entries(file.shape)
    .filter(([, schema]) => !meta(schema).description?.trim())
    .map(([name]) => name);
}

/** Escape a value for a Markdown table cell. */
const cell = (s: string) => s.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
const code = (s: string) => (s.includes('|') ? `<code>${s.replace(/\|/g, '&#124;')}</code>` : `\`${s}\``);

function renderFile(file: DocumentedFile): string {
  const out: string[] = [];
  out.push(`## \`${file.path}\``, '', file.summary, '', `Schema: [\`${file.schemaModule}\`](../${file.schemaModule}).`, '');
  const noun = file.path.endsWith('.csv') ? 'column' : 'field';
  out.push(`| ${noun} | required | format (what the validator expects) | meaning | example |`, '|---|---|---|---|---|');
  for (const f of fieldDocs(file)) {
    out.push(
      `| \`${f.name}\` | ${f.required} | ${cell(f.format)} | ${cell(f.description ?? '')} | ${f.example ? code(f.example) : ''} |`,
    );
  }
  out.push('');
  if (file.allowed && Object.keys(file.allowed).length > 0) {
    out.push('### Allowed values', '');
    for (const [name, values] of Object.entries(file.allowed)) {
      out.push(`- \`${name}\`: ${values.map((v) => `\`${v}\``).join(', ')}`);
    }
    out.push('');
  }
  if (file.rules?.length) {
    out.push('### Rules across fields and rows', '');
    for (const rule of file.rules) out.push(`- ${rule}`);
    out.push('');
  }
  return out.join('\n');
}

const FILE_FORMAT = [
  '## How CSV files are read',
  '',
  'The validator and the build read CSV files the way spreadsheets write them:',
  '',
  '- **Encoding.** UTF-8, with or without a byte-order mark. A Windows-1252 ("ANSI") file is read correctly and ' +
    'produces a warning asking to save it as "CSV UTF-8". A file that mixes both encodings, or contains bytes of neither, is rejected with the line of the first unreadable byte.',
  '- **Delimiter.** Comma, semicolon (German Excel) or tab, detected from the header line.',
  '- **Line ends.** LF or CRLF.',
  '- **Whitespace.** Spaces, tabs and no-break spaces around values are removed.',
  '- **Empty lines.** Blank lines and lines of only delimiters (`;;;;`) are ignored; so are empty trailing columns that Excel adds.',
  '- **Decimal comma.** `lat` and `lon` may be written with a decimal comma (`48,3984`).',
  `- **Columns.** ${INITIATIVE_COLUMNS.length} in \`data/initiatives.csv\`; the file in the repository is stored as UTF-8 with commas and LF line ends.`,
  '',
].join('\n');

/** The generated part of docs/DATA.md (everything before the hand-written marker). */
export function renderDataDictionary(): string {
  const parts = [
    '# Data dictionary',
    '',
    '<!-- GENERATED by scripts/generate-docs.ts from the zod schemas in src/lib/schemas/. Do not edit above the ' +
      'hand-written marker: change the schemas and run `npm run docs:data`. -->',
    '',
    'What each file in [`data/`](../data/) holds, what each column means and what the validator ' +
      '(`npm run validate`) accepts. The "format" column quotes the validator\'s own words: it is what an error ' +
      'message says is expected. How to propose a change: [CONTRIBUTING.md](../CONTRIBUTING.md).',
    '',
    'Contents: ' + DOCUMENTED_FILES.map((f) => `[\`${f.path}\`](#${f.path.replace(/[^a-z0-9]+/g, '')})`).join(' · ') +
      ' · [How CSV files are read](#how-csv-files-are-read) · [Provenance](#provenance)',
    '',
    ...DOCUMENTED_FILES.map(renderFile),
    FILE_FORMAT,
  ];
  return parts.join('\n');
}

/** Combine the generated part with the hand-written part of an existing DATA.md (kept verbatim). */
export function composeDataMd(existing: string | undefined): string {
  const i = existing?.indexOf(HAND_WRITTEN_MARKER) ?? -1;
  const handWritten = existing !== undefined && i >= 0 ? existing.slice(i) : DEFAULT_HAND_WRITTEN;
  return `${renderDataDictionary()}\n${handWritten}`;
}
