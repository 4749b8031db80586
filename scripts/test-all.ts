#!/usr/bin/env node
/**
 * `npm test`: the whole suite, in the order a failure is cheapest to find.
 *   1. data validation          (npm run validate)
 *   2. type check               (astro check)
 *   3. unit and golden tests    (vitest)
 *   4. production build         (astro build)
 *   5. browser tests            (vitest + playwright-core + Debian Chromium against dist/)
 * Stops at the first failing step with its exit code. Ends with a plain
 * "N passed, N failed" line counting the vitest tests of steps 3 and 5.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { ensureChromium } from './ensure-chromium.ts';

const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', ASTRO_TELEMETRY_DISABLED: '1', TZ: 'Europe/Berlin', LANG: 'C.UTF-8' };
mkdirSync('.tmp', { recursive: true });
env.TMPDIR = `${process.cwd()}/.tmp`;

interface Step {
  name: string;
  cmd: string;
  args: string[];
  report?: string;
}

const steps: Step[] = [
  { name: 'data validation', cmd: 'node', args: ['scripts/validate.ts'] },
  { name: 'type check', cmd: 'astro', args: ['check'] },
  { name: 'unit tests', cmd: 'vitest', args: ['run', '--reporter=default', '--reporter=json', '--outputFile.json=.tmp/vitest-unit.json'], report: '.tmp/vitest-unit.json' },
  { name: 'build', cmd: 'astro', args: ['build'] },
  {
    name: 'browser tests',
    cmd: 'vitest',
    args: ['run', '-c', 'vitest.browser.config.ts', '--reporter=default', '--reporter=json', '--outputFile.json=.tmp/vitest-browser.json'],
    report: '.tmp/vitest-browser.json',
  },
];

if (!process.argv.includes('--no-browser')) env.CHROME_PATH = ensureChromium();

const only = process.argv.slice(2).filter((a) => a !== '--' && !a.startsWith('--'));
let passed = 0;
let failed = 0;
for (const step of steps) {
  if (only.length && !only.some((o) => step.name.includes(o))) continue;
  const started = Date.now();
  console.log(`\n=== ${step.name}: ${step.cmd} ${step.args.join(' ')}`);
  const r = spawnSync(step.cmd, step.args, { stdio: 'inherit', env });
  if (step.report) {
    try {
      const json = JSON.parse(readFileSync(step.report, 'utf8')) as { numPassedTests: number; numFailedTests: number };
      passed += json.numPassedTests;
      failed += json.numFailedTests;
    } catch {
      /* the runner failed before writing its report; its exit code decides */
    }
  }
  const secs = ((Date.now() - started) / 1000).toFixed(1);
  if (r.status !== 0) {
    console.log(`\n=== ${step.name} FAILED (exit ${r.status ?? r.signal}) after ${secs} s`);
    console.log(`${passed} passed, ${Math.max(failed, 1)} failed`);
    process.exit(r.status ?? 1);
  }
  console.log(`=== ${step.name} ok (${secs} s)`);
}
console.log(`\n${passed} passed, ${failed} failed`);
