/**
 * Shared set-up for browser tests: Debian's Chromium driven by playwright-core (never a
 * downloaded browser), the built site served from dist/, and a page wrapper that records
 * console errors and every request that leaves the site's own origin.
 */
import { execSync } from 'node:child_process';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { resolve } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { chromium, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { startStaticServer, type StaticServer } from './static-server.ts';

export const DIST_DIR = process.env.ASTRO_OUT_DIR ?? 'dist';
export const BASE = process.env.SITE_BASE ?? '/';

export function chromiumPath(): string {
  if (process.env.CHROME_PATH) return process.env.CHROME_PATH;
  try {
    return execSync('command -v chromium', { encoding: 'utf8', shell: '/bin/sh' }).trim();
  } catch {
    throw new Error('Debian chromium not found: install it with "apt-get install -y chromium" (see .ci/run)');
  }
}

/** Flags every headless Chromium here needs (no network chatter, no sandbox as root). */
export const BASE_CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Plus software WebGL2 for MapLibre (see stack.md, §3). */
export const CHROMIUM_ARGS = [...BASE_CHROMIUM_FLAGS, '--use-angle=swiftshader', '--enable-unsafe-swiftshader'];

export interface Session {
  server: StaticServer;
  context: BrowserContext;
  close(): Promise<void>;
}

/**
 * Debian's Chromium with the suite's settings (German locale and time zone, 1280×900), in a
 * fresh profile folder under .tmp/ unless `profile` names one.
 */
export async function launchChromium(options: BrowserContextOptions = {}, profile?: string): Promise<BrowserContext> {
  mkdirSync('.tmp', { recursive: true });
  return chromium.launchPersistentContext(profile ?? mkdtempSync(resolve('.tmp/chromium-')), {
    executablePath: chromiumPath(),
    headless: true,
    args: CHROMIUM_ARGS,
    locale: 'de-DE',
    timezoneId: 'Europe/Berlin',
    viewport: { width: 1280, height: 900 },
    ...options,
  });
}

/**
 * Bring every island that still waits to hydrate (client:visible) into view, one after the
 * other, until none is left (scrolling through a long page step by step would take far
 * longer); then back to the top.
 */
export async function hydrateAllIslands(page: Page, { rounds = 10, settleMs = 50 } = {}): Promise<void> {
  for (let round = 0; round < rounds; round++) {
    const left = await page.evaluate(async (settle) => {
      const pending = [...document.querySelectorAll('astro-island[ssr]')];
      for (const el of pending) {
        (el.getClientRects().length ? el : (el.firstElementChild ?? el.parentElement ?? el)).scrollIntoView({ block: 'center' });
        await new Promise((r) => requestAnimationFrame(() => setTimeout(r, settle)));
      }
      return pending.length;
    }, settleMs);
    if (left === 0) break;
    await page.waitForTimeout(2 * settleMs);
  }
  await page.evaluate(() => window.scrollTo(0, 0));
}

export async function startSession(options: BrowserContextOptions = {}): Promise<Session> {
  const server = await startStaticServer(DIST_DIR, BASE);
  const context = await launchChromium(options);
  return {
    server,
    context,
    close: async () => {
      await context.close();
      await server.close();
    },
  };
}

export interface WatchedPage {
  page: Page;
  consoleErrors: string[];
  /** URLs of requests to any origin other than the site's own. */
  foreignRequests: string[];
  /** Page errors (uncaught exceptions). */
  pageErrors: string[];
  dialogs: string[];
}

export async function openPage(session: Session, path: string, opts: { javaScript?: boolean } = {}): Promise<WatchedPage> {
  const page = await session.context.newPage();
  const watched: WatchedPage = { page, consoleErrors: [], foreignRequests: [], pageErrors: [], dialogs: [] };
  const origin = session.server.origin;
  page.on('console', (m) => {
    if (m.type() === 'error') watched.consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => watched.pageErrors.push(String(e)));
  page.on('dialog', (d) => {
    watched.dialogs.push(d.message());
    void d.dismiss();
  });
  page.on('request', (r) => {
    const u = r.url();
    if (!u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:')) watched.foreignRequests.push(u);
  });
  if (opts.javaScript === false) {
    await page.route('**/*.{js,mjs}', (route) => route.abort());
  }
  await page.goto(session.server.url(path), { waitUntil: 'load' });
  return watched;
}

/** axe-core with the WCAG 2.0/2.1 A and AA rules. Returns violations in a readable form. */
export async function axeViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return result.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(' | ')}`,
  );
}
