/** Everything a programme page renders, derived in one place. Pure. */
import type { Dataset } from '../data/dataset.ts';
import type { Programme } from '../schemas/programme.ts';
import { STATES } from '../schemas/vocab.ts';
import type { Locale } from '../site/i18n.ts';
import { pm } from '../site/messages/pages.ts';
import { byName, paramHref, programmeName, regionId, termLabel, type PageContext } from './common.ts';

export interface ProgrammeSite {
  id: string;
  name: string;
  href: string;
  city: string | undefined;
  kind: string;
  status: string;
}

export interface ProgrammeViewData {
  programme: Programme;
  name: string;
  scope: string;
  total: number;
  /** Sites grouped by state, in the order of STATES; states without sites are left out. */
  groups: { state: string; label: string; href: string; sites: ProgrammeSite[] }[];
}

export function getProgrammeViewData(dataset: Dataset, id: string, locale: Locale, ctx: PageContext): ProgrammeViewData {
  const programme = dataset.programmes.find((p) => p.id === id);
  if (!programme) throw new Error(`no programme with id "${id}"`);
  const m = pm(locale);
  const items = dataset.initiatives.filter((i) => i.programme === id).sort(byName(locale));
  return {
    programme,
    name: programmeName(programme, locale),
    scope: m.programmeScopes[programme.scope],
    total: items.length,
    groups: STATES.map((s) => ({
      state: s,
      label: termLabel(dataset, 'state', s, locale),
      href: paramHref(ctx, 'region', locale, regionId(s)),
      sites: items
        .filter((i) => i.state === s)
        .map((i) => ({
          id: i.id,
          name: i.name,
          href: paramHref(ctx, 'initiative', locale, i.id),
          city: i.city,
          kind: termLabel(dataset, 'kind', i.kind, locale),
          status: termLabel(dataset, 'status', i.status, locale),
        })),
    })).filter((g) => g.sites.length > 0),
  };
}
