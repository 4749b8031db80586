#!/usr/bin/env node
/**
 * npm run data:diff -- REV [FILE]
 *
 * Summarises what changed in FILE (default data/initiatives.csv) between the git revision
 * REV and the working tree: rows added, removed and changed (old → new), and warnings for
 * risky changes (an id renamed, a row deleted instead of set to status "ended").
 * Prints Markdown, e.g. for `>> "$GITHUB_STEP_SUMMARY"` in CI. Exit 0 when the summary
 * was written (warnings included), 2 on wrong usage or an unknown revision.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { CsvEncodingError, decodeCsvBytes } from '../src/lib/data/csv.ts';
import { diffInitiatives, renderDiffMarkdown } from '../src/lib/data/diff.ts';

const args = process.argv.slice(2).filter((a) => a !== '--');
if (args.length < 1 || args.length > 2 || args.some((a) => a.startsWith('-'))) {
  console.error('usage: npm run data:diff -- REV [FILE]   (e.g. npm run data:diff -- origin/main)');
  process.exit(2);
}
const [rev, file = 'data/initiatives.csv'] = args as [string, string | undefined];

function decode(bytes: Uint8Array, where: string): string {
  try {
    return decodeCsvBytes(bytes).text;
  } catch (e) {
    if (e instanceof CsvEncodingError) {
      console.error(`${where}: ${e.message}`);
      process.exit(2);
    }
    throw e;
  }
}

const verify = spawnSync('git', ['rev-parse', '--verify', '--quiet', `${rev}^{commit}`], { encoding: 'utf8' });
if (verify.status !== 0) {
  console.error(`data:diff: "${rev}" is not a git revision here (try "git fetch" or a commit id).`);
  process.exit(2);
}
// "REV:./path" is resolved relative to the current directory, like the working-tree path.
const shown = spawnSync('git', ['show', `${rev}:./${file.replace(/^\.\//, '')}`], { maxBuffer: 256 * 1024 * 1024 });
const before = shown.status === 0 ? decode(new Uint8Array(shown.stdout), `${file} at ${rev}`) : undefined;
const after = existsSync(file) ? decode(new Uint8Array(readFileSync(file)), file) : undefined;
if (before === undefined && after === undefined) {
  console.error(`data:diff: ${file} exists neither at ${rev} nor in the working tree.`);
  process.exit(2);
}

let out = renderDiffMarkdown(diffInitiatives(before, after), { rev, file });
if (before === undefined) out += `\n_${file} did not exist at \`${rev}\`: every row counts as added._\n`;
if (after === undefined) out += `\n_${file} was deleted in the working tree._\n`;
process.stdout.write(`${out.trimEnd()}\n`);
