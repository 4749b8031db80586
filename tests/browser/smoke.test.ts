import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, openPage, startSession, type Session } from './harness.ts';

let session: Session;
beforeAll(async () => {
  session = await startSession();
});
afterAll(async () => {
  await session?.close();
});

describe.each([
  ['/', 'de'],
  ['/en/', 'en'],
])('home page %s', (path, lang) => {
  it('loads with its language, counts per state, no console errors, no foreign requests', async () => {
    const w = await openPage(session, path);
    expect(await w.page.getAttribute('html', 'lang')).toBe(lang);
    const rows = await w.page.locator('tr[data-state]').count();
    expect(rows).toBe(3);
    const total = Number(await w.page.locator('[data-total]').first().getAttribute('data-total'));
    expect(total).toBeGreaterThan(0);
    expect(w.consoleErrors).toEqual([]);
    expect(w.pageErrors).toEqual([]);
    expect(w.foreignRequests).toEqual([]);
    await w.page.close();
  });

  it('has no axe-core violations (WCAG 2.1 A/AA)', async () => {
    const w = await openPage(session, path);
    expect(await axeViolations(w.page)).toEqual([]);
    await w.page.close();
  });
});
