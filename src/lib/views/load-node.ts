/** Node side of the page views: line numbers of rows in data/initiatives.csv, git history of data/. */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { decodeCsvBytes, parseCsv } from '../data/csv.ts';
import { DATA_FILES } from '../data/dataset.ts';

const dataRoot = () => process.env.DIGITALATLAS_DATA_ROOT ?? process.cwd();

let lines: Map<string, number> | undefined;

/** Line in data/initiatives.csv where the row with this id starts (for "edit this entry"). */
export function sourceLineOf(id: string): number | undefined {
  if (!lines) {
    const bytes = new Uint8Array(readFileSync(resolve(dataRoot(), DATA_FILES.initiatives)));
    const parsed = parseCsv(decodeCsvBytes(bytes).text, DATA_FILES.initiatives);
    lines = new Map(parsed.rows.map((r) => [r.cells.id ?? '', r.line]));
  }
  return lines.get(id);
}

export interface DataCommit {
  date: string;
  subject: string;
}

/** The latest commits that touched data/ (empty when git or the history is not available). */
export function recentDataCommits(n = 8): DataCommit[] {
  try {
    const out = execFileSync('git', ['log', `-n${n}`, '--date=short', '--format=%ad%x09%s', '--', 'data/'], {
      cwd: dataRoot(),
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      timeout: 10_000,
    });
    return out
      .split('\n')
      .filter(Boolean)
      .map((l) => {
        const [date = '', ...rest] = l.split('\t');
        return { date, subject: rest.join('\t') };
      });
  } catch {
    return [];
  }
}
