/**
 * Decoder for the compressed GeoJSON that ECharts map files register with
 * `echarts.registerMap(name, json)` when `json.UTF8Encoding` is true.
 *
 * Format (as implemented by ECharts' `parseGeoJson`):
 * - every ring is a string; each coordinate pair takes two UTF-16 code units;
 * - a code unit minus 64 gives a zig-zag encoded integer delta
 *   (0 → 0, 1 → -1, 2 → 1, 3 → -2, …);
 * - deltas accumulate from the ring's `encodeOffsets` pair [x, y];
 * - the accumulated integers divided by `UTF8Scale` (default 1024) are
 *   [lon, lat] in degrees.
 * Rings may begin with "@@" (a zero delta), which repeats the offset point.
 */

export type Position = [number, number];

type CompressedGeometry =
  | { type: 'Polygon'; coordinates: string[]; encodeOffsets: number[][] }
  | { type: 'MultiPolygon'; coordinates: string[][]; encodeOffsets: number[][][] }
  | { type: 'LineString'; coordinates: string; encodeOffsets: number[] }
  | { type: 'MultiLineString'; coordinates: string[]; encodeOffsets: number[][] };

export type CompressedFeature = {
  type: 'Feature';
  properties: Record<string, unknown>;
  geometry: CompressedGeometry;
};

export type CompressedFeatureCollection = {
  type: 'FeatureCollection';
  features: CompressedFeature[];
  UTF8Encoding?: boolean;
  UTF8Scale?: number;
};

export type DecodedGeometry =
  | { type: 'Polygon'; coordinates: Position[][] }
  | { type: 'MultiPolygon'; coordinates: Position[][][] }
  | { type: 'LineString'; coordinates: Position[] }
  | { type: 'MultiLineString'; coordinates: Position[][] };

export type DecodedFeature = {
  type: 'Feature';
  properties: Record<string, unknown>;
  geometry: DecodedGeometry;
};

export type DecodedFeatureCollection = { type: 'FeatureCollection'; features: DecodedFeature[] };

export const DEFAULT_ENCODE_SCALE = 1024;

/** Undo zig-zag encoding: even numbers are non-negative, odd ones negative. */
function unZigZag(n: number): number {
  return (n >> 1) ^ -(n & 1);
}

function offsetPair(offset: unknown, where: string): [number, number] {
  if (!Array.isArray(offset) || offset.length !== 2 || typeof offset[0] !== 'number' || typeof offset[1] !== 'number') {
    throw new Error(`echarts-decode: expected an [x, y] offset pair at ${where}`);
  }
  return [offset[0], offset[1]];
}

/** Decode one compressed ring (or line) into [lon, lat] positions. */
export function decodeRing(encoded: string, encodeOffset: readonly number[], scale = DEFAULT_ENCODE_SCALE): Position[] {
  if (encoded.length % 2 !== 0) {
    throw new Error(`echarts-decode: ring string has odd length ${encoded.length}`);
  }
  const [x0, y0] = offsetPair(encodeOffset, 'ring');
  let x = x0;
  let y = y0;
  const out: Position[] = [];
  for (let i = 0; i < encoded.length; i += 2) {
    x += unZigZag(encoded.charCodeAt(i) - 64);
    y += unZigZag(encoded.charCodeAt(i + 1) - 64);
    out.push([x / scale, y / scale]);
  }
  return out;
}

function decodeRings(rings: string[], offsets: number[][], scale: number, where: string): Position[][] {
  if (rings.length !== offsets.length) {
    throw new Error(`echarts-decode: ${where} has ${rings.length} rings but ${offsets.length} offsets`);
  }
  return rings.map((ring, i) => decodeRing(ring, offsetPair(offsets[i], `${where} ring ${i}`), scale));
}

/** Decode a single compressed geometry. */
export function decodeGeometry(geometry: CompressedGeometry, scale = DEFAULT_ENCODE_SCALE): DecodedGeometry {
  switch (geometry.type) {
    case 'LineString':
      return { type: 'LineString', coordinates: decodeRing(geometry.coordinates, geometry.encodeOffsets, scale) };
    case 'MultiLineString':
      return {
        type: 'MultiLineString',
        coordinates: decodeRings(geometry.coordinates, geometry.encodeOffsets, scale, 'MultiLineString'),
      };
    case 'Polygon':
      return { type: 'Polygon', coordinates: decodeRings(geometry.coordinates, geometry.encodeOffsets, scale, 'Polygon') };
    case 'MultiPolygon': {
      if (geometry.coordinates.length !== geometry.encodeOffsets.length) {
        throw new Error('echarts-decode: MultiPolygon polygons and offsets differ in count');
      }
      return {
        type: 'MultiPolygon',
        coordinates: geometry.coordinates.map((rings, i) =>
          decodeRings(rings, geometry.encodeOffsets[i] ?? [], scale, `MultiPolygon polygon ${i}`),
        ),
      };
    }
    default: {
      const t = (geometry as { type?: unknown }).type;
      throw new Error(`echarts-decode: unsupported geometry type ${String(t)}`);
    }
  }
}

/**
 * Decode a compressed FeatureCollection. A collection without
 * `UTF8Encoding: true` is assumed to be plain GeoJSON already and is returned
 * as is (copied shallowly).
 */
export function decodeEchartsGeoJson(json: CompressedFeatureCollection | DecodedFeatureCollection): DecodedFeatureCollection {
  if (!('UTF8Encoding' in json) || json.UTF8Encoding !== true) {
    return { type: 'FeatureCollection', features: [...(json.features as DecodedFeature[])] };
  }
  const scale = json.UTF8Scale ?? DEFAULT_ENCODE_SCALE;
  return {
    type: 'FeatureCollection',
    features: json.features.map((f) => ({
      type: 'Feature',
      properties: { ...f.properties },
      geometry: decodeGeometry(f.geometry, scale),
    })),
  };
}

/**
 * Extract the JSON object passed to `echarts.registerMap(name, {...})` from
 * the source text of an ECharts map script (UMD wrapper). Returns the map
 * name and the parsed object.
 */
export function extractRegisteredMap(source: string): { name: string; json: CompressedFeatureCollection } {
  const m = /registerMap\(\s*(['"])(.*?)\1\s*,\s*/.exec(source);
  if (!m) throw new Error('echarts-decode: no registerMap( call found');
  const start = m.index + m[0].length;
  if (source[start] !== '{') throw new Error('echarts-decode: registerMap argument is not an object literal');
  // Scan to the matching brace, honouring JSON strings.
  let depth = 0;
  let inString = false;
  for (let i = start; i < source.length; i++) {
    const c = source[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{') depth++;
    else if (c === '}') {
      depth--;
      if (depth === 0) {
        return { name: m[2] ?? '', json: JSON.parse(source.slice(start, i + 1)) as CompressedFeatureCollection };
      }
    }
  }
  throw new Error('echarts-decode: unterminated registerMap object');
}
