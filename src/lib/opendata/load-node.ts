/** Node side of the open-data files: the build-time dataset and SHA-256 from node:crypto. */
import { createHash } from 'node:crypto';
import { getDataset } from '../data/load-node.ts';
import { routePath, withBase } from '../site/routes.ts';
import { openDataFiles } from './files.ts';
import { publishedFile, type PublishedFileId } from './meta.ts';

export const sha256Hex = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/** Absolute URL of the site root (origin plus base path), ending in "/". */
export function siteRoot(site: URL | string | undefined, base: string): string {
  return new URL(withBase(base, '/'), site ?? 'http://localhost/').href;
}

export function getOpenDataFiles(site: URL | string | undefined, base: string) {
  return openDataFiles(
    getDataset(),
    { siteRoot: siteRoot(site, base), dataPage: { de: routePath('data', 'de'), en: routePath('data', 'en') } },
    sha256Hex,
  );
}

/** Response of an Astro endpoint for one published file. */
export function openDataResponse(id: PublishedFileId, site: URL | undefined, base: string): Response {
  const body = getOpenDataFiles(site, base)[id];
  const type = publishedFile(id).mediaType;
  return new Response(body, { headers: { 'Content-Type': `${type}; charset=utf-8` } });
}
