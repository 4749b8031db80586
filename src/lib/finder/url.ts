/** The finder's state in the URL: `?q=69117&focus=ki`, so that a result can be shared and reloaded. */
import { FOCI, type Focus } from '../schemas/vocab.ts';

export interface FinderUrlState {
  q: string;
  focus?: Focus | undefined;
}

export function isFocus(v: string | null | undefined): v is Focus {
  return v != null && (FOCI as readonly string[]).includes(v);
}

/** Read the state from a query string ("?q=…" or "q=…"); unknown focus values are ignored. */
export function readFinderUrl(search: string): FinderUrlState {
  const p = new URLSearchParams(search);
  const focus = p.get('focus');
  return { q: (p.get('q') ?? '').trim(), ...(isFocus(focus) ? { focus } : {}) };
}

/** The query string for a state: "" when there is nothing to keep, else "?q=…&focus=…". */
export function finderSearch(state: FinderUrlState): string {
  const p = new URLSearchParams();
  if (state.q.trim()) p.set('q', state.q.trim());
  if (state.focus) p.set('focus', state.focus);
  const s = p.toString();
  return s ? `?${s}` : '';
}
