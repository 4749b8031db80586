/**
 * What changed in data/initiatives.csv between two versions, for reviewers of a pull request:
 * rows added, removed and changed (field by field, old → new), plus warnings about changes
 * that break things for users — an id renamed (ids are part of page URLs and must stay
 * stable) and a row deleted instead of retired with status "ended".
 *
 * Pure: both versions come in as text; scripts/data-diff.ts reads them from git.
 */
import { parseCsv } from './csv.ts';

export interface DiffRow {
  id: string;
  /** Line of the row in its version of the file. */
  line: number;
  cells: Readonly<Record<string, string>>;
}

export interface FieldChange {
  column: string;
  before: string;
  after: string;
}

export interface RowChange {
  before: DiffRow;
  after: DiffRow;
  fields: FieldChange[];
}

export interface DiffWarning {
  kind: 'renamed' | 'possibly-renamed' | 'removed' | 'columns' | 'unreadable' | 'duplicate-id';
  /** Line in the new version the warning refers to, when there is one. */
  line?: number;
  message: string;
}

export interface DataDiff {
  added: DiffRow[];
  removed: DiffRow[];
  changed: RowChange[];
  /** Rows whose id changed; `fields` lists the id and any other changed fields. */
  renamed: RowChange[];
  columnsAdded: string[];
  columnsRemoved: string[];
  rowsBefore: number;
  rowsAfter: number;
  warnings: DiffWarning[];
}

/** Columns that may differ between a row and its renamed copy without ruling out a rename. */
const IGNORED_FOR_RENAME = new Set(['id', 'last_verified']);

/** Normalise cells so that spreadsheet re-saves (decimal comma, spaces in lists) are no change. */
function normalise(column: string, value: string): string {
  if ((column === 'lat' || column === 'lon') && /^-?\d+,\d+$/.test(value)) return value.replace(',', '.');
  if (column === 'focus') return value.split('|').map((s) => s.trim()).join('|');
  return value;
}

interface Version {
  header: string[];
  rows: DiffRow[];
  warnings: DiffWarning[];
}

function read(text: string | undefined, label: 'old' | 'new'): Version {
  if (text === undefined) return { header: [], rows: [], warnings: [] };
  const parsed = parseCsv(text, label);
  const warnings: DiffWarning[] = [];
  if (parsed.problems.length > 0) {
    warnings.push({
      kind: 'unreadable',
      line: label === 'new' ? parsed.problems[0]?.line : undefined,
      message:
        `The ${label} version has ${parsed.problems.length} structural CSV problem(s) (first at line ${parsed.problems[0]?.line}); ` +
        'rows that could not be read are left out of this summary. Run `npm run validate` for details.',
    });
  }
  const rows: DiffRow[] = [];
  const seen = new Map<string, number>();
  for (const r of parsed.rows) {
    const id = r.cells.id ?? '';
    if (id === '') continue;
    const first = seen.get(id);
    if (first !== undefined) {
      warnings.push({
        kind: 'duplicate-id',
        line: label === 'new' ? r.line : undefined,
        message: `In the ${label} version, id \`${id}\` is used twice (lines ${first} and ${r.line}); only the first row is compared.`,
      });
      continue;
    }
    seen.set(id, r.line);
    const cells: Record<string, string> = {};
    for (const [k, v] of Object.entries(r.cells)) cells[k] = normalise(k, v);
    rows.push({ id, line: r.line, cells });
  }
  return { header: parsed.header, rows, warnings };
}

function fieldChanges(before: DiffRow, after: DiffRow, columns: readonly string[]): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const column of columns) {
    const b = before.cells[column] ?? '';
    const a = after.cells[column] ?? '';
    if (a !== b) changes.push({ column, before: b, after: a });
  }
  return changes;
}

/** Label of a row for messages: `id` (name). */
const label = (r: DiffRow) => `\`${r.id}\`${r.cells.name ? ` (${r.cells.name})` : ''}`;

/**
 * Compare two versions of data/initiatives.csv. `before` is undefined when the file did not
 * exist in the old revision.
 */
export function diffInitiatives(before: string | undefined, after: string | undefined): DataDiff {
  const old = read(before, 'old');
  const now = read(after, 'new');
  const columns = [...now.header, ...old.header.filter((h) => !now.header.includes(h))];
  const warnings: DiffWarning[] = [...old.warnings, ...now.warnings];
  const columnsAdded = before === undefined ? [] : now.header.filter((h) => !old.header.includes(h));
  const columnsRemoved = after === undefined ? [] : old.header.filter((h) => !now.header.includes(h));
  if (columnsAdded.length || columnsRemoved.length) {
    warnings.push({
      kind: 'columns',
      line: 1,
      message:
        'The columns changed' +
        (columnsAdded.length ? `; added: ${columnsAdded.map((c) => `\`${c}\``).join(', ')}` : '') +
        (columnsRemoved.length ? `; removed: ${columnsRemoved.map((c) => `\`${c}\``).join(', ')}` : '') +
        '. The column set is part of the data contract (docs/DATA.md); change it only together with the schema.',
    });
  }

  const oldById = new Map(old.rows.map((r) => [r.id, r]));
  const newById = new Map(now.rows.map((r) => [r.id, r]));
  let added = now.rows.filter((r) => !oldById.has(r.id));
  let removed = old.rows.filter((r) => !newById.has(r.id));
  const changed: RowChange[] = [];
  for (const r of now.rows) {
    const o = oldById.get(r.id);
    if (!o) continue;
    const fields = fieldChanges(o, r, columns);
    if (fields.length > 0) changed.push({ before: o, after: r, fields });
  }

  // Renames: a removed row whose content reappears under a new id.
  const renamed: RowChange[] = [];
  const sameContent = (a: DiffRow, b: DiffRow) =>
    columns.every((c) => IGNORED_FOR_RENAME.has(c) || (a.cells[c] ?? '') === (b.cells[c] ?? ''));
  const sameName = (a: DiffRow, b: DiffRow) =>
    (a.cells.name ?? '') !== '' && a.cells.name === b.cells.name && a.cells.state === b.cells.state;
  // A renamed organisation often gets a "matching" new id: same website in the same town.
  const samePlace = (a: DiffRow, b: DiffRow) =>
    (a.cells.website ?? '') !== '' &&
    a.cells.website === b.cells.website &&
    a.cells.city === b.cells.city &&
    a.cells.state === b.cells.state;
  for (const [kind, match, why] of [
    ['renamed', sameContent, 'same content'],
    ['possibly-renamed', sameName, 'same name and state'],
    ['possibly-renamed', samePlace, 'same website and town'],
  ] as const) {
    for (const o of [...removed]) {
      const n = added.find((a) => match(o, a));
      if (!n) continue;
      removed = removed.filter((r) => r !== o);
      added = added.filter((a) => a !== n);
      const fields = fieldChanges(o, n, columns);
      renamed.push({ before: o, after: n, fields });
      warnings.push({
        kind,
        line: n.line,
        message:
          kind === 'renamed'
            ? `Id renamed: \`${o.id}\` → \`${n.id}\` (${why}). Ids are part of page addresses and links from elsewhere; keep \`${o.id}\`.`
            : `Possibly renamed: \`${o.id}\` → \`${n.id}\` (${why}, ${fields.length - 1} other field(s) changed). If it is the same initiative, keep the id \`${o.id}\`.`,
      });
    }
  }

  for (const r of removed) {
    warnings.push({
      kind: 'removed',
      message:
        `Row ${label(r)} was removed` +
        (r.cells.status === 'ended' ? ' (it had status `ended`)' : '') +
        '. Rows are not deleted: an initiative that stopped keeps its row with `status` set to `ended`, so its page and history stay. Delete only rows that were wrong from the start, and say so in the pull request.',
    });
  }

  return {
    added,
    removed,
    changed,
    renamed,
    columnsAdded,
    columnsRemoved,
    rowsBefore: old.rows.length,
    rowsAfter: now.rows.length,
    warnings,
  };
}

/** Escape text for a Markdown table cell (pipes, line breaks, HTML). */
function md(value: string): string {
  if (value === '') return '_(empty)_';
  const escaped = value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\|/g, '\\|')
    .replace(/`/g, "'")
    .replace(/\r?\n/g, ' ⏎ ');
  return escaped;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** Sections with more entries than this are collapsed (<details>) so the summary stays readable. */
export const COLLAPSE_AFTER = 25;

/** Wrap a section body in <details> when it is long; GitHub renders the Markdown inside. */
function section(out: string[], title: string, count: number, body: string[]): void {
  out.push(`### ${title} (${count})`, '');
  if (count > COLLAPSE_AFTER) out.push(`<details><summary>Show all ${count}</summary>`, '');
  out.push(...body, '');
  if (count > COLLAPSE_AFTER) out.push('</details>', '');
}

export interface RenderOptions {
  /** The git revision compared against, as given by the user. */
  rev: string;
  /** The data file, e.g. data/initiatives.csv. */
  file: string;
}

/** A Markdown summary for a CI job summary or a terminal. */
export function renderDiffMarkdown(diff: DataDiff, opts: RenderOptions): string {
  const out: string[] = [];
  out.push(`## Data changes in \`${opts.file}\` since \`${opts.rev}\``, '');
  const counts = [
    plural(diff.added.length, 'row added', 'rows added'),
    plural(diff.removed.length, 'row removed', 'rows removed'),
    plural(diff.changed.length, 'row changed', 'rows changed'),
    ...(diff.renamed.length ? [plural(diff.renamed.length, 'id renamed', 'ids renamed')] : []),
  ];
  out.push(`**${counts.join(' · ')}** — ${diff.rowsBefore} rows before, ${diff.rowsAfter} after.`, '');
  const nothing =
    diff.added.length + diff.removed.length + diff.changed.length + diff.renamed.length === 0 && diff.warnings.length === 0;
  if (nothing) {
    out.push('No changes to the data.', '');
    return out.join('\n');
  }

  if (diff.warnings.length > 0) {
    out.push(`### ⚠️ Check before merging (${diff.warnings.length})`, '');
    for (const w of diff.warnings) out.push(`- ${w.line ? `Line ${w.line}: ` : ''}${w.message}`);
    out.push('');
  }

  if (diff.renamed.length > 0) {
    const body = ['| old id | new id | other changed fields |', '|---|---|---|'];
    for (const r of diff.renamed) {
      const others = r.fields.filter((f) => f.column !== 'id').map((f) => `\`${f.column}\``);
      body.push(`| \`${md(r.before.id)}\` | \`${md(r.after.id)}\` (line ${r.after.line}) | ${others.join(', ') || '–'} |`);
    }
    section(out, 'Renamed ids', diff.renamed.length, body);
  }

  if (diff.added.length > 0) {
    const body = ['| line | id | name | state | kind | status |', '|---|---|---|---|---|---|'];
    for (const r of diff.added) {
      const c = r.cells;
      body.push(`| ${r.line} | \`${md(r.id)}\` | ${md(c.name ?? '')} | ${md(c.state ?? '')} | ${md(c.kind ?? '')} | ${md(c.status ?? '')} |`);
    }
    section(out, 'Added', diff.added.length, body);
  }

  if (diff.removed.length > 0) {
    const body = ['| id | name | state | status |', '|---|---|---|---|'];
    for (const r of diff.removed) {
      const c = r.cells;
      body.push(`| \`${md(r.id)}\` | ${md(c.name ?? '')} | ${md(c.state ?? '')} | ${md(c.status ?? '')} |`);
    }
    section(out, 'Removed', diff.removed.length, body);
  }

  if (diff.changed.length > 0) {
    const body: string[] = [];
    for (const ch of diff.changed) {
      body.push(`**\`${md(ch.after.id)}\`** — ${md(ch.after.cells.name ?? '')} (line ${ch.after.line})`, '');
      body.push('| column | before | after |', '|---|---|---|');
      for (const f of ch.fields) body.push(`| \`${f.column}\` | ${md(f.before)} | ${md(f.after)} |`);
      body.push('');
    }
    section(out, 'Changed', diff.changed.length, body.slice(0, -1));
  }
  return out.join('\n');
}
