/**
 * Benchmark of the finder's hot paths: nearest() over 10,000 synthetic
 * initiatives, postcode lookups and place searches on the real gazetteer.
 * Usage: npm run bench:geo   (prints a table; no assertions)
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { lookupPostcode, parseGazetteer, searchPlaces } from '../src/lib/geo/gazetteer.ts';
import { nearest } from '../src/lib/geo/nearest.ts';
import { prng } from './lib/synthetic-data.ts';

/** Deterministic PRNG (mulberry32) so runs are comparable. */
const rng = prng;

function time(label: string, runs: number, fn: (i: number) => void): { label: string; runs: number; meanMs: number; p95Ms: number; maxMs: number } {
  for (let i = 0; i < Math.min(20, runs); i++) fn(i); // warm-up
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn(i);
    ms.push(performance.now() - t0);
  }
  ms.sort((a, b) => a - b);
  const mean = ms.reduce((s, x) => s + x, 0) / ms.length;
  return { label, runs, meanMs: mean, p95Ms: ms[Math.floor(ms.length * 0.95)]!, maxMs: ms[ms.length - 1]! };
}

function main(): void {
  const rand = rng(42);
  // 10,000 initiatives scattered over Germany's bounding box.
  const initiatives = Array.from({ length: 10_000 }, (_, i) => ({
    id: `i${i}`,
    name: `Initiative ${i}`,
    lat: 47.3 + rand() * 7.7,
    lon: 5.9 + rand() * 9.1,
  }));
  const t0 = performance.now();
  const g = parseGazetteer(JSON.parse(readFileSync(fileURLToPath(new URL('../public/geo/gazetteer-de.json', import.meta.url)), 'utf8')));
  const parseMs = performance.now() - t0;
  const codes = g.codes;
  const queries = ['Neu', 'Heidelberg', 'koeln', 'Sankt', 'Dres', 'Frankfurt', 'Halle', 'M', 'Bad ', 'Stuttg'];
  const rows = [
    time('nearest(10,000 initiatives, postcode centre, n=10)', 500, (i) => {
      const pc = lookupPostcode(g, codes[(i * 37) % codes.length]!)!;
      nearest(initiatives, pc, 10);
    }),
    time('nearest(10,000 initiatives, n=10, maxKm=50)', 500, (i) => {
      nearest(initiatives, { lat: 47.5 + (i % 70) / 10, lon: 6 + (i % 90) / 10 }, 10, { maxKm: 50 });
    }),
    time('lookupPostcode', 10_000, (i) => {
      lookupPostcode(g, codes[(i * 7919) % codes.length]!);
    }),
    time('searchPlaces(query, 10)', 2_000, (i) => {
      searchPlaces(g, queries[i % queries.length]!, 10);
    }),
  ];
  console.log(`parseGazetteer: ${parseMs.toFixed(1)} ms (${g.places.length} places, ${g.codes.length} postcodes)`);
  console.log('| operation | runs | mean ms | p95 ms | max ms |');
  console.log('|---|---:|---:|---:|---:|');
  for (const r of rows) console.log(`| ${r.label} | ${r.runs} | ${r.meanMs.toFixed(3)} | ${r.p95Ms.toFixed(3)} | ${r.maxMs.toFixed(3)} |`);
}

main();
