/**
 * The hostile-data corpus against the validator (issue 8): unsafe URLs and markup in ids or
 * e-mail addresses, and text cells that spreadsheets would run as formulas (=, +, -, @), are
 * rejected with messages an editor understands; markup in free-text
 * columns is valid data (it is shown as plain text, see tests/browser/hostile-data.test.ts).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../../../src/lib/data/load-node.ts';
import { formatProblems } from '../../../src/lib/data/problems.ts';
import { HOSTILE_VALID_IDS, validateHostile, writeHostileDataRoot } from '../../fixtures/hostile/prepare.ts';

describe('hostile data corpus', () => {
  const { problems, validIds } = validateHostile();

  it('rejects every unsafe URL, e-mail and id with a message naming line, column and the fix', () => {
    expect(formatProblems(problems)).toMatchInlineSnapshot(`
      "tests/fixtures/hostile/initiatives.csv:5:2: error: column "name": found "=HYPERLINK(\\"https://example.org/x\\",\\"Feindliche Initiative Fo…" — expected text that does not start with =, +, - or @ (spreadsheets would run it as a formula).
      tests/fixtures/hostile/initiatives.csv:5:9: error: column "host": found "+SUM(1+1)*cmd|' /C calc'!A0" — expected text that does not start with =, +, - or @ (spreadsheets would run it as a formula).
      tests/fixtures/hostile/initiatives.csv:5:10: error: column "city": found "-2+3+cmd|' /C calc'!A0" — expected text that does not start with =, +, - or @ (spreadsheets would run it as a formula).
      tests/fixtures/hostile/initiatives.csv:5:12: error: column "street": found "@SUM(1+1)" — expected text that does not start with =, +, - or @ (spreadsheets would run it as a formula).
      tests/fixtures/hostile/initiatives.csv:5:19: error: column "description_de": found "=1+1 Formel-Injektion in einer Tabellenkalkulation." — expected text that does not start with =, +, - or @ (spreadsheets would run it as a formula).
      tests/fixtures/hostile/initiatives.csv:5:20: error: column "description_en": found "=cmd|' /C calc'!A0 formula injection." — expected text that does not start with =, +, - or @ (spreadsheets would run it as a formula).
      tests/fixtures/hostile/initiatives.csv:7:16: error: column "website": found "javascript:alert(1)" — expected a full web address starting with https:// or http://.
      tests/fixtures/hostile/initiatives.csv:8:21: error: column "source_url": found "JaVaScRiPt:alert(document.domain)" — expected a full web address starting with https:// or http://.
      tests/fixtures/hostile/initiatives.csv:9:16: error: column "website": found "data:text/html,<script>alert(1)</script>" — expected a full web address starting with https:// or http://.
      tests/fixtures/hostile/initiatives.csv:10:16: error: column "website": found "vbscript:msgbox(1)" — expected a full web address starting with https:// or http://.
      tests/fixtures/hostile/initiatives.csv:11:16: error: column "website": found "//example.org/x" — expected a full web address starting with https:// or http://.
      tests/fixtures/hostile/initiatives.csv:12:17: error: column "email": found "x@example.org\\"><script>alert(1)</script>" — expected an e-mail address such as info@example.org.
      tests/fixtures/hostile/initiatives.csv:13:1: error: column "id": found "<script>alert(1)</script>" — expected lower-case letters, digits and single hyphens, e.g. "digital-hub-ulm"."
    `);
  });

  it('accepts the hostile-but-well-formed rows (markup in text columns is data, not an error)', () => {
    expect(validIds).toEqual([...HOSTILE_VALID_IDS]);
  });

  const tmp = mkdtempSync(resolve('.tmp', 'hostile-unit-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('the remaining rows form a valid dataset whose text keeps every payload verbatim', () => {
    const rows = writeHostileDataRoot(tmp);
    const { dataset, problems: p } = loadDataset({ root: tmp, today: '2026-11-26' });
    expect(p).toEqual([]);
    expect(dataset?.initiatives.map((i) => i.id)).toEqual([...HOSTILE_VALID_IDS]);
    const first = dataset!.initiatives[0]!;
    expect(first.name).toBe('<script>alert(1)</script>Feindliche Initiative Skript');
    expect(first.description_de).toContain('</script><script>alert(1)</script>');
    expect(rows.find((r) => r.id === 'feindlich-formel')).toBeUndefined();
    expect(readFileSync(join(tmp, 'data/initiatives.csv'), 'utf8')).not.toContain('abgelehnt-');
  });
});
