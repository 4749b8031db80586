/**
 * Validation of the data files against their schemas, plus the checks that need more than
 * one row (unique ids, programme references) or outside knowledge (today's date, state
 * outlines). Pure: file contents come in, typed records and problems come out.
 */
import type { z } from 'zod';
import {
  INITIATIVE_COLUMNS,
  REQUIRED_INITIATIVE_COLUMNS,
  initiativeSchema,
  type Initiative,
} from '../schemas/initiative.ts';
import { populationSchema, type Population } from '../schemas/population.ts';
import { programmesFileSchema, type Programme } from '../schemas/programme.ts';
import { vocabulariesSchema, type Vocabularies } from '../schemas/vocabularies.ts';
import { STATES, type StateCode } from '../schemas/vocab.ts';
import { CsvEncodingError, decodeCsvBytes, parseCsv, type ParsedCsv } from './csv.ts';
import { editorHint } from './hints.ts';
import type { Problem } from './problems.ts';

export interface GeoCheck {
  /** Distance in km from the point to the state's outline; 0 when inside. */
  distanceToStateKm(p: { lat: number; lon: number }, state: StateCode): number;
  /** Points up to this far outside the (generalised) outline are accepted. */
  toleranceKm: number;
}

export interface InitiativeContext {
  programmeIds: ReadonlySet<string>;
  /** Today's date as YYYY-MM-DD (injected so that tests are reproducible). */
  today: string;
  geo: GeoCheck;
}

export interface Validated<T> {
  records: T[];
  problems: Problem[];
}

/** Map zod issues of one record to editor-facing problems. */
function issuesToProblems(
  issues: readonly z.core.$ZodIssue[],
  file: string,
  line: number,
  cells: Record<string, unknown>,
  header: readonly string[],
): Problem[] {
  return issues.map((issue) => {
    const column = typeof issue.path[0] === 'string' ? issue.path[0] : undefined;
    const raw = column === undefined ? undefined : cells[column];
    const hint = column !== undefined && typeof raw === 'string' ? editorHint(column, raw) : undefined;
    return {
      file,
      line,
      column,
      columnNumber: column ? header.indexOf(column) + 1 || undefined : undefined,
      value: raw === undefined || raw === null ? undefined : typeof raw === 'string' ? raw : JSON.stringify(raw),
      expected: issue.message,
      ...(hint ? { hint } : {}),
      severity: 'error',
    } satisfies Problem;
  });
}

/** Check the header of the initiatives file: required columns present, none unknown. */
function checkHeader(parsed: ParsedCsv, file: string): Problem[] {
  const problems: Problem[] = [];
  const known = new Set<string>(INITIATIVE_COLUMNS);
  parsed.header.forEach((h, i) => {
    if (!known.has(h)) {
      problems.push({
        file,
        line: parsed.headerLine,
        column: h,
        columnNumber: i + 1,
        value: h,
        expected: `a known column name (${INITIATIVE_COLUMNS.join(', ')})`,
        hint: 'column names are case-sensitive; see docs/DATA.md',
        severity: 'error',
      });
    }
  });
  const seen = new Set<string>();
  parsed.header.forEach((h, i) => {
    if (seen.has(h)) {
      problems.push({ file, line: parsed.headerLine, column: h, columnNumber: i + 1, value: h, expected: 'each column only once', severity: 'error' });
    }
    seen.add(h);
  });
  for (const col of INITIATIVE_COLUMNS) {
    if (!seen.has(col)) {
      const required = (REQUIRED_INITIATIVE_COLUMNS as string[]).includes(col);
      problems.push({
        file,
        line: parsed.headerLine,
        column: col,
        expected: `a column named "${col}" in the header`,
        hint: required ? 'this column is required' : 'optional columns may stay empty but must be present',
        severity: 'error',
      });
    }
  }
  return problems;
}

export function validateInitiativesText(text: string, file: string, ctx: InitiativeContext): Validated<Initiative> {
  const parsed = parseCsv(text, file);
  const problems = [...parsed.problems];
  // An empty file has no header to check; "the file is empty" says it all.
  if (parsed.header.length === 0) return { records: [], problems };
  const headerProblems = checkHeader(parsed, file);
  problems.push(...headerProblems);
  if (headerProblems.length > 0) return { records: [], problems };

  const records: Initiative[] = [];
  const firstLineOfId = new Map<string, number>();
  const col = (name: string) => parsed.header.indexOf(name) + 1;

  for (const { line, cells } of parsed.rows) {
    const result = initiativeSchema.safeParse(cells);
    let rowOk = result.success;
    if (!result.success) {
      problems.push(...issuesToProblems(result.error.issues, file, line, cells, parsed.header));
    }
    const id = cells.id ?? '';
    if (id !== '') {
      const first = firstLineOfId.get(id);
      if (first !== undefined) {
        problems.push({
          file, line, column: 'id', columnNumber: col('id'), value: id,
          expected: 'an id used by no other row',
          hint: `line ${first} already uses this id; ids are unique and never reused`,
          severity: 'error',
        });
        rowOk = false;
      } else firstLineOfId.set(id, line);
    }
    const programme = cells.programme ?? '';
    if (programme !== '' && !ctx.programmeIds.has(programme)) {
      problems.push({
        file, line, column: 'programme', columnNumber: col('programme'), value: programme,
        expected: 'the id of a programme in data/programmes.json',
        hint: 'add the programme to data/programmes.json first, or use "other"',
        severity: 'error',
      });
      rowOk = false;
    }
    if (!result.success || !rowOk) continue;
    const row = result.data;
    if (row.last_verified > ctx.today) {
      problems.push({
        file, line, column: 'last_verified', columnNumber: col('last_verified'), value: row.last_verified,
        expected: `a date not after today (${ctx.today})`,
        severity: 'error',
      });
      continue;
    }
    if (row.lat !== undefined && row.lon !== undefined) {
      const km = ctx.geo.distanceToStateKm({ lat: row.lat, lon: row.lon }, row.state);
      if (km > ctx.geo.toleranceKm) {
        const swapped =
          Math.abs(row.lon) <= 90 && ctx.geo.distanceToStateKm({ lat: row.lon, lon: row.lat }, row.state) <= ctx.geo.toleranceKm;
        problems.push({
          file, line, column: 'lat', columnNumber: col('lat'), value: `${cells.lat}, ${cells.lon}`,
          expected: `a position inside ${row.state} (it lies ${Math.round(km)} km outside)`,
          hint: swapped
            ? `lat and lon are swapped: write lat ${cells.lon} and lon ${cells.lat}`
            : 'check that lat and lon are not swapped and that "state" is right; empty both and run "npm run geocode" to place the row by its city',
          severity: 'error',
        });
        continue;
      }
    }
    records.push(row);
  }
  return { records, problems };
}

export function validateInitiativesBytes(bytes: Uint8Array, file: string, ctx: InitiativeContext): Validated<Initiative> {
  let decoded;
  try {
    decoded = decodeCsvBytes(bytes);
  } catch (e) {
    if (e instanceof CsvEncodingError) {
      return { records: [], problems: [{ file, line: e.line ?? 0, expected: 'a text file in UTF-8', hint: e.message, severity: 'error' }] };
    }
    throw e;
  }
  const result = validateInitiativesText(decoded.text, file, ctx);
  if (decoded.encoding === 'windows-1252') {
    result.problems.unshift({
      file, line: 0, expected: 'UTF-8',
      value: 'Windows-1252',
      hint: 'the file was saved as Windows-1252 ("CSV (Trennzeichen-getrennt)") and was read as such; please save it as "CSV UTF-8" next time',
      severity: 'warning',
    });
  }
  return result;
}

function parseJson(text: string, file: string): { value?: unknown; problems: Problem[] } {
  try {
    return { value: JSON.parse(text.replace(/^\ufeff/, '')), problems: [] };
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const pos = /position (\d+)/.exec(message);
    const line = pos ? text.slice(0, Number(pos[1])).split('\n').length : 0;
    return { problems: [{ file, line, expected: 'valid JSON', hint: message, severity: 'error' }] };
  }
}

/** Line of the n-th object of a top-level JSON array (for messages about JSON entries). */
function lineOfArrayItem(text: string, key: string, value: string): number {
  const i = text.indexOf(`"${key}": "${value}"`);
  const j = i >= 0 ? i : text.indexOf(`"${key}":"${value}"`);
  return j >= 0 ? text.slice(0, j).split('\n').length : 0;
}

function jsonIssues(issues: readonly z.core.$ZodIssue[], file: string, text: string, data: unknown): Problem[] {
  return issues.map((issue) => {
    let node: unknown = data;
    for (const k of issue.path) node = (node as Record<PropertyKey, unknown> | undefined)?.[k as PropertyKey];
    const itemPath = issue.path.slice(0, -1);
    let item: unknown = data;
    for (const k of itemPath) item = (item as Record<PropertyKey, unknown> | undefined)?.[k as PropertyKey];
    const id = (item as { id?: unknown } | undefined)?.id;
    return {
      file,
      line: typeof id === 'string' ? lineOfArrayItem(text, 'id', id) : 0,
      column: issue.path.map(String).join('.') || undefined,
      value: node === undefined ? undefined : typeof node === 'string' ? node : JSON.stringify(node),
      expected: issue.message,
      severity: 'error',
    } satisfies Problem;
  });
}

export function validateProgrammesText(text: string, file: string): Validated<Programme> {
  const { value, problems } = parseJson(text, file);
  if (problems.length) return { records: [], problems };
  const result = programmesFileSchema.safeParse(value);
  if (!result.success) return { records: [], problems: jsonIssues(result.error.issues, file, text, value) };
  const seen = new Set<string>();
  const dup: Problem[] = [];
  for (const p of result.data) {
    if (seen.has(p.id)) dup.push({ file, line: lineOfArrayItem(text, 'id', p.id), column: 'id', value: p.id, expected: 'a programme id used only once', severity: 'error' });
    seen.add(p.id);
  }
  return { records: result.data, problems: dup };
}

export function validateVocabulariesText(text: string, file: string): { vocabularies?: Vocabularies; problems: Problem[] } {
  const { value, problems } = parseJson(text, file);
  if (problems.length) return { problems };
  const result = vocabulariesSchema.safeParse(value);
  if (!result.success) return { problems: jsonIssues(result.error.issues, file, text, value) };
  return { vocabularies: result.data, problems: [] };
}

export function validatePopulationText(text: string, file: string): Validated<Population> {
  const parsed = parseCsv(text, file);
  const problems = [...parsed.problems];
  const records: Population[] = [];
  for (const { line, cells } of parsed.rows) {
    const r = populationSchema.safeParse(cells);
    if (r.success) records.push(r.data);
    else problems.push(...issuesToProblems(r.error.issues, file, line, cells, parsed.header));
  }
  for (const s of STATES) {
    if (!records.some((r) => r.state === s) && problems.length === 0) {
      problems.push({ file, line: 0, column: 'state', expected: `a row for state ${s}`, severity: 'error' });
    }
  }
  return { records, problems };
}
