/**
 * Rank regional offers by straight-line distance from a search point, with the focus
 * filter of the finder. Same distances and order as the shared `nearest()` (haversine,
 * ties in input order), plus the focus filter and the total count in the same pass.
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
  /** The nearest offers, ascending by distance; ties keep input order (buildFinderData sorts by id). */
  items: RankedOffer[];
  /** How many offers matched the filter in total (for "show more"). */
  total: number;
}

export function rankOffers(offers: readonly FinderOffer[], point: LatLon, opts: RankOptions = {}): Ranking {
  const limit = Math.max(0, opts.limit ?? DEFAULT_LIMIT);
  const focus = opts.focus;
  // One pass with a small sorted top list: no per-offer allocation and no full sort, so a
  // query over 10,000 offers stays around a millisecond (see scripts/bench-finder.ts).
  const top: RankedOffer[] = [];
  let total = 0;
  for (const offer of offers) {
    if (focus && !offer.focus.includes(focus)) continue;
    total++;
    if (limit === 0) continue;
    const km = haversineKm(point, offer);
    // Strictly nearer than the current last: equal distances keep input order.
    if (top.length === limit && km >= top[limit - 1]!.km) continue;
    let i = top.length === limit ? limit - 1 : top.length;
    while (i > 0 && top[i - 1]!.km > km) {
      top[i] = top[i - 1]!;
      i--;
    }
    top[i] = { offer, km };
  }
  return { items: top, total };
}
