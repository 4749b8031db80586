/**
 * The real data file, re-saved the way spreadsheets save it, must read back to exactly the
 * same records: Excel's ";" + BOM + CRLF dialect with decimal commas, stray whitespace and
 * padding, and Windows-1252 ("CSV (Trennzeichen-getrennt)").
 */
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { geoCheck } from '../../../src/lib/data/load-node.ts';
import { parseCsv } from '../../../src/lib/data/csv.ts';
import { validateInitiativesBytes, type InitiativeContext } from '../../../src/lib/data/validate.ts';

const programmes = JSON.parse(readFileSync('data/programmes.json', 'utf8')) as { id: string }[];
const ctx: InitiativeContext = { programmeIds: new Set(programmes.map((p) => p.id)), today: '2099-12-31', geo: geoCheck };
const original = readFileSync('data/initiatives.csv', 'utf8');
const parsed = parseCsv(original, 'data/initiatives.csv');
const table = [parsed.header, ...parsed.rows.map((r) => parsed.header.map((h) => r.cells[h] ?? ''))];

/** Windows-1252 encoder for the characters it has; undefined if the text has others. */
const CP1252_SPECIALS = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
function encodeWindows1252(text: string): Uint8Array | undefined {
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80 || (c >= 0xa0 && c <= 0xff)) out[i] = c;
    else {
      const j = CP1252_SPECIALS.indexOf(text[i]!);
      if (j < 0) return undefined;
      out[i] = 0x80 + j;
    }
  }
  return out;
}

const validate = (bytes: Uint8Array) => validateInitiativesBytes(bytes, 'data/initiatives.csv', ctx);
const canonical = validate(new TextEncoder().encode(original));

describe('data/initiatives.csv re-saved by a spreadsheet reads back unchanged', () => {
  it('is itself valid (with today far in the future)', () => {
    expect(canonical.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(canonical.records.length).toBe(parsed.rows.length);
  });

  it('";" + UTF-8 BOM + CRLF + decimal commas + padded rows and blank trailing lines', () => {
    const latLon = new Set(['lat', 'lon'].map((c) => parsed.header.indexOf(c)));
    const rows = table.map((r, i) => [...r.map((v, j) => (i > 0 && latLon.has(j) ? v.replace('.', ',') : v)), '']);
    const text = `\ufeff${Papa.unparse(rows, { delimiter: ';', newline: '\r\n' })}\r\n;;;;;;\r\n\r\n`;
    const result = validate(new TextEncoder().encode(text));
    expect(result.problems).toEqual(canonical.problems);
    expect(result.records).toEqual(canonical.records);
  });

  it('stray spaces, tabs and no-break spaces around every value', () => {
    const pads = [' ', '\t', '\u00a0', '  '];
    const rows = table.map((r, i) => r.map((v, j) => (v === '' ? v : `${pads[(i + j) % 4]}${v}${pads[(i + j + 1) % 4]}`)));
    const result = validate(new TextEncoder().encode(Papa.unparse(rows, { quotes: true })));
    expect(result.problems).toEqual(canonical.problems);
    expect(result.records).toEqual(canonical.records);
  });

  it('Windows-1252 with ";" is read with the same umlauts (rows it can encode)', () => {
    // Excel replaces characters Windows-1252 lacks (e.g. "⁺") with "?"; leave those rows out.
    const encodable = table.slice(1).filter((r) => encodeWindows1252(r.join('')) !== undefined);
    expect(encodable.length).toBeGreaterThan(0.9 * (table.length - 1));
    const bytes = encodeWindows1252(Papa.unparse([table[0]!, ...encodable], { delimiter: ';', newline: '\r\n' }))!;
    const result = validate(bytes);
    const ids = new Set(encodable.map((r) => r[parsed.header.indexOf('id')]));
    expect(result.records).toEqual(canonical.records.filter((r) => ids.has(r.id)));
    expect(result.records.some((r) => /[äöüß]/.test(r.description_de))).toBe(true);
    expect(result.problems.map((p) => [p.severity, p.value])).toEqual([['warning', 'Windows-1252']]);
  });
});
