import type { APIRoute } from 'astro';
import { openDataResponse } from '../../lib/opendata/load-node.ts';

export const GET: APIRoute = ({ site }) => openDataResponse('dcat-rdf', site, import.meta.env.BASE_URL);
