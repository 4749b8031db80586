import { haversineKm, type LatLon } from './distance.ts';

/** Anything with a position; items without coordinates are skipped. */
export type Locatable = { lat: number | null | undefined; lon: number | null | undefined };

export type WithDistance<T> = T & { distanceKm: number };

/**
 * The `n` items closest to `point` by great-circle distance, nearest first,
 * each returned as a copy with `distanceKm`. Items with missing or non-finite
 * coordinates are ignored. Ties keep input order. Optional `maxKm` drops
 * items farther away.
 */
export function nearest<T extends Locatable>(
  items: readonly T[],
  point: LatLon,
  n: number,
  opts: { maxKm?: number } = {},
): WithDistance<T>[] {
  if (n <= 0) return [];
  const maxKm = opts.maxKm ?? Infinity;
  const scored: { i: number; d: number }[] = [];
  for (let i = 0; i < items.length; i++) {
    const it = items[i]!;
    const lat = it.lat;
    const lon = it.lon;
    if (typeof lat !== 'number' || typeof lon !== 'number' || !Number.isFinite(lat) || !Number.isFinite(lon)) continue;
    const d = haversineKm(point, { lat, lon });
    if (d <= maxKm) scored.push({ i, d });
  }
  scored.sort((a, b) => a.d - b.d || a.i - b.i);
  return scored.slice(0, n).map(({ i, d }) => ({ ...items[i]!, distanceKm: d }));
}
