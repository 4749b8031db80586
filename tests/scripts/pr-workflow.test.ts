/**
 * .github/workflows/pr.yml: valid YAML, valid against the workflow schema (SchemaStore's, via
 * @action-validator/core), with the structure we rely on, every
 * action pinned to a full commit SHA, and only npm scripts that exist in package.json.
 */
import { readFileSync } from 'node:fs';
import { validateWorkflow } from '@action-validator/core';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

interface Step {
  name?: string;
  id?: string;
  uses?: string;
  run?: string;
  if?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
interface Job {
  'runs-on': string;
  steps: Step[];
  'timeout-minutes'?: number;
}
interface Workflow {
  name: string;
  on: Record<string, unknown>;
  permissions: Record<string, string>;
  jobs: Record<string, Job>;
}

const source = readFileSync('.github/workflows/pr.yml', 'utf8');
const workflow = parse(source, { strict: true, uniqueKeys: true }) as Workflow;
const steps = Object.values(workflow.jobs).flatMap((j) => j.steps);
const scripts = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts;
const runs = steps.map((s) => s.run ?? '').join('\n');
const stepRunning = (needle: string) => steps.find((s) => s.run?.includes(needle));

/** npm scripts the workflow calls: `npm run [flags] NAME`, `npm test`, `npm start`. */
function npmScriptsCalled(shell: string): string[] {
  const names = [...shell.matchAll(/\bnpm\s+run(?:\s+--?[\w-]+)*\s+([\w:.-]+)/g)].map((m) => m[1]!);
  for (const m of shell.matchAll(/\bnpm\s+(test|start)\b/g)) names.push(m[1]!);
  return names;
}

describe('.github/workflows/pr.yml', () => {
  it('is a pull_request workflow with jobs that have a runner and steps', () => {
    expect(Object.keys(workflow.on)).toEqual(['pull_request']);
    expect(workflow.permissions).toEqual({ contents: 'read' });
    expect(Object.keys(workflow.jobs).length).toBeGreaterThan(0);
    for (const job of Object.values(workflow.jobs)) {
      expect(job['runs-on']).toMatch(/^ubuntu-/);
      expect(job.steps.length).toBeGreaterThan(0);
      for (const step of job.steps) expect(Boolean(step.uses) !== Boolean(step.run)).toBe(true);
    }
  });

  it('is valid against the GitHub Actions workflow schema (action-validator)', () => {
    expect(validateWorkflow(source).errors).toEqual([]);
    // The validator does catch structural mistakes:
    expect(validateWorkflow(source.replace('runs-on:', 'run-on:')).errors.length).toBeGreaterThan(0);
  });

  it('pins every action to a 40-hex commit SHA with the tag in a comment', () => {
    const uses = steps.filter((s) => s.uses).map((s) => s.uses!);
    expect(uses.map((u) => u.split('@')[0])).toEqual(['actions/checkout', 'actions/setup-node', 'actions/upload-artifact']);
    for (const u of uses) {
      expect(u).toMatch(/^[\w.-]+\/[\w.-]+@[0-9a-f]{40}$/);
      expect(source).toMatch(new RegExp(`uses: ${u.replace(/[/.]/g, '\\$&')} # v\\d+\\.\\d+\\.\\d+\\n`));
    }
  });

  it('calls only npm scripts that exist in package.json', () => {
    const called = npmScriptsCalled(runs);
    expect(called).toEqual(['validate', 'data:diff', 'docs:data', 'test']);
    for (const name of called) expect(Object.keys(scripts)).toContain(name);
  });

  it('the script finder sees through flags (and would catch a missing script)', () => {
    expect(npmScriptsCalled('npm run --silent nope -- x && npm test && npm run -s a:b')).toEqual(['nope', 'a:b', 'test']);
  });

  it('annotates validation errors, summarises the data diff, tests, builds and uploads the site', () => {
    expect(stepRunning('npm run --silent validate -- --format=github')).toBeDefined();
    const diff = stepRunning('data:diff');
    expect(diff?.run).toContain('>> "$GITHUB_STEP_SUMMARY"');
    expect(diff?.env?.BASE_SHA).toBe('${{ github.event.pull_request.base.sha }}');
    expect(diff?.if).toContain('!cancelled()');
    expect(stepRunning('npm test')).toBeDefined();
    const checkout = steps.find((s) => s.uses?.startsWith('actions/checkout@'));
    expect(checkout?.with).toMatchObject({ 'fetch-depth': 0, 'persist-credentials': false });
    const upload = steps.find((s) => s.uses?.startsWith('actions/upload-artifact@'));
    expect(upload?.with).toMatchObject({ path: 'dist/', 'if-no-files-found': 'error' });
    // Order: validation before the tests, upload last.
    const index = (s: Step | undefined) => steps.indexOf(s!);
    expect(index(stepRunning('validate'))).toBeLessThan(index(stepRunning('npm test')));
    expect(index(upload)).toBe(steps.length - 1);
  });

  it('never interpolates event data straight into a shell script', () => {
    expect(runs).not.toMatch(/\$\{\{/);
  });
});
