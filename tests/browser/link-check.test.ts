/** The link checker itself: it must find what is broken, or the dist check proves nothing. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkLinks } from './link-check.ts';

function fakeDist(files: Record<string, string>): string {
  mkdirSync('.tmp', { recursive: true });
  const dir = mkdtempSync(resolve('.tmp', 'linkcheck-'));
  for (const [path, body] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), body);
  }
  return dir;
}

describe('checkLinks', () => {
  const dist = fakeDist({
    'index.html': `<a href="/atlas/ok/">ok</a> <a href="/atlas/missing/">x</a> <a href="/ok/">no base</a>
      <a href="ok/#there">frag ok</a> <a href="/atlas/ok/#nowhere">bad frag</a> <img src="/atlas/logo.svg" alt="">
      <a href="https://atlas.example.org/atlas/gone/">own origin</a> <a href="https://elsewhere.example/">ext</a>
      <a href="mailto:a@b.de">m</a> <a href="/atlas/daten/x.csv?download=1">file</a> <a href="/atlas/a&amp;b/">entity</a>`,
    'ok/index.html': '<h1 id="there">ok</h1>',
    'logo.svg': '<svg/>',
    'daten/x.csv': 'a\n',
    'a&b/index.html': 'amp',
  });
  const { checked, broken } = checkLinks(dist, '/atlas/', 'https://atlas.example.org');

  it('reports missing pages, links without the base path, missing fragments and dead own-origin URLs', () => {
    expect(broken.map((b) => `${b.url} — ${b.reason}`).sort()).toEqual(
      [
        '/atlas/missing/ — no such file in dist',
        '/ok/ — outside the base path /atlas/',
        '/atlas/ok/#nowhere — no element with id "nowhere"',
        'https://atlas.example.org/atlas/gone/ — no such file in dist',
      ].sort(),
    );
  });

  it('accepts existing pages, fragments, assets, files with a query and entity-encoded paths; skips external and mailto', () => {
    expect(checked).toBe(9);
  });
});
