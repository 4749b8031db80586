/**
 * Rank regional offers by straight-line distance from a search point, with the focus
 * filter of the finder. Distances and ordering come from the shared `nearest()`.
 */
import type { LatLon } from '../geo/distance.ts';
import { nearest } from '../geo/nearest.ts';
import type { Focus } from '../schemas/vocab.ts';
import type { FinderOffer } from './offers.ts';

export const DEFAULT_LIMIT = 10;

export interface RankedOffer {
  offer: FinderOffer;
  km: number;
}

export interface RankOptions {
  /** Only offers with this focus. */
  focus?: Focus | undefined;
  /** How many to return (default 10). */
  limit?: number;
}

export interface Ranking {
  /** The nearest offers, ascending by distance; ties keep input order (buildFinderData sorts by id). */
  items: RankedOffer[];
  /** How many offers matched the filter in total (for "show more"). */
  total: number;
}

export function rankOffers(offers: readonly FinderOffer[], point: LatLon, opts: RankOptions = {}): Ranking {
  const focus = opts.focus;
  const pool = focus ? offers.filter((o) => o.focus.includes(focus)) : offers;
  const items = nearest(pool, point, opts.limit ?? DEFAULT_LIMIT).map(({ distanceKm, ...offer }) => ({
    offer: offer as FinderOffer,
    km: distanceKm,
  }));
  return { items, total: pool.length };
}
