/** A WGS84 position in decimal degrees. */
export type LatLon = { lat: number; lon: number };

/** Mean Earth radius in km (IUGG), the usual choice for the haversine formula. */
export const EARTH_RADIUS_KM = 6371.0088;

const RAD = Math.PI / 180;

/**
 * Great-circle distance between two points in kilometres (haversine formula,
 * spherical Earth; error below 0.5 % against the ellipsoid).
 */
export function haversineKm(a: LatLon, b: LatLon): number {
  const dLat = (b.lat - a.lat) * RAD;
  const dLon = (b.lon - a.lon) * RAD;
  const s =
    Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * RAD) * Math.cos(b.lat * RAD) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(s)));
}
