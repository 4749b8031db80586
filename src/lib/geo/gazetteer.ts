/**
 * Postcode and place lookups over the compact gazetteer in
 * public/geo/gazetteer-de.json (built by scripts/generate-gazetteer.ts).
 * Pure functions: fetch the JSON yourself and pass it to parseGazetteer().
 */
import { foldName, nameKeys, nameVariants, translitName } from './normalize.ts';
import { isStateCode, type StateCode } from './state-codes.ts';

export const GAZETTEER_FORMAT = 'digitalatlas-gazetteer';
/** Coordinates are stored as integers in 1/GAZETTEER_SCALE degree (≈ 110 m). */
export const GAZETTEER_SCALE = 1000;

/** Columnar encoding; see meta.encoding in the file and scripts/generate-gazetteer.ts. */
export type GazetteerJson = {
  format: typeof GAZETTEER_FORMAT;
  version: 1;
  meta: Record<string, unknown>;
  scale: number;
  states: string[];
  places: {
    names: string;
    aliases: [number, string][];
    state: string;
    coord: string;
    lat: number[];
    lon: number[];
  };
  postcodes: {
    code: number[];
    lat: number[];
    lon: number[];
    state: string;
    interpolated: number[];
    places: (number | number[])[];
  };
};

export type GazetteerPlace = {
  id: number;
  name: string;
  aliases: string[];
  lat: number;
  lon: number;
  state: StateCode;
  /** true when the point is derived from postcode centres, not a gazetteer entry. */
  approximate: boolean;
  postcodes: string[];
};

export type GazetteerPostcode = {
  postcode: string;
  lat: number;
  lon: number;
  state: StateCode;
  /** true when no place of the postcode could be located and the point is interpolated. */
  approximate: boolean;
  placeIds: number[];
};

type IndexEntry = { key: string; id: number; word: boolean };

export type Gazetteer = {
  places: GazetteerPlace[];
  postcodes: Map<string, GazetteerPostcode>;
  /** All postcodes, sorted. */
  codes: string[];
  /** Search keys (folded and transliterated names and their word suffixes), sorted by key. Built lazily on first access. */
  index: IndexEntry[];
  /** Number of places per folded name (> 1 means the name is ambiguous). */
  homonyms: Map<string, number>;
  meta: Record<string, unknown>;
};

function fail(msg: string): never {
  throw new Error(`gazetteer: ${msg}`);
}

function isInt(x: unknown): x is number {
  return typeof x === 'number' && Number.isInteger(x);
}

function intArray(x: unknown, where: string): number[] {
  if (!Array.isArray(x) || !x.every(isInt)) fail(`${where} must be an array of integers`);
  return x;
}

/** Validate and decode the JSON file. Throws an Error naming the first problem. */
export function parseGazetteer(input: unknown): Gazetteer {
  if (typeof input !== 'object' || input === null) fail('not an object');
  const j = input as Partial<GazetteerJson>;
  if (j.format !== GAZETTEER_FORMAT) fail(`unexpected format ${String(j.format)}`);
  if (j.version !== 1) fail(`unsupported version ${String(j.version)}`);
  if (!isInt(j.scale) || j.scale <= 0) fail('scale must be a positive integer');
  if (!Array.isArray(j.states) || !j.states.every((s) => typeof s === 'string' && isStateCode(s))) fail('bad states list');
  if (typeof j.places !== 'object' || j.places === null || typeof j.postcodes !== 'object' || j.postcodes === null) {
    fail('places and postcodes must be objects');
  }
  const scale = j.scale;
  const states = j.states as StateCode[];
  const jp = j.places;
  const stateOf = (col: unknown, i: number, where: string): StateCode => {
    const c = typeof col === 'string' ? col[i] : undefined;
    const s = c === undefined ? undefined : states[parseInt(c, 36)];
    return s ?? fail(`${where}: bad state`);
  };

  // Postcodes first: place coordinates may refer to them.
  const P = j.postcodes;
  const codeD = intArray(P.code, 'postcodes.code');
  const latD = intArray(P.lat, 'postcodes.lat');
  const lonD = intArray(P.lon, 'postcodes.lon');
  const interpD = intArray(P.interpolated, 'postcodes.interpolated');
  const n = codeD.length;
  if (latD.length !== n || lonD.length !== n || !Array.isArray(P.places) || P.places.length !== n) {
    fail('postcodes columns differ in length');
  }
  const interpolated = new Set<number>();
  let acc = 0;
  for (const d of interpD) interpolated.add((acc += d));

  const names = typeof j.places.names === 'string' ? j.places.names.split('|') : fail('places.names must be a string');
  const coordKinds = typeof j.places.coord === 'string' ? j.places.coord : fail('places.coord must be a string');
  if (coordKinds.length !== names.length) fail('places.coord and places.names differ in length');

  const postcodes = new Map<string, GazetteerPostcode>();
  const codes: string[] = [];
  const placePcs: GazetteerPostcode[][] = names.map(() => []);
  let code = 0;
  let lat = 0;
  let lon = 0;
  for (let i = 0; i < n; i++) {
    code += codeD[i]!;
    lat += latD[i]!;
    lon += lonD[i]!;
    const pc = String(code).padStart(5, '0');
    const raw = P.places[i];
    const placeIds = typeof raw === 'number' ? [raw] : Array.isArray(raw) ? raw : fail(`postcode ${pc}: bad places`);
    const entry: GazetteerPostcode = {
      postcode: pc,
      lat: lat / scale,
      lon: lon / scale,
      state: stateOf(P.state, i, `postcode ${pc}`),
      approximate: interpolated.has(i),
      placeIds,
    };
    for (const id of placeIds) {
      const list = isInt(id) ? placePcs[id] : undefined;
      if (!list) fail(`postcode ${pc} refers to missing place ${String(id)}`);
      list.push(entry);
    }
    postcodes.set(pc, entry);
    codes.push(pc);
  }

  const aliasMap = new Map<number, string[]>();
  if (!Array.isArray(j.places.aliases)) fail('places.aliases must be an array');
  for (const item of j.places.aliases) {
    if (!Array.isArray(item) || !isInt(item[0]) || typeof item[1] !== 'string') fail('malformed places.aliases entry');
    aliasMap.set(item[0], item[1].split('|'));
  }
  const pLat = intArray(j.places.lat, 'places.lat');
  const pLon = intArray(j.places.lon, 'places.lon');
  const places: GazetteerPlace[] = [];
  let k = 0;
  lat = 0;
  lon = 0;
  names.forEach((name, id) => {
    const kind = coordKinds[id];
    const pcs = placePcs[id]!;
    let plat: number;
    let plon: number;
    if (kind === 'e') {
      if (k >= pLat.length || k >= pLon.length) fail('places.lat/lon too short');
      lat += pLat[k]!;
      lon += pLon[k]!;
      k++;
      plat = lat / scale;
      plon = lon / scale;
    } else if (kind === 'p' || kind === 'm') {
      if (pcs.length === 0) fail(`place ${name} has no postcode to take its point from`);
      const from = kind === 'p' ? pcs.slice(0, 1) : pcs;
      plat = from.reduce((s, p) => s + p.lat, 0) / from.length;
      plon = from.reduce((s, p) => s + p.lon, 0) / from.length;
    } else fail(`place ${name}: bad coord kind ${String(kind)}`);
    places.push({
      id,
      name,
      aliases: aliasMap.get(id) ?? [],
      lat: plat,
      lon: plon,
      state: stateOf(jp.state, id, `place ${name}`),
      approximate: kind === 'm',
      postcodes: pcs.map((p) => p.postcode),
    });
  });

  // The search index takes most of the parse time (~100 ms); build it on the
  // first search so that postcode-only use starts fast.
  let search: { index: IndexEntry[]; homonyms: Map<string, number> } | null = null;
  const built = () => (search ??= buildSearchIndex(places));
  const g = { places, postcodes, codes, meta: j.meta ?? {} } as Gazetteer;
  Object.defineProperty(g, 'index', { get: () => built().index, enumerable: true });
  Object.defineProperty(g, 'homonyms', { get: () => built().homonyms, enumerable: true });
  return g;
}

function buildSearchIndex(places: readonly GazetteerPlace[]): { index: IndexEntry[]; homonyms: Map<string, number> } {
  const index: IndexEntry[] = [];
  const homonyms = new Map<string, number>();
  for (const p of places) {
    const folded = foldName(p.name);
    homonyms.set(folded, (homonyms.get(folded) ?? 0) + 1);
    // Short forms count as whole names: "Halle" is an exact hit for "Halle (Saale)".
    const keys = new Set<string>();
    for (const n of [p.name, ...p.aliases]) for (const v of nameVariants(n, { splitDoubleNames: false })) for (const k of nameKeys(v)) keys.add(k);
    for (const key of keys) {
      index.push({ key, id: p.id, word: false });
      for (let i = key.indexOf(' '); i !== -1; i = key.indexOf(' ', i + 1)) {
        index.push({ key: key.slice(i + 1), id: p.id, word: true });
      }
    }
  }
  index.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return { index, homonyms };
}

export type PostcodeResult = {
  postcode: string;
  lat: number;
  lon: number;
  /** Municipality names of the postcode (official spelling). */
  places: string[];
  state: StateCode;
  approximate: boolean;
};

/** Centre point, places and state of a 5-digit postcode, or null if unknown. */
export function lookupPostcode(g: Gazetteer, postcode: string): PostcodeResult | null {
  const pc = g.postcodes.get(postcode.trim());
  if (!pc) return null;
  return {
    postcode: pc.postcode,
    lat: pc.lat,
    lon: pc.lon,
    places: pc.placeIds.map((id) => g.places[id]!.name),
    state: pc.state,
    approximate: pc.approximate,
  };
}

/** Up to `limit` known postcodes starting with the given digits, ascending. */
export function postcodesWithPrefix(g: Gazetteer, prefix: string, limit = 10): PostcodeResult[] {
  const out: PostcodeResult[] = [];
  let lo = 0;
  let hi = g.codes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (g.codes[mid]! < prefix) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < g.codes.length && out.length < limit && g.codes[i]!.startsWith(prefix); i++) {
    out.push(lookupPostcode(g, g.codes[i]!)!);
  }
  return out;
}

export type PlaceResult = {
  name: string;
  lat: number;
  lon: number;
  state: StateCode;
  postcodes: string[];
  approximate: boolean;
  /** true when other places share this name; show the state to tell them apart. */
  ambiguous: boolean;
  /** How the query matched: whole name, start of the name, or start of a later word. */
  match: 'exact' | 'prefix' | 'word';
};

function lowerBound(index: IndexEntry[], key: string): number {
  let lo = 0;
  let hi = index.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (index[mid]!.key < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const TIER = { exact: 0, prefix: 1, word: 2 } as const;

/**
 * Places whose name (or alias) starts with the query, ignoring case,
 * diacritics, ß/ss and ä/ae. Ranked: exact name, then name prefix, then a
 * later word of the name ("weinstr" → "Neustadt an der Weinstraße"); within a
 * tier, places with more postcodes (larger towns) first, then alphabetically.
 * Homonyms are all returned, each with its own state.
 */
export function searchPlaces(g: Gazetteer, query: string, limit = 10): PlaceResult[] {
  const qKeys = [...new Set([foldName(query), translitName(query)])].filter((k) => k.length > 0);
  if (qKeys.length === 0 || limit <= 0) return [];
  const best = new Map<number, PlaceResult['match']>();
  for (const qk of qKeys) {
    for (let i = lowerBound(g.index, qk); i < g.index.length; i++) {
      const e = g.index[i]!;
      if (!e.key.startsWith(qk)) break;
      const match: PlaceResult['match'] = e.word ? 'word' : e.key === qk ? 'exact' : 'prefix';
      const prev = best.get(e.id);
      if (prev === undefined || TIER[match] < TIER[prev]) best.set(e.id, match);
    }
  }
  const collator = new Intl.Collator('de');
  return [...best]
    .map(([id, match]) => ({ p: g.places[id]!, match }))
    .sort(
      (a, b) =>
        TIER[a.match] - TIER[b.match] ||
        b.p.postcodes.length - a.p.postcodes.length ||
        Number(a.p.approximate) - Number(b.p.approximate) ||
        a.p.name.length - b.p.name.length ||
        collator.compare(a.p.name, b.p.name) ||
        a.p.state.localeCompare(b.p.state),
    )
    .slice(0, limit)
    .map(({ p, match }) => ({
      name: p.name,
      lat: p.lat,
      lon: p.lon,
      state: p.state,
      postcodes: p.postcodes,
      approximate: p.approximate,
      ambiguous: (g.homonyms.get(foldName(p.name)) ?? 0) > 1,
      match,
    }));
}

export type QueryKind =
  | { kind: 'empty' }
  | { kind: 'postcode'; postcode: string }
  | { kind: 'partial-postcode'; prefix: string }
  | { kind: 'invalid-postcode'; reason: 'too-long' | 'mixed' }
  | { kind: 'place'; query: string };

/**
 * Classify a finder query:
 * - "" / whitespace → empty
 * - 5 digits (spaces allowed, optional "D-"/"DE-" prefix, optionally followed
 *   by a place name as in "69117 Heidelberg") → postcode
 * - 1–4 digits → partial-postcode
 * - more than 5 digits → invalid-postcode (too-long)
 * - digits mixed with letters otherwise ("6911a", "Heidelberg 6") → invalid-postcode (mixed)
 * - anything else → place
 */
export function classifyQuery(q: string): QueryKind {
  const s = q.trim();
  if (s === '') return { kind: 'empty' };
  if (!/\d/.test(s)) return { kind: 'place', query: s };
  const withName = /^(?:DE?-\s*)?(\d{5})\s+\p{L}[\p{L}\s.\-()/]*$/iu.exec(s);
  if (withName) return { kind: 'postcode', postcode: withName[1]! };
  const digits = s.replace(/^DE?-/i, '').replace(/\s+/g, '');
  if (/^\d+$/.test(digits)) {
    if (digits.length === 5) return { kind: 'postcode', postcode: digits };
    if (digits.length < 5) return { kind: 'partial-postcode', prefix: digits };
    return { kind: 'invalid-postcode', reason: 'too-long' };
  }
  return { kind: 'invalid-postcode', reason: 'mixed' };
}
