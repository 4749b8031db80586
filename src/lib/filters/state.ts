/**
 * The dashboard's filter state and its URL form. One state drives every island on the page;
 * it lives in the query string:
 *   state, focus, kind, programme, status — comma-separated ids, e.g. `?state=SN,BW&focus=ki`
 *   q — free text
 * Parsing is total: unknown keys, unknown or malformed values and broken percent-encoding are
 * ignored, never an error. Pure (no DOM).
 */
import { FOCI, KINDS, STATES, STATUSES, type Focus, type Kind, type StateCode, type Status } from '../schemas/vocab.ts';

export interface FilterState {
  state: StateCode[];
  focus: Focus[];
  kind: Kind[];
  programme: string[];
  /** Empty = every status ("status=all"). */
  status: Status[];
  q: string;
}

export const FILTER_KEYS = ['state', 'focus', 'kind', 'programme', 'status', 'q'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
export type ListFilterKey = Exclude<FilterKey, 'q'>;
export const LIST_FILTER_KEYS: readonly ListFilterKey[] = ['state', 'focus', 'kind', 'programme', 'status'];

/** Without a status in the URL the dashboard shows active initiatives. */
export const DEFAULT_STATUS: readonly Status[] = ['active'];
/** URL value meaning "no status restriction". */
export const ALL_STATUSES_TOKEN = 'all';
/** Longest free-text query kept (longer input is cut). */
export const MAX_QUERY_LENGTH = 200;

export function defaultFilters(): FilterState {
  return { state: [], focus: [], kind: [], programme: [], status: [...DEFAULT_STATUS], q: '' };
}

export interface ParseOptions {
  /** Known programme ids, in display order. */
  programmeIds: readonly string[];
}

/** Values of a key (several occurrences and comma lists merged), trimmed, without empties. */
function rawValues(params: URLSearchParams, key: string): string[] {
  return params
    .getAll(key)
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter((v) => v.length > 0);
}

/** Keep known values only, case-insensitively, deduplicated, in the vocabulary's order. */
function pick<T extends string>(allowed: readonly T[], values: readonly string[]): T[] {
  const wanted = new Set(values.map((v) => v.toLowerCase()));
  return allowed.filter((a) => wanted.has(a.toLowerCase()));
}

function toParams(input: string | URLSearchParams): URLSearchParams {
  if (input instanceof URLSearchParams) return input;
  try {
    return new URLSearchParams(input.startsWith('?') ? input.slice(1) : input);
  } catch {
    return new URLSearchParams();
  }
}

/** Tidy free text: collapse whitespace, drop control characters, cap the length. */
export function cleanQuery(q: string): string {
  // eslint-disable-next-line no-control-regex
  return q.replace(/[\u0000-\u001f\u007f]/g, ' ').replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY_LENGTH);
}

/** Filter state from a query string (with or without "?"); never throws. */
export function parseFilters(input: string | URLSearchParams, opts: ParseOptions): FilterState {
  const params = toParams(input);
  const statusRaw = rawValues(params, 'status');
  let status: Status[];
  if (statusRaw.some((s) => s.toLowerCase() === ALL_STATUSES_TOKEN)) status = [];
  else {
    status = pick(STATUSES, statusRaw);
    if (status.length === 0) status = [...DEFAULT_STATUS];
  }
  return {
    state: pick(STATES, rawValues(params, 'state')),
    focus: pick(FOCI, rawValues(params, 'focus')),
    kind: pick(KINDS, rawValues(params, 'kind')),
    programme: pick(opts.programmeIds, rawValues(params, 'programme')),
    status,
    q: cleanQuery(params.get('q') ?? ''),
  };
}

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));

/**
 * Query string for a state ("" for the default view, else starting with "?"). Keys in a
 * fixed order, values in vocabulary order, commas left readable; the default status is omitted.
 */
export function serialiseFilters(f: FilterState): string {
  const parts: string[] = [];
  for (const key of ['state', 'focus', 'kind', 'programme'] as const) {
    if (f[key].length > 0) parts.push(`${key}=${f[key].map(encodeURIComponent).join(',')}`);
  }
  if (f.status.length === 0) parts.push(`status=${ALL_STATUSES_TOKEN}`);
  else if (!sameSet(f.status, DEFAULT_STATUS)) parts.push(`status=${f.status.join(',')}`);
  const q = cleanQuery(f.q);
  if (q) parts.push(`q=${encodeURIComponent(q).replace(/%20/g, '+')}`);
  return parts.length > 0 ? `?${parts.join('&')}` : '';
}

export function isDefault(f: FilterState): boolean {
  return serialiseFilters(f) === '';
}

export function equalFilters(a: FilterState, b: FilterState): boolean {
  return serialiseFilters(a) === serialiseFilters(b);
}
