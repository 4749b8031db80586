/**
 * CONTRIBUTING.md (German) and CONTRIBUTING.en.md: the validator messages they quote are the
 * validator's real output on the corpus files, both versions quote the same ones, and their
 * links and table-of-contents anchors resolve.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { geoCheck } from '../../src/lib/data/load-node.ts';
import { formatProblem } from '../../src/lib/data/problems.ts';
import { validateInitiativesBytes, type InitiativeContext } from '../../src/lib/data/validate.ts';

const programmes = JSON.parse(readFileSync('data/programmes.json', 'utf8')) as { id: string }[];
// The examples were produced on 2026-11-26; the future-date message names that day.
const ctx: InitiativeContext = { programmeIds: new Set(programmes.map((p) => p.id)), today: '2026-11-26', geo: geoCheck };

const DOCS = ['CONTRIBUTING.md', 'CONTRIBUTING.en.md'] as const;
const EXAMPLE = /^(tests\/fixtures\/[\w/.-]+\.csv)(?::\d+)*: (?:error|warning): /;

function examples(doc: string): string[] {
  return readFileSync(doc, 'utf8').split('\n').filter((l) => EXAMPLE.test(l));
}

/** GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens. */
const slug = (heading: string) => heading.toLowerCase().replace(/[^\p{L}\p{N} _-]/gu, '').replace(/ /g, '-');

describe.each(DOCS)('%s', (doc) => {
  const text = readFileSync(doc, 'utf8');

  it('quotes validator messages exactly as the validator prints them', () => {
    const lines = examples(doc);
    expect(lines.length).toBeGreaterThanOrEqual(20);
    for (const line of lines) {
      const file = EXAMPLE.exec(line)![1]!;
      const actual = validateInitiativesBytes(new Uint8Array(readFileSync(file)), file, ctx).problems.map(formatProblem);
      expect(actual).toContain(line);
    }
  });

  it('has working relative links and table-of-contents anchors', () => {
    const anchors = new Set([...text.matchAll(/^#{2,3} (.+)$/gm)].map((m) => slug(m[1]!)));
    for (const [, target] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
      if (/^https?:/.test(target!)) continue;
      if (target!.startsWith('#')) expect(anchors, target).toContain(target!.slice(1));
      else expect(existsSync(target!.split('#')[0]!), target).toBe(true);
    }
  });

  it('explains the editor workflow commands', () => {
    for (const cmd of ['npm run validate', 'npm run geocode', 'npm run data:diff -- origin/main', 'docs/DATA.md', 'status']) {
      expect(text).toContain(cmd);
    }
  });
});

it('both language versions quote the same messages', () => {
  expect(examples('CONTRIBUTING.en.md')).toEqual(examples('CONTRIBUTING.md'));
});
