/**
 * The corpus of broken files under tests/fixtures/invalid/: one file per error class, each
 * with its exact validator output pinned, so message quality is reviewed like any other
 * output. Each file has one valid row (line 2) and the broken part after it, so the tests
 * also show that only the broken line is blamed. The Excel variants must pass unchanged.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { geoCheck } from '../../../src/lib/data/load-node.ts';
import { formatProblems } from '../../../src/lib/data/problems.ts';
import { validateInitiativesBytes, type InitiativeContext } from '../../../src/lib/data/validate.ts';

const programmes = JSON.parse(readFileSync('data/programmes.json', 'utf8')) as { id: string }[];
const ctx: InitiativeContext = { programmeIds: new Set(programmes.map((p) => p.id)), today: '2026-11-26', geo: geoCheck };
const INVALID = 'tests/fixtures/invalid';
const EXCEL = 'tests/fixtures/excel';

const validate = (path: string) => validateInitiativesBytes(new Uint8Array(readFileSync(path)), path, ctx);

/** Validator output for one corpus file; every file must produce at least one error. */
function check(name: string): string {
  const { problems } = validate(`${INVALID}/${name}`);
  expect(problems.some((p) => p.severity === 'error')).toBe(true);
  return formatProblems(problems);
}

/** One file per error class; the lead's combined file one-of-each.csv is tested in validate.test.ts. */
const CORPUS = [
  'missing-required-field.csv',
  'bad-enum.csv',
  'bad-focus.csv',
  'bad-id-format.csv',
  'duplicate-id.csv',
  'unknown-programme.csv',
  'javascript-url.csv',
  'bad-postcode.csv',
  'position-outside-state.csv',
  'swapped-lat-lon.csv',
  'lat-without-lon.csv',
  'missing-geo-precision.csv',
  'bad-number.csv',
  'future-date.csv',
  'bad-date.csv',
  'bad-email.csv',
  'too-many-fields.csv',
  'too-few-fields.csv',
  'repeated-header.csv',
  'unknown-column.csv',
  'missing-column.csv',
  'duplicate-column.csv',
  'unclosed-quote.csv',
  'unescaped-quote.csv',
  'empty-file.csv',
  'undecodable-bytes.csv',
  'mixed-encoding.csv',
];

describe('corpus of broken files: exact messages', () => {
  it('has a test for every file in tests/fixtures/invalid/', () => {
    const files = readdirSync(INVALID).filter((f) => f !== 'one-of-each.csv').sort();
    expect(files).toEqual([...CORPUS].sort());
  });

  it('missing-required-field.csv: a required field left empty', () => {
    expect(check('missing-required-field.csv')).toMatchInlineSnapshot(`"tests/fixtures/invalid/missing-required-field.csv:3:2: error: column "name": found an empty cell — expected the official name."`);
  });

  it('bad-enum.csv: a value outside a controlled vocabulary', () => {
    expect(check('bad-enum.csv')).toMatchInlineSnapshot(`"tests/fixtures/invalid/bad-enum.csv:3:3: error: column "kind": found "labor" — expected one of: support-centre, hub, network, research, test-lab, funding-programme, other."`);
  });

  it('bad-focus.csv: a multi-value cell with a wrong separator and an unknown value', () => {
    expect(check('bad-focus.csv')).toMatchInlineSnapshot(`"tests/fixtures/invalid/bad-focus.csv:3:4: error: column "focus": found "KI; industrie40" — expected one or more of: industrie40, ki, mittelstand-digital — separated by "|". Hint: write "ki|industrie40"."`);
  });

  it('bad-id-format.csv: an id that is not kebab-case', () => {
    expect(check('bad-id-format.csv')).toMatchInlineSnapshot(`"tests/fixtures/invalid/bad-id-format.csv:3:1: error: column "id": found "KI_Labor Südwest" — expected lower-case letters, digits and single hyphens, e.g. "digital-hub-ulm". Hint: for example "ki-labor-suedwest"."`);
  });

  it('duplicate-id.csv: an id used twice', () => {
    expect(check('duplicate-id.csv')).toMatchInlineSnapshot(`"tests/fixtures/invalid/duplicate-id.csv:3:1: error: column "id": found "gueltige-zeile" — expected an id used by no other row. Hint: line 2 already uses this id; ids are unique and never reused."`);
  });

  it('unknown-programme.csv: a programme id missing from data/programmes.json', () => {
    expect(check('unknown-programme.csv')).toMatchInlineSnapshot(`"tests/fixtures/invalid/unknown-programme.csv:3:5: error: column "programme": found "digital-hub-bayern" — expected the id of a programme in data/programmes.json. Hint: add the programme to data/programmes.json first, or use "other"."`);
  });

  it('javascript-url.csv: a javascript: URL', () => {
    expect(check('javascript-url.csv')).toMatchInlineSnapshot(`"tests/fixtures/invalid/javascript-url.csv:3:16: error: column "website": found "javascript:alert(1)" — expected a full web address starting with https:// or http://."`);
  });

  it('bad-postcode.csv: a postcode that is not 5 digits', () => {
    expect(check('bad-postcode.csv')).toMatchInlineSnapshot(`"tests/fixtures/invalid/bad-postcode.csv:3:11: error: column "postcode": found "8907" — expected a German postcode of exactly 5 digits, e.g. 09126. Hint: spreadsheets drop leading zeros: if you mean "08907", format the column as text and enter it again."`);
  });

  it('position-outside-state.csv: a position outside the state', () => {
    expect(check('position-outside-state.csv')).toMatchInlineSnapshot(`"tests/fixtures/invalid/position-outside-state.csv:3:13: error: column "lat": found "51.5136, 7.4653" — expected a position inside BW (it lies 224 km outside). Hint: check that lat and lon are not swapped and that "state" is right; empty both and run "npm run geocode" to place the row by its city."`);
  });

  it('swapped-lat-lon.csv: lat and lon swapped', () => {
    expect(check('swapped-lat-lon.csv')).toMatchInlineSnapshot(`"tests/fixtures/invalid/swapped-lat-lon.csv:3:13: error: column "lat": found "9.9916, 48.3984" — expected a position inside BW (it lies 5641 km outside). Hint: lat and lon are swapped: write lat 48.3984 and lon 9.9916."`);
  });

  it('lat-without-lon.csv: lat without lon', () => {
    expect(check('lat-without-lon.csv')).toMatchInlineSnapshot(`"tests/fixtures/invalid/lat-without-lon.csv:3:14: error: column "lon": found an empty cell — expected lat and lon together: both filled or both empty."`);
  });

  it('missing-geo-precision.csv: a position without geo_precision', () => {
    expect(check('missing-geo-precision.csv')).toMatchInlineSnapshot(`"tests/fixtures/invalid/missing-geo-precision.csv:3:15: error: column "geo_precision": found an empty cell — expected one of: address, municipality (required when lat/lon are given)."`);
  });

  it('bad-number.csv: a coordinate that is not a decimal number', () => {
    expect(check('bad-number.csv')).toMatchInlineSnapshot(`"tests/fixtures/invalid/bad-number.csv:3:13: error: column "lat": found "48°23′N" — expected a latitude in decimal degrees (WGS 84), e.g. 50.8136."`);
  });

  it('future-date.csv: a last_verified date in the future', () => {
    expect(check('future-date.csv')).toMatchInlineSnapshot(`"tests/fixtures/invalid/future-date.csv:3:22: error: column "last_verified": found "2099-01-01" — expected a date not after today (2026-11-26)."`);
  });

  it('bad-date.csv: a date not written as YYYY-MM-DD', () => {
    expect(check('bad-date.csv')).toMatchInlineSnapshot(`"tests/fixtures/invalid/bad-date.csv:3:22: error: column "last_verified": found "15.01.2026" — expected a date as YYYY-MM-DD, e.g. 2026-11-26. Hint: write the date as 2026-01-15."`);
  });

  it('bad-email.csv: an e-mail address without @', () => {
    expect(check('bad-email.csv')).toMatchInlineSnapshot(`"tests/fixtures/invalid/bad-email.csv:3:17: error: column "email": found "info(at)example.org" — expected an e-mail address such as info@example.org."`);
  });

  it('too-many-fields.csv: a row with too many fields (unquoted comma)', () => {
    expect(check('too-many-fields.csv')).toMatchInlineSnapshot(`"tests/fixtures/invalid/too-many-fields.csv:3: error: found "23 fields" — expected 22 fields, one per header column. Hint: this row has 1 field(s) too many; a value containing "," must be put in double quotes."`);
  });

  it('too-few-fields.csv: a row with too few fields', () => {
    expect(check('too-few-fields.csv')).toMatchInlineSnapshot(`"tests/fixtures/invalid/too-few-fields.csv:3: error: found "10 fields" — expected 22 fields, one per header column. Hint: this row has 12 field(s) too few; check for a missing "," or an unintended line break."`);
  });

  it('repeated-header.csv: the header repeated inside the file', () => {
    expect(check('repeated-header.csv')).toMatchInlineSnapshot(`"tests/fixtures/invalid/repeated-header.csv:3: error: expected a data row. Hint: this line repeats the header; delete it (it often comes from pasting two files together)."`);
  });

  it('unknown-column.csv: an unknown (misspelt) column', () => {
    expect(check('unknown-column.csv')).toMatchInlineSnapshot(`
      "tests/fixtures/invalid/unknown-column.csv:1: error: column "website": expected a column named "website" in the header. Hint: optional columns may stay empty but must be present.
      tests/fixtures/invalid/unknown-column.csv:1:16: error: column "webseite": found "webseite" — expected a known column name (id, name, kind, focus, programme, state, scope, status, host, city, postcode, street, lat, lon, geo_precision, website, email, phone, description_de, description_en, source_url, last_verified). Hint: column names are case-sensitive; see docs/DATA.md."
    `);
  });

  it('missing-column.csv: a missing column', () => {
    expect(check('missing-column.csv')).toMatchInlineSnapshot(`"tests/fixtures/invalid/missing-column.csv:1: error: column "status": expected a column named "status" in the header. Hint: this column is required."`);
  });

  it('duplicate-column.csv: a column named twice', () => {
    expect(check('duplicate-column.csv')).toMatchInlineSnapshot(`"tests/fixtures/invalid/duplicate-column.csv:1:23: error: column "city": found "city" — expected each column only once."`);
  });

  it('unclosed-quote.csv: a quote that is never closed', () => {
    expect(check('unclosed-quote.csv')).toMatchInlineSnapshot(`"tests/fixtures/invalid/unclosed-quote.csv:3: error: expected well-formed CSV. Hint: a quote (") is opened but never closed in this record; everything after it up to the end of the file was read as one value."`);
  });

  it('unescaped-quote.csv: a quote inside a quoted value that is not doubled', () => {
    expect(check('unescaped-quote.csv')).toMatchInlineSnapshot(`"tests/fixtures/invalid/unescaped-quote.csv:3: error: expected well-formed CSV. Hint: a quoted value must end with a quote right before the next "," or line end; a quote inside a value is written twice (""), and a quote opened here may close only in a later line."`);
  });

  it('empty-file.csv: an empty file', () => {
    expect(check('empty-file.csv')).toMatchInlineSnapshot(`"tests/fixtures/invalid/empty-file.csv: error: expected a header line and at least one data row. Hint: the file is empty."`);
  });

  it('undecodable-bytes.csv: bytes that are neither UTF-8 nor Windows-1252', () => {
    expect(check('undecodable-bytes.csv')).toMatchInlineSnapshot(`"tests/fixtures/invalid/undecodable-bytes.csv:3: error: expected a text file in UTF-8. Hint: The file is neither UTF-8 nor Windows-1252 text. Save it as "CSV UTF-8 (durch Trennzeichen getrennt)"."`);
  });

  it('mixed-encoding.csv: UTF-8 and Windows-1252 mixed in one file', () => {
    expect(check('mixed-encoding.csv')).toMatchInlineSnapshot(`"tests/fixtures/invalid/mixed-encoding.csv:3: error: expected a text file in UTF-8. Hint: The file mixes UTF-8 and Windows-1252 text (often after pasting rows from another file), so its umlauts cannot be read reliably. Retype the umlauts in this line, or save the file as "CSV UTF-8 (durch Trennzeichen getrennt)"."`);
  });
});

describe('Excel variants are accepted and read exactly like the canonical file', () => {
  const canonical = validate('tests/fixtures/initiatives.csv').records;

  it.each([
    'utf8-bom-semicolon-crlf.csv',
    'stray-whitespace.csv',
    'trailing-empty-rows.csv',
  ])('%s: no problems, same records', (name) => {
    const { records, problems } = validate(`${EXCEL}/${name}`);
    expect(problems).toEqual([]);
    expect(records).toEqual(canonical);
  });

  it('windows-1252-semicolon.csv: same records, with only a warning naming the encoding', () => {
    const { records, problems } = validate(`${EXCEL}/windows-1252-semicolon.csv`);
    expect(records).toEqual(canonical);
    expect(problems.map((p) => [p.severity, p.value])).toEqual([['warning', 'Windows-1252']]);
  });
});
