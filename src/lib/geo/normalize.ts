/**
 * Name normalisation for German place names: case, diacritics, ß/ss,
 * ä/ae-style transliteration, punctuation, and "St."/"Sankt".
 */

const TRANSLIT: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss' };

function base(s: string): string {
  return s
    .toLowerCase()
    .replace(/ẞ/g, 'ß')
    .replace(/[-‐‑–—/_,;:()'’`"+&]/g, ' ')
    .replace(/\./g, '. ')
    .replace(/\s+/g, ' ')
    .trim();
}

function stripMarks(s: string): string {
  return s
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .normalize('NFC');
}

function finish(s: string): string {
  return s
    .replace(/\bst\. ?/g, 'sankt ')
    .replace(/\bst (?=[a-z])/g, 'sankt ')
    .replace(/\./g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Folding key: lower case, diacritics removed (ö → o), ß → ss, punctuation to
 * spaces, "St."/"St " → "sankt". "Köln" → "koln", "St. Georgen" → "sankt georgen".
 */
export function foldName(s: string): string {
  return finish(stripMarks(base(s)));
}

/** Transliteration key: like foldName but ä/ö/ü → ae/oe/ue. "Köln" → "koeln". */
export function translitName(s: string): string {
  return finish(stripMarks(base(s).replace(/[äöüß]/g, (c) => TRANSLIT[c] ?? c)));
}

/**
 * All keys under which a name should be found. A query matches a name when
 * one of the query's keys equals (or prefixes) one of the name's keys, so
 * "Koeln", "Koln" and "köln" all find "Köln".
 */
export function nameKeys(s: string): string[] {
  const a = foldName(s);
  const b = translitName(s);
  return a === b ? [a] : [a, b];
}

const QUALIFIER =
  /\s+(?:(?:bei|an der|an den|an dem|am|im|in der|in|ob der|auf der|vor der|unter der|über der)\s+|(?:b\.|a\.\s?d\.|i\.\s?d\.|a\.|i\.)\s*).+$/i;

/**
 * Looser variants of an official municipality name, for matching against
 * gazetteers that use the short form: "Werder (Havel)" → "Werder",
 * "Ketzin/Havel" → "Ketzin", "Rüdersdorf bei Berlin" → "Rüdersdorf",
 * "Neustadt an der Weinstraße" → "Neustadt". The first element is the name
 * itself; later ones are progressively looser. With `splitDoubleNames`
 * (default true) the loosest variant is the first part of a double name
 * ("Dessau-Roßlau" → "Dessau"), useful for matching, not for search ranking.
 */
export function nameVariants(s: string, opts: { splitDoubleNames?: boolean } = {}): string[] {
  const out = [s.trim()];
  const add = (v: string) => {
    const t = v.replace(/\s+/g, ' ').trim();
    if (t.length >= 2 && !out.includes(t)) out.push(t);
  };
  add(s.replace(/\s*\([^)]*\)\s*/g, ' '));
  add(s.replace(/\s*\/.*$/, ''));
  add(s.replace(/\s*,.*$/, ''));
  add(s.replace(/\s+-\s+.*$/, ''));
  add(s.replace(/\s+[IVX]+$/, ''));
  for (const v of [...out]) add(v.replace(QUALIFIER, ''));
  // Loosest: the first part of a double name ("Dessau-Roßlau" → "Dessau").
  const first = /^([^\s-]{4,})-\S/.exec(s);
  if (first && opts.splitDoubleNames !== false) add(first[1]!);
  return out;
}
