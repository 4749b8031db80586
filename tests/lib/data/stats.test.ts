import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { geoCheck } from '../../../src/lib/data/load-node.ts';
import { dataStats, formatStats } from '../../../src/lib/data/stats.ts';
import { validateInitiativesBytes } from '../../../src/lib/data/validate.ts';

const programmeIds = (JSON.parse(readFileSync('data/programmes.json', 'utf8')) as { id: string }[]).map((p) => p.id);
const { records } = validateInitiativesBytes(new Uint8Array(readFileSync('tests/fixtures/initiatives.csv')), 'f.csv', {
  programmeIds: new Set(programmeIds),
  today: '2026-11-26',
  geo: geoCheck,
});

describe('dataStats', () => {
  it('counts per state, status, kind, programme and placement', () => {
    const s = dataStats(records, programmeIds);
    expect(s.total).toBe(4);
    expect(s.byState).toEqual({ BW: 1, NW: 1, SN: 2 });
    expect(s.byStatus).toEqual({ active: 2, planned: 1, ended: 1 });
    expect(s.byProgramme['land-sn']).toBe(1);
    expect(s.withCity).toBe(3);
    expect(s.placed).toEqual({ address: 1, municipality: 2, none: 1 });
    expect(s.cityWithoutPosition).toEqual([]);
    expect(formatStats(s)).toContain('placed at address level:      1 (33.3 %)');
  });
});
