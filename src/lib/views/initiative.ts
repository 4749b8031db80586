/** Everything the detail page of one initiative renders, derived in one place. Pure. */
import type { Dataset } from '../data/dataset.ts';
import { nearestNeighbours } from '../geo/neighbours.ts';
import type { Initiative } from '../schemas/initiative.ts';
import type { GeoPrecision } from '../schemas/vocab.ts';
import { SITE, editUrl } from '../site/config.ts';
import { formatNumber, type Locale } from '../site/i18n.ts';
import { formatDate, pm } from '../site/messages/pages.ts';
import { paramRoutePath } from '../site/routes.ts';
import {
  absoluteUrl,
  findProgramme,
  paramHref,
  programmeName,
  regionId,
  termLabel,
  type PageContext,
} from './common.ts';
import { stateMap, type StaticMap } from './static-map.ts';

export type FieldValue =
  | { kind: 'text'; text: string; lang?: Locale }
  | { kind: 'link'; text: string; href: string; external: boolean }
  | { kind: 'date'; text: string; iso: string }
  | { kind: 'missing'; text: string };

export interface FieldRow {
  key: string;
  label: string;
  value: FieldValue;
}

export interface NearbyInitiative {
  id: string;
  name: string;
  href: string;
  city: string | undefined;
  distanceKm: number;
  distanceText: string;
}

export interface InitiativeViewData {
  initiative: Initiative;
  name: string;
  description: { text: string; lang: Locale; fallback: boolean };
  fields: FieldRow[];
  location: {
    map: StaticMap;
    label: string;
    precision: GeoPrecision | undefined;
    precisionNote: string;
  };
  nearest: NearbyInitiative[];
  edit: { href: string; hint: string; reportHref: string };
  canonical: string;
  /** schema.org structured data (serialise with jsonLdScriptContent). */
  jsonLd: Record<string, unknown>;
}

/** How many nearby initiatives a detail page lists. */
export const NEARBY_COUNT = 5;

interface DatasetIndex {
  byId: Map<string, Initiative>;
  nearby: Map<string, { initiative: Initiative; distanceKm: number }[]>;
}

/**
 * Per-dataset lookups shared by all detail pages of a build: the row by id and every row's
 * nearest neighbours, computed once (a build renders one page per row and language, so
 * doing this per page would be quadratic in the number of rows).
 */
const indexes = new WeakMap<Dataset, DatasetIndex>();
function indexOf(dataset: Dataset): DatasetIndex {
  let index = indexes.get(dataset);
  if (!index) {
    const all = dataset.initiatives;
    const neighbours = nearestNeighbours(all, NEARBY_COUNT);
    index = {
      byId: new Map(all.map((i) => [i.id, i])),
      nearby: new Map(all.map((i, n) => [i.id, neighbours[n]!.map((x) => ({ initiative: all[x.index]!, distanceKm: x.distanceKm }))])),
    };
    indexes.set(dataset, index);
  }
  return index;
}

const text = (t: string): FieldValue => ({ kind: 'text', text: t });
const link = (t: string, href: string, external = true): FieldValue => ({ kind: 'link', text: t, href, external });

export function getInitiativeViewData(
  dataset: Dataset,
  id: string,
  locale: Locale,
  ctx: PageContext,
  opts: { sourceLine?: number } = {},
): InitiativeViewData {
  const m = pm(locale);
  const index = indexOf(dataset);
  const i = index.byId.get(id);
  if (!i) throw new Error(`no initiative with id "${id}"`);
  const missing: FieldValue = { kind: 'missing', text: m.notGiven };
  const stateLabel = termLabel(dataset, 'state', i.state, locale);
  const programme = findProgramme(dataset, i.programme);
  const address = [i.street, [i.postcode, i.city].filter(Boolean).join(' ')].filter(Boolean).join(', ');
  const hasPosition = i.lat !== undefined && i.lon !== undefined;

  const fields: FieldRow[] = [
    { key: 'kind', label: m.fieldKind, value: text(termLabel(dataset, 'kind', i.kind, locale)) },
    { key: 'focus', label: m.fieldFocus, value: text(i.focus.map((f) => termLabel(dataset, 'focus', f, locale)).join(', ')) },
    {
      key: 'programme',
      label: m.fieldProgramme,
      value: programme ? link(programmeName(programme, locale), paramHref(ctx, 'programme', locale, programme.id), false) : text(i.programme),
    },
    { key: 'state', label: m.fieldState, value: link(stateLabel, paramHref(ctx, 'region', locale, regionId(i.state)), false) },
    { key: 'scope', label: m.fieldScope, value: text(i.scope === 'national' ? m.scopeNational : m.scopeRegional) },
    { key: 'status', label: m.fieldStatus, value: text(termLabel(dataset, 'status', i.status, locale)) },
    { key: 'host', label: m.fieldHost, value: i.host ? text(i.host) : missing },
    { key: 'address', label: m.fieldAddress, value: address ? text(address) : missing },
    { key: 'website', label: m.fieldWebsite, value: i.website ? link(i.website.replace(/^https?:\/\//, '').replace(/\/$/, ''), i.website) : missing },
    { key: 'email', label: m.fieldEmail, value: i.email ? link(i.email, `mailto:${i.email}`) : missing },
    { key: 'phone', label: m.fieldPhone, value: i.phone ? link(i.phone, `tel:${i.phone.replace(/[^+0-9]/g, '')}`) : missing },
    {
      key: 'position',
      label: m.fieldPosition,
      value: hasPosition
        ? text(`${formatNumber(i.lat!, locale, 4)}, ${formatNumber(i.lon!, locale, 4)}`)
        : missing,
    },
    { key: 'source', label: m.fieldSource, value: link(i.source_url, i.source_url) },
    { key: 'last_verified', label: m.fieldLastVerified, value: { kind: 'date', iso: i.last_verified, text: formatDate(i.last_verified, locale) } },
    { key: 'id', label: m.fieldId, value: text(i.id) },
  ];
  // The description in the other language, so that the page shows every field of the row.
  if (locale === 'de' && i.description_en) {
    fields.push({ key: 'description_en', label: m.otherDescription, value: { kind: 'text', text: i.description_en, lang: 'en' } });
  } else if (locale === 'en' && i.description_en) {
    fields.push({ key: 'description_de', label: m.otherDescription, value: { kind: 'text', text: i.description_de, lang: 'de' } });
  }

  const place = i.city ?? i.name;
  const map = stateMap(i.state, hasPosition ? { lat: i.lat!, lon: i.lon! } : undefined);
  const near = hasPosition ? (index.nearby.get(i.id) ?? []) : [];

  const wantEnglish = locale === 'en';
  const description =
    wantEnglish && i.description_en
      ? { text: i.description_en, lang: 'en' as const, fallback: false }
      : { text: i.description_de, lang: 'de' as const, fallback: wantEnglish };

  const canonical = absoluteUrl(ctx, paramRoutePath('initiative', locale, i.id));
  const issueTitle = `Eintrag ${i.id}: `;
  return {
    initiative: i,
    name: i.name,
    description,
    fields,
    location: {
      map,
      label: hasPosition ? m.locationMapLabel(place, stateLabel) : m.locationStateOnly(stateLabel),
      precision: i.geo_precision,
      precisionNote: !hasPosition ? m.noPosition : i.geo_precision === 'address' ? m.precisionAddress : m.precisionMunicipality,
    },
    nearest: near.map(({ initiative: n, distanceKm }) => ({
      id: n.id,
      name: n.name,
      href: paramHref(ctx, 'initiative', locale, n.id),
      city: n.city,
      distanceKm,
      distanceText: distanceText(distanceKm, i.geo_precision === 'municipality' || n.geo_precision === 'municipality', locale),
    })),
    edit: {
      href: editUrl('data/initiatives.csv'),
      hint: m.editHint(i.id, opts.sourceLine),
      reportHref: `${SITE.repository}/issues/new?title=${encodeURIComponent(issueTitle)}`,
    },
    canonical,
    jsonLd: initiativeJsonLd(dataset, i, locale, canonical, description.text),
  };
}

/**
 * Distance for the nearest list. Municipality-level positions are centres of the
 * municipality, so two offers in one town are "in the same place", not "0.0 km" apart, and
 * other distances between approximate positions are marked as approximate.
 */
export function distanceText(km: number, approximate: boolean, locale: Locale): string {
  const m = pm(locale);
  if (approximate && km < 1) return m.samePlace;
  const value = `${formatNumber(km, locale, km < 10 ? 1 : 0)} ${m.km}`;
  return approximate ? `${m.about} ${value}` : value;
}

/** schema.org Organization describing the initiative, for search engines. */
export function initiativeJsonLd(dataset: Dataset, i: Initiative, locale: Locale, canonical: string, description: string): Record<string, unknown> {
  const programme = findProgramme(dataset, i.programme);
  const ld: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': 'Organization',
    '@id': `${canonical}#initiative`,
    name: i.name,
    description,
    mainEntityOfPage: canonical,
    knowsAbout: i.focus.map((f) => termLabel(dataset, 'focus', f, locale)),
    areaServed: i.scope === 'national' ? { '@type': 'Country', name: 'Deutschland' } : { '@type': 'State', name: termLabel(dataset, 'state', i.state, 'de') },
  };
  if (i.website) ld.url = i.website;
  if (i.email) ld.email = i.email;
  if (i.phone) ld.telephone = i.phone;
  if (i.host) ld.parentOrganization = { '@type': 'Organization', name: i.host };
  if (programme) ld.funder = { '@type': 'Organization', name: programme.funder };
  if (i.city || i.street || i.postcode) {
    const address: Record<string, string> = { '@type': 'PostalAddress', addressCountry: 'DE', addressRegion: termLabel(dataset, 'state', i.state, 'de') };
    if (i.street) address.streetAddress = i.street;
    if (i.postcode) address.postalCode = i.postcode;
    if (i.city) address.addressLocality = i.city;
    ld.address = address;
  }
  if (i.lat !== undefined && i.lon !== undefined) ld.geo = { '@type': 'GeoCoordinates', latitude: i.lat, longitude: i.lon };
  return ld;
}
