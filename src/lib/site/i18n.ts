/**
 * Interface texts in German (default) and English. Data labels (kinds, foci, states)
 * come from data/vocabularies.json, not from here.
 */
export const LOCALES = ['de', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'de';

const de = {
  siteName: 'Digitalatlas',
  tagline: 'Digitalisierung, Industrie 4.0 und KI in Baden-Württemberg, Nordrhein-Westfalen und Sachsen',
  skipToContent: 'Zum Inhalt springen',
  navMain: 'Hauptnavigation',
  navDashboard: 'Übersicht',
  navFinder: 'Anlaufstelle finden',
  navRegions: 'Regionen',
  navData: 'Offene Daten',
  languageSwitch: 'English',
  languageSwitchLabel: 'Switch to English',
  footerAbout: 'Ein offenes Verzeichnis öffentlich geförderter Digitalisierungsangebote.',
  footerDataLicence: 'Daten: Digitalatlas, lizenziert unter CC BY 4.0.',
  footerAttribution: 'Enthält Daten von GeoNames (CC BY 4.0) und © OpenStreetMap-Mitwirkende (ODbL).',
  footerLegal: 'Rechtliches',
  privacy: 'Datenschutz',
  accessibility: 'Barrierefreiheit',
  imprint: 'Impressum',
  easyLanguage: 'Leichte Sprache',
  sourceCode: 'Quellcode und Daten',
  lastUpdated: 'Stand der Daten',
  initiativesCount: 'Initiativen',
  perState: 'Initiativen nach Land',
  state: 'Land',
  count: 'Anzahl',
  active: 'aktiv',
} as const;

export type MessageKey = keyof typeof de;

const en: Record<MessageKey, string> = {
  siteName: 'Digitalatlas',
  tagline: 'Digitalisation, Industrie 4.0 and AI in Baden-Württemberg, North Rhine-Westphalia and Saxony',
  skipToContent: 'Skip to content',
  navMain: 'Main navigation',
  navDashboard: 'Overview',
  navFinder: 'Find a support centre',
  navRegions: 'Regions',
  navData: 'Open data',
  languageSwitch: 'Deutsch',
  languageSwitchLabel: 'Auf Deutsch lesen',
  footerAbout: 'An open directory of publicly funded digitalisation offers.',
  footerDataLicence: 'Data: Digitalatlas, licensed under CC BY 4.0.',
  footerAttribution: 'Contains data from GeoNames (CC BY 4.0) and © OpenStreetMap contributors (ODbL).',
  footerLegal: 'Legal',
  privacy: 'Privacy',
  accessibility: 'Accessibility',
  imprint: 'Imprint',
  easyLanguage: 'Easy language (German)',
  sourceCode: 'Source code and data',
  lastUpdated: 'Data as of',
  initiativesCount: 'initiatives',
  perState: 'Initiatives by state',
  state: 'State',
  count: 'Count',
  active: 'active',
};

export const messages: Record<Locale, Record<MessageKey, string>> = { de, en };

export function t(locale: Locale, key: MessageKey): string {
  return messages[locale][key];
}

/** Label of a vocabulary term in the given locale. */
export function label(term: { label_de: string; label_en: string }, locale: Locale): string {
  return locale === 'de' ? term.label_de : term.label_en;
}

/** German-style number formatting for German pages, English for English pages. */
const numberFormats = new Map<string, Intl.NumberFormat>();

export function formatNumber(n: number, locale: Locale, digits = 0): string {
  // Creating an Intl.NumberFormat costs far more than formatting with one: keep them.
  const key = `${locale}:${digits}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale === 'de' ? 'de-DE' : 'en-GB', {
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    });
    numberFormats.set(key, format);
  }
  return format.format(n);
}
