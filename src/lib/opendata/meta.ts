/**
 * Metadata shared by the data package, the DCAT-AP.de record and the open-data page:
 * titles, licence, attributions and the list of published files. One place, so the three
 * cannot disagree.
 */
export const OPEN_DATA_DIR = '/daten/';

export const DATASET_TITLE = {
  de: 'Digitalatlas: Initiativen für Digitalisierung, Industrie 4.0 und KI in Baden-Württemberg, Nordrhein-Westfalen und Sachsen',
  en: 'Digitalatlas: digitalisation, Industrie 4.0 and AI initiatives in Baden-Württemberg, North Rhine-Westphalia and Saxony',
} as const;

export const DATASET_DESCRIPTION = {
  de: 'Verzeichnis öffentlich geförderter Anlaufstellen, Hubs, Netzwerke, Forschungs- und Testeinrichtungen sowie Förderprogramme für Digitalisierung, Industrie 4.0 und Künstliche Intelligenz, mit Programm, Träger, Ort, Quelle und Prüfdatum je Eintrag.',
  en: 'Directory of publicly funded support centres, hubs, networks, research and test facilities and funding programmes for digitalisation, Industrie 4.0 and artificial intelligence, with programme, host, location, source and date of last verification for each entry.',
} as const;

export const KEYWORDS = ['Digitalisierung', 'Industrie 4.0', 'Künstliche Intelligenz', 'Mittelstand-Digital', 'KMU', 'Baden-Württemberg', 'Nordrhein-Westfalen', 'Sachsen'] as const;

/** Licence of the published data. */
export const DATA_LICENCE = {
  spdx: 'CC-BY-4.0',
  title: 'Creative Commons Attribution 4.0 International',
  url: 'https://creativecommons.org/licenses/by/4.0/',
  /** DCAT-AP.de licence vocabulary URI. */
  dcatApDe: 'http://dcat-ap.de/def/licenses/cc-by/4.0',
} as const;

/** Third-party data the published data is partly derived from, with the attribution owed. */
export const ATTRIBUTIONS = [
  {
    name: 'GeoNames',
    url: 'https://www.geonames.org/',
    licence: 'CC-BY-4.0',
    licenceUrl: 'https://creativecommons.org/licenses/by/4.0/',
    usedFor: {
      de: 'Koordinaten mit geo_precision "municipality" sind Gemeindemittelpunkte aus GeoNames.',
      en: 'Coordinates with geo_precision "municipality" are municipality centres from GeoNames.',
    },
    text: 'GeoNames (geonames.org), CC BY 4.0',
  },
  {
    name: 'OpenStreetMap',
    url: 'https://www.openstreetmap.org/copyright',
    licence: 'ODbL-1.0',
    licenceUrl: 'https://opendatacommons.org/licenses/odbl/1-0/',
    usedFor: {
      de: 'Die Landesumrisse, mit denen Positionen geprüft und auf den Seiten dargestellt werden, sind aus OpenStreetMap-Daten abgeleitet.',
      en: 'The state outlines used to check positions and to draw them on the pages are derived from OpenStreetMap data.',
    },
    text: '© OpenStreetMap contributors, ODbL 1.0',
  },
] as const;

/** Attribution line to reproduce when re-using the data. */
export const ATTRIBUTION_TEXT = `Digitalatlas (CC BY 4.0); contains data from ${ATTRIBUTIONS.map((a) => a.text).join(' and ')}`;

export type PublishedFileId =
  | 'initiatives-csv'
  | 'initiatives-json'
  | 'initiatives-geojson'
  | 'programmes-csv'
  | 'datapackage'
  | 'dcat'
  | 'dcat-rdf';

export interface PublishedFile {
  id: PublishedFileId;
  /** File name under /daten/. */
  file: string;
  mediaType: string;
  /** EU file-type authority code (for DCAT). */
  euFileType: string;
  title: { de: string; en: string };
}

export const PUBLISHED_FILES: readonly PublishedFile[] = [
  { id: 'initiatives-csv', file: 'initiatives.csv', mediaType: 'text/csv', euFileType: 'CSV', title: { de: 'Initiativen als CSV (UTF-8, Komma)', en: 'Initiatives as CSV (UTF-8, comma)' } },
  { id: 'initiatives-json', file: 'initiatives.json', mediaType: 'application/json', euFileType: 'JSON', title: { de: 'Initiativen als JSON', en: 'Initiatives as JSON' } },
  { id: 'initiatives-geojson', file: 'initiatives.geojson', mediaType: 'application/geo+json', euFileType: 'GEOJSON', title: { de: 'Initiativen mit Koordinaten als GeoJSON (RFC 7946)', en: 'Geolocated initiatives as GeoJSON (RFC 7946)' } },
  { id: 'programmes-csv', file: 'programmes.csv', mediaType: 'text/csv', euFileType: 'CSV', title: { de: 'Förderprogramme als CSV', en: 'Funding programmes as CSV' } },
  { id: 'datapackage', file: 'datapackage.json', mediaType: 'application/json', euFileType: 'JSON', title: { de: 'Frictionless Data Package (Metadaten und Table Schema)', en: 'Frictionless Data Package (metadata and Table Schema)' } },
  { id: 'dcat', file: 'dcat.jsonld', mediaType: 'application/ld+json', euFileType: 'JSON_LD', title: { de: 'DCAT-AP.de-Metadaten (JSON-LD)', en: 'DCAT-AP.de metadata (JSON-LD)' } },
  { id: 'dcat-rdf', file: 'dcat.rdf', mediaType: 'application/rdf+xml', euFileType: 'RDF_XML', title: { de: 'DCAT-AP.de-Metadaten (RDF/XML)', en: 'DCAT-AP.de metadata (RDF/XML)' } },
];

export function publishedFile(id: PublishedFileId): PublishedFile {
  const f = PUBLISHED_FILES.find((p) => p.id === id);
  if (!f) throw new Error(`unknown published file ${id}`);
  return f;
}

/** Root-relative path of a published file, e.g. /daten/initiatives.csv. */
export const publishedPath = (id: PublishedFileId) => `${OPEN_DATA_DIR}${publishedFile(id).file}`;
