/**
 * Which initiatives the finder lists, and the compact, serialisable record the finder
 * island receives for each of them. Derived once at build time from the validated dataset.
 *
 * Decision (documented in docs/FINDER.md): the finder lists offers a business can turn to
 * in person or by contact — support centres, hubs, networks and test labs/learning
 * factories — and only while they are active. Research institutes, funding programmes
 * (not a place to go), "other", planned and ended offers are left out.
 */
import type { Dataset } from '../data/dataset.ts';
import { lookupPostcode, searchPlaces, type Gazetteer } from '../geo/gazetteer.ts';
import type { Initiative } from '../schemas/initiative.ts';
import type { Focus, Kind, StateCode } from '../schemas/vocab.ts';
import { label, type Locale } from '../site/i18n.ts';
import { paramRoutePath } from '../site/routes.ts';

/** Kinds of offer the finder lists. */
export const FINDER_KINDS = ['support-centre', 'hub', 'network', 'test-lab'] as const satisfies readonly Kind[];

/** How exact an offer's position is in the finder. */
export type FinderPrecision =
  /** Coordinates from the data, of the street address. */
  | 'address'
  /** Coordinates from the data, of the municipality centre. */
  | 'municipality'
  /** No coordinates in the data: centre of the offer's postcode from the gazetteer. */
  | 'postcode'
  /** No coordinates and no postcode in the data: point of the offer's town from the gazetteer. */
  | 'town';

export interface FinderOffer {
  id: string;
  name: string;
  kind: Kind;
  kindLabel: string;
  /** Colour of the kind (#rrggbb), for the map. */
  colour: string;
  programmeLabel: string;
  focus: Focus[];
  /** Postal address in one line ("Street 1, 12345 Town"), or undefined. */
  address?: string;
  website?: string;
  /** Site-relative path of the detail page (without base). */
  path: string;
  lat: number;
  lon: number;
  precision: FinderPrecision;
}

/** A nationwide offer: listed apart, without distance. */
export type NationalOffer = Omit<FinderOffer, 'lat' | 'lon' | 'precision'>;

/** A regional offer without any position (e.g. a state-wide network): listed apart, by state. */
export interface UnplacedOffer extends NationalOffer {
  state: StateCode;
  stateLabel: string;
}

export interface FinderData {
  /** Regional offers with a position: ranked by distance. */
  regional: FinderOffer[];
  /** Offers with scope "national": listed apart under their own heading. */
  national: NationalOffer[];
  /**
   * Regional offers that cannot be placed at all (no coordinates, postcode or known town),
   * typically state-wide networks: listed apart, by state, never in the distance ranking.
   */
  unplaced: UnplacedOffer[];
}

export function isFinderCandidate(i: Initiative): boolean {
  return i.status === 'active' && (FINDER_KINDS as readonly string[]).includes(i.kind);
}

function addressOf(i: Initiative): string | undefined {
  const town = [i.postcode, i.city].filter(Boolean).join(' ');
  const parts = [i.street, town].filter((p): p is string => Boolean(p));
  return parts.length ? parts.join(', ') : undefined;
}

/**
 * Position of an initiative: its own coordinates, else the centre of its postcode, else the
 * point of its town (the best gazetteer match in its state). Undefined when none is known.
 */
export function locate(i: Initiative, g?: Gazetteer): { lat: number; lon: number; precision: FinderPrecision } | undefined {
  if (i.lat !== undefined && i.lon !== undefined) {
    return { lat: i.lat, lon: i.lon, precision: i.geo_precision === 'address' ? 'address' : 'municipality' };
  }
  if (!g) return undefined;
  if (i.postcode) {
    const pc = lookupPostcode(g, i.postcode);
    if (pc) return { lat: pc.lat, lon: pc.lon, precision: 'postcode' };
  }
  if (i.city) {
    const hit = searchPlaces(g, i.city, 50).find((p) => p.match === 'exact' && p.state === i.state);
    if (hit) return { lat: hit.lat, lon: hit.lon, precision: 'town' };
  }
  return undefined;
}

/** Build the finder's data for one locale. `g` (the gazetteer) locates rows without coordinates. */
export function buildFinderData(dataset: Dataset, locale: Locale, g?: Gazetteer): FinderData {
  const kinds = new Map(dataset.vocabularies.kind.map((k) => [k.id, label(k, locale)]));
  const colours = new Map(dataset.vocabularies.kind.map((k) => [k.id, k.color]));
  const programmes = new Map(dataset.programmes.map((p) => [p.id, locale === 'de' ? p.name_de : p.name_en]));
  const collator = new Intl.Collator(locale === 'de' ? 'de' : 'en');
  const regional: FinderOffer[] = [];
  const national: NationalOffer[] = [];
  const unplaced: UnplacedOffer[] = [];
  const states = new Map(dataset.vocabularies.state.map((t) => [t.id, label(t, locale)]));
  for (const i of dataset.initiatives.filter(isFinderCandidate)) {
    const base: NationalOffer = {
      id: i.id,
      name: i.name,
      kind: i.kind,
      kindLabel: kinds.get(i.kind) ?? i.kind,
      colour: colours.get(i.kind) ?? '#5f6368',
      programmeLabel: programmes.get(i.programme) ?? i.programme,
      focus: i.focus,
      path: paramRoutePath('initiative', locale, i.id),
      ...(addressOf(i) ? { address: addressOf(i) } : {}),
      ...(i.website ? { website: i.website } : {}),
    };
    if (i.scope === 'national') {
      national.push(base);
      continue;
    }
    const pos = locate(i, g);
    if (pos) regional.push({ ...base, ...pos });
    else unplaced.push({ ...base, state: i.state, stateLabel: states.get(i.state) ?? i.state });
  }
  // Stable order: equal distances are listed by id (see rank.ts).
  regional.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  national.sort((a, b) => collator.compare(a.name, b.name));
  unplaced.sort((a, b) => collator.compare(a.stateLabel, b.stateLabel) || collator.compare(a.name, b.name));
  return { regional, national, unplaced };
}
