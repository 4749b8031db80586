/**
 * File-system side of data loading, for the build, the validator and other scripts.
 * Everything else in src/lib/data is pure.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { STATE_TOLERANCE_KM, distanceToStateKm } from '../geo/states.ts';
import { DATA_FILES, buildDataset, todayInGermany, type Dataset } from './dataset.ts';
import { DataValidationError, type Problem } from './problems.ts';
import type { GeoCheck } from './validate.ts';

export const geoCheck: GeoCheck = { distanceToStateKm, toleranceKm: STATE_TOLERANCE_KM };

export interface LoadOptions {
  /**
   * Folder that contains data/; defaults to $DIGITALATLAS_DATA_ROOT or the current working
   * directory. Benchmarks point it at a temporary folder of synthetic data.
   */
  root?: string;
  /** Use this file instead of data/initiatives.csv (path relative to root or absolute). */
  initiativesFile?: string;
  today?: string;
}

export function loadDataset(opts: LoadOptions = {}): { dataset?: Dataset; problems: Problem[] } {
  const root = opts.root ?? process.env.DIGITALATLAS_DATA_ROOT ?? process.cwd();
  const initiativesFile = opts.initiativesFile ?? DATA_FILES.initiatives;
  const read = (p: string) => readFileSync(resolve(root, p), 'utf8');
  return buildDataset(
    {
      initiatives: new Uint8Array(readFileSync(resolve(root, initiativesFile))),
      programmes: read(DATA_FILES.programmes),
      vocabularies: read(DATA_FILES.vocabularies),
      population: read(DATA_FILES.population),
      files: { initiatives: initiativesFile },
    },
    { today: opts.today ?? todayInGermany(), geo: geoCheck },
  );
}

let cached: Dataset | undefined;

/** The validated dataset, loaded once per build; throws DataValidationError on bad data. */
export function getDataset(): Dataset {
  if (cached) return cached;
  const { dataset, problems } = loadDataset();
  if (!dataset) throw new DataValidationError(problems);
  cached = dataset;
  return dataset;
}
