import { describe, expect, it } from 'vitest';
import { formatGithubAnnotation, formatGithubAnnotations } from '../../../src/lib/data/annotations.ts';

describe('GitHub annotations', () => {
  it('names file, line and column and escapes the workflow-command syntax', () => {
    expect(
      formatGithubAnnotation({
        file: 'data/a,b.csv', line: 7, column: 'website', columnNumber: 16, value: '100%\nx', expected: 'a web address', severity: 'error',
      }),
    ).toMatchInlineSnapshot(`"::error file=data/a%2Cb.csv,line=7,col=16,title=Data%3A column website::data/a,b.csv:7:16: error: column "website": found "100%25⏎x" — expected a web address."`);
  });

  it('uses ::warning for warnings and leaves out line 0 (whole-file problems)', () => {
    expect(formatGithubAnnotations([
      { file: 'x.csv', line: 0, expected: 'UTF-8', value: 'Windows-1252', severity: 'warning' },
      { file: 'a.csv', line: 2, expected: 'a data row', severity: 'error' },
    ]).split('\n')).toEqual([
      '::error file=a.csv,line=2,title=Data::a.csv:2: error: expected a data row.',
      '::warning file=x.csv,title=Data::x.csv: warning: found "Windows-1252" — expected UTF-8.',
    ]);
  });
});
