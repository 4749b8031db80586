/**
 * Finder queries: from what a person typed to a search point, a list of choices, or an
 * error a person understands. Pure; works on a parsed gazetteer (src/lib/geo/gazetteer.ts).
 */
import {
  classifyQuery,
  lookupPostcode,
  postcodesWithPrefix,
  searchPlaces,
  type Gazetteer,
  type PlaceResult,
  type PostcodeResult,
} from '../geo/gazetteer.ts';
import { foldName } from '../geo/normalize.ts';
import { STATES as ALL_STATES, type StateCode } from '../geo/state-codes.ts';
import type { Locale } from '../site/i18n.ts';

export interface SearchPoint {
  lat: number;
  lon: number;
  /** Human label of the point, e.g. "69117 Heidelberg" or "Neustadt (Hessen)". */
  label: string;
  source: 'postcode' | 'place' | 'location';
  /** State of the postcode or place (unknown for a browser location). */
  state?: StateCode;
  /** The canonical query that reproduces this point (for the URL); undefined for a location. */
  query?: string;
}

/** A suggestion or choice: what to show, and the query that resolves to it. */
export interface Suggestion {
  /** Query text that resolves to exactly this entry. */
  value: string;
  label: string;
  /** Secondary text, e.g. the state. */
  detail: string;
  kind: 'postcode' | 'place';
}

export type FinderError =
  | { code: 'empty' }
  | { code: 'unknown-postcode'; postcode: string }
  | { code: 'letters-in-postcode' }
  | { code: 'postcode-too-long' }
  | { code: 'postcode-too-short'; prefix: string }
  | { code: 'unknown-place'; query: string }
  | { code: 'geo-denied' }
  | { code: 'geo-unavailable' }
  | { code: 'geo-timeout' }
  | { code: 'geo-unsupported' };

export type Resolution =
  | { kind: 'point'; point: SearchPoint }
  | { kind: 'choices'; query: string; choices: Suggestion[] }
  | { kind: 'error'; error: FinderError; choices: Suggestion[] };

const MAX_CHOICES = 10;

export function stateName(code: StateCode, locale: Locale): string {
  const s = ALL_STATES.find((x) => x.code === code);
  return s ? (locale === 'de' ? s.name_de : s.name_en) : code;
}

/** Folded state names and codes → code, for "Neustadt (Hessen)" style queries. */
const STATE_KEYS = new Map<string, StateCode>(
  ALL_STATES.flatMap((s) => [
    [foldName(s.name_de), s.code],
    [foldName(s.name_en), s.code],
    [s.code.toLowerCase(), s.code],
  ]),
);

function postcodeLabel(p: PostcodeResult): string {
  return `${p.postcode} ${p.places.join(', ')}`;
}

function postcodeSuggestion(p: PostcodeResult, locale: Locale): Suggestion {
  return { value: p.postcode, label: postcodeLabel(p), detail: stateName(p.state, locale), kind: 'postcode' };
}

function exactMatches(g: Gazetteer, name: string): PlaceResult[] {
  return searchPlaces(g, name, 200).filter((p) => p.match === 'exact');
}

/**
 * The shortest query that resolves to exactly this place: its name when that is unique,
 * else "Name (State)" when unique within the state, else "Postcode Name".
 */
export function placeQuery(g: Gazetteer, p: PlaceResult, locale: Locale): string {
  const same = exactMatches(g, p.name);
  if (same.length <= 1) return p.name;
  const inState = same.filter((x) => x.state === p.state);
  if (inState.length <= 1) return `${p.name} (${stateName(p.state, locale)})`;
  const pc = p.postcodes[0];
  return pc ? `${pc} ${p.name}` : `${p.name} (${stateName(p.state, locale)})`;
}

function placeSuggestion(g: Gazetteer, p: PlaceResult, locale: Locale): Suggestion {
  const value = placeQuery(g, p, locale);
  return { value, label: p.name, detail: stateName(p.state, locale), kind: 'place' };
}

function placePoint(g: Gazetteer, p: PlaceResult, locale: Locale): SearchPoint {
  const query = placeQuery(g, p, locale);
  // A "Postcode Name" query resolves through the postcode on reload: use that same point.
  const pc = /^\d{5}/.test(query) ? lookupPostcode(g, query.slice(0, 5)) : null;
  if (pc) return { lat: pc.lat, lon: pc.lon, label: query, source: 'postcode', query, state: pc.state };
  return { lat: p.lat, lon: p.lon, label: query, source: 'place', query, state: p.state };
}

/** Suggestions while typing: postcodes for digits, places for names. */
export function suggest(g: Gazetteer, text: string, locale: Locale, limit = 8): Suggestion[] {
  const c = classifyQuery(text);
  switch (c.kind) {
    case 'postcode': {
      const p = lookupPostcode(g, c.postcode);
      return p ? [postcodeSuggestion(p, locale)] : [];
    }
    case 'partial-postcode':
      return postcodesWithPrefix(g, c.prefix, limit).map((p) => postcodeSuggestion(p, locale));
    case 'place':
      return searchPlaces(g, c.query, limit).map((p) => placeSuggestion(g, p, locale));
    default:
      return [];
  }
}

/** Resolve a submitted query. */
export function resolveQuery(g: Gazetteer, text: string, locale: Locale): Resolution {
  const c = classifyQuery(text);
  const error = (e: FinderError, choices: Suggestion[] = []): Resolution => ({ kind: 'error', error: e, choices });
  switch (c.kind) {
    case 'empty':
      return error({ code: 'empty' });
    case 'invalid-postcode':
      return error(c.reason === 'mixed' ? { code: 'letters-in-postcode' } : { code: 'postcode-too-long' });
    case 'partial-postcode':
      return error(
        { code: 'postcode-too-short', prefix: c.prefix },
        postcodesWithPrefix(g, c.prefix, MAX_CHOICES).map((p) => postcodeSuggestion(p, locale)),
      );
    case 'postcode': {
      const p = lookupPostcode(g, c.postcode);
      if (!p) return error({ code: 'unknown-postcode', postcode: c.postcode });
      return {
        kind: 'point',
        point: { lat: p.lat, lon: p.lon, label: postcodeLabel(p), source: 'postcode', query: p.postcode, state: p.state },
      };
    }
    case 'place':
      return resolvePlace(g, c.query, locale);
  }
}

function resolvePlace(g: Gazetteer, q: string, locale: Locale): Resolution {
  const results = searchPlaces(g, q, 50);
  const exact = results.filter((p) => p.match === 'exact');
  if (exact.length === 1) return { kind: 'point', point: placePoint(g, exact[0]!, locale) };
  if (exact.length > 1) {
    return { kind: 'choices', query: q, choices: exact.slice(0, MAX_CHOICES).map((p) => placeSuggestion(g, p, locale)) };
  }
  // "Neustadt (Hessen)" / "Neustadt (HE)": a name qualified by its state.
  const qualified = /^(.*\S)\s*\(([^()]+)\)$/.exec(q.trim());
  const state = qualified ? STATE_KEYS.get(foldName(qualified[2]!)) : undefined;
  if (qualified && state) {
    const inState = exactMatches(g, qualified[1]!).filter((p) => p.state === state);
    if (inState.length >= 1) return { kind: 'point', point: placePoint(g, inState[0]!, locale) };
  }
  if (results.length === 1) return { kind: 'point', point: placePoint(g, results[0]!, locale) };
  if (results.length > 1) {
    return { kind: 'choices', query: q, choices: results.slice(0, MAX_CHOICES).map((p) => placeSuggestion(g, p, locale)) };
  }
  return { kind: 'error', error: { code: 'unknown-place', query: q }, choices: [] };
}
