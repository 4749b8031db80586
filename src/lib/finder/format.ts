/** Number formatting for the finder. */
import { formatNumber, type Locale } from '../site/i18n.ts';

/** Distance for people: one decimal, German format on German pages ("12,3"). */
export function formatKm(km: number, locale: Locale): string {
  return formatNumber(km, locale, 1);
}

/** Distance for machines (data-distance-km): dot decimal, metre resolution. */
export function kmAttribute(km: number): string {
  return km.toFixed(3);
}
