/**
 * Serialise structured data for `<script type="application/ld+json">`. JSON.stringify alone
 * is not safe inside a script element: a value containing "</script>" would end it and let
 * data inject markup. Every "<" (and ">", "&", U+2028/2029 for good measure) is written as a
 * JSON unicode escape, which parses back to the same value.
 */
export function jsonLdScriptContent(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
