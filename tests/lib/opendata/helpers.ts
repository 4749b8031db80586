import { loadDataset } from '../../../src/lib/data/load-node.ts';
import type { Dataset } from '../../../src/lib/data/dataset.ts';

/** The canonical fixture (4 rows: 3 with coordinates, one without) as a validated dataset. */
export function fixtureDataset(): Dataset {
  const { dataset, problems } = loadDataset({ initiativesFile: 'tests/fixtures/initiatives.csv', today: '2026-11-26' });
  if (!dataset) throw new Error(JSON.stringify(problems));
  return dataset;
}
