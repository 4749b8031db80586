/**
 * Issue 8, quality gates over EVERY page of the built site (the routes of <dist>/sitemap.xml):
 *   - accessibility: axe-core (WCAG 2.0/2.1 A + AA, the rule set of harness.axeViolations, run
 *     through a pre-loaded axe for speed) at 360 px and 1280 px width;
 *   - no console errors, no uncaught page errors;
 *   - privacy: no request to another host, no cookies, no localStorage/sessionStorage writes;
 *   - security: a Content-Security-Policy <meta> without unsafe-inline/eval, and no CSP violation.
 * Each page is opened once and every check runs on that visit (the site has hundreds of pages).
 * Plus, per page type: a visible focus indicator on the first focusable elements, and a
 * keyboard walk through the whole page that must reach every focusable element (no trap).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIST_DIR, openPage, startSession, type Session } from './harness.ts';
import { axeRun, builtRoutes, installAxe, cspMeta, cspProblems, focusSteps, installQa, pageTypes, pendingIslands, qaRecord, settle } from './quality.ts';

const { routes: listed, source } = builtRoutes();
// The 404 page is not in the sitemap but is a page people see.
const routes = existsSync(join(DIST_DIR, '404.html')) ? [...listed, '/404.html'] : listed;
if (source === 'fallback') {
  console.warn(`a11y-all-routes: sitemap.xml not found in the build; FALLBACK to every index.html (${routes.length} pages)`);
} else {
  console.log(`a11y-all-routes: ${routes.length} pages from sitemap.xml`);
}
const types = pageTypes(listed);

let session: Session;
beforeAll(async () => {
  session = await startSession();
  await installQa(session.context);
  await installAxe(session.context);
});
afterAll(async () => {
  await session?.close();
});

describe(`every page (${routes.length}, from ${source === 'sitemap' ? 'sitemap.xml' : 'index.html files: sitemap.xml missing'})`, () => {
  it('the route list is not empty and includes both home pages', () => {
    expect(routes).toContain('/');
    expect(routes).toContain('/en/');
  });

  // Pages are checked a few at a time (it.concurrent; vitest's maxConcurrency, default 5).
  it.concurrent.for(routes)('%s: axe at 1280 and 360 px, no console errors, private, CSP-clean', async (path, { expect }) => {
    const file = join(DIST_DIR, path.endsWith('/') ? `${path}index.html` : path);
    expect(existsSync(file), `the sitemap lists ${path} but the build has no ${file}`).toBe(true);
    const w = await openPage(session, path);
    const { page } = w;
    try {
      await page.setViewportSize({ width: 1280, height: 900 });
      await settle(page);
      const axeWide = await axeRun(page);
      await page.setViewportSize({ width: 360, height: 740 });
      await settle(page, 5_000);
      const errored = await page.evaluate(() => [...document.querySelectorAll('[data-ready="error"]')].map((el) => el.className || el.tagName));
      const axeNarrow = await axeRun(page);
      const qa = await qaRecord(page);
      const cookies = await session.context.cookies();
      const storage = await page.evaluate(() => ({
        documentCookie: document.cookie,
        localStorage: window.localStorage.length,
        sessionStorage: window.sessionStorage.length,
      }));
      const policy = await cspMeta(page);
      const pending = await pendingIslands(page);

      expect.soft(axeWide, 'axe violations at 1280 px').toEqual([]);
      expect.soft(axeNarrow, 'axe violations at 360 px').toEqual([]);
      expect.soft(w.consoleErrors, 'console errors').toEqual([]);
      expect.soft(w.pageErrors, 'uncaught page errors').toEqual([]);
      expect.soft(pending, 'islands that never hydrated').toEqual([]);
      expect.soft(errored, 'islands that report data-ready="error"').toEqual([]);
      // Privacy
      expect.soft(w.foreignRequests, 'requests to other hosts').toEqual([]);
      expect.soft(cookies, 'cookies in the browser context').toEqual([]);
      expect.soft(qa.cookieWrites, 'document.cookie writes').toEqual([]);
      expect.soft(storage, 'cookie and storage contents').toEqual({ documentCookie: '', localStorage: 0, sessionStorage: 0 });
      expect.soft(qa.storageWrites, 'localStorage/sessionStorage writes').toEqual([]);
      // Security
      expect.soft(cspProblems(policy), 'Content-Security-Policy').toEqual([]);
      expect.soft(qa.cspViolations, 'CSP violations').toEqual([]);
      expect.soft(w.dialogs, 'dialogs').toEqual([]);
    } finally {
      await page.close();
    }
  });
});

describe('keyboard, per page type', () => {
  const typeList = [...types.entries()];

  it.each(typeList)('%s (%s): the first 20 focusable elements show a visible focus indicator', async (_type, path) => {
    const w = await openPage(session, path);
    try {
      await settle(w.page);
      const steps = await focusSteps(w.page, 20);
      expect(steps.length, 'Tab reaches at least one element').toBeGreaterThan(0);
      expect(steps.filter((s) => !s.visible).map((s) => `${s.element}: ${s.detail}`)).toEqual([]);
    } finally {
      await w.page.close();
    }
  });

  it.each(typeList)('%s (%s): the skip link comes first and moves focus to the main content', async (_type, path) => {
    const w = await openPage(session, path);
    const { page } = w;
    try {
      await settle(page);
      await page.keyboard.press('Tab');
      const first = await page.evaluate(() => document.activeElement?.getAttribute('href'));
      expect(first).toBe('#main');
      await page.keyboard.press('Enter');
      await expect.poll(() => page.evaluate(() => document.activeElement?.id ?? '')).toBe('main');
    } finally {
      await page.close();
    }
  });

  it.each(typeList)('%s (%s): Tab alone reaches every focusable element and never gets trapped', async (_type, path) => {
    const w = await openPage(session, path);
    const { page } = w;
    try {
      await settle(page);
      // Everything a keyboard user should be able to reach: visible, enabled, not removed from the tab order.
      const expected = await page.evaluate(() => {
        const sel = 'a[href], button, input:not([type="hidden"]), select, textarea, summary, [tabindex]';
        const els = [...document.querySelectorAll<HTMLElement>(sel)].filter((el) => {
          if (el.tabIndex < 0 || (el as HTMLButtonElement).disabled) return false;
          if (el.closest('[inert], [hidden], details:not([open]) > :not(summary)')) return false;
          const r = el.getBoundingClientRect();
          const cs = getComputedStyle(el);
          return cs.visibility !== 'hidden' && cs.display !== 'none' && (r.width > 0 || r.height > 0);
        });
        // Radio groups: one stop per group.
        const groups = new Set<string>();
        const out: HTMLElement[] = [];
        for (const el of els) {
          if (el instanceof HTMLInputElement && el.type === 'radio' && el.name) {
            if (groups.has(el.name)) continue;
            groups.add(el.name);
          }
          out.push(el);
        }
        (window as unknown as { __expected: HTMLElement[] }).__expected = out;
        return out.length;
      });
      const limit = expected + 20;
      const reached = new Set<number>();
      let stuck = 0;
      let last = -2;
      for (let i = 0; i < limit && reached.size < expected; i++) {
        await page.keyboard.press('Tab');
        const idx = await page.evaluate(() => {
          const list = (window as unknown as { __expected: Element[] }).__expected;
          const a = document.activeElement;
          if (!a) return -1;
          const i = list.findIndex((el) => el === a || el.contains(a));
          if (i >= 0) return i;
          // A radio group counts once, whichever radio holds focus.
          if (a instanceof HTMLInputElement && a.type === 'radio') return list.findIndex((el) => el instanceof HTMLInputElement && el.name === a.name);
          return -1;
        });
        if (idx >= 0) reached.add(idx);
        stuck = idx === last ? stuck + 1 : 0;
        last = idx;
        expect(stuck, 'focus stays on the same element after Tab (keyboard trap)').toBeLessThan(3);
      }
      const missed = await page.evaluate(
        (got) =>
          (window as unknown as { __expected: HTMLElement[] }).__expected
            .filter((_, i) => !got.includes(i))
            .map((e) => `${e.tagName.toLowerCase()} ${e.getAttribute('href') ?? e.getAttribute('name') ?? e.getAttribute('aria-label') ?? e.textContent?.trim().slice(0, 40)}`),
        [...reached],
      );
      expect(missed).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

describe('keyboard path through the data page', () => {
  // The dashboard's and the finder's own suites cover their keyboard journeys
  // (tests/browser/dashboard.test.ts "keyboard", tests/browser/finder.test.ts "keyboard only").
  it.each([['/daten/'], ['/en/data/']])('%s: Tab reaches the CSV download and Enter downloads it', async (path) => {
    expect(routes, 'the data page is built').toContain(path);
    const w = await openPage(session, path);
    const { page } = w;
    try {
      await settle(page);
      let found = false;
      for (let i = 0; i < 80 && !found; i++) {
        await page.keyboard.press('Tab');
        found = await page.evaluate(() => {
          const a = document.activeElement;
          return a instanceof HTMLAnchorElement && a.hasAttribute('download') && /initiatives\.csv$/.test(a.pathname);
        });
      }
      expect(found, 'a download link to initiatives.csv is reachable by Tab').toBe(true);
      const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
      expect(download.suggestedFilename()).toBe('initiatives.csv');
      expect(w.consoleErrors).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
