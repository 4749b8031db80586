/**
 * Decoding and parsing of CSV files as editors produce them: UTF-8 with or without a
 * byte-order mark, Excel's ";" dialect with CRLF line ends, Windows-1252 ("ANSI") files,
 * stray whitespace, trailing empty lines. Structural problems (too many or too few fields,
 * a repeated header line) are reported with their line number rather than guessed away.
 */
import Papa from 'papaparse';
import type { Problem } from './problems.ts';

export type CsvEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface DecodedCsv {
  text: string;
  encoding: CsvEncoding;
}

/** Characters that only appear when a Windows-1252 decode went wrong (C1 controls). */
const C1_CONTROLS = /[\u0080-\u009f]/;

/**
 * Decode file bytes to text. UTF-8 is the expected encoding; a file that is not valid
 * UTF-8 is decoded as Windows-1252 (what Excel on Windows writes as "CSV") when that gives
 * clean text, otherwise an error names the problem. Never returns garbled umlauts.
 */
export function decodeCsvBytes(bytes: Uint8Array): DecodedCsv {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(3)), encoding: 'utf-8-bom' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    const text = new TextDecoder('windows-1252').decode(bytes);
    const line = lineOfFirstInvalidUtf8(bytes);
    if (C1_CONTROLS.test(text)) {
      throw new CsvEncodingError(
        'The file is neither UTF-8 nor Windows-1252 text. Save it as "CSV UTF-8 (durch Trennzeichen getrennt)".',
        line,
      );
    }
    if (UTF8_READ_AS_1252.test(text)) {
      throw new CsvEncodingError(
        'The file mixes UTF-8 and Windows-1252 text (often after pasting rows from another file), so its umlauts cannot be read reliably. ' +
          'Retype the umlauts in this line, or save the file as "CSV UTF-8 (durch Trennzeichen getrennt)".',
        line,
      );
    }
    return { text, encoding: 'windows-1252' };
  }
}

/**
 * UTF-8 umlauts read as Windows-1252 ("Ã¼" for "ü", "â€ž" for "„"): proof that a file which
 * is not valid UTF-8 still contains UTF-8 text, i.e. mixes two encodings.
 */
const UTF8_READ_AS_1252 = /Ã[^\u0000-\u007f\u00c0-\u00ff]|â€/;

/** 1-based line of the first byte sequence that is not valid UTF-8 (undefined if none is found). */
function lineOfFirstInvalidUtf8(bytes: Uint8Array): number | undefined {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    let ok = need >= 0;
    for (let k = 1; ok && k <= need; k++) ok = ((bytes[i + k] ?? 0) & 0xc0) === 0x80;
    if (!ok) {
      let line = 1;
      for (let j = 0; j < i; j++) if (bytes[j] === 0x0a) line++;
      return line;
    }
    i += need + 1;
  }
  return undefined;
}

export class CsvEncodingError extends Error {
  /** Line of the first byte that could not be read, when known. */
  readonly line: number | undefined;
  constructor(message: string, line?: number) {
    super(message);
    this.name = 'CsvEncodingError';
    this.line = line;
  }
}

export interface CsvRow {
  /** 1-based line number where the record starts. */
  line: number;
  /** Cells by (trimmed) header name, each trimmed. */
  cells: Record<string, string>;
}

export interface ParsedCsv {
  header: string[];
  /** Line number of the header. */
  headerLine: number;
  delimiter: string;
  rows: CsvRow[];
  problems: Problem[];
}

const DELIMITERS = [',', ';', '\t'] as const;

/** Pick the delimiter that occurs most often, outside quotes, in the header line. */
export function sniffDelimiter(headerLine: string): string {
  const unquoted = headerLine.replace(/"[^"]*"/g, '');
  let best: string = ',';
  let bestCount = 0;
  for (const d of DELIMITERS) {
    const count = unquoted.split(d).length - 1;
    if (count > bestCount) {
      best = d;
      bestCount = count;
    }
  }
  return best;
}

/** Editor-facing hint for a papaparse error in one record. */
function quoteHint(code: string, delimiter: string, message: string): string {
  if (code === 'MissingQuotes') {
    return 'a quote (") is opened but never closed in this record; everything after it up to the end of the file was read as one value';
  }
  if (code === 'InvalidQuotes') {
    return `a quoted value must end with a quote right before the next "${delimiter}" or line end; a quote inside a value is written twice (""), and a quote opened here may close only in a later line`;
  }
  return message;
}

/** Trim spaces, tabs and no-break spaces that editors and spreadsheets leave around values. */
export const cleanCell = (s: string) => s.replace(/^[\s\u00a0\ufeff]+|[\s\u00a0]+$/g, '');

/**
 * Parse CSV text into rows keyed by header. `file` is only used to label problems.
 * Rows whose cells are all empty (blank lines, ";;;;" lines) are skipped.
 */
export function parseCsv(text: string, file = 'input.csv'): ParsedCsv {
  const problems: Problem[] = [];
  const body = text.replace(/^\ufeff/, '');
  const firstLineEnd = body.search(/\r?\n|\r/);
  const delimiter = sniffDelimiter(firstLineEnd === -1 ? body : body.slice(0, firstLineEnd));

  // Offsets of line starts, to turn parser cursors into line numbers.
  const lineStarts = [0];
  for (let i = 0; i < body.length; i++) {
    const c = body.charCodeAt(i);
    if (c === 10 || (c === 13 && body.charCodeAt(i + 1) !== 10)) lineStarts.push(i + 1);
  }
  const lineAt = (offset: number) => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((lineStarts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };

  const records: { line: number; fields: string[]; malformed: boolean }[] = [];
  let start = 0;
  Papa.parse<string[]>(body, {
    delimiter,
    header: false,
    skipEmptyLines: false,
    step: (result) => {
      // Skip line breaks before the record so its line is the first line with content.
      let s = start;
      while (body[s] === '\r' || body[s] === '\n') s++;
      records.push({ line: lineAt(s), fields: result.data, malformed: result.errors.length > 0 });
      // One problem per kind of error and record: papaparse repeats InvalidQuotes per quote.
      const codes = [...new Set(result.errors.map((e) => e.code))];
      for (const code of codes) {
        const err = result.errors.find((e) => e.code === code)!;
        problems.push({
          file,
          line: lineAt(s),
          expected: 'well-formed CSV',
          value: undefined,
          hint: quoteHint(err.code, delimiter, err.message),
          severity: 'error',
        });
      }
      start = result.meta.cursor;
    },
  });

  const isBlank = (fields: string[]) => fields.every((f) => cleanCell(f) === '');
  const nonBlank = records.filter((r) => !isBlank(r.fields));
  const headerRecord = nonBlank[0];
  if (!headerRecord) {
    problems.push({ file, line: 0, expected: 'a header line and at least one data row', hint: 'the file is empty', severity: 'error' });
    return { header: [], headerLine: 0, delimiter, rows: [], problems };
  }
  const header = headerRecord.fields.map(cleanCell);
  // Excel pads rows with trailing delimiters; ignore empty trailing header cells.
  while (header.length > 0 && header[header.length - 1] === '') header.pop();

  const rows: CsvRow[] = [];
  for (const rec of nonBlank.slice(1)) {
    // Already reported as malformed; its fields are guesswork, so they are not checked further.
    if (rec.malformed) continue;
    const fields = rec.fields.map(cleanCell);
    while (fields.length > header.length && fields[fields.length - 1] === '') fields.pop();
    if (fields.length === header.length && fields.every((f, i) => f === header[i])) {
      problems.push({
        file,
        line: rec.line,
        expected: 'a data row',
        hint: 'this line repeats the header; delete it (it often comes from pasting two files together)',
        severity: 'error',
      });
      continue;
    }
    if (fields.length !== header.length) {
      const more = fields.length > header.length;
      problems.push({
        file,
        line: rec.line,
        value: `${fields.length} fields`,
        expected: `${header.length} fields, one per header column`,
        hint: more
          ? `this row has ${fields.length - header.length} field(s) too many; a value containing "${delimiter}" must be put in double quotes`
          : `this row has ${header.length - fields.length} field(s) too few; check for a missing "${delimiter}" or an unintended line break`,
        severity: 'error',
      });
      continue;
    }
    const cells: Record<string, string> = {};
    header.forEach((h, i) => {
      cells[h] = fields[i] ?? '';
    });
    rows.push({ line: rec.line, cells });
  }
  return { header, headerLine: headerRecord.line, delimiter, rows, problems };
}

/** Serialise rows to CSV the way data/ stores it: UTF-8, comma, LF, quotes only where needed. */
export function toCsv(columns: readonly string[], rows: readonly Record<string, string | number | undefined>[]): string {
  const data = rows.map((r) => columns.map((c) => (r[c] === undefined ? '' : String(r[c]))));
  return `${Papa.unparse({ fields: [...columns], data }, { newline: '\n' })}\n`;
}
