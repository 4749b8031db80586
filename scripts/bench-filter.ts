/**
 * Benchmark of the dashboard's filtering path: 10,000 initiatives (the real rows of
 * data/initiatives.csv repeated with suffixed ids) through filter → chart builders → map
 * points, for a set of typical filter states. Budget: 50 ms per update (issue 4).
 *
 *   npm run bench:filter            (or: npx node scripts/bench-filter.ts [rows])
 *
 * Not a unit test: timings depend on the machine. Exits 1 if the median exceeds the budget.
 */
import { performance } from 'node:perf_hooks';
import { getDataset } from '../src/lib/data/load-node.ts';
import { applyFilters, buildFilterIndex } from '../src/lib/filters/match.ts';
import { parseFilters } from '../src/lib/filters/state.ts';
import { CHART_BUILDERS, CHART_NAMES } from '../src/lib/charts/builders.ts';
import { filterPoints, initiativesToPoints } from '../src/lib/map/points.ts';

const N = Number(process.argv[2] ?? 10_000);
const BUDGET_MS = 50;
const dataset = getDataset();
const base = dataset.initiatives;
if (base.length === 0) throw new Error('data/initiatives.csv has no rows');
const rows = Array.from({ length: N }, (_, i) => {
  const src = base[i % base.length]!;
  return { ...src, id: `${src.id}-${i}` };
});

const t0 = performance.now();
const index = buildFilterIndex(rows, (i) => [i.name, i.city ?? '', i.description_de].join(' '));
const allPoints = initiativesToPoints(rows, { colourOf: () => '#000000', hrefOf: (i) => `/i/${i.id}/`, detailsOf: (i) => [i.kind] });
const indexMs = performance.now() - t0;

const queries = ['', '?state=SN,BW&focus=ki', '?status=all', '?q=koln', '?q=digital+zentrum&status=all', '?kind=research,hub&state=NW', '?programme=mittelstand-digital'];
const programmeIds = dataset.programmes.map((p) => p.id);
const ctx = { locale: 'de' as const, vocabularies: dataset.vocabularies, programmes: dataset.programmes, population: dataset.population };

const samples: number[] = [];
let matched = 0;
for (let round = 0; round < 30; round++) {
  for (const q of queries) {
    const start = performance.now();
    const f = parseFilters(q, { programmeIds });
    const selected = applyFilters(index, f);
    for (const name of CHART_NAMES) CHART_BUILDERS[name](selected, ctx);
    filterPoints(allPoints, new Set(selected.map((s) => s.id)));
    samples.push(performance.now() - start);
    matched += selected.length;
  }
}
samples.sort((a, b) => a - b);
const pct = (p: number) => samples[Math.min(samples.length - 1, Math.floor((p / 100) * samples.length))]!;
console.log(`rows: ${N} (from ${base.length} real rows), filter states: ${queries.length}, updates: ${samples.length}`);
console.log(`index build (once): ${indexMs.toFixed(1)} ms`);
console.log(`update (parse + filter + 4 chart builders + map points): median ${pct(50).toFixed(2)} ms, p95 ${pct(95).toFixed(2)} ms, max ${samples.at(-1)!.toFixed(2)} ms (budget ${BUDGET_MS} ms)`);
console.log(`average matches per update: ${Math.round(matched / samples.length)}`);
if (pct(50) > BUDGET_MS) {
  console.error('over budget');
  process.exit(1);
}
