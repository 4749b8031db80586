/**
 * The Content-Security-Policy directives (src/lib/site/csp.ts) that astro.config.mjs passes
 * to Astro's security.csp: nothing that re-opens inline code, and the only foreign origin is
 * the user-requested base map.
 */
import { describe, expect, it } from 'vitest';
import { BASEMAP_DE } from '../../../src/lib/map/style.ts';
import { BASEMAP_ORIGIN, CSP_DIRECTIVES } from '../../../src/lib/site/csp.ts';

describe('CSP directives', () => {
  it('permit only the origin of the basemap.de style as a foreign host', () => {
    expect(BASEMAP_ORIGIN).toBe(new URL(BASEMAP_DE.styleUrl).origin);
    const foreign = CSP_DIRECTIVES.flatMap((d) => d.split(/\s+/).slice(1)).filter((v) => /^https?:/.test(v));
    expect(foreign).toEqual([BASEMAP_ORIGIN]);
    expect(CSP_DIRECTIVES.find((d) => d.startsWith('connect-src'))).toBe(`connect-src 'self' ${BASEMAP_ORIGIN}`);
  });

  it('leave script-src and style-src to Astro (self + hashes) and never allow unsafe sources', () => {
    expect(CSP_DIRECTIVES.some((d) => /^(script|style)-src/.test(d))).toBe(false);
    expect(CSP_DIRECTIVES.join(';')).not.toMatch(/unsafe-|\*/);
    expect(CSP_DIRECTIVES).toContain("object-src 'none'");
    expect(CSP_DIRECTIVES).toContain("default-src 'self'");
    expect(CSP_DIRECTIVES).toContain("worker-src 'self' blob:");
  });
});
