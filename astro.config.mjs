// @ts-check
import { defineConfig } from 'astro/config';
import react from '@astrojs/react';
import validateData from './src/integrations/validate-data.ts';
import { CSP_DIRECTIVES } from './src/lib/site/csp.ts';

// Deployment is configured by environment variables so that the same sources can be
// published at a domain root or under a sub-path (see README, "Publishing").
//   SITE_URL   absolute origin used for canonical URLs and the sitemap
//   SITE_BASE  sub-path the site is served under, e.g. "/digitalatlas/" (default "/")
const site = process.env.SITE_URL ?? 'https://digitalatlas.example.org';
const base = process.env.SITE_BASE ?? '/';

export default defineConfig({
  site,
  base,
  output: 'static',
  trailingSlash: 'always',
  integrations: [validateData(), react()],
  // Content-Security-Policy as a <meta> on every page: Astro hashes the scripts and styles it
  // emits; the other directives live in src/lib/site/csp.ts.
  security: { csp: { directives: [...CSP_DIRECTIVES] } },
  // Separate output/cache folders let several builds (tests, benchmarks) run side by side.
  outDir: process.env.ASTRO_OUT_DIR ?? './dist',
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  vite: {
    build: { chunkSizeWarningLimit: 1200 },
  },
});
