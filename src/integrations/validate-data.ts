/**
 * Astro integration: validate data/ before a production build and stop the build with the
 * validator's messages when anything is wrong, so nothing invalid is ever published.
 * (In `astro dev` the same error is shown in the page by the loader.)
 */
import type { AstroIntegration } from 'astro';
import { loadDataset } from '../lib/data/load-node.ts';
import { DataValidationError, formatProblems } from '../lib/data/problems.ts';

export default function validateData(): AstroIntegration {
  return {
    name: 'digitalatlas:validate-data',
    hooks: {
      'astro:build:start': ({ logger }) => {
        const { dataset, problems } = loadDataset();
        const warnings = problems.filter((p) => p.severity === 'warning');
        if (warnings.length) logger.warn(formatProblems(warnings));
        if (!dataset) throw new DataValidationError(problems);
        logger.info(`data/ is valid: ${dataset.initiatives.length} initiatives, ${dataset.programmes.length} programmes`);
      },
    },
  };
}
