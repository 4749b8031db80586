// @vitest-environment happy-dom
/**
 * JSON-LD is the one place where data goes into a script element. A hostile value must not
 * be able to end the element or start markup, and must parse back unchanged.
 */
import { describe, expect, it } from 'vitest';
import { jsonLdScriptContent } from '../../../src/lib/views/json-ld.ts';

const HOSTILE = [
  '</script><script>alert(1)</script>',
  '</SCRIPT ><img src=x onerror=alert(1)>',
  '<!-- <script>',
  ']]> & &amp; \u2028\u2029 "quotes" \\ backslash',
];

describe('jsonLdScriptContent', () => {
  it.each(HOSTILE)('escapes %j so it cannot close the script element', (value) => {
    const json = jsonLdScriptContent({ name: value, nested: [{ description: value }] });
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(json)).toEqual({ name: value, nested: [{ description: value }] });
  });

  it('yields exactly one inert script element when put into HTML, whose text parses to the data', () => {
    const data = { '@context': 'https://schema.org', name: HOSTILE[0], description: HOSTILE[1] };
    document.body.innerHTML = `<div><script type="application/ld+json">${jsonLdScriptContent(data)}</script><p id="after">after</p></div>`;
    const scripts = document.querySelectorAll('script');
    expect(scripts).toHaveLength(1);
    expect(document.querySelectorAll('img')).toHaveLength(0);
    expect(JSON.parse(scripts[0]!.textContent ?? '')).toEqual(data);
    expect(document.getElementById('after')?.textContent).toBe('after');
  });

  it('control: plain JSON.stringify would let the hostile string break out (so the test above can fail)', () => {
    document.body.innerHTML = `<div><script type="application/ld+json">${JSON.stringify({ name: HOSTILE[0] })}</script></div>`;
    expect(document.querySelectorAll('script').length).toBeGreaterThan(1);
  });
});
