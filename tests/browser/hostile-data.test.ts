/**
 * Issue 8, security: a site built from the hostile-data corpus (tests/fixtures/hostile/,
 * markup and script break-outs in every text column) shows every payload as plain text.
 * On every page of that build no script runs (no dialog, no CSP violation, no element
 * with an event-handler attribute, no injected script/iframe/object) and the payloads are
 * visible as text on the home page, the detail pages and the data page.
 *
 * The site is built here, into .tmp/dist-hostile (a few seconds), from
 * DIGITALATLAS_DATA_ROOT=.tmp/hostile-root.
 */
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { paramRoutePath, routePath } from '../../src/lib/site/routes.ts';
import { HOSTILE_VALID_IDS, writeHostileDataRoot } from '../fixtures/hostile/prepare.ts';
import { openPage, type Session } from './harness.ts';
import { buildSite, builtRoutes, qaRecord, settle, startSessionFor } from './quality.ts';

const ROOT = resolve('.tmp/hostile-root');
const OUT = '.tmp/dist-hostile';
let rows: Record<string, string>[] = [];
let routes: string[] = [];
let session: Session;

beforeAll(async () => {
  rmSync(ROOT, { recursive: true, force: true });
  rmSync(OUT, { recursive: true, force: true });
  rows = writeHostileDataRoot(ROOT);
  buildSite(ROOT, OUT, '.tmp/cache-hostile');
  routes = builtRoutes(OUT).routes;
  session = await startSessionFor(OUT);
}, 240_000);
afterAll(async () => {
  await session?.close();
});

/** Everything that would show that markup from the data became live DOM. */
async function injected(page: import('playwright-core').Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    for (const el of document.querySelectorAll('*')) {
      for (const a of el.attributes) {
        if (/^on/i.test(a.name)) found.push(`<${el.tagName.toLowerCase()} ${a.name}="${a.value}">`);
        if (/^(href|src|data|action|formaction|xlink:href|srcdoc)$/i.test(a.name) && /^\s*(javascript|vbscript|data:text\/html)/i.test(a.value)) {
          found.push(`<${el.tagName.toLowerCase()} ${a.name}="${a.value}">`);
        }
      }
    }
    for (const el of document.querySelectorAll('iframe, object, embed, img[src="x"], math, details[ontoggle]')) found.push(`<${el.tagName.toLowerCase()}>`);
    for (const s of document.querySelectorAll('script')) {
      const type = (s.getAttribute('type') ?? '').toLowerCase();
      const isData = type.includes('json');
      if (!isData && /alert\(|__qaPwned/.test(s.textContent ?? '')) found.push(`<script> with payload: ${(s.textContent ?? '').slice(0, 80)}`);
    }
    for (const s of document.querySelectorAll('style')) {
      if (/body\s*\{\s*display\s*:\s*none\s*\}/.test(s.textContent ?? '')) found.push('<style> from the data');
    }
    return found;
  });
}

describe('site built from hostile data', () => {
  it('contains the home page, the data page and a detail page for every hostile row', () => {
    const expected = [routePath('home', 'de'), routePath('data', 'de'), ...HOSTILE_VALID_IDS.map((id) => paramRoutePath('initiative', 'de', id))];
    expect(expected.filter((p) => !routes.includes(p)), 'pages missing from the hostile build').toEqual([]);
  });

  it('on every page: no script from the data runs, no dialog opens, nothing is injected', async () => {
    const failures: Record<string, unknown> = {};
    for (const path of routes) {
      const w = await openPage(session, path);
      try {
        await settle(w.page, 8_000);
        const qa = await qaRecord(w.page);
        const bad = {
          dialogs: w.dialogs,
          pwned: qa.pwned,
          cspViolations: qa.cspViolations,
          pageErrors: w.pageErrors,
          injected: await injected(w.page),
        };
        if (Object.values(bad).some((v) => v.length > 0)) failures[path] = bad;
      } finally {
        await w.page.close();
      }
    }
    expect(routes.length).toBeGreaterThan(2);
    expect(failures).toEqual({});
  }, 300_000);

  const textPages: [string, () => string, () => string[]][] = [
    ['home page', () => routePath('home', 'de'), () => rows.slice(0, 3).map((r) => r.name!)],
    ['data page', () => routePath('data', 'de'), () => []],
    ...HOSTILE_VALID_IDS.map((id): [string, () => string, () => string[]] => [
      `detail page ${id}`,
      () => paramRoutePath('initiative', 'de', id),
      () => {
        const r = rows.find((x) => x.id === id)!;
        return [r.name!, r.host!, r.description_de!].filter(Boolean);
      },
    ]),
  ];

  it.each(textPages)('%s shows the payloads as plain text', async (_label, path, texts) => {
    expect(routes, 'page is part of the hostile build').toContain(path());
    const w = await openPage(session, path());
    try {
      await settle(w.page, 8_000);
      const text = await w.page.evaluate(() => document.body.innerText.replace(/\s+/g, ' '));
      const missing = texts().filter((t) => !text.includes(t.replace(/\s+/g, ' ')));
      expect(missing).toEqual([]);
      expect(w.dialogs).toEqual([]);
      expect(await injected(w.page)).toEqual([]);
    } finally {
      await w.page.close();
    }
  });
});
