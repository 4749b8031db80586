#!/usr/bin/env node
/**
 * npm run bench [-- --sizes=1000,10000,50000] [-- --home-only=50000] [-- --no-write]
 *
 * Scale benchmark (issue 8). For each size, in a temporary folder under .tmp/ (never in
 * data/):
 *   1. generate clearly synthetic initiatives ("Synthetische Initiative 00042", example.org,
 *      positions inside BW/NW/SN; scripts/lib/synthetic-data.ts);
 *   2. time `astro build` of the whole site (including one detail page per row and locale)
 *      with DIGITALATLAS_DATA_ROOT / ASTRO_OUT_DIR pointing there;
 *   3. open the home page in Debian Chromium and sum what it loads (raw and gzip bytes, from
 *      the built files), split into HTML, JavaScript, CSS, data (JSON etc.) and fonts;
 *   4. time a filter change on the dashboard: from the click on a state checkbox until the
 *      result count, the map (data-ready="true" again) and every chart have updated —
 *      performance.now() in the page, resolved by a MutationObserver;
 *   5. time a finder query (postcode, submitted) until the result list is shown.
 * Writes the table to docs/PERFORMANCE.md (unless --no-write) and prints it.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, extname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BrowserContext, Page } from 'playwright-core';
import { hydrateAllIslands, launchChromium } from '../tests/browser/harness.ts';
import { startStaticServer } from '../tests/browser/static-server.ts';
import { writeSyntheticDataRoot } from './lib/synthetic-data.ts';

const args = process.argv.slice(2).filter((a) => a !== '--');
const sizesArg = args.find((a) => a.startsWith('--sizes='));
const SIZES = (sizesArg ? sizesArg.slice('--sizes='.length) : '1000,10000,50000').split(',').map(Number).filter((n) => n > 0);
const WRITE = !args.includes('--no-write');
const KEEP = args.includes('--keep');
/**
 * --home-only[=SIZES] (default: 50000; --full to build every size completely): build only the home page, the finder and the dashboard data endpoint (a
 * bench-only srcDir; scripts/lib/astro.bench-home.config.mjs), so that the browser side can be
 * measured at sizes whose full build (one detail page per row) takes too long. Build times
 * from such runs are not full-site build times and are marked so.
 */
const homeOnlyArg = args.find((a) => a.startsWith('--home-only'));
const HOME_ONLY_SIZES = new Set(
  args.includes('--full') ? [] : homeOnlyArg === '--home-only' ? SIZES : (homeOnlyArg?.split('=')[1] ?? '50000').split(',').map(Number),
);
const HOME_ONLY_PAGES = ['index.astro', 'finden/index.astro', 'dashboard/[locale].json.ts'];
const REPEATS = 7;

const TARGETS = { filter10k: 50, filter50k: 200, build10k: 120_000 };

interface Bytes {
  raw: number;
  gzip: number;
}
interface Result {
  rows: number;
  /** Built with --home-only: home, finder and dashboard data only. */
  homeOnly: boolean;
  pages: number;
  buildMs: number;
  load: Record<'html' | 'js' | 'css' | 'data' | 'font' | 'other', Bytes>;
  filterMs: number[];
  jsMs: number[];
  listMs: number[];
  chartsMs: number[];
  mapMs: number[];
  filterCount: [number, number];
  finderMs: number[];
  notes: string[];
}

const median = (xs: number[]) => {
  if (xs.length === 0) return Number.NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
};
const kb = (n: number) => `${(n / 1024).toLocaleString('en-GB', { maximumFractionDigits: 0 })} KB`;
const ms = (n: number) => (Number.isFinite(n) ? `${n.toFixed(n < 10 ? 1 : 0)} ms` : 'n/a');

function countPages(dir: string): number {
  let n = 0;
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) n += countPages(p);
    else if (name.endsWith('.html')) n++;
  }
  return n;
}

/** A srcDir with copies of a few page files and links to every other folder of src/. */
function homeOnlySrc(root: string): string {
  const dir = join(root, 'src');
  mkdirSync(join(dir, 'pages'), { recursive: true });
  for (const name of readdirSync('src')) {
    if (name !== 'pages') symlinkSync(resolve('src', name), join(dir, name));
  }
  for (const page of HOME_ONLY_PAGES) {
    mkdirSync(dirname(join(dir, 'pages', page)), { recursive: true });
    copyFileSync(resolve('src/pages', page), join(dir, 'pages', page));
  }
  return dir;
}

function build(root: string, homeOnly: boolean): number {
  const HOME_ONLY = homeOnly;
  const started = performance.now();
  const astroArgs = HOME_ONLY ? ['build', '--config', 'scripts/lib/astro.bench-home.config.mjs'] : ['build'];
  const r = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', ...astroArgs], {
    encoding: 'utf8',
    env: {
      ...process.env,
      ...(HOME_ONLY ? { BENCH_SRC_DIR: homeOnlySrc(root) } : {}),
      DIGITALATLAS_DATA_ROOT: root,
      ASTRO_OUT_DIR: join(root, 'dist'),
      ASTRO_CACHE_DIR: join(root, 'cache'),
      ASTRO_TELEMETRY_DISABLED: '1',
      NO_COLOR: '1',
      TMPDIR: resolve('.tmp'),
    },
    maxBuffer: 256 * 1024 * 1024,
  });
  if (r.status !== 0) throw new Error(`astro build failed (exit ${r.status}):\n${r.stdout.slice(-4000)}\n${r.stderr.slice(-4000)}`);
  return performance.now() - started;
}

function kindOf(path: string): keyof Result['load'] {
  const ext = extname(path).toLowerCase();
  if (ext === '.html' || path.endsWith('/')) return 'html';
  if (ext === '.js' || ext === '.mjs') return 'js';
  if (ext === '.css') return 'css';
  if (['.json', '.geojson', '.csv', '.pbf'].includes(ext)) return 'data';
  if (['.woff2', '.woff', '.ttf'].includes(ext)) return 'font';
  return 'other';
}

/** Everything the home page loads (until idle, after scrolling through it), measured from the built files. */
async function homeLoad(page: Page, origin: string, dist: string): Promise<Result['load']> {
  const urls = new Set<string>();
  const onRequest = (r: { url(): string }) => {
    if (r.url().startsWith(origin)) urls.add(r.url());
  };
  page.on('request', onRequest);
  // Generous: at 50,000 rows the home page itself takes long to load, which is a result too.
  await page.goto(`${origin}/`, { waitUntil: 'load', timeout: 300_000 });
  await scrollThrough(page);
  await waitReady(page);
  await page.waitForLoadState('networkidle', { timeout: 300_000 });
  page.off('request', onRequest);
  const load: Result['load'] = {
    html: { raw: 0, gzip: 0 },
    js: { raw: 0, gzip: 0 },
    css: { raw: 0, gzip: 0 },
    data: { raw: 0, gzip: 0 },
    font: { raw: 0, gzip: 0 },
    other: { raw: 0, gzip: 0 },
  };
  for (const u of urls) {
    const path = decodeURIComponent(new URL(u).pathname);
    let file = join(dist, path);
    if (path.endsWith('/')) file = join(file, 'index.html');
    if (!existsSync(file)) continue;
    const bytes = readFileSync(file);
    const k = kindOf(path);
    load[k].raw += bytes.length;
    load[k].gzip += gzipSync(bytes, { level: 9 }).length;
  }
  return load;
}

/** Hydrate every island (map, charts) the way a visitor scrolling through would. */
const scrollThrough = (page: Page) => hydrateAllIslands(page, { rounds: 20, settleMs: 100 });

async function waitReady(page: Page, timeout = 120_000): Promise<void> {
  await page.waitForFunction(
    () =>
      document.querySelectorAll('astro-island[ssr]').length === 0 &&
      document.querySelectorAll('[data-ready]').length > 0 &&
      [...document.querySelectorAll('[data-ready]')].every((el) => el.getAttribute('data-ready') === 'true' || el.getAttribute('data-ready') === ''),
    undefined,
    { timeout, polling: 100 },
  );
}

/**
 * Click a state checkbox and measure until the count, list, map and charts reflect it:
 * the result count changed, and every [data-ready] element went through a re-render and is
 * "true" again (islands set data-ready="false" while updating).
 */
interface FilterTiming {
  /** Until the first frame after the update was rendered (style, layout, paint included). */
  ms: number;
  /** Until the page's scripts were done (count, list, every island ready). */
  jsMs: number;
  listMs: number;
  chartsMs: number;
  mapMs: number;
  before: number;
  after: number;
}

/**
 * Click a state checkbox and measure until the count, list, map and charts reflect it:
 * the result count changed, and every [data-ready] element went through a re-render and is
 * "true" again (islands set data-ready="false" while updating). Also returns when the list
 * (count), the last chart and the map were done, for a breakdown.
 */
async function filterChange(page: Page, state: string): Promise<FilterTiming> {
  return page.evaluate(
    (stateCode) =>
      new Promise<FilterTiming>((resolveIt, reject) => {
        const countEl = document.querySelector('[data-result-count]');
        const box = document.querySelector<HTMLInputElement>(`form.da-filters input[name="state"][value="${stateCode}"]`);
        if (!countEl || !box) {
          reject(new Error('dashboard filter or [data-result-count] not found'));
          return;
        }
        const before = Number(countEl.getAttribute('data-result-count'));
        const readyEls = () => [...document.querySelectorAll('[data-ready]')];
        const isMap = (el: Element) => /map/i.test(`${el.className} ${el.parentElement?.className ?? ''}`) || el.querySelector('canvas.maplibregl-canvas') !== null;
        let sawBusy = readyEls().length === 0;
        let listAt = Number.NaN;
        let mapAt = Number.NaN;
        let chartsAt = Number.NaN;
        const isReady = (el: Element) => el.getAttribute('data-ready') === 'true' || el.getAttribute('data-ready') === '';
        const done = () => {
          const after = Number(countEl.getAttribute('data-result-count'));
          return after !== before && readyEls().every(isReady) && sawBusy;
        };
        const observer = new MutationObserver((records) => {
          const now = performance.now();
          for (const r of records) {
            const el = r.target as Element;
            if (r.attributeName === 'data-result-count' && Number.isNaN(listAt)) listAt = now;
            if (r.attributeName === 'data-ready') {
              // An island that re-renders sets data-ready="false" and then "true" (possibly in one batch).
              sawBusy = true;
              if (isReady(el)) {
                if (isMap(el)) mapAt = now;
                else chartsAt = now;
              }
            }
          }
          if (done()) {
            observer.disconnect();
            clearTimeout(timer);
            // The frame after the update: a task queued from requestAnimationFrame runs after
            // that frame's style, layout and paint.
            requestAnimationFrame(() =>
              setTimeout(() =>
                resolveIt({ ms: performance.now() - t0, jsMs: now - t0, listMs: listAt - t0, chartsMs: chartsAt - t0, mapMs: mapAt - t0, before, after: Number(countEl.getAttribute('data-result-count')) }),
              ),
            );
          }
        });
        observer.observe(document.body, { attributes: true, subtree: true, attributeFilter: ['data-ready', 'data-result-count'] });
        const timer = setTimeout(() => {
          observer.disconnect();
          reject(new Error(`filter change did not complete within 30 s (saw busy: ${sawBusy})`));
        }, 30_000);
        const t0 = performance.now();
        box.click();
      }),
    state,
  );
}

async function finderQuery(page: Page, query: string): Promise<number> {
  await page.locator('input[role="combobox"]').fill(query);
  return page.evaluate(
    () =>
      new Promise<number>((resolveIt, reject) => {
        const root = document.querySelector('.finder')!;
        const form = root.querySelector('form')!;
        const isDone = () => root.getAttribute('data-state') === 'results' && document.querySelector('ol[data-results] > li') !== null;
        const observer = new MutationObserver(() => {
          if (isDone()) {
            const t1 = performance.now();
            observer.disconnect();
            resolveIt(t1 - t0);
          }
        });
        observer.observe(root, { attributes: true, childList: true, subtree: true });
        setTimeout(() => {
          observer.disconnect();
          reject(new Error('finder query did not complete within 30 s'));
        }, 30_000);
        // Leave the previous results first, so that the observer sees the new ones arrive.
        root.setAttribute('data-state', 'bench');
        const t0 = performance.now();
        form.requestSubmit();
      }),
  );
}

async function measureBrowser(context: BrowserContext, dist: string, result: Result): Promise<void> {
  const server = await startStaticServer(dist, '/');
  try {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    result.load = await homeLoad(page, server.origin, dist);
    const nav = await page.evaluate(() => {
      const n = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
      return n ? { dcl: n.domContentLoadedEventEnd, load: n.loadEventEnd } : undefined;
    });
    if (nav) result.notes.push(`home page: DOMContentLoaded after ${ms(nav.dcl)}, load event after ${ms(nav.load)} (unthrottled, local server)`);
    // Filter: toggle Saxony off and on again, alternating; each toggle is one measurement.
    for (let i = 0; i < REPEATS; i++) {
      const r = await filterChange(page, 'SN');
      if (i === 0) result.filterCount = [r.before, r.after];
      result.filterMs.push(r.ms);
      result.jsMs.push(r.jsMs);
      result.listMs.push(r.listMs);
      result.chartsMs.push(r.chartsMs);
      result.mapMs.push(r.mapMs);
    }
    await page.close();

    const finder = await context.newPage();
    finder.on('pageerror', (e) => errors.push(String(e)));
    await finder.goto(`${server.origin}/finden/`, { waitUntil: 'load', timeout: 300_000 });
    await finder.locator('.finder[data-ready]').waitFor({ timeout: 60_000 });
    // The first query loads the gazetteer; the measured ones are warm.
    await finderQuery(finder, '69117');
    for (const [i, q] of ['70173', '01067', '50667', '33602', '04109', '79098', '44135'].entries()) {
      if (i >= REPEATS) break;
      result.finderMs.push(await finderQuery(finder, q));
    }
    await finder.close();
    if (errors.length) result.notes.push(`page errors: ${errors.slice(0, 3).join(' | ')}`);
  } finally {
    await server.close();
  }
}

function table(results: Result[]): string {
  const lines = [
    '| rows | pages built | build time | home page loads: HTML (gzip) | JS (gzip) | data (gzip) | total (gzip) | filter change → list, map, charts painted (median of 7) | of which scripts done: all / list / charts / map | finder query (median of 7) |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const r of results) {
    const total = Object.values(r.load).reduce((a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip }), { raw: 0, gzip: 0 });
    lines.push(
      `| ${r.rows.toLocaleString('en-GB')} | ${r.homeOnly ? `${r.pages} (home and finder only¹)` : r.pages.toLocaleString('en-GB')} | ${r.homeOnly ? `(${(r.buildMs / 1000).toFixed(1)} s¹)` : `${(r.buildMs / 1000).toFixed(1)} s`} | ${kb(r.load.html.raw)} (${kb(r.load.html.gzip)}) | ${kb(r.load.js.raw)} (${kb(r.load.js.gzip)}) | ${kb(r.load.data.raw)} (${kb(r.load.data.gzip)}) | ${kb(total.raw)} (${kb(total.gzip)}) | ${ms(median(r.filterMs))} (min ${ms(Math.min(...r.filterMs))}, max ${ms(Math.max(...r.filterMs))}) | ${ms(median(r.jsMs))} / ${ms(median(r.listMs))} / ${ms(median(r.chartsMs.filter(Number.isFinite)))} / ${ms(median(r.mapMs.filter(Number.isFinite)))} | ${ms(median(r.finderMs))} |`,
    );
  }
  return lines.join('\n');
}

function verdicts(results: Result[]): string[] {
  const out: string[] = [];
  const at = (n: number) => results.find((r) => r.rows === n);
  const r10 = at(10_000);
  const r50 = at(50_000);
  if (r10) {
    out.push(`- Filter update at 10,000 rows: ${ms(median(r10.filterMs))} — target ≤ ${TARGETS.filter10k} ms: **${median(r10.filterMs) <= TARGETS.filter10k ? 'met' : 'missed'}**.`);
    out.push(`- Build of 10,000 rows (with their detail pages): ${(r10.buildMs / 1000).toFixed(1)} s — target ≤ ${TARGETS.build10k / 1000} s: **${r10.buildMs <= TARGETS.build10k ? 'met' : 'missed'}**.`);
  }
  if (r50) out.push(`- Filter update at 50,000 rows: ${ms(median(r50.filterMs))} — target ≤ ${TARGETS.filter50k} ms: **${median(r50.filterMs) <= TARGETS.filter50k ? 'met' : 'missed'}**.`);
  return out;
}

async function main(): Promise<void> {
  mkdirSync('.tmp', { recursive: true });
  const profile = resolve('.tmp/bench-chromium');
  rmSync(profile, { recursive: true, force: true });
  const context = await launchChromium({}, profile);
  const results: Result[] = [];
  const started = Date.now();
  loadAtStart = loadavg()[0] ?? 0;
  try {
    for (const rows of SIZES) {
      const root = resolve(`.tmp/bench-${rows}`);
      rmSync(root, { recursive: true, force: true });
      writeSyntheticDataRoot(root, rows);
      console.log(`\n[${rows} rows] building …`);
      const result: Result = {
        rows,
        pages: 0,
        homeOnly: HOME_ONLY_SIZES.has(rows),
        buildMs: build(root, HOME_ONLY_SIZES.has(rows)),
        load: { html: { raw: 0, gzip: 0 }, js: { raw: 0, gzip: 0 }, css: { raw: 0, gzip: 0 }, data: { raw: 0, gzip: 0 }, font: { raw: 0, gzip: 0 }, other: { raw: 0, gzip: 0 } },
        filterMs: [],
        jsMs: [],
        listMs: [],
        chartsMs: [],
        mapMs: [],
        filterCount: [0, 0],
        finderMs: [],
        notes: [],
      };
      result.pages = countPages(join(root, 'dist'));
      console.log(`[${rows} rows] build ${(result.buildMs / 1000).toFixed(1)} s, ${result.pages} pages; measuring in Chromium …`);
      try {
        await measureBrowser(context, join(root, 'dist'), result);
      } catch (e) {
        result.notes.push(`browser measurement failed: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
      }
      console.log(
        `[${rows} rows] filter median ${ms(median(result.filterMs))} (list ${ms(median(result.listMs))}, charts ${ms(median(result.chartsMs.filter(Number.isFinite)))}, map ${ms(median(result.mapMs.filter(Number.isFinite)))}; count ${result.filterCount[0]} → ${result.filterCount[1]}), finder median ${ms(median(result.finderMs))}${result.notes.length ? `; ${result.notes.join('; ')}` : ''}`,
      );
      results.push(result);
      writeReport(results, started, false);
      if (!KEEP) rmSync(root, { recursive: true, force: true });
    }
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }

  writeReport(results, started, true);
}

let loadAtStart = 0;

function writeReport(results: Result[], started: number, final: boolean): void {
  const when = new Date().toISOString().slice(0, 16).replace('T', ' ');
  const notes = results.flatMap((r) => r.notes.map((n) => `- ${r.rows.toLocaleString('en-GB')} rows: ${n}`));
  const md = `# Performance

Measured by \`npm run bench\` (scripts/bench.ts) on ${when} UTC, on ${cpus().length} cores
(${cpus()[0]?.model ?? 'unknown CPU'}), shared with other work (1-minute load average ${loadAtStart.toFixed(1)} at the start,
${(loadavg()[0] ?? 0).toFixed(1)} at the end), Node ${process.version}, Debian Chromium
headless with software WebGL (SwiftShader). Re-run with \`npm run bench\` (1,000 and 10,000
rows built in full, 50,000 rows home and finder only; about ten minutes) or
\`npm run bench -- --sizes=1000,10000\`.

The data is **synthetic** ("Synthetische Initiative 00042", example.org addresses, positions
sampled inside the outlines of BW, NW and SN), generated into \`.tmp/bench-N/\` and deleted
afterwards; it never touches \`data/\`.

${table(results)}

- *build time*: wall clock of \`astro build\` of the whole site (home, finder, data, region,
  programme, legal pages and one detail page per row and language).
- *home page loads*: every same-origin file the home page requests until the network is
  idle, after scrolling through the page (so the lazily hydrated map and charts load), sized
  from the built files; gzip at level 9. "data" is JSON/GeoJSON/CSV fetched by the page (the
  embedded island data is part of the HTML).
- *filter change*: \`performance.now()\` in the page, from the click on the "Sachsen" checkbox
  until \`[data-result-count]\` changed, every \`[data-ready]\` island (map, charts) went busy
  and reported \`data-ready="true"\` again (MutationObserver), **and the next frame was rendered**
  (a task queued from \`requestAnimationFrame\`, so style, layout and paint of the update
  count); toggled off and on 7 times. "scripts done" stops before that frame.
- *finder query*: from submitting a postcode until the ordered result list is rendered;
  warm (the gazetteer is loaded by a first query that is not counted).

Targets (issue 8): filter update ≤ ${TARGETS.filter10k} ms at 10,000 rows and ≤ ${TARGETS.filter50k} ms at 50,000; build of
10,000 rows ≤ ${TARGETS.build10k / 1000} s on two cores.

${verdicts(results).join('\n')}
${notes.length ? `\nNotes:\n${notes.join('\n')}\n` : ''}
How the site keeps these numbers flat as the data grows (details in the commits of
2026-11-26):
- The home page lists one page of 50 results; sorting and paging run over the selection in the
  browser (\`src/lib/filters/list.ts\`), so the HTML no longer carries every row.
- The overview map's points move to a canvas on the first filter change; redrawing it is one
  pass, where toggling one SVG circle per point restyled the whole map.
- Each chart is built once per selection and shared by its table and its island; ECharts
  options are merged, not rebuilt, so no chart forces a layout.
- Detail pages take their "nearby" lists from one grid-indexed nearest-neighbour pass over the
  data (\`src/lib/geo/neighbours.ts\`) instead of a scan of every row per page.

Total bench time: ${((Date.now() - started) / 1000).toFixed(0)} s${final ? '' : ' so far (run still in progress)'}.
`;
  if (final) console.log(`\n${md}`);
  if (WRITE) {
    mkdirSync('docs', { recursive: true });
    writeFileSync('docs/PERFORMANCE.md', md);
    if (final) console.log('written to docs/PERFORMANCE.md');
  }
}

await main();
