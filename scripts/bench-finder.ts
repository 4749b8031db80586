/**
 * Benchmark of the finder pipeline as the browser runs it: gazetteer payload (raw, gzip,
 * brotli), parse time, and per-query time of resolveQuery + rankOffers over 10,000
 * synthetic offers (deterministic pseudo-random positions in Germany; not data).
 *   npm run bench:finder
 */
import { readFileSync } from 'node:fs';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';
import { parseGazetteer } from '../src/lib/geo/gazetteer.ts';
import { GAZETTEER_FILE } from '../src/lib/finder/load-node.ts';
import type { FinderOffer } from '../src/lib/finder/offers.ts';
import { rankOffers } from '../src/lib/finder/rank.ts';
import { resolveQuery, suggest } from '../src/lib/finder/resolve.ts';

const N = 10_000;
const raw = readFileSync(GAZETTEER_FILE);
const kb = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
console.log(`gazetteer ${GAZETTEER_FILE}: ${kb(raw.length)} raw, ${kb(gzipSync(raw, { level: 9 }).length)} gzip -9, ${kb(gzipSync(raw).length)} gzip -6, ${kb(brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length)} brotli 11`);

let t = performance.now();
const json = JSON.parse(raw.toString('utf8')) as unknown;
const tJson = performance.now() - t;
t = performance.now();
const g = parseGazetteer(json);
const tParse = performance.now() - t;
t = performance.now();
suggest(g, 'a', 'de');
const tIndex = performance.now() - t;
console.log(`JSON.parse ${tJson.toFixed(1)} ms, parseGazetteer ${tParse.toFixed(1)} ms, first search (builds index) ${tIndex.toFixed(1)} ms`);

let seed = 7;
const rnd = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
const foci = ['ki', 'industrie40', 'mittelstand-digital'] as const;
const offers: FinderOffer[] = Array.from({ length: N }, (_, i) => ({
  id: `o${String(i).padStart(5, '0')}`,
  name: `Offer ${i}`,
  kind: 'hub',
  kindLabel: 'Hub',
  colour: '#7b3294',
  programmeLabel: 'P',
  focus: [foci[i % 3]!],
  path: `/initiativen/o${i}/`,
  lat: 47.3 + rnd() * 7.7,
  lon: 5.9 + rnd() * 9.1,
  precision: 'address',
}));

const queries = ['69117', '01067', '80331', '20095', '50667', 'Heidelberg', 'Köln', 'Neustadt (Hessen)', 'Tübingen', 'Chemnitz', '6911', 'Xqzzyville'];
const times: number[] = [];
for (let rep = 0; rep < 50; rep++) {
  for (const q of queries) {
    const s = performance.now();
    const r = resolveQuery(g, q, 'de');
    if (r.kind === 'point') rankOffers(offers, r.point, { focus: rep % 2 ? 'ki' : undefined });
    times.push(performance.now() - s);
  }
}
times.sort((a, b) => a - b);
const q = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))]!.toFixed(2);
console.log(`query (resolve + rank over ${N.toLocaleString('en')} offers), ${times.length} runs: median ${q(0.5)} ms, p95 ${q(0.95)} ms, max ${q(1)} ms`);

const sTimes: number[] = [];
for (let rep = 0; rep < 50; rep++) {
  for (const text of ['6', '69', '691', 'h', 'he', 'hei', 'heid', 'neust', 'kö', 'koeln']) {
    const s = performance.now();
    suggest(g, text, 'de', 8);
    sTimes.push(performance.now() - s);
  }
}
sTimes.sort((a, b) => a - b);
console.log(`suggestions per keystroke, ${sTimes.length} runs: median ${sTimes[sTimes.length >> 1]!.toFixed(2)} ms, p95 ${sTimes[Math.floor(0.95 * sTimes.length)]!.toFixed(2)} ms`);
