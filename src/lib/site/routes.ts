/**
 * Every route of the site in both languages, in one place. Paths are relative to the
 * site's base (see astro.config.mjs); `withBase` adds it.
 */
import type { Locale } from './i18n.ts';

export const ROUTES = {
  home: { de: '/', en: '/en/' },
  finder: { de: '/finden/', en: '/en/find/' },
  data: { de: '/daten/', en: '/en/data/' },
  privacy: { de: '/datenschutz/', en: '/en/privacy/' },
  accessibility: { de: '/barrierefreiheit/', en: '/en/accessibility/' },
  imprint: { de: '/impressum/', en: '/en/imprint/' },
  easyLanguage: { de: '/leichte-sprache/', en: '/leichte-sprache/' },
} as const;

export type RouteName = keyof typeof ROUTES;

const PARAM_ROUTES = {
  initiative: { de: '/initiativen/:id/', en: '/en/initiatives/:id/' },
  region: { de: '/regionen/:id/', en: '/en/regions/:id/' },
  programme: { de: '/programme/:id/', en: '/en/programmes/:id/' },
} as const;

export type ParamRouteName = keyof typeof PARAM_ROUTES;

/** Join the configured base (e.g. "/" or "/atlas/") and a root-relative path. */
export function withBase(base: string, path: string): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  return `${b}${path.replace(/^\//, '')}`;
}

export function routePath(name: RouteName, locale: Locale): string {
  return ROUTES[name][locale];
}

export function paramRoutePath(name: ParamRouteName, locale: Locale, id: string): string {
  return PARAM_ROUTES[name][locale].replace(':id', encodeURIComponent(id));
}

/** Find the route of a path (without base) and return the same page in the other locale. */
export function alternatePath(path: string, to: Locale): string | undefined {
  for (const r of Object.values(ROUTES)) {
    if (r.de === path || r.en === path) return r[to];
  }
  for (const r of Object.values(PARAM_ROUTES)) {
    for (const from of ['de', 'en'] as const) {
      const [prefix, suffix] = r[from].split(':id');
      if (prefix && suffix !== undefined && path.startsWith(prefix) && path.endsWith(suffix) && path.length > prefix.length + suffix.length) {
        const id = path.slice(prefix.length, path.length - suffix.length);
        if (!id.includes('/')) return r[to].replace(':id', id);
      }
    }
  }
  return undefined;
}
