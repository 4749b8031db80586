/**
 * The k nearest neighbours of every item of a set at once (for the "nearby" lists of the
 * detail pages). Same result as calling nearest() once per item on the other items — same
 * distances, same order, ties in input order — but with a grid index, so it costs about
 * O(n · k) instead of O(n²): 10,000 items take milliseconds instead of seconds.
 */
import { EARTH_RADIUS_KM, haversineKm, type LatLon } from './distance.ts';

export interface Neighbour {
  /** Index of the neighbour in the input array. */
  index: number;
  distanceKm: number;
}

const RAD = Math.PI / 180;

const located = (p: { lat?: number | null; lon?: number | null }): p is LatLon =>
  typeof p.lat === 'number' && typeof p.lon === 'number' && Number.isFinite(p.lat) && Number.isFinite(p.lon);

/**
 * For every item, its `k` nearest other items (by great-circle distance, nearest first, ties
 * by input order). Items without a finite position get an empty list and are never a
 * neighbour.
 */
export function nearestNeighbours(
  items: readonly { lat?: number | null; lon?: number | null }[],
  k: number,
): Neighbour[][] {
  const result: Neighbour[][] = items.map(() => []);
  const idx: number[] = [];
  let minLat = Infinity;
  let maxLat = -Infinity;
  let minLon = Infinity;
  let maxLon = -Infinity;
  items.forEach((it, i) => {
    if (!located(it)) return;
    idx.push(i);
    minLat = Math.min(minLat, it.lat);
    maxLat = Math.max(maxLat, it.lat);
    minLon = Math.min(minLon, it.lon);
    maxLon = Math.max(maxLon, it.lon);
  });
  if (k <= 0 || idx.length < 2) return result;

  // Cell size: about two points per cell on average, never below 0.01° (≈ 1 km).
  const area = Math.max((maxLat - minLat) * (maxLon - minLon), 1e-6);
  const cell = Math.max(0.01, Math.sqrt((2 * area) / idx.length));
  const cols = Math.floor((maxLon - minLon) / cell) + 1;
  const rows = Math.floor((maxLat - minLat) / cell) + 1;
  const grid = new Map<number, number[]>();
  const cx = (lon: number) => Math.floor((lon - minLon) / cell);
  const cy = (lat: number) => Math.floor((lat - minLat) / cell);
  for (const i of idx) {
    const p = items[i] as LatLon;
    const key = cy(p.lat) * cols + cx(p.lon);
    const bucket = grid.get(key);
    if (bucket) bucket.push(i);
    else grid.set(key, [i]);
  }
  // Lower bound of the distance to any point outside the searched block of radius r: the
  // coordinates differ by more than r cells in latitude or longitude.
  const cosMax = Math.cos(Math.max(Math.abs(minLat), Math.abs(maxLat)) * RAD);
  const bound = (r: number): number => {
    const x = r * cell * RAD;
    const byLat = EARTH_RADIUS_KM * x;
    const byLon = 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, cosMax * Math.sin(x / 2)));
    return Math.min(byLat, byLon);
  };
  const maxRing = Math.max(cols, rows);

  for (const i of idx) {
    const p = items[i] as LatLon;
    const x0 = cx(p.lon);
    const y0 = cy(p.lat);
    const found: Neighbour[] = [];
    const visit = (x: number, y: number) => {
      if (x < 0 || y < 0 || x >= cols || y >= rows) return;
      const bucket = grid.get(y * cols + x);
      if (!bucket) return;
      for (const j of bucket) if (j !== i) found.push({ index: j, distanceKm: haversineKm(p, items[j] as LatLon) });
    };
    for (let r = 0; r <= maxRing; r++) {
      if (r === 0) visit(x0, y0);
      else {
        for (let x = x0 - r; x <= x0 + r; x++) {
          visit(x, y0 - r);
          visit(x, y0 + r);
        }
        for (let y = y0 - r + 1; y <= y0 + r - 1; y++) {
          visit(x0 - r, y);
          visit(x0 + r, y);
        }
      }
      if (found.length >= k) {
        found.sort((a, b) => a.distanceKm - b.distanceKm || a.index - b.index);
        found.length = Math.max(k, found.findLastIndex((f) => f.distanceKm === found[k - 1]!.distanceKm) + 1);
        // Everything not yet visited is at least bound(r) away; strictly farther than the
        // k-th best means it cannot enter (ties go by index, so require a strict margin).
        if (found[k - 1]!.distanceKm < bound(r)) break;
      }
    }
    found.sort((a, b) => a.distanceKm - b.distanceKm || a.index - b.index);
    result[i] = found.slice(0, k);
  }
  return result;
}
