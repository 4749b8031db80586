/**
 * Every file under /daten/, built from the dataset in one place. The Astro endpoints in
 * src/pages/daten/ only pick their file from here. Pure: the SHA-256 function is injected.
 */
import type { Dataset } from '../data/dataset.ts';
import { buildDataPackage, type FileIntegrity } from './datapackage.ts';
import { buildDcatGraph, dcatJsonLd, dcatRdfXml } from './dcat.ts';
import { OPEN_DATA_DIR, type PublishedFileId } from './meta.ts';
import { programmesCsv } from './programmes.ts';
import { initiativesCsv, initiativesGeoJson, initiativesJson } from './serialise.ts';

export interface OpenDataUrls {
  /** Absolute URL of the site root including the base path, ending in "/". */
  siteRoot: string;
  /** Root-relative paths of the open-data page in both languages. */
  dataPage: { de: string; en: string };
}

export type Sha256 = (text: string) => string;

/** Newest last_verified date in the data: the "modified" date of the dataset. */
export function newestVerification(dataset: Dataset): string {
  return dataset.initiatives.map((i) => i.last_verified).reduce((a, b) => (b > a ? b : a), '1970-01-01');
}

const cache = new WeakMap<Dataset, Record<PublishedFileId, string>>();

export function openDataFiles(dataset: Dataset, urls: OpenDataUrls, sha256: Sha256): Record<PublishedFileId, string> {
  const hit = cache.get(dataset);
  if (hit) return hit;
  const abs = (p: string) => new URL(p.replace(/^\//, ''), urls.siteRoot).href;
  const dataUrl = abs(OPEN_DATA_DIR);
  const modified = newestVerification(dataset);
  const data = {
    'initiatives-csv': initiativesCsv(dataset.initiatives),
    'initiatives-json': initiativesJson(dataset.initiatives),
    'initiatives-geojson': `${JSON.stringify(initiativesGeoJson(dataset.initiatives), null, 2)}\n`,
    'programmes-csv': programmesCsv(dataset.programmes),
  };
  const integrity: Partial<Record<PublishedFileId, FileIntegrity>> = {};
  for (const [id, text] of Object.entries(data) as [PublishedFileId, string][]) {
    integrity[id] = { bytes: new TextEncoder().encode(text).length, sha256: sha256(text) };
  }
  const datapackage = `${JSON.stringify(buildDataPackage({ dataUrl, homepage: abs(urls.dataPage.en), modified, integrity }), null, 2)}\n`;
  integrity.datapackage = { bytes: new TextEncoder().encode(datapackage).length, sha256: sha256(datapackage) };
  const graph = buildDcatGraph({ dataUrl, landingPage: { de: abs(urls.dataPage.de), en: abs(urls.dataPage.en) }, modified, integrity });
  const files = { ...data, datapackage, dcat: dcatJsonLd(graph), 'dcat-rdf': dcatRdfXml(graph) };
  cache.set(dataset, files);
  return files;
}
