/** Serialisers of the published files: CSV (UTF-8, comma), JSON and GeoJSON (RFC 7946). Pure. */
import { toCsv } from '../data/csv.ts';
import { INITIATIVE_COLUMNS, type Initiative } from '../schemas/initiative.ts';
import { sortForPublication, toCsvCells, toPublishedRecord, type PublishedRecord } from './records.ts';

/** `initiatives.csv`: header plus one row per initiative, UTF-8 without BOM, comma, LF. */
export function initiativesCsv(items: readonly Initiative[]): string {
  return toCsv(INITIATIVE_COLUMNS, sortForPublication(items).map(toCsvCells));
}

/** `initiatives.json`: an array of records with typed values (numbers, lists, null). */
export function initiativesJson(items: readonly Initiative[]): string {
  return `${JSON.stringify(sortForPublication(items).map(toPublishedRecord), null, 2)}\n`;
}

export interface GeoJsonFeature {
  type: 'Feature';
  id: string;
  geometry: { type: 'Point'; coordinates: [lon: number, lat: number] };
  properties: Omit<PublishedRecord, 'lat' | 'lon'>;
}

export interface GeoJsonFeatureCollection {
  type: 'FeatureCollection';
  features: GeoJsonFeature[];
}

/** Initiatives that have a position (lat and lon are validated to come together). */
export function geolocated(items: readonly Initiative[]): (Initiative & { lat: number; lon: number })[] {
  return items.filter((i): i is Initiative & { lat: number; lon: number } => i.lat !== undefined && i.lon !== undefined);
}

/**
 * RFC 7946 FeatureCollection of the initiatives that have coordinates: one Point per row,
 * coordinates in [longitude, latitude] order (WGS 84), all other columns as properties.
 */
export function initiativesGeoJson(items: readonly Initiative[]): GeoJsonFeatureCollection {
  return {
    type: 'FeatureCollection',
    features: sortForPublication(geolocated(items)).map((i) => {
      const { lat: _lat, lon: _lon, ...properties } = toPublishedRecord(i);
      return {
        type: 'Feature',
        id: i.id,
        geometry: { type: 'Point', coordinates: [i.lon, i.lat] },
        properties,
      };
    }),
  };
}
