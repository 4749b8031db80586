import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { geoCheck } from '../../../src/lib/data/load-node.ts';
import { formatProblems } from '../../../src/lib/data/problems.ts';
import { validateInitiativesBytes, validateInitiativesText, type InitiativeContext } from '../../../src/lib/data/validate.ts';

const programmes = JSON.parse(readFileSync('data/programmes.json', 'utf8')) as { id: string }[];
const ctx: InitiativeContext = { programmeIds: new Set(programmes.map((p) => p.id)), today: '2026-11-26', geo: geoCheck };
const fixture = (p: string) => new Uint8Array(readFileSync(`tests/fixtures/${p}`));
const HEADER =
  'id,name,kind,focus,programme,state,scope,status,host,city,postcode,street,lat,lon,geo_precision,website,email,phone,description_de,description_en,source_url,last_verified';

describe('initiatives validator', () => {
  it('accepts the canonical fixture and types its rows', () => {
    const { records, problems } = validateInitiativesBytes(fixture('initiatives.csv'), 'tests/fixtures/initiatives.csv', ctx);
    expect(problems).toEqual([]);
    expect(records).toHaveLength(4);
    const ulm = records[0]!;
    expect(ulm).toMatchObject({ id: 'test-hub-ulm', focus: ['industrie40', 'ki'], lat: 48.3984, lon: 9.9916, postcode: '89073' });
    expect(ulm.description_de).toContain('Überprüfung, Größe, Straße');
    expect(records[3]!.lat).toBeUndefined();
  });

  it('accepts the Excel variant: semicolons, UTF-8 BOM, CRLF, decimal commas', () => {
    const { records, problems } = validateInitiativesBytes(fixture('excel/utf8-bom-semicolon-crlf.csv'), 'excel.csv', ctx);
    expect(problems).toEqual([]);
    const plain = validateInitiativesBytes(fixture('initiatives.csv'), 'x.csv', ctx).records;
    expect(records).toEqual(plain);
  });

  it('decodes a Windows-1252 file correctly and says so, never garbling umlauts', () => {
    const { records, problems } = validateInitiativesBytes(fixture('excel/windows-1252-semicolon.csv'), 'ansi.csv', ctx);
    expect(records[0]!.description_de).toContain('Überprüfung, Größe, Straße');
    expect(records[1]!.city).toBe('Köln');
    expect(formatProblems(problems)).toMatchInlineSnapshot(
      `"ansi.csv: warning: found "Windows-1252" — expected UTF-8. Hint: the file was saved as Windows-1252 ("CSV (Trennzeichen-getrennt)") and was read as such; please save it as "CSV UTF-8" next time."`,
    );
  });

  it('rejects bytes that are no known text encoding, naming the encoding', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode(`${HEADER}\n`), 0x81, 0x8d, 0x0a]);
    const { problems } = validateInitiativesBytes(bytes, 'binary.csv', ctx);
    expect(formatProblems(problems)).toMatchInlineSnapshot(
      `"binary.csv:2: error: expected a text file in UTF-8. Hint: The file is neither UTF-8 nor Windows-1252 text. Save it as "CSV UTF-8 (durch Trennzeichen getrennt)"."`,
    );
  });

  it('reports every error class at once, with line, column, value and expectation', () => {
    const { records, problems } = validateInitiativesBytes(fixture('invalid/one-of-each.csv'), 'tests/fixtures/invalid/one-of-each.csv', ctx);
    expect(records.map((r) => r.id)).toEqual(['bad-id']);
    expect(formatProblems(problems)).toMatchInlineSnapshot(`
      "tests/fixtures/invalid/one-of-each.csv:2:1: error: column "id": found an empty cell — expected a kebab-case id (required).
      tests/fixtures/invalid/one-of-each.csv:3:1: error: column "id": found "Bad_Id" — expected lower-case letters, digits and single hyphens, e.g. "digital-hub-ulm". Hint: for example "bad-id".
      tests/fixtures/invalid/one-of-each.csv:4:3: error: column "kind": found "labor" — expected one of: support-centre, hub, network, research, test-lab, funding-programme, other.
      tests/fixtures/invalid/one-of-each.csv:5:4: error: column "focus": found "ki|blockchain" — expected one or more of: industrie40, ki, mittelstand-digital — separated by "|".
      tests/fixtures/invalid/one-of-each.csv:6:6: error: column "state": found "BY" — expected one of: BW, NW, SN.
      tests/fixtures/invalid/one-of-each.csv:7:5: error: column "programme": found "gibt-es-nicht" — expected the id of a programme in data/programmes.json. Hint: add the programme to data/programmes.json first, or use "other".
      tests/fixtures/invalid/one-of-each.csv:8:16: error: column "website": found "javascript:alert(1)" — expected a full web address starting with https:// or http://.
      tests/fixtures/invalid/one-of-each.csv:9:11: error: column "postcode": found "8907" — expected a German postcode of exactly 5 digits, e.g. 09126. Hint: spreadsheets drop leading zeros: if you mean "08907", format the column as text and enter it again.
      tests/fixtures/invalid/one-of-each.csv:10:13: error: column "lat": found "51.5136, 7.4653" — expected a position inside BW (it lies 224 km outside). Hint: check that lat and lon are not swapped and that "state" is right; empty both and run "npm run geocode" to place the row by its city.
      tests/fixtures/invalid/one-of-each.csv:11:22: error: column "last_verified": found "2099-01-01" — expected a date not after today (2026-11-26).
      tests/fixtures/invalid/one-of-each.csv:13:1: error: column "id": found "bad-id" — expected an id used by no other row. Hint: line 12 already uses this id; ids are unique and never reused.
      tests/fixtures/invalid/one-of-each.csv:14:19: error: column "description_de": found an empty cell — expected a German description (what it is, then labelled facts)."
    `);
  });

  it('reports structural problems with their line: too many or too few fields, repeated header', () => {
    const text = [
      HEADER,
      'a-ok,Name,hub,ki,other,BW,regional,active,,Ulm,,,,,,,,,"Text, mit Komma.",,https://example.org/a,2026-01-01',
      'too-many,Name,hub,ki,other,BW,regional,active,,Ulm,,,,,,,,,Text, ohne Anführungszeichen.,,https://example.org/a,2026-01-01',
      HEADER,
      'too-few,Name,hub,ki,other,BW,regional,active,,Ulm',
      '',
      ',,,,,,,,,,,,,,,,,,,,,',
      '',
    ].join('\r\n');
    const { records, problems } = validateInitiativesText(text, 'messy.csv', ctx);
    expect(records.map((r) => r.id)).toEqual(['a-ok']);
    expect(formatProblems(problems)).toMatchInlineSnapshot(`
      "messy.csv:3: error: found "23 fields" — expected 22 fields, one per header column. Hint: this row has 1 field(s) too many; a value containing "," must be put in double quotes.
      messy.csv:4: error: expected a data row. Hint: this line repeats the header; delete it (it often comes from pasting two files together).
      messy.csv:5: error: found "10 fields" — expected 22 fields, one per header column. Hint: this row has 12 field(s) too few; check for a missing "," or an unintended line break."
    `);
  });

  it('counts lines correctly across quoted line breaks and trims stray whitespace', () => {
    const text = [
      HEADER,
      'multi-line,Name,hub,ki,other,BW,regional,active,,Ulm,,,,,,,,,"Zeile eins',
      'Zeile zwei",,https://example.org/a,2026-01-01',
      ' spaced , Name ,hub , ki | industrie40 ,other,BW,regional,active,,Ulm,,,,,,,,,Text.,,https://example.org/a,2026-01-01',
      'after,Name,hub,ki,other,XX,regional,active,,Ulm,,,,,,,,,Text.,,https://example.org/a,2026-01-01',
    ].join('\n');
    const { records, problems } = validateInitiativesText(text, 'lines.csv', ctx);
    expect(records.map((r) => r.id)).toEqual(['multi-line', 'spaced']);
    expect(records[1]!.focus).toEqual(['ki', 'industrie40']);
    expect(problems.map((p) => [p.line, p.column])).toEqual([[5, 'state']]);
  });

  it('names missing and unknown header columns', () => {
    const text = `${HEADER.replace(',status', '').replace('website', 'webseite')}\n`;
    expect(formatProblems(validateInitiativesText(text, 'h.csv', ctx).problems)).toMatchInlineSnapshot(`
      "h.csv:1: error: column "status": expected a column named "status" in the header. Hint: this column is required.
      h.csv:1: error: column "website": expected a column named "website" in the header. Hint: optional columns may stay empty but must be present.
      h.csv:1:15: error: column "webseite": found "webseite" — expected a known column name (id, name, kind, focus, programme, state, scope, status, host, city, postcode, street, lat, lon, geo_precision, website, email, phone, description_de, description_en, source_url, last_verified). Hint: column names are case-sensitive; see docs/DATA.md."
    `);
  });
});

describe('URL rule', () => {
  it('rejects host names that are not fully qualified the usual way (trailing dot, no dot, empty label)', () => {
    const row = (url: string) =>
      `${HEADER}\nx-a,Name,hub,ki,other,BW,regional,active,,,,,,,,${url},,,Text.,,https://example.org/a,2026-01-01\n`;
    for (const bad of ['https://issuu.com./x', 'https://localhost/x', 'https://a..b/x', 'javascript:alert(1)', 'ftp://example.org/']) {
      const { problems } = validateInitiativesText(row(bad), 'u.csv', ctx);
      expect(problems.map((p) => p.column)).toEqual(['website']);
    }
    expect(validateInitiativesText(row('https://www.example.org/a?b=1#c'), 'u.csv', ctx).problems).toEqual([]);
  });
});
