#!/usr/bin/env node
/** npm run data:stats — counts per state, status, kind and programme, and placement shares. */
import { loadDataset } from '../src/lib/data/load-node.ts';
import { formatProblems } from '../src/lib/data/problems.ts';
import { dataStats, formatStats } from '../src/lib/data/stats.ts';

const { dataset, problems } = loadDataset();
if (!dataset) {
  console.error(formatProblems(problems));
  process.exit(1);
}
const stats = dataStats(dataset.initiatives, dataset.programmes.map((p) => p.id));
console.log(process.argv.includes('--json') ? JSON.stringify(stats, null, 2) : formatStats(stats));
