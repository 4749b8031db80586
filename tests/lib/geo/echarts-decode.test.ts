import { describe, expect, it } from 'vitest';
import {
  decodeEchartsGeoJson,
  decodeRing,
  extractRegisteredMap,
  type CompressedFeatureCollection,
} from '../../../src/lib/geo/echarts-decode.ts';

/** Test-side encoder (the inverse of the format) to build fixtures. */
function encodeRing(points: [number, number][], scale = 1024): { s: string; offset: [number, number] } {
  const q = points.map(([x, y]) => [Math.round(x * scale), Math.round(y * scale)] as const);
  const offset: [number, number] = [q[0]![0], q[0]![1]];
  let px = offset[0];
  let py = offset[1];
  let s = '';
  for (const [x, y] of q) {
    const zz = (n: number) => (n >= 0 ? n * 2 : -n * 2 - 1);
    s += String.fromCharCode(zz(x - px) + 64, zz(y - py) + 64);
    px = x;
    py = y;
  }
  return { s, offset };
}

describe('decodeRing', () => {
  it('decodes zig-zag deltas from the offset', () => {
    // '@@' = (0,0) → offset itself; 'B@' = (+1, 0); '@A' = (0, -1)
    expect(decodeRing('@@B@@A', [1024, 2048])).toEqual([
      [1, 2],
      [1 + 1 / 1024, 2],
      [1 + 1 / 1024, 2 - 1 / 1024],
    ]);
  });

  it('round-trips an encoded ring, including large deltas beyond ASCII', () => {
    const ring: [number, number][] = [
      [8.5, 49.0],
      [8.9, 49.0],
      [8.9, 49.3],
      [8.5, 49.0],
    ];
    const { s, offset } = encodeRing(ring);
    expect(s.startsWith('@@')).toBe(true);
    expect([...s].some((c) => c.charCodeAt(0) > 127)).toBe(true);
    const out = decodeRing(s, offset);
    out.forEach(([x, y], i) => {
      expect(x).toBeCloseTo(ring[i]![0], 3);
      expect(y).toBeCloseTo(ring[i]![1], 3);
    });
  });

  it('rejects malformed input', () => {
    expect(() => decodeRing('@@B', [0, 0])).toThrow(/odd length/);
    expect(() => decodeRing('@@', [0] as unknown as number[])).toThrow(/offset pair/);
  });
});

describe('decodeEchartsGeoJson', () => {
  it('decodes Polygon (with hole) and MultiPolygon features and honours UTF8Scale', () => {
    const outer = encodeRing(
      [
        [0, 0],
        [4, 0],
        [4, 4],
        [0, 4],
        [0, 0],
      ],
      512,
    );
    const hole = encodeRing(
      [
        [1, 1],
        [1, 2],
        [2, 2],
        [1, 1],
      ],
      512,
    );
    const fc: CompressedFeatureCollection = {
      type: 'FeatureCollection',
      UTF8Encoding: true,
      UTF8Scale: 512,
      features: [
        {
          type: 'Feature',
          properties: { name: 'P' },
          geometry: { type: 'Polygon', coordinates: [outer.s, hole.s], encodeOffsets: [outer.offset, hole.offset] },
        },
        {
          type: 'Feature',
          properties: { name: 'M' },
          geometry: {
            type: 'MultiPolygon',
            coordinates: [[outer.s], [hole.s]],
            encodeOffsets: [[outer.offset], [hole.offset]],
          },
        },
      ],
    };
    const out = decodeEchartsGeoJson(fc);
    const p = out.features[0]!.geometry;
    expect(p.type).toBe('Polygon');
    if (p.type !== 'Polygon') return;
    expect(p.coordinates).toHaveLength(2);
    expect(p.coordinates[0]![2]).toEqual([4, 4]);
    expect(p.coordinates[1]![1]).toEqual([1, 2]);
    const m = out.features[1]!.geometry;
    expect(m.type).toBe('MultiPolygon');
    if (m.type !== 'MultiPolygon') return;
    expect(m.coordinates).toHaveLength(2);
    expect(m.coordinates[1]![0]![0]).toEqual([1, 1]);
    expect(out.features[1]!.properties).toEqual({ name: 'M' });
  });

  it('passes plain GeoJSON through', () => {
    const plain = {
      type: 'FeatureCollection' as const,
      features: [{ type: 'Feature' as const, properties: {}, geometry: { type: 'LineString' as const, coordinates: [[1, 2] as [number, number]] } }],
    };
    expect(decodeEchartsGeoJson(plain).features[0]!.geometry).toEqual(plain.features[0]!.geometry);
  });
});

describe('extractRegisteredMap', () => {
  it('finds the object passed to registerMap in a UMD wrapper, even with braces in strings', () => {
    const src = `(function(){ if(!echarts){log('x');return;} echarts.registerMap('德国', {"type":"FeatureCollection","features":[{"type":"Feature","properties":{"name":"a}{b"},"geometry":{"type":"Polygon","coordinates":["@@"],"encodeOffsets":[[1024,1024]]}}],"UTF8Encoding":true});}));`;
    const { name, json } = extractRegisteredMap(src);
    expect(name).toBe('德国');
    expect(json.features[0]!.properties.name).toBe('a}{b');
    expect(decodeEchartsGeoJson(json).features[0]!.geometry).toEqual({ type: 'Polygon', coordinates: [[[1, 1]]] });
  });

  it('throws when there is no registerMap call', () => {
    expect(() => extractRegisteredMap('var x = 1;')).toThrow(/registerMap/);
  });
});
