#!/usr/bin/env node
/**
 * npm run docs:data              write docs/DATA.md from the zod schemas
 * npm run docs:data -- --check   exit 1 if docs/DATA.md is out of date (CI)
 *
 * The part of DATA.md from the hand-written marker on ("Provenance") is kept as it is.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { composeDataMd } from '../src/lib/docs/data-dictionary.ts';

const FILE = 'docs/DATA.md';
const check = process.argv.includes('--check');
const existing = existsSync(FILE) ? readFileSync(FILE, 'utf8') : undefined;
const next = composeDataMd(existing);

if (check) {
  if (existing !== next) {
    console.error(`${FILE} is out of date with the schemas in src/lib/schemas/. Run "npm run docs:data" and commit the result.`);
    process.exit(1);
  }
  console.log(`${FILE} is up to date.`);
} else {
  mkdirSync('docs', { recursive: true });
  writeFileSync(FILE, next);
  console.log(existing === next ? `${FILE} unchanged.` : `${FILE} written.`);
}
