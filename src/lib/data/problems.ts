/**
 * A data problem, reported to editors. Every check produces these, never exceptions, so
 * that one run reports every problem in a file at once.
 */
export interface Problem {
  /** Path of the file, relative to the repository root, e.g. data/initiatives.csv. */
  file: string;
  /** 1-based line in the file where the record starts (0 when it concerns the whole file). */
  line: number;
  /** Column name, when the problem concerns one cell. */
  column?: string;
  /** 1-based position of the column in the header, when known. */
  columnNumber?: number;
  /** The value found (shown quoted; omitted for missing cells). */
  value?: string;
  /** What is expected instead, in plain words. */
  expected: string;
  /** Optional hint how to fix it. */
  hint?: string;
  /** Errors fail validation and the build; warnings are printed only. */
  severity: 'error' | 'warning';
}

const MAX_VALUE_LENGTH = 60;

function showValue(value: string): string {
  const oneLine = value.replace(/\r?\n/g, '⏎');
  const cut = oneLine.length > MAX_VALUE_LENGTH ? `${oneLine.slice(0, MAX_VALUE_LENGTH)}…` : oneLine;
  return JSON.stringify(cut);
}

/** One line per problem: `file:line:col: column "x": found "v" — expected … (hint)`. */
export function formatProblem(p: Problem): string {
  const where = [p.file, p.line > 0 ? String(p.line) : undefined, p.columnNumber ? String(p.columnNumber) : undefined]
    .filter(Boolean)
    .join(':');
  const label = p.severity === 'warning' ? 'warning' : 'error';
  const column = p.column ? ` column "${p.column}":` : '';
  const found = p.value === undefined ? '' : p.value === '' ? ' found an empty cell —' : ` found ${showValue(p.value)} —`;
  const hint = p.hint ? ` Hint: ${p.hint}${/[.!?]$/.test(p.hint) ? '' : '.'}` : '';
  return `${where}: ${label}:${column}${found} expected ${p.expected}.${hint}`;
}

export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || (a.columnNumber ?? 0) - (b.columnNumber ?? 0),
  );
}

export function formatProblems(problems: readonly Problem[]): string {
  return sortProblems(problems).map(formatProblem).join('\n');
}

export const hasErrors = (problems: readonly Problem[]) => problems.some((p) => p.severity === 'error');

/** Thrown by the build-time loader when the data has errors; the message lists all of them. */
export class DataValidationError extends Error {
  readonly problems: Problem[];
  constructor(problems: Problem[]) {
    const errors = problems.filter((p) => p.severity === 'error');
    super(
      `The data in data/ has ${errors.length} error${errors.length === 1 ? '' : 's'}; nothing was published.\n` +
        `${formatProblems(errors)}\nRun "npm run validate" to check the data files.`,
    );
    this.name = 'DataValidationError';
    this.problems = problems;
  }
}
