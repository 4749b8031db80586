/**
 * A static SVG overview map, drawn at build time: the state outlines of Germany (covered
 * states emphasised) and one circle per point, in a simple equirectangular projection scaled
 * by cos(latitude). Shown before (and without) the interactive map. Pure.
 */
import type { FeatureCollection } from 'geojson';

export interface StaticMapData {
  width: number;
  height: number;
  states: { code: string; d: string; covered: boolean }[];
  project: (lon: number, lat: number) => [number, number];
}

type Ring = number[][];

/** Project the outlines into a width-wide SVG; drop vertices closer than `tolerance` px. */
export function buildStaticMap(fc: FeatureCollection, covered: readonly string[], width = 480, tolerance = 2.5): StaticMapData {
  let w = Infinity, s = Infinity, e = -Infinity, n = -Infinity;
  const rings: { code: string; rings: Ring[] }[] = [];
  for (const f of fc.features) {
    const g = f.geometry;
    if (!g || (g.type !== 'Polygon' && g.type !== 'MultiPolygon')) continue;
    const polys = (g.type === 'Polygon' ? [g.coordinates] : g.coordinates) as Ring[][];
    const list: Ring[] = polys.flat();
    rings.push({ code: String(f.properties?.code ?? ''), rings: list });
    for (const ring of list) for (const [x, y] of ring as [number, number][]) {
      if (x < w) w = x;
      if (x > e) e = x;
      if (y < s) s = y;
      if (y > n) n = y;
    }
  }
  const k = Math.cos((((s + n) / 2) * Math.PI) / 180);
  const scale = width / ((e - w) * k);
  const height = Math.round((n - s) * scale);
  const project = (lon: number, lat: number): [number, number] => [
    Math.round((lon - w) * k * scale * 10) / 10,
    Math.round((n - lat) * scale * 10) / 10,
  ];
  const states = rings.map(({ code, rings: rs }) => {
    const parts: string[] = [];
    const tol = covered.includes(code) ? tolerance : tolerance * 2;
    for (const ring of rs) {
      const pts: [number, number][] = [];
      for (const [lon, lat] of ring as [number, number][]) {
        const [x, y] = project(lon, lat);
        const p: [number, number] = [Math.round(x), Math.round(y)];
        const last = pts[pts.length - 1];
        if (!last || Math.abs(p[0] - last[0]) + Math.abs(p[1] - last[1]) >= tol) pts.push(p);
      }
      if (pts.length >= 3) parts.push(`M${pts.map((p) => `${p[0]} ${p[1]}`).join('L')}Z`);
    }
    return { code, d: parts.join(''), covered: covered.includes(code) };
  });
  return { width, height, states, project };
}
