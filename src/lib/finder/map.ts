/** The finder's results as points for the shared MapView island. Pure. */
import type { MapPointCollection, MapPointProperties } from '../map/points.ts';
import type { RankedOffer } from './rank.ts';

export function resultsToPoints(items: readonly RankedOffer[], hrefOf: (path: string) => string, detailsOf: (r: RankedOffer) => string[]): MapPointCollection {
  return {
    type: 'FeatureCollection',
    features: items.map((r) => {
      const o = r.offer;
      const properties: MapPointProperties = {
        id: o.id,
        name: o.name,
        colour: o.colour,
        href: hrefOf(o.path),
        details: detailsOf(r),
        approximate: o.precision !== 'address',
      };
      if (o.website) properties.website = o.website;
      return { type: 'Feature', id: o.id, geometry: { type: 'Point', coordinates: [o.lon, o.lat] }, properties };
    }),
  };
}
