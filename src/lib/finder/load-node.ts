/**
 * File-system side of the finder, for the build and scripts: the gazetteer served to the
 * browser (public/geo/gazetteer-de.json) is also used at build time to place offers that
 * have no coordinates in the data (see offers.ts, `locate`).
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseGazetteer, type Gazetteer } from '../geo/gazetteer.ts';

export const GAZETTEER_FILE = 'public/geo/gazetteer-de.json';
/** Site path of the served gazetteer (without base). */
export const GAZETTEER_PATH = '/geo/gazetteer-de.json';

let cached: Gazetteer | undefined;

/** The parsed gazetteer, loaded once; undefined when the file does not exist yet. */
export function getGazetteer(root = process.cwd()): Gazetteer | undefined {
  if (cached) return cached;
  const file = resolve(root, GAZETTEER_FILE);
  if (!existsSync(file)) return undefined;
  cached = parseGazetteer(JSON.parse(readFileSync(file, 'utf8')));
  return cached;
}
