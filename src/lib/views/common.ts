/** Small helpers shared by the page views: vocabulary labels, hrefs, absolute URLs. Pure. */
import type { Dataset } from '../data/dataset.ts';
import type { Initiative } from '../schemas/initiative.ts';
import type { Programme } from '../schemas/programme.ts';
import { label, type Locale } from '../site/i18n.ts';
import { paramRoutePath, routePath, withBase, type ParamRouteName, type RouteName } from '../site/routes.ts';

/** Where the pages are served: the Astro base path and the absolute site root. */
export interface PageContext {
  /** import.meta.env.BASE_URL */
  base: string;
  /** Absolute URL of the site root including the base path, ending in "/". */
  siteRoot: string;
}

export type VocabName = 'state' | 'kind' | 'focus' | 'status';

export function termLabel(dataset: Dataset, vocab: VocabName, id: string, locale: Locale): string {
  const term = (dataset.vocabularies[vocab] as readonly { id: string; label_de: string; label_en: string }[]).find((t) => t.id === id);
  return term ? label(term, locale) : id;
}

export function termColour(dataset: Dataset, vocab: VocabName, id: string): string | undefined {
  return (dataset.vocabularies[vocab] as readonly { id: string; color: string }[]).find((t) => t.id === id)?.color;
}

export function programmeName(p: Programme, locale: Locale): string {
  return locale === 'de' ? p.name_de : p.name_en;
}

export function findProgramme(dataset: Dataset, id: string): Programme | undefined {
  return dataset.programmes.find((p) => p.id === id);
}

export const pageHref = (ctx: PageContext, name: RouteName, locale: Locale) => withBase(ctx.base, routePath(name, locale));

export const paramHref = (ctx: PageContext, name: ParamRouteName, locale: Locale, id: string) =>
  withBase(ctx.base, paramRoutePath(name, locale, id));

/** Absolute URL of a root-relative site path. */
export const absoluteUrl = (ctx: PageContext, path: string) => new URL(path.replace(/^\//, ''), ctx.siteRoot).href;

/** Route id of a state's region page (lower-case ISO suffix: bw, nw, sn). */
export const regionId = (state: string) => state.toLowerCase();

export function byName(locale: Locale) {
  const collator = new Intl.Collator(locale === 'de' ? 'de-DE' : 'en-GB');
  return (a: Initiative, b: Initiative) => collator.compare(a.name, b.name) || (a.id < b.id ? -1 : 1);
}
