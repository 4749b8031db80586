/**
 * Mounts the interactive dashboard map into an element on request (the "load interactive map"
 * button, or "show on map" in the result list), so MapLibre is only downloaded when wanted.
 */
import { createRoot, type Root } from 'react-dom/client';
import DashboardMap from './DashboardMap.tsx';
import type { Locale } from '../../lib/site/i18n.ts';

export function mountMap(el: HTMLElement, locale: Locale): Root {
  const root = createRoot(el);
  root.render(<DashboardMap locale={locale} />);
  return root;
}
