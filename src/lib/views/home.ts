/** Everything the home page renders, derived in one place from the dataset. */
import { countBy } from '../data/aggregate.ts';
import type { Dataset } from '../data/dataset.ts';
import { label, type Locale } from '../site/i18n.ts';
import { STATES } from '../schemas/vocab.ts';

export interface HomeViewData {
  total: number;
  activeTotal: number;
  perState: { id: string; label: string; total: number; active: number }[];
  lastVerified: string | undefined;
}

export function getHomeViewData(dataset: Dataset, locale: Locale): HomeViewData {
  const all = dataset.initiatives;
  const active = all.filter((i) => i.status === 'active');
  const totals = countBy(all, STATES, (i) => i.state);
  const actives = countBy(active, STATES, (i) => i.state);
  return {
    total: all.length,
    activeTotal: active.length,
    perState: dataset.vocabularies.state.map((s) => ({
      id: s.id,
      label: label(s, locale),
      total: totals.get(s.id) ?? 0,
      active: actives.get(s.id) ?? 0,
    })),
    lastVerified: all.map((i) => i.last_verified).sort().at(-1),
  };
}
