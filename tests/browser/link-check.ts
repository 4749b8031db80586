/**
 * A link checker over the built site: every internal href/src in every HTML file of dist/
 * must point to a file that exists, and a #fragment to an element id on that page.
 * Internal means root-relative under the site's base, relative, or absolute under the site's
 * own origin. No network.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

export interface BrokenLink {
  page: string;
  attribute: string;
  url: string;
  reason: string;
}

export function htmlFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name.endsWith('.html')) out.push(p);
    }
  };
  walk(dir);
  return out.sort();
}

const decodeEntities = (s: string) =>
  s.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>');

/** href, src and srcset values of a page (attribute values as the browser would read them). */
export function linksOf(html: string): { attribute: string; url: string }[] {
  const out: { attribute: string; url: string }[] = [];
  for (const m of html.matchAll(/\s(href|src|srcset)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi)) {
    const attribute = m[1]!.toLowerCase();
    const value = decodeEntities(m[2] ?? m[3] ?? m[4] ?? '');
    if (attribute === 'srcset') {
      for (const part of value.split(',')) {
        const url = part.trim().split(/\s+/)[0];
        if (url) out.push({ attribute, url });
      }
    } else out.push({ attribute, url: value });
  }
  return out;
}

const idsCache = new Map<string, Set<string>>();
function idsOf(file: string): Set<string> {
  let ids = idsCache.get(file);
  if (!ids) {
    ids = new Set([...readFileSync(file, 'utf8').matchAll(/\sid\s*=\s*"([^"]+)"/g)].map((m) => decodeEntities(m[1]!)));
    idsCache.set(file, ids);
  }
  return ids;
}

/** File in dist that serves a site path (without base), or undefined. */
export function fileForPath(dist: string, path: string): string | undefined {
  const p = join(dist, decodeURIComponent(path));
  if (!p.startsWith(dist)) return undefined;
  if (path.endsWith('/')) return existsSync(join(p, 'index.html')) ? join(p, 'index.html') : undefined;
  if (existsSync(p) && statSync(p).isFile()) return p;
  return undefined;
}

export function checkLinks(distDir: string, base: string, siteOrigin: string): { checked: number; broken: BrokenLink[] } {
  const dist = resolve(distDir);
  const b = base.endsWith('/') ? base : `${base}/`;
  const broken: BrokenLink[] = [];
  let checked = 0;
  for (const file of htmlFiles(dist)) {
    const rel = `/${relative(dist, file).split('\\').join('/')}`;
    const pagePath = rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel;
    const pageUrl = new URL(`${b.replace(/\/$/, '')}${pagePath}`, siteOrigin);
    for (const { attribute, url } of linksOf(readFileSync(file, 'utf8'))) {
      if (/^(mailto|tel|data|javascript|blob):/i.test(url)) continue;
      let target: URL;
      try {
        target = new URL(url, pageUrl);
      } catch {
        broken.push({ page: rel, attribute, url, reason: 'not a valid URL' });
        continue;
      }
      if (target.origin !== new URL(siteOrigin).origin) continue; // external
      checked++;
      if (!target.pathname.startsWith(b)) {
        broken.push({ page: rel, attribute, url, reason: `outside the base path ${b}` });
        continue;
      }
      const sitePath = `/${target.pathname.slice(b.length)}`;
      const targetFile = fileForPath(dist, sitePath);
      if (!targetFile) {
        broken.push({ page: rel, attribute, url, reason: 'no such file in dist' });
        continue;
      }
      const fragment = decodeURIComponent(target.hash.slice(1));
      if (fragment && targetFile.endsWith('.html') && !idsOf(targetFile).has(fragment)) {
        broken.push({ page: rel, attribute, url, reason: `no element with id "${fragment}"` });
      }
    }
  }
  return { checked, broken };
}
