#!/usr/bin/env node
/**
 * npm run audit [-- --report-only] [-- --desktop]
 *
 * Lighthouse (the CLI from node_modules, Debian Chromium) on the built site: the home page,
 * the finder, one detail page and the data page, mobile preset (Lighthouse's default:
 * emulated mid-range phone, simulated 4G and 4× CPU throttling). Serves the build from
 * $ASTRO_OUT_DIR (default dist/) with a small static server that compresses like a real host
 * (gzip, immutable caching of _astro/), so build first, e.g.
 *
 *   ASTRO_OUT_DIR=.tmp/dist-audit npx astro build && ASTRO_OUT_DIR=.tmp/dist-audit npm run audit
 *
 * Prints a table of the four category scores (plus FCP, LCP, TBT, CLS) and writes the JSON
 * reports to .tmp/lighthouse/. Exits 1 when a page is below the targets (performance ≥ 95,
 * accessibility, best practices and SEO 100) unless --report-only.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { BASE_CHROMIUM_FLAGS as FLAGS, chromiumPath } from '../tests/browser/harness.ts';
import { startStaticServer } from '../tests/browser/static-server.ts';

const args = process.argv.slice(2).filter((a) => a !== '--');
const REPORT_ONLY = args.includes('--report-only');
const DESKTOP = args.includes('--desktop');
const DIST = process.env.ASTRO_OUT_DIR ?? 'dist';
const BASE = process.env.SITE_BASE ?? '/';
const TARGETS = { performance: 95, accessibility: 100, 'best-practices': 100, seo: 100 } as const;
type Category = keyof typeof TARGETS;

/** A detail page from the sitemap (or the first initiativen/ folder). */
function detailPath(): string | undefined {
  const sitemap = join(DIST, 'sitemap.xml');
  if (existsSync(sitemap)) {
    const m = /<loc>[^<]*?(\/initiativen\/[^<]+\/)<\/loc>/.exec(readFileSync(sitemap, 'utf8'));
    if (m) return m[1];
  }
  const dir = join(DIST, 'initiativen');
  if (existsSync(dir)) {
    const first = spawnSync('ls', [dir], { encoding: 'utf8' }).stdout.split('\n').find(Boolean);
    if (first) return `/initiativen/${first}/`;
  }
  return undefined;
}

interface Row {
  page: string;
  path: string;
  scores: Record<Category, number>;
  metrics: string;
}

async function main(): Promise<void> {
  if (!existsSync(join(DIST, 'index.html'))) {
    console.error(`${DIST}/index.html not found: build first (ASTRO_OUT_DIR=${DIST} npx astro build)`);
    process.exit(2);
  }
  mkdirSync('.tmp/lighthouse', { recursive: true });
  const tmp = resolve('.tmp');
  const b = BASE.endsWith('/') ? BASE : `${BASE}/`;
  const server = await startStaticServer(DIST, b, { productionHeaders: true });
  const origin = server.origin;
  const rows: Row[] = [];
  try {
    const pages: [string, string | undefined][] = [
      ['home', '/'],
      ['finder', '/finden/'],
      ['detail', detailPath()],
      ['data', '/daten/'],
    ];
    for (const [name, path] of pages) {
      if (!path) {
        console.error(`no ${name} page in ${DIST}`);
        continue;
      }
      const url = `${origin}${b}${path.replace(/^\//, '')}`;
      const profile = resolve(`.tmp/lighthouse/profile-${name}`);
      rmSync(profile, { recursive: true, force: true });
      const out = resolve(`.tmp/lighthouse/${name}`);
      const lhArgs = [
        'node_modules/lighthouse/cli/index.js',
        url,
        `--chrome-flags=${[...FLAGS, `--user-data-dir=${profile}`].join(' ')}`,
        '--output=json',
        '--output=html',
        `--output-path=${out}`,
        '--quiet',
        ...(DESKTOP ? ['--preset=desktop'] : []),
      ];
      console.log(`lighthouse ${name}: ${url}`);
      // Asynchronously: the static server runs in this process and must keep answering.
      const r = await new Promise<{ status: number | null; stderr: string }>((ok) => {
        const child = spawn(process.execPath, lhArgs, { env: { ...process.env, TMPDIR: tmp, CHROME_PATH: chromiumPath() }, stdio: ['ignore', 'ignore', 'pipe'] });
        let stderr = '';
        child.stderr.on('data', (d) => (stderr += String(d)));
        child.on('close', (status) => ok({ status, stderr }));
      });
      rmSync(profile, { recursive: true, force: true });
      if (r.status !== 0 || !existsSync(`${out}.report.json`)) {
        console.error(`lighthouse failed on ${url} (exit ${r.status}):\n${r.stderr.slice(-2000)}`);
        process.exitCode = 1;
        continue;
      }
      const report = JSON.parse(readFileSync(`${out}.report.json`, 'utf8')) as {
        categories: Record<Category, { score: number | null }>;
        audits: Record<string, { displayValue?: string; score: number | null; title: string }>;
      };
      const scores = Object.fromEntries(
        (Object.keys(TARGETS) as Category[]).map((c) => [c, Math.round((report.categories[c]?.score ?? 0) * 100)]),
      ) as Record<Category, number>;
      const m = (id: string) => report.audits[id]?.displayValue ?? '?';
      rows.push({
        page: name,
        path,
        scores,
        metrics: `FCP ${m('first-contentful-paint')}, LCP ${m('largest-contentful-paint')}, TBT ${m('total-blocking-time')}, CLS ${m('cumulative-layout-shift')}`,
      });
      const failing = Object.entries(report.audits)
        .filter(([, a]) => a.score !== null && a.score < 0.9 && !/^(metrics|screenshot|diagnostics)/.test(a.title))
        .map(([id]) => id);
      if (failing.length) console.log(`  audits below 0.9: ${failing.slice(0, 12).join(', ')}`);
    }
  } finally {
    await server.close();
  }

  console.log(`\nLighthouse ${DESKTOP ? 'desktop' : 'mobile'} preset, ${DIST} served with gzip from 127.0.0.1:\n`);
  console.log('| page | path | performance | accessibility | best practices | SEO | metrics |');
  console.log('|---|---|---:|---:|---:|---:|---|');
  let below = false;
  for (const r of rows) {
    const cell = (c: Category) => {
      const ok = r.scores[c] >= TARGETS[c];
      if (!ok) below = true;
      return ok ? String(r.scores[c]) : `**${r.scores[c]}** (< ${TARGETS[c]})`;
    };
    console.log(`| ${r.page} | ${r.path} | ${cell('performance')} | ${cell('accessibility')} | ${cell('best-practices')} | ${cell('seo')} | ${r.metrics} |`);
  }
  console.log(`\nTargets: performance ≥ ${TARGETS.performance}, accessibility/best practices/SEO ${TARGETS.accessibility}. Reports: .tmp/lighthouse/*.report.html`);
  if (rows.length < 4) below = true;
  if (below && !REPORT_ONLY) {
    console.log('Below target (use --report-only to only report).');
    process.exit(1);
  }
}

await main();
