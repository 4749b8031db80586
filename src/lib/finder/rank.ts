/**
 * Rank regional offers by straight-line distance from a search point. Pure and linear in
 * the number of offers: one haversine per offer, then a partial selection of the nearest.
 */
import { haversineKm, type LatLon } from '../geo/distance.ts';
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
  /** The nearest offers, ascending by distance (ties by id). */
  items: RankedOffer[];
  /** How many offers matched the filter in total (for "show more"). */
  total: number;
}

function before(a: RankedOffer, b: RankedOffer): boolean {
  return a.km < b.km || (a.km === b.km && a.offer.id < b.offer.id);
}

export function rankOffers(offers: readonly FinderOffer[], point: LatLon, opts: RankOptions = {}): Ranking {
  const limit = Math.max(0, opts.limit ?? DEFAULT_LIMIT);
  const top: RankedOffer[] = [];
  let total = 0;
  for (const offer of offers) {
    if (opts.focus && !offer.focus.includes(opts.focus)) continue;
    total++;
    if (limit === 0) continue;
    const r = { offer, km: haversineKm(point, offer) };
    if (top.length === limit && !before(r, top[limit - 1]!)) continue;
    // Insertion into the small sorted top list.
    let i = top.length < limit ? top.length : limit - 1;
    top[i] = r;
    while (i > 0 && before(top[i]!, top[i - 1]!)) {
      [top[i - 1], top[i]] = [top[i]!, top[i - 1]!];
      i--;
    }
  }
  return { items: top, total };
}
