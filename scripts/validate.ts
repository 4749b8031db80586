#!/usr/bin/env node
/**
 * npm run validate            check every file in data/
 * npm run validate -- FILE    check FILE as an initiatives CSV (with data/programmes.json etc.)
 *
 * Prints every problem, one per line (file:line:column: …), and exits 1 if any is an error.
 */
import { existsSync } from 'node:fs';
import { loadDataset } from '../src/lib/data/load-node.ts';
import { formatProblems, hasErrors } from '../src/lib/data/problems.ts';

const args = process.argv.slice(2).filter((a) => a !== '--');
if (args.length > 1 || args.some((a) => a.startsWith('-'))) {
  console.error('usage: npm run validate [-- path/to/initiatives.csv]');
  process.exit(2);
}
const file = args[0];
if (file !== undefined && !existsSync(file)) {
  console.error(`${file}: error: file not found`);
  process.exit(2);
}

const { dataset, problems } = loadDataset({ initiativesFile: file });
if (problems.length > 0) console.log(formatProblems(problems));
const errors = problems.filter((p) => p.severity === 'error').length;
if (hasErrors(problems)) {
  console.log(`\n${errors} error${errors === 1 ? '' : 's'} found. Nothing is published until they are fixed (see CONTRIBUTING.md).`);
  process.exit(1);
}
console.log(`OK: ${dataset?.initiatives.length ?? 0} initiatives, ${dataset?.programmes.length ?? 0} programmes valid.`);
