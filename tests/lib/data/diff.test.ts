import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diffInitiatives, renderDiffMarkdown } from '../../../src/lib/data/diff.ts';

const before = readFileSync('tests/fixtures/diff/before.csv', 'utf8');
const after = readFileSync('tests/fixtures/diff/after.csv', 'utf8');
const HEADER = before.split('\n')[0]!;
const opts = { rev: 'origin/main', file: 'data/initiatives.csv' };

describe('data diff between two fixture revisions', () => {
  const diff = diffInitiatives(before, after);

  it('finds added, removed, changed and renamed rows', () => {
    expect(diff.added.map((r) => r.id)).toEqual(['test-neu-aachen']);
    expect(diff.removed.map((r) => r.id)).toEqual(['test-labor-chemnitz']);
    expect(diff.changed.map((c) => c.after.id)).toEqual(['test-hub-ulm', 'test-lab-leipzig']);
    expect(diff.renamed.map((c) => [c.before.id, c.after.id])).toEqual([
      ['test-netzwerk-bonn', 'netzwerk-bonn'],
      ['test-hub-dresden', 'hub-dresden'],
    ]);
    expect([diff.rowsBefore, diff.rowsAfter]).toEqual([7, 7]);
  });

  it('lists the changed fields old → new, ignoring spreadsheet re-formatting', () => {
    expect(diff.changed[0]!.fields).toEqual([
      { column: 'status', before: 'active', after: 'ended' },
      { column: 'website', before: 'https://example.org/ulm', after: 'https://example.org/ulm-neu' },
      { column: 'description_de', before: 'Fiktiver Eintrag für Tests.', after: 'Fiktiver Eintrag für Tests. Das Angebot endete 2026.' },
      { column: 'last_verified', before: '2026-01-15', after: '2026-11-20' },
    ]);
    // "50,9333" vs "50.9333" and "ki | industrie40" vs "ki|industrie40" are no change.
    expect(diff.changed.map((c) => c.after.id)).not.toContain('test-zentrum-koeln');
    expect(diff.changed.map((c) => c.after.id)).not.toContain('test-programm-sachsen');
  });

  it('warns about renamed ids and deleted rows', () => {
    expect(diff.warnings.map((w) => [w.kind, w.line])).toEqual([
      ['renamed', 5],
      ['possibly-renamed', 6],
      ['removed', undefined],
    ]);
  });

  it('renders a Markdown summary for the CI job summary', () => {
    expect(renderDiffMarkdown(diff, opts)).toMatchInlineSnapshot(`
      "## Data changes in \`data/initiatives.csv\` since \`origin/main\`

      **1 row added · 1 row removed · 2 rows changed · 2 ids renamed** — 7 rows before, 7 after.

      ### ⚠️ Check before merging (3)

      - Line 5: Id renamed: \`test-netzwerk-bonn\` → \`netzwerk-bonn\` (same content). Ids are part of page addresses and links from elsewhere; keep \`test-netzwerk-bonn\`.
      - Line 6: Possibly renamed: \`test-hub-dresden\` → \`hub-dresden\` (same name and state, 3 other field(s) changed). If it is the same initiative, keep the id \`test-hub-dresden\`.
      - Row \`test-labor-chemnitz\` (Testdaten: KI-Testlabor Chemnitz) was removed. Rows are not deleted: an initiative that stopped keeps its row with \`status\` set to \`ended\`, so its page and history stay. Delete only rows that were wrong from the start, and say so in the pull request.

      ### Renamed ids (2)

      | old id | new id | other changed fields |
      |---|---|---|
      | \`test-netzwerk-bonn\` | \`netzwerk-bonn\` (line 5) | \`last_verified\` |
      | \`test-hub-dresden\` | \`hub-dresden\` (line 6) | \`focus\`, \`description_de\`, \`last_verified\` |

      ### Added (1)

      | line | id | name | state | kind | status |
      |---|---|---|---|---|---|
      | 8 | \`test-neu-aachen\` | Testdaten: Neues Zentrum Aachen | NW | support-centre | planned |

      ### Removed (1)

      | id | name | state | status |
      |---|---|---|---|
      | \`test-labor-chemnitz\` | Testdaten: KI-Testlabor Chemnitz | SN | planned |

      ### Changed (2)

      **\`test-hub-ulm\`** — Testdaten: Digital-Hub Ulm (line 2)

      | column | before | after |
      |---|---|---|
      | \`status\` | active | ended |
      | \`website\` | https://example.org/ulm | https://example.org/ulm-neu |
      | \`description_de\` | Fiktiver Eintrag für Tests. | Fiktiver Eintrag für Tests. Das Angebot endete 2026. |
      | \`last_verified\` | 2026-01-15 | 2026-11-20 |

      **\`test-lab-leipzig\`** — Testdaten: Lab Leipzig (line 7)

      | column | before | after |
      |---|---|---|
      | \`postcode\` | _(empty)_ | 04109 |
      | \`lat\` | _(empty)_ | 51.3397 |
      | \`lon\` | _(empty)_ | 12.3731 |
      | \`geo_precision\` | _(empty)_ | municipality |
      | \`description_de\` | Fiktives Labor. | Fiktives Labor \\| mit Pipe. |
      | \`last_verified\` | 2026-03-01 | 2026-11-20 |
      "
    `);
  });
});

describe('data diff edge cases', () => {
  it('says so when nothing changed', () => {
    expect(renderDiffMarkdown(diffInitiatives(before, before), opts)).toMatchInlineSnapshot(`
      "## Data changes in \`data/initiatives.csv\` since \`origin/main\`

      **0 rows added · 0 rows removed · 0 rows changed** — 7 rows before, 7 after.

      No changes to the data.
      "
    `);
  });

  it('counts every row as added when the file is new', () => {
    const diff = diffInitiatives(undefined, before);
    expect([diff.added.length, diff.removed.length, diff.warnings]).toEqual([7, 0, []]);
  });

  it('warns about changed columns, duplicate ids and unreadable rows', () => {
    const row = before.split('\n')[1]!;
    const next = [`${HEADER},extra`, `${row},x`, `${row},y`, 'broken,"unclosed'].join('\n');
    const diff = diffInitiatives([HEADER, row].join('\n'), next);
    expect(diff.warnings.map((w) => w.message)).toEqual([
      'The new version has 1 structural CSV problem(s) (first at line 4); rows that could not be read are left out of this summary. Run `npm run validate` for details.',
      'In the new version, id `test-hub-ulm` is used twice (lines 2 and 3); only the first row is compared.',
      'The columns changed; added: `extra`. The column set is part of the data contract (docs/DATA.md); change it only together with the schema.',
    ]);
    expect(diff.changed[0]!.fields).toEqual([{ column: 'extra', before: '', after: 'x' }]);
  });

  it('suspects a rename when name and id change but website and town stay', () => {
    const row = before.split('\n')[1]!;
    const renamed = row.replace('test-hub-ulm,Testdaten: Digital-Hub Ulm', 'test-innovationszentrum-ulm,Testdaten: Innovationszentrum Ulm');
    const diff = diffInitiatives([HEADER, row].join('\n'), [HEADER, renamed].join('\n'));
    expect([diff.added, diff.removed]).toEqual([[], []]);
    expect(diff.warnings.map((w) => w.message)).toEqual([
      'Possibly renamed: `test-hub-ulm` → `test-innovationszentrum-ulm` (same website and town, 1 other field(s) changed). If it is the same initiative, keep the id `test-hub-ulm`.',
    ]);
  });

  it('collapses long sections so the job summary stays readable', () => {
    const row = before.split('\n')[1]!;
    const rows = Array.from({ length: 30 }, (_, i) => row.replace('test-hub-ulm', `hub-${i}`));
    const out = renderDiffMarkdown(diffInitiatives(HEADER, [HEADER, ...rows].join('\n')), opts);
    expect(out).toContain('### Added (30)\n\n<details><summary>Show all 30</summary>\n\n| line | id |');
    expect(out.trimEnd().endsWith('</details>')).toBe(true);
    const short = renderDiffMarkdown(diffInitiatives(HEADER, [HEADER, ...rows.slice(0, 3)].join('\n')), opts);
    expect(short).not.toContain('<details>');
  });

  it('escapes Markdown and HTML in values', () => {
    const row = before.split('\n')[1]!;
    const changed = row.replace('"Fiktiver Eintrag für Tests."', '"<b>fett</b> | `code`\nzweite Zeile"');
    const out = renderDiffMarkdown(diffInitiatives([HEADER, row].join('\n'), [HEADER, changed].join('\n')), opts);
    expect(out).toContain('| `description_de` | Fiktiver Eintrag für Tests. | &lt;b&gt;fett&lt;/b&gt; \\| \'code\' ⏎ zweite Zeile |');
  });
});
