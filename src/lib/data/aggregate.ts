/** Aggregations of initiatives for counts, charts and tables. Pure. */
import type { Initiative } from '../schemas/initiative.ts';

/** Count initiatives per value of a key; every listed key appears, zero counts included. */
export function countBy<K extends string>(
  items: readonly Initiative[],
  keys: readonly K[],
  keyOf: (i: Initiative) => K | readonly K[],
): Map<K, number> {
  const counts = new Map<K, number>(keys.map((k) => [k, 0]));
  for (const item of items) {
    const k = keyOf(item);
    for (const key of (Array.isArray(k) ? k : [k]) as K[]) {
      if (counts.has(key)) counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  return counts;
}
