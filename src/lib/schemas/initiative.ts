/**
 * Schema of one row of `data/initiatives.csv`: one initiative, or one site of a multi-site
 * centre. This module is the single source of truth for the column set, the TypeScript
 * types, the validator, the build-time loader, the data dictionary (docs/DATA.md) and the
 * Table Schema of the published data package.
 */
import { z } from 'zod';
import { enumOf, field, httpUrl, idSchema, isoDate, optionalCell, optionalText, requiredText } from './fields.ts';
import {
  FOCI,
  GEO_PRECISIONS,
  KINDS,
  MULTI_VALUE_SEPARATOR,
  SCOPES,
  STATES,
  STATUSES,
  type Focus,
} from './vocab.ts';

/** Decimal degrees; a decimal comma (German Excel) is accepted. */
const decimal = (min: number, max: number, what: string) =>
  z
    .string()
    .transform((s, ctx) => {
      const normalised = /^-?\d+,\d+$/.test(s) ? s.replace(',', '.') : s;
      const n = /^-?\d+(\.\d+)?$/.test(normalised) ? Number(normalised) : Number.NaN;
      if (!Number.isFinite(n) || n < min || n > max) {
        ctx.addIssue({ code: 'custom', message: what });
        return z.NEVER;
      }
      return n;
    });

const focusList = z.string().transform((s, ctx) => {
  const parts = s.split(MULTI_VALUE_SEPARATOR).map((p) => p.trim());
  const bad = parts.filter((p) => !(FOCI as readonly string[]).includes(p));
  if (parts.length === 0 || bad.length > 0) {
    ctx.addIssue({
      code: 'custom',
      message: `one or more of: ${FOCI.join(', ')} — separated by "${MULTI_VALUE_SEPARATOR}"`,
    });
    return z.NEVER;
  }
  return [...new Set(parts)] as Focus[];
});

/** The columns of data/initiatives.csv, in file order. */
export const initiativeShape = {
  id: field(idSchema, {
    description: 'Stable identifier (kebab-case slug), unique, never reused. Part of the detail page URL.',
    example: 'digital-hub-ulm',
  }),
  name: field(requiredText('the official name'), {
    description: 'Official name of the initiative or site.',
    example: 'Mittelstand-Digital Zentrum Chemnitz',
  }),
  kind: field(enumOf(KINDS), { description: 'What kind of offer it is.', example: 'support-centre' }),
  focus: field(focusList, {
    description: `Thematic focus: one or more values separated by "${MULTI_VALUE_SEPARATOR}".`,
    example: 'ki|mittelstand-digital',
  }),
  programme: field(idSchema, {
    description: 'Id of the programme it belongs to, from data/programmes.json.',
    example: 'mittelstand-digital',
  }),
  state: field(enumOf(STATES), {
    description: 'Federal state (ISO 3166-2:DE suffix) where the initiative or site is located.',
    example: 'SN',
  }),
  scope: field(enumOf(SCOPES), {
    description: 'regional, or national for offers that serve all of Germany (e.g. thematic centres).',
    example: 'regional',
  }),
  status: field(enumOf(STATUSES), {
    description:
      'Status on the last_verified date, judged from the source: active (running, or a funding period covering that date), ended (a documented funding period has passed without a documented extension, or the offer closed), planned (announced, not yet started). Ended offers stay in the data as history.',
    example: 'active',
  }),
  host: field(optionalText(), {
    description:
      'Organisation that runs the initiative or site, written as the cited source writes it (no long form or abbreviation the source does not use). Empty when the source names no operator; a source page published by the operator on its own website counts as naming it.',
    example: 'Technische Universität Chemnitz',
  }),
  city: field(optionalText(), {
    description: 'Municipality of the postal address.',
    example: 'Chemnitz',
  }),
  postcode: field(optionalCell(z.string().regex(/^\d{5}$/, { error: 'a German postcode of exactly 5 digits, e.g. 09126' })), {
    description: 'Postcode of the postal address (5 digits).',
    example: '09126',
  }),
  street: field(optionalText(), {
    description: 'Street and house number of the postal address, as published by the initiative.',
    example: 'Reichenhainer Straße 70',
  }),
  lat: field(optionalCell(decimal(-90, 90, 'a latitude in decimal degrees (WGS 84), e.g. 50.8136')), {
    description: 'Latitude, WGS 84 decimal degrees. Given together with lon; must lie inside the state.',
    example: '50.8136',
  }),
  lon: field(optionalCell(decimal(-180, 180, 'a longitude in decimal degrees (WGS 84), e.g. 12.9287')), {
    description: 'Longitude, WGS 84 decimal degrees. Given together with lat.',
    example: '12.9287',
  }),
  geo_precision: field(optionalCell(enumOf(GEO_PRECISIONS)), {
    description:
      'Required with lat/lon: address (position of the street address) or municipality (approximate: centre of the municipality from the GeoNames gazetteer).',
    example: 'municipality',
  }),
  website: field(optionalCell(httpUrl), {
    description: 'Website of the initiative (http or https only).',
    example: 'https://digitalzentrum-chemnitz.de',
  }),
  email: field(
    optionalCell(z.string().regex(/^[^\s@<>"]+@[^\s@<>"]+\.[a-z]{2,}$/i, { error: 'an e-mail address such as info@example.org' })),
    { description: 'Public contact e-mail of the office.', example: 'info@example.org' },
  ),
  phone: field(
    optionalCell(z.string().regex(/^\+?[0-9 ()/\-.]{5,30}$/, { error: 'a phone number of digits, spaces and + ( ) / - ., e.g. +49 371 531-0' })),
    { description: 'Public contact phone number of the office.', example: '+49 371 531-0' },
  ),
  description_de: field(requiredText('a German description (what it is, then labelled facts)'), {
    description:
      'German description in our own words, never copied from the source, in the house style: a short noun phrase saying what it is, then labelled facts in this order where they apply: "Angebot:", "Zielgruppe:", "Schwerpunkte:", "Partner:", "Förderung:", "Zeitraum:", "Auszeichnung:", "Stand:". Only facts that are on the cited page.',
    example: 'Lernfabrik 4.0 an der Gewerblichen Schule Tübingen. Förderung: rund 300.000 Euro vom Land.',
  }),
  description_en: field(optionalText(), {
    description:
      'English description with the same facts in the same house style (labels "Offer:", "For:", "Topics:", "Partners:", "Funding:", "Period:", "Award:", "Status:"); natural English, not a word-for-word translation.',
  }),
  source_url: field(httpUrl, {
    description: 'Public web page the row was checked against (http or https).',
    example: 'https://www.example.org/news/2025',
  }),
  last_verified: field(isoDate, {
    description: 'Date (YYYY-MM-DD) on which the row was last checked against source_url; not in the future.',
    example: '2026-11-26',
  }),
} as const;

export type InitiativeColumn = keyof typeof initiativeShape;
export const INITIATIVE_COLUMNS = Object.keys(initiativeShape) as InitiativeColumn[];
export const REQUIRED_INITIATIVE_COLUMNS: InitiativeColumn[] = [
  'id', 'name', 'kind', 'focus', 'programme', 'state', 'scope', 'status', 'description_de', 'source_url', 'last_verified',
];

export const initiativeSchema = z.object(initiativeShape).superRefine((row, ctx) => {
  const hasLat = row.lat !== undefined;
  const hasLon = row.lon !== undefined;
  if (hasLat !== hasLon) {
    ctx.addIssue({
      code: 'custom',
      path: [hasLat ? 'lon' : 'lat'],
      message: 'lat and lon together: both filled or both empty',
    });
  }
  if (hasLat && hasLon && row.geo_precision === undefined) {
    ctx.addIssue({
      code: 'custom',
      path: ['geo_precision'],
      message: `one of: ${GEO_PRECISIONS.join(', ')} (required when lat/lon are given)`,
    });
  }
});

/** A row as written in the CSV (all cells are strings). */
export type InitiativeInput = z.input<typeof initiativeSchema>;
/** A validated, typed initiative. */
export type Initiative = z.output<typeof initiativeSchema>;
