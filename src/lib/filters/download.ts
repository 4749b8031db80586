/**
 * Downloads of the current selection: the published JSON records (/daten/initiatives.json)
 * narrowed to the selected ids, as JSON or CSV with the same columns. Pure.
 */
export type PublishedRecord = Record<string, string | number | string[] | null>;

/** Records whose id is selected, in the published order. */
export function selectRecords(records: readonly PublishedRecord[], ids: ReadonlySet<string>): PublishedRecord[] {
  return records.filter((r) => typeof r.id === 'string' && ids.has(r.id));
}

export function selectionJson(records: readonly PublishedRecord[]): string {
  return `${JSON.stringify(records, null, 2)}\n`;
}

const cell = (v: PublishedRecord[string]): string => {
  const s = v === null || v === undefined ? '' : Array.isArray(v) ? v.join('|') : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/** CSV like /daten/initiatives.csv: UTF-8, comma, LF, quotes only where needed, lists joined by "|". */
export function selectionCsv(records: readonly PublishedRecord[], columns: readonly string[]): string {
  const lines = [columns.map((c) => cell(c)).join(',')];
  for (const r of records) lines.push(columns.map((c) => cell(r[c] ?? null)).join(','));
  return `${lines.join('\n')}\n`;
}
