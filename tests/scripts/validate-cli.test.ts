/**
 * End-to-end: `npm run validate -- FILE` as an editor runs it. A file with one error of each
 * row-level class exits 1 and names every error's line (and column, for cell errors); the
 * Excel-style variants exit 0. `--format=github` prints one annotation per error.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const FILE = 'tests/fixtures/validate-cli/every-error-class.csv';

function validate(...args: string[]) {
  const r = spawnSync('npm', ['run', '--silent', 'validate', '--', ...args], {
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('npm run validate -- FILE', () => {
  it('exits 1 on a file with one error of each class and names every line and column', () => {
    const { status, stdout } = validate(FILE);
    expect(status).toBe(1);
    const locations = stdout
      .split('\n')
      .filter((l) => l.startsWith(`${FILE}:`))
      .map((l) => l.slice(FILE.length + 1).split(': ')[0]);
    // line:column for cell errors, line alone for errors of the whole record.
    expect(locations).toEqual([
      '3:2', // missing required field (name)
      '4:3', // bad enum (kind)
      '5:4', // bad multi-value (focus)
      '6:1', // bad id format
      '7:1', // duplicate id
      '8:5', // unknown programme
      '9:16', // javascript: URL
      '10:11', // bad postcode
      '11:13', // position outside the state
      '12:14', // lat without lon
      '13:15', // position without geo_precision
      '14:13', // coordinate not a decimal number
      '15:22', // date in the future
      '16:22', // date not YYYY-MM-DD
      '17:17', // bad e-mail
      '18', // too many fields
      '19', // too few fields
      '20', // repeated header
      '21', // unescaped quote
      '22', // unclosed quote
    ]);
    expect(stdout).toContain('\n20 errors found. Nothing is published until they are fixed (see CONTRIBUTING.md).');
  });

  // Problems with the header or the encoding stop the check of a file before its rows, so
  // they cannot share a file with the row-level classes above: one run each.
  it.each([
    ['unknown-column.csv', '1:16', 'column "webseite": found "webseite" — expected a known column name'],
    ['missing-column.csv', '1', 'column "status": expected a column named "status" in the header.'],
    ['duplicate-column.csv', '1:23', 'column "city": found "city" — expected each column only once.'],
    ['undecodable-bytes.csv', '3', 'expected a text file in UTF-8. Hint: The file is neither UTF-8 nor Windows-1252 text.'],
    ['mixed-encoding.csv', '3', 'expected a text file in UTF-8. Hint: The file mixes UTF-8 and Windows-1252 text'],
    ['empty-file.csv', '', 'expected a header line and at least one data row. Hint: the file is empty.'],
  ])('exits 1 on %s and names the place (%s)', (name, where, message) => {
    const file = `tests/fixtures/invalid/${name}`;
    const { status, stdout } = validate(file);
    expect(status).toBe(1);
    expect(stdout).toContain(`${file}${where ? `:${where}` : ''}: error: ${message}`);
  });

  it('prints GitHub annotations with --format=github', () => {
    const { status, stdout } = validate('--format=github', FILE);
    expect(status).toBe(1);
    const annotations = stdout.split('\n').filter((l) => l.startsWith('::error '));
    expect(annotations).toHaveLength(20);
    expect(annotations[0]).toBe(
      `::error file=${FILE},line=3,col=2,title=Data%3A column name::${FILE}:3:2: error: column "name": found an empty cell — expected the official name.`,
    );
    expect(annotations[15]).toMatch(new RegExp(`^::error file=${FILE},line=18,title=Data::`));
  });

  it.each(['utf8-bom-semicolon-crlf.csv', 'stray-whitespace.csv', 'trailing-empty-rows.csv'])(
    'exits 0 on the Excel variant %s',
    (name) => {
      const { status, stdout } = validate(`tests/fixtures/excel/${name}`);
      expect(stdout).toMatch(/^OK: 4 initiatives, \d+ programmes valid\.$/m);
      expect(status).toBe(0);
    },
  );

  it('exits 0 on a Windows-1252 file and warns about the encoding', () => {
    const { status, stdout } = validate('tests/fixtures/excel/windows-1252-semicolon.csv');
    expect(stdout).toContain('tests/fixtures/excel/windows-1252-semicolon.csv: warning: found "Windows-1252" — expected UTF-8.');
    expect(status).toBe(0);
  });

  it('rejects an unknown output format with usage (exit 2)', () => {
    const { status, stderr } = validate('--format=xml', FILE);
    expect(status).toBe(2);
    expect(stderr).toContain('usage: npm run validate');
  });
});
