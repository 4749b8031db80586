/**
 * JavaScript budget of the home page (issue 4: "fast on a phone"). Two views:
 * - static: the module graph referenced by the built `/` page, split into what runs at load
 *   (page scripts and their static imports), what loads when an island becomes visible
 *   (island components + renderer) and what is fetched on demand (MapLibre, ECharts, worker);
 * - in Chromium at a phone-sized viewport without scrolling: the JS actually fetched.
 * Budgets are the sizes measured on 2026-11-26 (gzip -9) plus a small margin; raise them
 * only with a reason in the commit message.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIST_DIR, openPage, startSession, type Session } from './harness.ts';

/** Budgets in bytes (gzip). */
const BUDGET = {
  /**
   * Page scripts executed at load (filter controller and its imports). Measured 10,144 B; the
   * paged list and the canvas map layer are in it now, and the chart builders and downloads
   * load with the data instead: 7,775 B.
   */
  atLoad: 11_000,
  /** Island components, the React renderer and their static imports. Measured 77,868 B. */
  islands: 90_000,
  /** Everything reachable, including MapLibre (+ worker) and ECharts. Measured 707,551 B. */
  total: 730_000,
  /** JS fetched in Chromium at 360×740 before any scrolling. Measured 10,144 B, now 7,775 B. */
  fetchedAtLoad: 11_000,
} as const;

const html = readFileSync(join(DIST_DIR, 'index.html'), 'utf8');
const gz = (file: string) => gzipSync(readFileSync(join(DIST_DIR, file)), { level: 9 }).length;

interface Graph {
  files: Set<string>;
  dynamic: Set<string>;
}

/** Static imports (and, separately, dynamic imports and asset URLs) reachable from entries. */
function walk(entries: string[], followDynamic: boolean): Graph {
  const files = new Set<string>();
  const dynamic = new Set<string>();
  const queue = [...entries];
  while (queue.length) {
    const file = queue.shift()!;
    if (files.has(file)) continue;
    files.add(file);
    if (!/\.m?js$/.test(file)) continue;
    const dir = file.slice(0, file.lastIndexOf('/') + 1);
    const src = readFileSync(join(DIST_DIR, file), 'utf8');
    const resolve = (spec: string) => (spec.startsWith('/') ? spec.slice(1) : new URL(spec, `http://x/${dir}`).pathname.slice(1));
    for (const m of src.matchAll(/(?:from|import)\s*["'`](\.{1,2}\/[^"'`]+)["'`]/g)) queue.push(resolve(m[1]!));
    for (const m of src.matchAll(/import\(\s*["'`](\.{1,2}\/[^"'`]+)["'`]\s*\)/g)) {
      const target = resolve(m[1]!);
      dynamic.add(target);
      if (followDynamic) queue.push(target);
    }
    for (const m of src.matchAll(/["'`](\/_astro\/[^"'`]+\.(?:m?js))["'`]/g)) {
      const target = resolve(m[1]!);
      dynamic.add(target);
      if (followDynamic) queue.push(target);
    }
  }
  return { files, dynamic };
}

const sum = (files: Iterable<string>) => [...files].filter((f) => /\.m?js$/.test(f)).reduce((s, f) => s + gz(f), 0);
const pageScripts = [...html.matchAll(/<script[^>]*type="module"[^>]*src="\/([^"]+)"/g)].map((m) => m[1]!);
const islandEntries = [...new Set([...html.matchAll(/(?:component|renderer)-url="\/([^"]+)"/g)].map((m) => m[1]!))];

describe('JavaScript budget of /', () => {
  it('page scripts at load stay small (filtering without a framework)', () => {
    expect(pageScripts.length).toBeGreaterThan(0);
    const atLoad = walk(pageScripts, false);
    const size = sum(atLoad.files);
    console.log(`at load: ${size} B gzip in ${atLoad.files.size} files`);
    expect(size).toBeLessThan(BUDGET.atLoad);
    // Neither map nor chart library may be part of what runs at load.
    expect([...atLoad.files].some((f) => /maplibre|echarts/.test(f))).toBe(false);
  });

  it('islands load React and the small island code; MapLibre and ECharts only on demand', () => {
    expect(islandEntries.length).toBeGreaterThan(0);
    const islands = walk(islandEntries, false);
    const size = sum(islands.files);
    console.log(`islands: ${size} B gzip in ${islands.files.size} files`);
    expect(size).toBeLessThan(BUDGET.islands);
    expect([...islands.files].some((f) => /maplibre-gl\.|echarts-setup/.test(f))).toBe(false);
    // Reachable only through dynamic imports (the map on request, ECharts when a chart is visible).
    const onDemand = new Set([...walk(pageScripts, true).files, ...walk(islandEntries, true).files]);
    const direct = new Set([...walk(pageScripts, false).files, ...islands.files]);
    const lazy = [...onDemand].filter((f) => !direct.has(f));
    expect(lazy.some((f) => /maplibre-gl\./.test(f))).toBe(true);
    expect(lazy.some((f) => /echarts-setup/.test(f))).toBe(true);
  });

  it('everything reachable, including MapLibre, its worker and ECharts, stays under the total budget', () => {
    const all = walk([...pageScripts, ...islandEntries], true);
    const size = sum(all.files);
    console.log(`total: ${size} B gzip in ${all.files.size} files`);
    expect(size).toBeLessThan(BUDGET.total);
  });
});

describe('JavaScript fetched while loading / on a phone', () => {
  let session: Session;
  beforeAll(async () => {
    session = await startSession({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
  });
  afterAll(async () => {
    await session?.close();
  });

  it('fetches only the small page script before the user scrolls', async () => {
    const w = await openPage(session, '/');
    await w.page.waitForSelector('[data-dashboard][data-ready="true"]');
    await w.page.waitForTimeout(1500);
    const scripts = await w.page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .filter((e) => /\.m?js(\?|$)/.test(e.name))
        .map((e) => ({ url: new URL(e.name).pathname, bytes: (e as PerformanceResourceTiming).encodedBodySize })),
    );
    const files = scripts.map((s) => s.url.slice(1));
    const size = sum(files);
    console.log(`fetched at load: ${size} B gzip: ${files.join(', ')}`);
    expect(files.some((f) => /maplibre|echarts|client\./.test(f))).toBe(false);
    expect(size).toBeLessThan(BUDGET.fetchedAtLoad);
    expect(w.foreignRequests).toEqual([]);
    await w.page.close();
  });
});
