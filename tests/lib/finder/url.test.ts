import { describe, expect, it } from 'vitest';
import { finderSearch, readFinderUrl } from '../../../src/lib/finder/url.ts';
import { formatKm, kmAttribute } from '../../../src/lib/finder/format.ts';

describe('finder URL state', () => {
  it('round-trips query and focus', () => {
    const s = finderSearch({ q: 'Neustadt (Hessen)', focus: 'ki' });
    expect(s).toBe('?q=Neustadt+%28Hessen%29&focus=ki');
    expect(readFinderUrl(s)).toEqual({ q: 'Neustadt (Hessen)', focus: 'ki' });
  });

  it('drops empty queries and unknown focus values', () => {
    expect(finderSearch({ q: '  ' })).toBe('');
    expect(readFinderUrl('?q=69117&focus=nonsense')).toEqual({ q: '69117' });
    expect(readFinderUrl('')).toEqual({ q: '' });
  });
});

describe('distance format', () => {
  it('uses German number format on German pages and English on English pages', () => {
    expect(formatKm(12.345, 'de')).toBe('12,3');
    expect(formatKm(1234.56, 'de')).toBe('1.234,6');
    expect(formatKm(12.345, 'en')).toBe('12.3');
    expect(kmAttribute(12.3456)).toBe('12.346');
  });
});
