/**
 * The dashboard's filter payload (rows, map points, chart context) as a same-origin JSON file,
 * fetched by the page only when it is needed (first filter change, a filtered URL, or when the
 * map or a chart scrolls into view), so the home page's HTML stays small.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getDataset } from '../../lib/data/load-node.ts';
import { getDashboardViewData } from '../../lib/views/dashboard.ts';
import { INITIATIVE_COLUMNS } from '../../lib/schemas/initiative.ts';
import { LOCALES, type Locale } from '../../lib/site/i18n.ts';

export const getStaticPaths: GetStaticPaths = () => LOCALES.map((locale) => ({ params: { locale } }));

export const GET: APIRoute = ({ params }) => {
  const locale = params.locale as Locale;
  const view = getDashboardViewData(getDataset(), locale, import.meta.env.BASE_URL, INITIATIVE_COLUMNS);
  return new Response(JSON.stringify(view.payload), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
