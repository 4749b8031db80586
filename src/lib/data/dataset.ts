/**
 * The dataset the site is built from: all data files validated together. Pure: the caller
 * supplies file contents (see load-node.ts for the file-system side).
 */
import type { Initiative } from '../schemas/initiative.ts';
import type { Population } from '../schemas/population.ts';
import type { Programme } from '../schemas/programme.ts';
import type { Vocabularies } from '../schemas/vocabularies.ts';
import type { Problem } from './problems.ts';
import {
  validateInitiativesBytes,
  validatePopulationText,
  validateProgrammesText,
  validateVocabulariesText,
  type GeoCheck,
} from './validate.ts';

export const DATA_FILES = {
  initiatives: 'data/initiatives.csv',
  programmes: 'data/programmes.json',
  vocabularies: 'data/vocabularies.json',
  population: 'data/population.csv',
} as const;

export interface Dataset {
  initiatives: Initiative[];
  programmes: Programme[];
  vocabularies: Vocabularies;
  population: Population[];
}

export interface DatasetSources {
  initiatives: Uint8Array;
  programmes: string;
  vocabularies: string;
  population: string;
  /** Override file labels (e.g. when validating a file given on the command line). */
  files?: Partial<Record<keyof typeof DATA_FILES, string>>;
}

export interface DatasetOptions {
  today: string;
  geo: GeoCheck;
}

export function buildDataset(src: DatasetSources, opts: DatasetOptions): { dataset?: Dataset; problems: Problem[] } {
  const files = { ...DATA_FILES, ...src.files };
  const programmes = validateProgrammesText(src.programmes, files.programmes);
  const vocab = validateVocabulariesText(src.vocabularies, files.vocabularies);
  const population = validatePopulationText(src.population, files.population);
  const initiatives = validateInitiativesBytes(src.initiatives, files.initiatives, {
    programmeIds: new Set(programmes.records.map((p) => p.id)),
    today: opts.today,
    geo: opts.geo,
  });
  const problems = [...programmes.problems, ...vocab.problems, ...population.problems, ...initiatives.problems];
  if (problems.some((p) => p.severity === 'error') || !vocab.vocabularies) return { problems };
  return {
    dataset: {
      initiatives: initiatives.records,
      programmes: programmes.records,
      vocabularies: vocab.vocabularies,
      population: population.records,
    },
    problems,
  };
}

/** Today's date in Germany (Europe/Berlin) as YYYY-MM-DD. */
export function todayInGermany(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}
