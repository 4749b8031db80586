// @ts-check
/**
 * Benchmark-only Astro config: the project's own config, with srcDir pointed at a folder
 * prepared by scripts/bench.ts (--home-only) that holds copies of the home page, the finder
 * page and the dashboard data endpoint, and links to every other folder of src/. Used to
 * measure the browser side at sizes where building every detail page takes too long.
 */
import config from '../../astro.config.mjs';

const srcDir = process.env.BENCH_SRC_DIR;
if (!srcDir) throw new Error('BENCH_SRC_DIR is not set');
export default { ...config, srcDir };
