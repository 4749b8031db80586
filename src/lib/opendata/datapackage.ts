/**
 * `datapackage.json`: a Frictionless (tabular) Data Package describing the published files,
 * with the Table Schemas generated from the zod schemas, licence, sources and attributions.
 * Pure: sizes and hashes of the files are passed in by the caller.
 */
import { SITE } from '../site/config.ts';
import {
  ATTRIBUTIONS,
  ATTRIBUTION_TEXT,
  DATASET_DESCRIPTION,
  DATASET_TITLE,
  DATA_LICENCE,
  KEYWORDS,
  publishedFile,
  type PublishedFileId,
} from './meta.ts';
import { programmesTableSchema } from './programmes.ts';
import { initiativesTableSchema, type TableSchema } from './table-schema.ts';

export interface FileIntegrity {
  bytes: number;
  /** Hex SHA-256 of the file's bytes. */
  sha256: string;
}

export interface DataPackageInput {
  /** Absolute URL of the open-data folder, ending in "/" (e.g. https://example.org/daten/). */
  dataUrl: string;
  /** Absolute URL of the open-data page (the package's homepage). */
  homepage: string;
  /** Date of the newest verification in the data (YYYY-MM-DD). */
  modified: string;
  integrity?: Partial<Record<PublishedFileId, FileIntegrity>>;
}

interface Licence {
  name: string;
  path: string;
  title: string;
}

const dataLicence: Licence = { name: DATA_LICENCE.spdx, path: DATA_LICENCE.url, title: DATA_LICENCE.title };

export interface DataResource {
  name: string;
  path: string;
  title: string;
  profile: 'tabular-data-resource' | 'data-resource';
  format: string;
  mediatype: string;
  encoding: 'utf-8';
  bytes?: number;
  hash?: string;
  dialect?: { delimiter: string; header: boolean; doubleQuote: boolean; lineTerminator: string };
  schema?: TableSchema;
  licenses?: Licence[];
}

export interface DataPackage {
  profile: 'data-package';
  name: string;
  id: string;
  title: string;
  description: string;
  homepage: string;
  keywords: string[];
  created: string;
  licenses: Licence[];
  sources: { title: string; path: string }[];
  contributors: { title: string; path: string; role: string }[];
  attribution: string;
  resources: DataResource[];
}

const CSV_DIALECT = { delimiter: ',', header: true, doubleQuote: true, lineTerminator: '\n' };

export function buildDataPackage(input: DataPackageInput): DataPackage {
  const resource = (
    id: PublishedFileId,
    name: string,
    extra: Partial<DataResource> & Pick<DataResource, 'profile' | 'format'>,
  ): DataResource => {
    const f = publishedFile(id);
    const integrity = input.integrity?.[id];
    return {
      name,
      path: f.file,
      title: f.title.en,
      mediatype: f.mediaType,
      encoding: 'utf-8',
      ...(integrity ? { bytes: integrity.bytes, hash: `sha256:${integrity.sha256}` } : {}),
      ...extra,
    };
  };
  const initiativesSchema: TableSchema = {
    ...initiativesTableSchema(),
    foreignKeys: [{ fields: ['programme'], reference: { resource: 'programmes', fields: ['id'] } }],
  };
  return {
    profile: 'data-package',
    name: 'digitalatlas-initiatives',
    id: new URL('datapackage.json', input.dataUrl).href,
    title: DATASET_TITLE.en,
    description: `${DATASET_DESCRIPTION.en} ${DATASET_DESCRIPTION.de}`,
    homepage: input.homepage,
    keywords: [...KEYWORDS],
    created: input.modified,
    licenses: [dataLicence],
    sources: [
      { title: 'Public web pages of the initiatives and funding bodies (column source_url of each row)', path: input.homepage },
      ...ATTRIBUTIONS.map((a) => ({ title: `${a.name} (${a.licence})`, path: a.url })),
    ],
    contributors: [{ title: SITE.name, path: SITE.repository, role: 'publisher' }],
    attribution: ATTRIBUTION_TEXT,
    resources: [
      resource('initiatives-csv', 'initiatives', {
        profile: 'tabular-data-resource',
        format: 'csv',
        dialect: CSV_DIALECT,
        schema: initiativesSchema,
      }),
      resource('programmes-csv', 'programmes', {
        profile: 'tabular-data-resource',
        format: 'csv',
        dialect: CSV_DIALECT,
        schema: programmesTableSchema(),
      }),
      resource('initiatives-json', 'initiatives-json', { profile: 'data-resource', format: 'json' }),
      resource('initiatives-geojson', 'initiatives-geojson', { profile: 'data-resource', format: 'geojson' }),
    ],
  };
}
