/** Schema of `data/population.csv`: inhabitants per state, for per-capita figures. */
import { z } from 'zod';
import { enumOf, field, httpUrl, isoDate, requiredText } from './fields.ts';
import { STATES } from './vocab.ts';

export const populationShape = {
  state: field(enumOf(STATES), { description: 'Federal state (ISO 3166-2:DE suffix).', example: 'BW' }),
  population: field(
    z.string().regex(/^\d+$/, { error: 'a whole number of inhabitants without separators' }).transform(Number),
    { description: 'Number of inhabitants.', example: '11280257' },
  ),
  reference_date: field(isoDate, { description: 'Reference date of the figure (YYYY-MM-DD).', example: '2024-12-31' }),
  source: field(requiredText('the name of the statistical source'), { description: 'Publisher of the figure.' }),
  source_url: field(httpUrl, { description: 'Public page the figure was taken from.' }),
} as const;

export const populationSchema = z.object(populationShape);
export type Population = z.output<typeof populationSchema>;
