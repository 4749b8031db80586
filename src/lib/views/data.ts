/** Everything the open-data page renders, derived in one place. Pure. */
import type { Dataset } from '../data/dataset.ts';
import { newestVerification } from '../opendata/files.ts';
import { ATTRIBUTIONS, ATTRIBUTION_TEXT, DATA_LICENCE, OPEN_DATA_DIR, PUBLISHED_FILES, type PublishedFileId } from '../opendata/meta.ts';
import { geolocated } from '../opendata/serialise.ts';
import { initiativesTableSchema } from '../opendata/table-schema.ts';
import { SITE } from '../site/config.ts';
import { formatNumber, type Locale } from '../site/i18n.ts';
import { formatDate, pm } from '../site/messages/pages.ts';
import { withBase } from '../site/routes.ts';
import { paramHref, type PageContext } from './common.ts';

export interface DataFileRow {
  id: PublishedFileId;
  file: string;
  href: string;
  title: string;
  mediaType: string;
  sizeText: string;
  countText?: string;
}

export interface DictionaryRow {
  name: string;
  type: string;
  required: boolean;
  description: string;
  allowed?: string;
}

export interface DataViewData {
  files: DataFileRow[];
  licence: { title: string; url: string; spdx: string };
  attributionText: string;
  attributions: { name: string; url: string; licence: string; licenceUrl: string; usedFor: string }[];
  dictionary: DictionaryRow[];
  commits: { date: string; dateText: string; subject: string }[];
  recentlyVerified: { id: string; name: string; href: string; date: string; dateText: string }[];
  historyHref: string;
  asOf: { iso: string; text: string };
}

export function formatBytes(bytes: number, locale: Locale): string {
  if (bytes < 1024) return `${formatNumber(bytes, locale)} B`;
  if (bytes < 1024 * 1024) return `${formatNumber(bytes / 1024, locale, 1)} KB`;
  return `${formatNumber(bytes / 1024 / 1024, locale, 1)} MB`;
}

export function getDataViewData(
  dataset: Dataset,
  locale: Locale,
  ctx: PageContext,
  files: Record<PublishedFileId, string>,
  commits: { date: string; subject: string }[],
): DataViewData {
  const m = pm(locale);
  const counts: Partial<Record<PublishedFileId, string>> = {
    'initiatives-csv': m.rows(formatNumber(dataset.initiatives.length, locale)),
    'initiatives-json': m.rows(formatNumber(dataset.initiatives.length, locale)),
    'initiatives-geojson': m.features(formatNumber(geolocated(dataset.initiatives).length, locale)),
    'programmes-csv': m.rows(formatNumber(dataset.programmes.length, locale)),
  };
  const asOf = newestVerification(dataset);
  return {
    files: PUBLISHED_FILES.map((f) => ({
      id: f.id,
      file: f.file,
      href: withBase(ctx.base, `${OPEN_DATA_DIR}${f.file}`),
      title: f.title[locale],
      mediaType: f.mediaType,
      sizeText: formatBytes(new TextEncoder().encode(files[f.id]).length, locale),
      ...(counts[f.id] ? { countText: counts[f.id] } : {}),
    })),
    licence: { title: DATA_LICENCE.title, url: DATA_LICENCE.url, spdx: DATA_LICENCE.spdx },
    attributionText: ATTRIBUTION_TEXT,
    attributions: ATTRIBUTIONS.map((a) => ({ name: a.name, url: a.url, licence: a.licence, licenceUrl: a.licenceUrl, usedFor: a.usedFor[locale] })),
    dictionary: initiativesTableSchema().fields.map((f) => ({
      name: f.name,
      type: f.format && f.format !== 'default' ? `${f.type} (${f.format})` : f.type,
      required: f.constraints?.required === true,
      description: f.description,
      ...(f.constraints?.enum ? { allowed: f.constraints.enum.join(', ') } : {}),
    })),
    commits: commits.map((c) => ({ ...c, dateText: formatDate(c.date, locale) })),
    recentlyVerified: [...dataset.initiatives]
      .sort((a, b) => (a.last_verified < b.last_verified ? 1 : a.last_verified > b.last_verified ? -1 : a.id < b.id ? -1 : 1))
      .slice(0, 8)
      .map((i) => ({
        id: i.id,
        name: i.name,
        href: paramHref(ctx, 'initiative', locale, i.id),
        date: i.last_verified,
        dateText: formatDate(i.last_verified, locale),
      })),
    historyHref: `${SITE.repository}/commits/${SITE.branch}/data`,
    asOf: { iso: asOf, text: formatDate(asOf, locale) },
  };
}
