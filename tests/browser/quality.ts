/**
 * Cross-cutting quality checks shared by the all-routes browser tests (issue 8):
 * route discovery from the built sitemap, an init script that records storage and cookie
 * writes, CSP violations and script execution, page settling (islands hydrated, network
 * idle) and a visible-focus probe.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { BASE, DIST_DIR, hydrateAllIslands, launchChromium, type Session } from './harness.ts';
import { startStaticServer } from './static-server.ts';

export interface RouteList {
  routes: string[];
  /** Where the list came from; 'fallback' means dist/sitemap.xml was missing. */
  source: 'sitemap' | 'fallback';
}

/** Root-relative path (without the site's base) of an absolute sitemap URL. */
export function pathOfLoc(loc: string, base = BASE): string {
  const pathname = new URL(loc).pathname;
  const b = base.endsWith('/') ? base : `${base}/`;
  return pathname.startsWith(b) ? `/${pathname.slice(b.length)}` : pathname;
}

function locs(xml: string): string[] {
  return [...xml.matchAll(/<loc>\s*([^<\s]+)\s*<\/loc>/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));
}

function indexHtmlRoutes(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name === 'index.html') out.push(`/${relative(dir, d).split('\\').join('/')}/`.replace(/\/+/g, '/'));
    }
  };
  walk(dir);
  return out.sort();
}

/**
 * Every page of the built site: the `<loc>`s of `<dist>/sitemap.xml` (following a sitemap
 * index into its child sitemaps). Only when the sitemap is absent: every index.html in dist.
 */
export function builtRoutes(dist = DIST_DIR): RouteList {
  const root = resolve(dist);
  const sitemap = join(root, 'sitemap.xml');
  if (!existsSync(sitemap)) return { routes: indexHtmlRoutes(root), source: 'fallback' };
  const routes = new Set<string>();
  const queue = [readFileSync(sitemap, 'utf8')];
  while (queue.length) {
    const xml = queue.pop()!;
    const isIndex = /<sitemapindex[\s>]/.test(xml);
    for (const loc of locs(xml)) {
      const path = pathOfLoc(loc);
      if (isIndex) {
        const child = join(root, path);
        if (existsSync(child)) queue.push(readFileSync(child, 'utf8'));
      } else if (!/\.[a-z0-9]+$/i.test(path) || path.endsWith('.html')) routes.add(path);
    }
  }
  return { routes: [...routes].sort(), source: 'sitemap' };
}

/**
 * A "page type" per route: routes that share a parent folder with siblings (detail, region,
 * programme pages) collapse into one type; every other route is its own type.
 */
export function pageTypes(routes: readonly string[]): Map<string, string> {
  const parentOf = (r: string) => r.replace(/[^/]+\/$/, '');
  const siblings = new Map<string, number>();
  for (const r of routes) siblings.set(parentOf(r), (siblings.get(parentOf(r)) ?? 0) + 1);
  const types = new Map<string, string>();
  for (const r of routes) {
    const parent = parentOf(r);
    const isParam = r !== parent && (siblings.get(parent) ?? 0) > 1 && parent !== '/' && parent !== '/en/' && parent.length > 1;
    const type = isParam ? `${parent}:id/` : r;
    if (!types.has(type)) types.set(type, r);
  }
  return types;
}

const require = createRequire(import.meta.url);

/** The same rule set as harness.axeViolations: WCAG 2.0/2.1 A and AA. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * Load axe-core into every page of the context once (an init script, outside the page's
 * CSP), so that `axeRun` need not inject it per call. With hundreds of pages this is ~10×
 * faster than AxeBuilder.analyze(), which injects and serialises axe on every call.
 */
export async function installAxe(context: BrowserContext): Promise<void> {
  await context.addInitScript({ path: require.resolve('axe-core/axe.min.js') });
}

/**
 * axe-core with the WCAG 2.0/2.1 A and AA rules on the current document (needs installAxe);
 * violations in the same readable form as harness.axeViolations.
 */
export async function axeRun(page: Page): Promise<string[]> {
  return page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe?: { run(ctx: Document, opts: object): Promise<{ violations: { id: string; impact?: string | null; help: string; nodes: { target: unknown[] }[] }[] }> } }).axe;
    if (!axe) throw new Error('axe-core is not loaded: call installAxe(context) first');
    const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return result.violations.map(
      (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(' | ')}`,
    );
  }, AXE_TAGS);
}

/** What the init script records in every page (window.__qa). */
export interface QaRecord {
  storageWrites: string[];
  cookieWrites: string[];
  cspViolations: string[];
  /** Set by hostile-data payloads if any of them ever runs (they call window.__qaPwned()). */
  pwned: string[];
}

/**
 * Installed with context.addInitScript, so it runs before any page script and outside the
 * page's CSP. Records Storage writes, document.cookie writes and CSP violation events.
 */
export function qaInitScript(): void {
  const w = window as unknown as { __qa: QaRecord; __qaPwned: (what: unknown) => void };
  if (w.__qa) return;
  const qa: QaRecord = { storageWrites: [], cookieWrites: [], cspViolations: [], pwned: [] };
  w.__qa = qa;
  w.__qaPwned = (what: unknown) => qa.pwned.push(String(what));
  const proto = Storage.prototype;
  const which = (s: Storage) => {
    try {
      return s === window.localStorage ? 'localStorage' : s === window.sessionStorage ? 'sessionStorage' : 'storage';
    } catch {
      return 'storage';
    }
  };
  const setItem = proto.setItem;
  proto.setItem = function (this: Storage, key: string, value: string) {
    qa.storageWrites.push(`${which(this)}.setItem(${JSON.stringify(key)})`);
    return setItem.call(this, key, value);
  };
  const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie');
  if (cookie?.set && cookie.get) {
    Object.defineProperty(Document.prototype, 'cookie', {
      configurable: true,
      get: cookie.get,
      set(this: Document, v: string) {
        qa.cookieWrites.push(String(v).split(';')[0] ?? '');
        cookie.set!.call(this, v);
      },
    });
  }
  document.addEventListener(
    'securitypolicyviolation',
    (e) => qa.cspViolations.push(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile || 'document'}:${e.lineNumber}) ${e.sample}`.trim()),
    true,
  );
}

export async function installQa(context: BrowserContext): Promise<void> {
  await context.addInitScript(qaInitScript);
}

export async function qaRecord(page: Page): Promise<QaRecord> {
  return page.evaluate(() => (window as unknown as { __qa: QaRecord }).__qa);
}

/**
 * Let the page finish what it does on its own: bring islands into view (client:visible
 * islands hydrate), wait until no island is still waiting to hydrate and no element that announces
 * readiness is still busy, and for the network to go idle.
 */
export async function settle(page: Page, timeout = 15_000): Promise<void> {
  let inflight = 0;
  let lastChange = Date.now();
  const up = () => {
    inflight++;
    lastChange = Date.now();
  };
  const down = () => {
    inflight = Math.max(0, inflight - 1);
    lastChange = Date.now();
  };
  page.on('request', up);
  page.on('requestfinished', down);
  page.on('requestfailed', down);
  try {
    const dynamic = await page.evaluate(() => document.querySelector('astro-island, [data-ready], script[type="module"]') !== null);
    if (!dynamic) return;
    await hydrateAllIslands(page);
    await page
      .waitForFunction(
        () =>
          document.querySelectorAll('astro-island[ssr]').length === 0 &&
          [...document.querySelectorAll('[data-ready]')].every((el) => el.getAttribute('data-ready') !== 'false'),
        undefined,
        { timeout, polling: 50 },
      )
      .catch(() => undefined);
    // Network quiet: nothing in flight and no request started or ended for 150 ms.
    const deadline = Date.now() + timeout;
    while (Date.now() < deadline && (inflight > 0 || Date.now() - lastChange < 150)) {
      await new Promise((r) => setTimeout(r, 50));
    }
  } finally {
    page.off('request', up);
    page.off('requestfinished', down);
    page.off('requestfailed', down);
  }
}

/** Islands still waiting to hydrate after settle(): a hint when an island never starts. */
export async function pendingIslands(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('astro-island[ssr]')].map((el) => el.getAttribute('component-url') ?? 'island'),
  );
}

/** The page's CSP meta content, or null. */
export async function cspMeta(page: Page): Promise<string | null> {
  return page.evaluate(
    () => document.querySelector('meta[http-equiv="content-security-policy" i]')?.getAttribute('content') ?? null,
  );
}

/** Problems with a CSP string: missing directives or anything that allows arbitrary inline code. */
export function cspProblems(policy: string | null): string[] {
  if (!policy) return ['no <meta http-equiv="content-security-policy">'];
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), values);
  }
  const problems: string[] = [];
  for (const d of ['default-src', 'script-src', 'style-src', 'object-src', 'base-uri']) {
    if (!directives.has(d)) problems.push(`missing ${d}`);
  }
  for (const [name, values] of directives) {
    if (!/^(script|style|default)-src/.test(name)) continue;
    for (const bad of ["'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'", '*', 'data:', 'http:', 'https:']) {
      if (values.includes(bad)) problems.push(`${name} allows ${bad}`);
    }
  }
  if (directives.get('object-src')?.join(' ') !== "'none'") problems.push("object-src is not 'none'");
  return problems;
}

export interface FocusStep {
  element: string;
  visible: boolean;
  detail: string;
}

/**
 * Press Tab `count` times from the top of the page; for each focused element compare its
 * computed outline and box-shadow with the same element unfocused. An element whose focus
 * changes neither has no visible focus indicator.
 */
export async function focusSteps(page: Page, count: number): Promise<FocusStep[]> {
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    window.scrollTo(0, 0);
    const w = window as unknown as { __focus: { log: Element[]; on: string[]; key(el: Element): string; name(el: Element): string } };
    w.__focus = {
      log: [],
      on: [],
      key(el) {
        const cs = getComputedStyle(el);
        const outline = cs.outlineStyle === 'none' || parseFloat(cs.outlineWidth) === 0 ? 'none' : `${cs.outlineStyle} ${cs.outlineWidth} ${cs.outlineColor}`;
        return `outline=${outline} box-shadow=${cs.boxShadow}`;
      },
      name(e) {
        const cls = (e.getAttribute('class') ?? '').trim().split(/\s+/).filter(Boolean).slice(0, 2).join('.');
        const href = e.getAttribute('href');
        const label = e.getAttribute('aria-label') ?? (e.textContent ?? '').trim().slice(0, 30);
        return `${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ''}${cls ? `.${cls}` : ''}${href ? `[href="${href}"]` : ''} "${label}"`;
      },
    };
  });
  for (let i = 0; i < count; i++) {
    await page.keyboard.press('Tab');
    const wrapped = await page.evaluate(() => {
      const f = (window as unknown as { __focus: { log: Element[]; on: string[]; key(el: Element): string } }).__focus;
      const el = document.activeElement;
      if (!el || el === document.body) return false;
      if (f.log.includes(el)) return true;
      f.log.push(el);
      f.on.push(f.key(el));
      return false;
    });
    if (wrapped) break;
  }
  return page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    const f = (window as unknown as { __focus: { log: Element[]; on: string[]; key(el: Element): string; name(el: Element): string } }).__focus;
    return f.log.map((el, i) => {
      const on = f.on[i]!;
      const off = f.key(el);
      const indicatorOn = !/outline=none box-shadow=none$/.test(on);
      return { element: f.name(el), visible: on !== off && indicatorOn, detail: `focused: ${on}; unfocused: ${off}` };
    });
  });
}

/**
 * Like harness.startSession, but serving another build folder (e.g. a site built from the
 * hostile-data corpus into .tmp/), with the QA init script installed.
 */
export async function startSessionFor(dir: string): Promise<Session> {
  const server = await startStaticServer(dir, BASE);
  const context = await launchChromium();
  await installQa(context);
  return {
    server,
    context,
    close: async () => {
      await context.close();
      await server.close();
    },
  };
}

/**
 * Build the site from another data root into its own output folder (node_modules/astro,
 * run with the current Node). Throws with the build's output when it fails.
 */
export function buildSite(dataRoot: string, outDir: string, cacheDir: string): { ms: number } {
  const started = performance.now();
  const r = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
    encoding: 'utf8',
    env: {
      ...process.env,
      DIGITALATLAS_DATA_ROOT: resolve(dataRoot),
      ASTRO_OUT_DIR: outDir,
      ASTRO_CACHE_DIR: cacheDir,
      ASTRO_TELEMETRY_DISABLED: '1',
      NO_COLOR: '1',
    },
    maxBuffer: 64 * 1024 * 1024,
  });
  if (r.status !== 0) throw new Error(`astro build failed (exit ${r.status}):\n${r.stdout}\n${r.stderr}`);
  return { ms: performance.now() - started };
}
