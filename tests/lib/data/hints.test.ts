import { describe, expect, it } from 'vitest';
import { editorHint, suggestId } from '../../../src/lib/data/hints.ts';

describe('fix suggestions for rejected cells', () => {
  it.each([
    ['id', 'KI_Labor Südwest', 'for example "ki-labor-suedwest"'],
    ['id', 'Straße-über-Ölfeld', 'for example "strasse-ueber-oelfeld"'],
    ['postcode', '1067', 'spreadsheets drop leading zeros: if you mean "01067", format the column as text and enter it again'],
    ['last_verified', '5.1.2026', 'write the date as 2026-01-05'],
    ['reference_date', '31.12.2024', 'write the date as 2024-12-31'],
    ['website', 'www.example.org', 'add "https://" in front: "https://www.example.org"'],
    ['focus', 'KI; Industrie40', 'write "ki|industrie40"'],
    ['focus', 'ki, mittelstand-digital', 'write "ki|mittelstand-digital"'],
    ['kind', 'Hub', 'write "hub" exactly so'],
    ['state', 'bw', 'write "BW" exactly so'],
  ])('%s = %j → %s', (column, value, hint) => {
    expect(editorHint(column, value)).toBe(hint);
  });

  it.each([
    ['focus', 'ki;blockchain'],
    ['kind', 'labor'],
    ['postcode', '123'],
    ['last_verified', '2026/01/05'],
    ['name', ''],
    ['id', '---'],
    ['id', '<script>alert(1)</script>'],
  ])('has nothing specific to say for %s = %j', (column, value) => {
    expect(editorHint(column, value)).toBeUndefined();
  });

  it('suggests kebab-case ids', () => {
    expect(suggestId('  Digital Hub Münster (Standort 2) ')).toBe('digital-hub-muenster-standort-2');
    expect(suggestId('École Numérique')).toBe('ecole-numerique');
  });
});
