/**
 * Interface texts of the finder ("Anlaufstelle finden"), German and English. Texts with
 * placeholders are functions so that numbers and names are inserted in one place.
 */
import type { Locale } from '../i18n.ts';

export interface FinderMessages {
  title: string;
  intro: string;
  privacy: string;
  formLabel: string;
  inputLabel: string;
  inputHint: string;
  submit: string;
  useLocation: string;
  locating: string;
  focusLabel: string;
  focusAll: string;
  loadingGazetteer: string;
  gazetteerFailed: string;
  retry: string;
  noscript: string;
  noscriptLink: string;
  suggestionsLabel: string;
  suggestionsCount: (n: number) => string;
  noSuggestions: string;
  resultsHeading: string;
  resultsIdle: string;
  resultsFor: (n: number, where: string) => string;
  resultsNone: (where: string) => string;
  resultsNoneFocus: string;
  nationalHeading: string;
  nationalIntro: string;
  nationalNone: string;
  nationalNoneFocus: string;
  unplacedHeading: string;
  unplacedIntro: string;
  unplacedNoneFocus: string;
  state: string;
  showMore: string;
  yourLocation: string;
  distanceKm: (km: string) => string;
  approximate: string;
  kind: string;
  programme: string;
  address: string;
  website: string;
  choicesHeading: (q: string) => string;
  errorTitle: string;
  errors: {
    empty: string;
    unknownPostcode: (pc: string) => string;
    lettersInPostcode: string;
    postcodeTooLong: string;
    postcodeTooShort: (prefix: string) => string;
    unknownPlace: (q: string) => string;
    geoDenied: string;
    geoUnavailable: string;
    geoTimeout: string;
    geoUnsupported: string;
  };
  showOnMap: string;
  mapLabel: string;
  methodHeading: string;
  method: string;
  methodLink: string;
  /** Attribution of the gazetteer, in parts around the linked names. */
  attribution: { before: string; postcodes: string; osm: string };
}

const de: FinderMessages = {
  title: 'Anlaufstelle finden',
  intro:
    'Finden Sie die nächstgelegenen Anlaufstellen für Digitalisierung, Industrie 4.0 und Künstliche Intelligenz: Zentren, Digital Hubs, Netzwerke und Testlabore, die Unternehmen beraten und unterstützen.',
  privacy:
    'Die Suche läuft vollständig in Ihrem Browser. Ihre Eingabe und Ihr Standort werden an keinen Server übermittelt.',
  formLabel: 'Anlaufstelle suchen',
  inputLabel: 'Postleitzahl oder Ort',
  inputHint: 'Zum Beispiel 69117 oder Heidelberg. Beim Tippen erscheinen Vorschläge; mit den Pfeiltasten auswählen.',
  submit: 'Suchen',
  useLocation: 'Meinen Standort verwenden',
  locating: 'Standort wird ermittelt …',
  focusLabel: 'Schwerpunkt',
  focusAll: 'Alle Schwerpunkte',
  loadingGazetteer: 'Ortsverzeichnis wird geladen …',
  gazetteerFailed: 'Das Ortsverzeichnis konnte nicht geladen werden. Bitte prüfen Sie Ihre Verbindung.',
  retry: 'Erneut versuchen',
  noscript:
    'Die Umkreissuche benötigt JavaScript, weil sie vollständig in Ihrem Browser rechnet. Bitte aktivieren Sie JavaScript. Alle Angebote finden Sie auch ohne JavaScript in den offenen Daten.',
  noscriptLink: 'Zu den offenen Daten',
  suggestionsLabel: 'Vorschläge',
  suggestionsCount: (n) => (n === 1 ? '1 Vorschlag verfügbar.' : `${n} Vorschläge verfügbar.`),
  noSuggestions: 'Keine Vorschläge.',
  resultsHeading: 'Anlaufstellen in Ihrer Nähe',
  resultsIdle: 'Geben Sie oben eine Postleitzahl oder einen Ort ein, oder verwenden Sie Ihren Standort.',
  resultsFor: (n, where) => (n === 1 ? `Die nächste Anlaufstelle zu ${where}:` : `Die ${n} nächsten Anlaufstellen zu ${where}:`),
  resultsNone: (where) => `Zu ${where} wurden keine Anlaufstellen gefunden.`,
  resultsNoneFocus: 'Für diesen Schwerpunkt gibt es keine Anlaufstellen. Wählen Sie „Alle Schwerpunkte“.',
  nationalHeading: 'Bundesweite Angebote',
  nationalIntro: 'Diese Angebote sind für Unternehmen in ganz Deutschland da, unabhängig von der Entfernung.',
  nationalNone: 'Zurzeit sind keine bundesweiten Angebote verzeichnet.',
  nationalNoneFocus: 'Keine bundesweiten Angebote für diesen Schwerpunkt.',
  unplacedHeading: 'Angebote ohne festen Standort',
  unplacedIntro:
    'Diese Angebote arbeiten landesweit oder in einer Region, ohne eine Adresse anzugeben. Sie sind nicht nach Entfernung sortiert; Angebote aus dem Land Ihrer Suche stehen zuerst.',
  unplacedNoneFocus: 'Keine Angebote ohne festen Standort für diesen Schwerpunkt.',
  state: 'Land',
  showMore: 'Weitere anzeigen',
  yourLocation: 'Ihrem Standort',
  distanceKm: (km) => `${km} km Luftlinie`,
  approximate: 'Lage ungefähr (Ortsmitte)',
  kind: 'Art',
  programme: 'Programm',
  address: 'Adresse',
  website: 'Website',
  choicesHeading: (q) => `Welchen Ort meinen Sie mit „${q}“?`,
  errorTitle: 'Bitte prüfen Sie Ihre Eingabe',
  errors: {
    empty: 'Bitte geben Sie eine Postleitzahl oder einen Ort ein, oder verwenden Sie Ihren Standort.',
    unknownPostcode: (pc) =>
      `Die Postleitzahl ${pc} kennen wir nicht. Bitte prüfen Sie die Ziffern oder geben Sie den Namen Ihres Ortes ein.`,
    lettersInPostcode:
      'Eine Postleitzahl besteht nur aus fünf Ziffern. Bitte entfernen Sie die Buchstaben oder geben Sie nur den Ortsnamen ein.',
    postcodeTooLong: 'Eine Postleitzahl hat genau fünf Ziffern. Bitte prüfen Sie Ihre Eingabe.',
    postcodeTooShort: (p) => `Eine Postleitzahl hat fünf Ziffern, „${p}“ ist zu kurz. Wählen Sie einen Vorschlag oder ergänzen Sie die Ziffern.`,
    unknownPlace: (q) => `Einen Ort „${q}“ haben wir nicht gefunden. Bitte prüfen Sie die Schreibweise oder geben Sie die Postleitzahl ein.`,
    geoDenied:
      'Sie haben den Zugriff auf Ihren Standort nicht erlaubt. Geben Sie stattdessen Ihre Postleitzahl oder Ihren Ort ein.',
    geoUnavailable: 'Ihr Standort konnte nicht ermittelt werden. Geben Sie stattdessen Ihre Postleitzahl oder Ihren Ort ein.',
    geoTimeout: 'Die Standortermittlung hat zu lange gedauert. Versuchen Sie es erneut oder geben Sie Ihre Postleitzahl ein.',
    geoUnsupported: 'Ihr Browser kann keinen Standort ermitteln. Geben Sie stattdessen Ihre Postleitzahl oder Ihren Ort ein.',
  },
  showOnMap: 'Auf der Karte markieren',
  mapLabel: 'Karte der gefundenen Anlaufstellen und des Suchpunkts',
  method:
    'Entfernungen sind Luftlinie vom Mittelpunkt der Postleitzahl oder des Ortes (bzw. von Ihrem Standort) zur Anlaufstelle. Der Mittelpunkt einer Postleitzahl ist eine Näherung.',
  methodHeading: 'Methode und Quellen',
  methodLink: 'Mehr zu Methode und Genauigkeit',
  attribution: { before: 'Ortsverzeichnis: enthält Daten von', postcodes: '; Postleitzahlen', osm: '© OpenStreetMap-Mitwirkende' },
};

const en: FinderMessages = {
  title: 'Find a support centre',
  intro:
    'Find the nearest places that help with digitalisation, Industrie 4.0 and artificial intelligence: centres, digital hubs, networks and test labs that advise and support businesses.',
  privacy: 'The search runs entirely in your browser. Your input and your location are not sent to any server.',
  formLabel: 'Search for a support centre',
  inputLabel: 'Postcode or place',
  inputHint: 'For example 69117 or Heidelberg. Suggestions appear as you type; choose one with the arrow keys.',
  submit: 'Search',
  useLocation: 'Use my location',
  locating: 'Finding your location …',
  focusLabel: 'Focus',
  focusAll: 'All topics',
  loadingGazetteer: 'Loading the list of places …',
  gazetteerFailed: 'The list of places could not be loaded. Please check your connection.',
  retry: 'Try again',
  noscript:
    'The proximity search needs JavaScript because it runs entirely in your browser. Please enable JavaScript. All offers are also available without JavaScript as open data.',
  noscriptLink: 'Go to the open data',
  suggestionsLabel: 'Suggestions',
  suggestionsCount: (n) => (n === 1 ? '1 suggestion available.' : `${n} suggestions available.`),
  noSuggestions: 'No suggestions.',
  resultsHeading: 'Support near you',
  resultsIdle: 'Enter a postcode or a place above, or use your location.',
  resultsFor: (n, where) => (n === 1 ? `The nearest offer to ${where}:` : `The ${n} nearest offers to ${where}:`),
  resultsNone: (where) => `No offers found for ${where}.`,
  resultsNoneFocus: 'There are no offers with this focus. Choose “All topics”.',
  nationalHeading: 'Nationwide offers',
  nationalIntro: 'These offers serve businesses all over Germany, whatever the distance.',
  nationalNone: 'No nationwide offers are listed at present.',
  nationalNoneFocus: 'No nationwide offers with this focus.',
  unplacedHeading: 'Offers without a fixed location',
  unplacedIntro:
    'These offers work across a state or a region without giving an address. They are not sorted by distance; offers from the state of your search come first.',
  unplacedNoneFocus: 'No offers without a fixed location for this focus.',
  state: 'State',
  showMore: 'Show more',
  yourLocation: 'your location',
  distanceKm: (km) => `${km} km in a straight line`,
  approximate: 'approximate position (centre of town)',
  kind: 'Kind',
  programme: 'Programme',
  address: 'Address',
  website: 'Website',
  choicesHeading: (q) => `Which place do you mean by “${q}”?`,
  errorTitle: 'Please check your input',
  errors: {
    empty: 'Please enter a postcode or a place, or use your location.',
    unknownPostcode: (pc) => `We do not know the postcode ${pc}. Please check the digits or enter the name of your town.`,
    lettersInPostcode: 'A postcode consists of five digits only. Please remove the letters or enter just the name of the place.',
    postcodeTooLong: 'A postcode has exactly five digits. Please check your input.',
    postcodeTooShort: (p) => `A postcode has five digits; “${p}” is too short. Choose a suggestion or add the missing digits.`,
    unknownPlace: (q) => `We could not find a place called “${q}”. Please check the spelling or enter the postcode.`,
    geoDenied: 'You did not allow access to your location. Enter your postcode or town instead.',
    geoUnavailable: 'Your location could not be determined. Enter your postcode or town instead.',
    geoTimeout: 'Finding your location took too long. Try again or enter your postcode.',
    geoUnsupported: 'Your browser cannot determine your location. Enter your postcode or town instead.',
  },
  showOnMap: 'Highlight on the map',
  mapLabel: 'Map of the offers found and the search point',
  method:
    'Distances are straight-line distances from the centre of the postcode or place (or from your location) to the offer. The centre of a postcode is an approximation.',
  methodHeading: 'Method and sources',
  methodLink: 'More on method and accuracy',
  attribution: { before: 'Place directory: contains data from', postcodes: '; postcodes', osm: '© OpenStreetMap contributors' },
};

export const finderMessages: Record<Locale, FinderMessages> = { de, en };
