/**
 * The Content-Security-Policy of every page, beyond `script-src` and `style-src`, which Astro
 * writes itself (`security.csp` in astro.config.mjs): `'self'` plus a hash of each inline
 * script and style Astro emits. No `'unsafe-inline'`, no `'unsafe-eval'`.
 *
 * Astro puts the policy in a `<meta http-equiv="content-security-policy">` element, so it
 * works on any static host; `frame-ancestors` and reporting need an HTTP header and are
 * therefore not part of it.
 *
 * The only other origin is the detailed base map (basemap.de, BKG). The browser contacts it
 * only after the user asks for that map (see src/lib/map/style.ts); the policy merely
 * permits it. The privacy notice documents this.
 */
/**
 * Origin of the optional, user-requested base map (style, tiles, glyphs and sprites): the
 * host of BASEMAP_DE.styleUrl in src/lib/map/style.ts (a unit test keeps the two in step).
 */
export const BASEMAP_ORIGIN = 'https://sgx.geodatenzentrum.de';

export const CSP_DIRECTIVES = [
  "default-src 'self'",
  // ECharts' PNG export and MapLibre use data: and blob: images.
  "img-src 'self' data: blob:",
  "font-src 'self'",
  `connect-src 'self' ${BASEMAP_ORIGIN}`,
  // MapLibre's worker is a same-origin file (setWorkerUrl); blob: for its fallbacks.
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "manifest-src 'self'",
] as const;
