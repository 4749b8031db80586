/** Summary figures of the dataset, for `npm run data:stats` and the provenance docs. Pure. */
import type { Initiative } from '../schemas/initiative.ts';
import { KINDS, STATES, STATUSES } from '../schemas/vocab.ts';
import { countBy } from './aggregate.ts';

export interface DataStats {
  total: number;
  byState: Record<string, number>;
  byStatus: Record<string, number>;
  byKind: Record<string, number>;
  byProgramme: Record<string, number>;
  /** Rows with a city (a physical site). */
  withCity: number;
  /** Rows with coordinates, by precision. */
  placed: { address: number; municipality: number; none: number };
  /** Rows with a city but no coordinates. */
  cityWithoutPosition: string[];
}

export function dataStats(rows: readonly Initiative[], programmeIds: readonly string[]): DataStats {
  const obj = (m: Map<string, number>) => Object.fromEntries(m);
  return {
    total: rows.length,
    byState: obj(countBy(rows, STATES, (r) => r.state)),
    byStatus: obj(countBy(rows, STATUSES, (r) => r.status)),
    byKind: obj(countBy(rows, KINDS, (r) => r.kind)),
    byProgramme: obj(countBy(rows, programmeIds, (r) => r.programme)),
    withCity: rows.filter((r) => r.city).length,
    placed: {
      address: rows.filter((r) => r.geo_precision === 'address' && r.lat !== undefined).length,
      municipality: rows.filter((r) => r.geo_precision === 'municipality' && r.lat !== undefined).length,
      none: rows.filter((r) => r.lat === undefined).length,
    },
    cityWithoutPosition: rows.filter((r) => r.city && r.lat === undefined).map((r) => r.id),
  };
}

/** Plain-text tables for the terminal. */
export function formatStats(s: DataStats): string {
  const table = (title: string, rec: Record<string, number>) => {
    const entries = Object.entries(rec).filter(([, n]) => n > 0).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    const w = Math.max(...entries.map(([k]) => k.length), title.length);
    return [`${title.padEnd(w)}  count`, ...entries.map(([k, n]) => `${k.padEnd(w)}  ${String(n).padStart(5)}`)].join('\n');
  };
  const pct = (n: number) => (s.withCity ? `${((100 * n) / s.withCity).toFixed(1)} %` : '–');
  return [
    `Initiatives: ${s.total}`,
    '',
    table('state', s.byState),
    '',
    table('status', s.byStatus),
    '',
    table('kind', s.byKind),
    '',
    table('programme', s.byProgramme),
    '',
    `Rows with a city: ${s.withCity}`,
    `  placed at address level:      ${s.placed.address} (${pct(s.placed.address)})`,
    `  placed at municipality level: ${s.placed.municipality} (${pct(s.placed.municipality)})`,
    `  with a city but no position:  ${s.cityWithoutPosition.length}${s.cityWithoutPosition.length ? ` (${s.cityWithoutPosition.join(', ')})` : ''}`,
    `Rows without a position (e.g. funding programmes): ${s.placed.none}`,
  ].join('\n');
}
