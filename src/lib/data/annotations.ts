/**
 * Problems as GitHub Actions workflow commands, so that a pull request shows each data error
 * on the line of the data file it concerns (`::error file=…,line=…,col=…::message`).
 * See https://docs.github.com/actions/reference/workflow-commands-for-github-actions.
 */
import { formatProblem, sortProblems, type Problem } from './problems.ts';

/** Escape the message part of a workflow command. */
const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');

/** Escape a property value (file, title) of a workflow command. */
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** One workflow command per problem; the message is the same text `npm run validate` prints. */
export function formatGithubAnnotation(p: Problem): string {
  const props = [`file=${escapeProperty(p.file)}`];
  if (p.line > 0) props.push(`line=${p.line}`);
  if (p.line > 0 && p.columnNumber) props.push(`col=${p.columnNumber}`);
  props.push(`title=${escapeProperty(p.column ? `Data: column ${p.column}` : 'Data')}`);
  const command = p.severity === 'warning' ? 'warning' : 'error';
  return `::${command} ${props.join(',')}::${escapeData(formatProblem(p))}`;
}

export function formatGithubAnnotations(problems: readonly Problem[]): string {
  return sortProblems(problems).map(formatGithubAnnotation).join('\n');
}
