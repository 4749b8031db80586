/**
 * scripts/data-diff.ts against a real git repository: a temporary repo under .tmp/ with the
 * fixture "before" committed and the fixture "after" in the working tree.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const repo = resolve(`.tmp/data-diff-repo-${process.pid}`);
const script = resolve('scripts/data-diff.ts');

function git(...args: string[]) {
  const r = spawnSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', '-c', 'commit.gpgsign=false', ...args], {
    cwd: repo,
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
  return r.stdout.trim();
}

const dataDiff = (...args: string[]) => spawnSync(process.execPath, [script, ...args], { cwd: repo, encoding: 'utf8' });

describe('npm run data:diff -- REV', () => {
  beforeAll(() => {
    rmSync(repo, { recursive: true, force: true });
    mkdirSync(`${repo}/data`, { recursive: true });
    git('init', '-q');
    copyFileSync('tests/fixtures/diff/before.csv', `${repo}/data/initiatives.csv`);
    git('add', 'data/initiatives.csv');
    git('commit', '-qm', 'before');
    copyFileSync('tests/fixtures/diff/after.csv', `${repo}/data/initiatives.csv`);
  });
  afterAll(() => rmSync(repo, { recursive: true, force: true }));

  it('summarises the working tree against a revision', () => {
    const r = dataDiff('HEAD');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('## Data changes in `data/initiatives.csv` since `HEAD`');
    expect(r.stdout).toContain('**1 row added · 1 row removed · 2 rows changed · 2 ids renamed** — 7 rows before, 7 after.');
    expect(r.stdout).toContain('| `status` | active | ended |');
    expect(r.stdout).toContain('Row `test-labor-chemnitz` (Testdaten: KI-Testlabor Chemnitz) was removed.');
  });

  it('takes an explicit file and a commit id, and reports no change when there is none', () => {
    git('add', 'data/initiatives.csv');
    git('commit', '-qm', 'after');
    const sha = git('rev-parse', 'HEAD');
    const r = dataDiff(sha, 'data/initiatives.csv');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('No changes to the data.');
    expect(dataDiff('HEAD~1').stdout).toContain('2 ids renamed');
  });

  it('exits 2 with a message for an unknown revision or missing arguments', () => {
    const r = dataDiff('no-such-branch');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('"no-such-branch" is not a git revision here');
    expect(dataDiff().status).toBe(2);
  });
});
