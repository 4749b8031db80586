/**
 * Clearly synthetic data for benchmarks and load tests: "Synthetische Initiative 00042",
 * example.org addresses, positions sampled inside the three states' outlines. Written to a
 * folder laid out like the repository (`<root>/data/*`) so that the build can be pointed at
 * it with DIGITALATLAS_DATA_ROOT=<root>. Never writes to the real data/ folder.
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { toCsv } from '../../src/lib/data/csv.ts';
import { DATA_FILES } from '../../src/lib/data/dataset.ts';
import { stateAt, stateBbox } from '../../src/lib/geo/states.ts';
import { INITIATIVE_COLUMNS } from '../../src/lib/schemas/initiative.ts';
import { FOCI, KINDS, type StateCode } from '../../src/lib/schemas/vocab.ts';

/** Deterministic PRNG (mulberry32) so that every run measures the same data. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Roughly the population shares of the three states. */
const STATE_WEIGHTS: Record<StateCode, number> = { BW: 0.33, NW: 0.54, SN: 0.13 };
const POSTCODE_PREFIX: Record<StateCode, string[]> = { BW: ['7', '8', '6'], NW: ['4', '5', '3'], SN: ['0'] };

function pickWeighted<T extends string>(rnd: () => number, weights: Record<T, number>): T {
  let r = rnd();
  const entries = Object.entries(weights) as [T, number][];
  for (const [k, w] of entries) {
    if ((r -= w) < 0) return k;
  }
  return entries[entries.length - 1]![0];
}

const pick = <T>(rnd: () => number, xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;

/** A point inside the state's outline (rejection sampling in its bounding box). */
export function samplePointIn(state: StateCode, rnd: () => number): { lat: number; lon: number } {
  const [minLon, minLat, maxLon, maxLat] = stateBbox(state);
  for (let i = 0; i < 1000; i++) {
    const p = { lat: minLat + rnd() * (maxLat - minLat), lon: minLon + rnd() * (maxLon - minLon) };
    if (stateAt(p) === state) return { lat: Math.round(p.lat * 1e5) / 1e5, lon: Math.round(p.lon * 1e5) / 1e5 };
  }
  throw new Error(`no point found inside ${state}`);
}

export function syntheticRows(count: number, programmeIds: readonly string[], seed = 42): Record<string, string>[] {
  const rnd = prng(seed);
  const width = Math.max(5, String(count).length);
  const rows: Record<string, string>[] = [];
  for (let i = 1; i <= count; i++) {
    const n = String(i).padStart(width, '0');
    const state = pickWeighted(rnd, STATE_WEIGHTS);
    const foci = FOCI.filter(() => rnd() < 0.45);
    const { lat, lon } = samplePointIn(state, rnd);
    const statusRoll = rnd();
    rows.push({
      id: `synthetische-initiative-${n}`,
      name: `Synthetische Initiative ${n}`,
      kind: pick(rnd, KINDS),
      focus: (foci.length ? foci : [pick(rnd, FOCI)]).join('|'),
      programme: pick(rnd, programmeIds),
      state,
      scope: rnd() < 0.04 ? 'national' : 'regional',
      status: statusRoll < 0.8 ? 'active' : statusRoll < 0.9 ? 'planned' : 'ended',
      host: `Synthetischer Träger ${n}`,
      city: `Beispielort ${state} ${Math.floor(rnd() * 400)}`,
      postcode: `${pick(rnd, POSTCODE_PREFIX[state])}${String(Math.floor(rnd() * 10000)).padStart(4, '0')}`,
      street: `Beispielstraße ${(i % 200) + 1}`,
      lat: String(lat),
      lon: String(lon),
      geo_precision: rnd() < 0.7 ? 'address' : 'municipality',
      website: `https://example.org/initiative-${n}`,
      email: `info-${n}@example.org`,
      phone: '',
      description_de: `Synthetischer Datensatz Nr. ${n} für Last- und Leistungstests; keine echte Initiative.`,
      description_en: `Synthetic record no. ${n} for load and performance tests; not a real initiative.`,
      source_url: `https://example.org/quelle/${n}`,
      last_verified: '2026-01-15',
    });
  }
  return rows;
}

/**
 * Create `<root>/data/` with `count` synthetic initiatives and copies of the real
 * programmes, vocabularies and population files (from `repoRoot`). Returns the root.
 */
export function writeSyntheticDataRoot(root: string, count: number, repoRoot = process.cwd(), seed = 42): string {
  mkdirSync(resolve(root, 'data'), { recursive: true });
  for (const f of [DATA_FILES.programmes, DATA_FILES.vocabularies, DATA_FILES.population]) {
    copyFileSync(resolve(repoRoot, f), resolve(root, f));
  }
  const programmes = JSON.parse(readFileSync(resolve(repoRoot, DATA_FILES.programmes), 'utf8')) as { id: string }[];
  writeFileSync(resolve(root, DATA_FILES.initiatives), toCsv(INITIATIVE_COLUMNS, syntheticRows(count, programmes.map((p) => p.id), seed)));
  return root;
}

