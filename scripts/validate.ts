#!/usr/bin/env node
/**
 * npm run validate            check every file in data/
 * npm run validate -- FILE    check FILE as an initiatives CSV (with data/programmes.json etc.)
 * npm run validate -- --format=github [FILE]   the same, as GitHub Actions annotations
 *
 * Prints every problem, one per line (file:line:column: …), and exits 1 if any is an error.
 */
import { existsSync } from 'node:fs';
import { loadDataset } from '../src/lib/data/load-node.ts';
import { formatGithubAnnotations } from '../src/lib/data/annotations.ts';
import { formatProblems, hasErrors } from '../src/lib/data/problems.ts';

const argv = process.argv.slice(2).filter((a) => a !== '--');
// --format=github prints GitHub Actions annotations (used by .github/workflows/pr.yml).
const formatArg = argv.find((a) => a.startsWith('--format='));
const format = formatArg?.slice('--format='.length) ?? 'text';
const args = argv.filter((a) => a !== formatArg);
if (args.length > 1 || args.some((a) => a.startsWith('-')) || (format !== 'text' && format !== 'github')) {
  console.error('usage: npm run validate [-- [--format=text|github] path/to/initiatives.csv]');
  process.exit(2);
}
const file = args[0];
if (file !== undefined && !existsSync(file)) {
  console.error(`${file}: error: file not found`);
  process.exit(2);
}

const { dataset, problems } = loadDataset({ initiativesFile: file });
if (problems.length > 0) console.log(format === 'github' ? formatGithubAnnotations(problems) : formatProblems(problems));
const errors = problems.filter((p) => p.severity === 'error').length;
if (hasErrors(problems)) {
  console.log(`\n${errors} error${errors === 1 ? '' : 's'} found. Nothing is published until they are fixed (see CONTRIBUTING.md).`);
  process.exit(1);
}
console.log(`OK: ${dataset?.initiatives.length ?? 0} initiatives, ${dataset?.programmes.length ?? 0} programmes valid.`);
