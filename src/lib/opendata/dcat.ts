/**
 * DCAT-AP.de metadata of the published data, for harvesting by open-data portals (GovData,
 * the state portals). One RDF graph, built once, serialised as JSON-LD (`dcat.jsonld`) and
 * RDF/XML (`dcat.rdf`, what CKAN-based harvesters read best). Pure.
 */
import { SITE } from '../site/config.ts';
import {
  ATTRIBUTION_TEXT,
  DATASET_DESCRIPTION,
  DATASET_TITLE,
  DATA_LICENCE,
  KEYWORDS,
  PUBLISHED_FILES,
  type PublishedFileId,
} from './meta.ts';
import type { FileIntegrity } from './datapackage.ts';

export const PREFIXES = {
  dcat: 'http://www.w3.org/ns/dcat#',
  dct: 'http://purl.org/dc/terms/',
  dcatde: 'http://dcat-ap.de/def/dcatde/',
  foaf: 'http://xmlns.com/foaf/0.1/',
  vcard: 'http://www.w3.org/2006/vcard/ns#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  spdx: 'http://spdx.org/rdf/terms#',
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
} as const;

type Prefixed = `${keyof typeof PREFIXES}:${string}`;
export type RdfValue = { '@id': string } | { '@value': string; '@language'?: string; '@type'?: Prefixed } | RdfNode;
export interface RdfNode {
  '@id'?: string;
  '@type': Prefixed;
  [property: Prefixed]: RdfValue | RdfValue[];
}

/** Official state keys (Amtlicher Regionalschlüssel, 2 digits) of the covered states. */
export const STATE_KEYS = { BW: '08', NW: '05', SN: '14' } as const;

const EU = 'http://publications.europa.eu/resource/authority/';
const lit = (value: string, language?: string): RdfValue => (language ? { '@value': value, '@language': language } : { '@value': value });
const typed = (value: string, type: Prefixed): RdfValue => ({ '@value': value, '@type': type });
const ref = (id: string): RdfValue => ({ '@id': id });

export interface DcatInput {
  /** Absolute URL of the open-data folder, ending in "/". */
  dataUrl: string;
  /** Absolute URLs of the open-data page in German and English. */
  landingPage: { de: string; en: string };
  /** Date of the newest verification in the data (YYYY-MM-DD). */
  modified: string;
  integrity?: Partial<Record<PublishedFileId, FileIntegrity>>;
}

const DISTRIBUTED: readonly PublishedFileId[] = ['initiatives-csv', 'initiatives-json', 'initiatives-geojson', 'programmes-csv', 'datapackage'];

/** The catalogue, the dataset and one distribution per downloadable file. */
export function buildDcatGraph(input: DcatInput): RdfNode {
  const datasetId = new URL('#dataset', input.landingPage.de).href;
  const distributions: RdfNode[] = PUBLISHED_FILES.filter((f) => DISTRIBUTED.includes(f.id)).map((f) => {
    const url = new URL(f.file, input.dataUrl).href;
    const integrity = input.integrity?.[f.id];
    const node: RdfNode = {
      '@id': url,
      '@type': 'dcat:Distribution',
      'dct:title': [lit(f.title.de, 'de'), lit(f.title.en, 'en')],
      'dcat:accessURL': ref(url),
      'dcat:downloadURL': ref(url),
      'dct:format': ref(`${EU}file-type/${f.euFileType}`),
      'dcat:mediaType': ref(`https://www.iana.org/assignments/media-types/${f.mediaType}`),
      'dct:license': ref(DATA_LICENCE.dcatApDe),
      'dcatde:licenseAttributionByText': lit(ATTRIBUTION_TEXT),
      'dct:modified': typed(input.modified, 'xsd:date'),
    };
    if (integrity) {
      node['dcat:byteSize'] = typed(String(integrity.bytes), 'xsd:nonNegativeInteger');
      node['spdx:checksum'] = {
        '@type': 'spdx:Checksum',
        'spdx:algorithm': ref('http://spdx.org/rdf/terms#checksumAlgorithm_sha256'),
        'spdx:checksumValue': typed(integrity.sha256, 'xsd:hexBinary'),
      };
    }
    return node;
  });
  const dataset: RdfNode = {
    '@id': datasetId,
    '@type': 'dcat:Dataset',
    'dct:identifier': lit(datasetId),
    'dct:title': [lit(DATASET_TITLE.de, 'de'), lit(DATASET_TITLE.en, 'en')],
    'dct:description': [lit(DATASET_DESCRIPTION.de, 'de'), lit(DATASET_DESCRIPTION.en, 'en')],
    'dcat:keyword': KEYWORDS.map((k) => lit(k, 'de')),
    'dcat:theme': [ref(`${EU}data-theme/ECON`), ref(`${EU}data-theme/TECH`)],
    'dct:language': [ref(`${EU}language/DEU`), ref(`${EU}language/ENG`)],
    'dct:accessRights': ref(`${EU}access-right/PUBLIC`),
    'dct:accrualPeriodicity': ref(`${EU}frequency/IRREG`),
    'dct:spatial': Object.values(STATE_KEYS).map((k) => ref(`http://dcat-ap.de/def/politicalGeocoding/stateKey/${k}`)),
    'dcatde:politicalGeocodingLevelURI': ref('http://dcat-ap.de/def/politicalGeocodingLevel/state'),
    'dcatde:politicalGeocodingURI': Object.values(STATE_KEYS).map((k) => ref(`http://dcat-ap.de/def/politicalGeocoding/stateKey/${k}`)),
    'dct:modified': typed(input.modified, 'xsd:date'),
    'dcat:landingPage': ref(input.landingPage.de),
    'dct:publisher': { '@type': 'foaf:Organization', 'foaf:name': lit(SITE.name) },
    'dcat:contactPoint': {
      '@type': 'vcard:Organization',
      'vcard:fn': lit(SITE.name),
      'vcard:hasURL': ref(`${SITE.repository}/issues`),
    },
    'dcatde:maintainer': { '@type': 'foaf:Organization', 'foaf:name': lit(SITE.name) },
    'dct:conformsTo': ref('https://specs.frictionlessdata.io/data-package/'),
    'dcat:distribution': distributions,
  };
  return {
    '@id': new URL('dcat.jsonld#catalog', input.dataUrl).href,
    '@type': 'dcat:Catalog',
    'dct:title': [lit(`${SITE.name} – Offene Daten`, 'de'), lit(`${SITE.name} – open data`, 'en')],
    'dct:description': [lit(DATASET_DESCRIPTION.de, 'de'), lit(DATASET_DESCRIPTION.en, 'en')],
    'dct:publisher': { '@type': 'foaf:Organization', 'foaf:name': lit(SITE.name) },
    'foaf:homepage': ref(input.landingPage.de),
    'dct:modified': typed(input.modified, 'xsd:date'),
    'dcat:dataset': dataset,
  };
}

/** JSON-LD document of the graph, with the prefixes as its context. */
export function dcatJsonLd(graph: RdfNode): string {
  const { rdf: _rdf, ...context } = PREFIXES;
  return `${JSON.stringify({ '@context': context, ...graph }, null, 2)}\n`;
}

const xmlEscape = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const isNode = (v: RdfValue): v is RdfNode => '@type' in v && !('@value' in v);

function expand(prefixed: Prefixed): string {
  const [p, local] = prefixed.split(':') as [keyof typeof PREFIXES, string];
  return `${PREFIXES[p]}${local}`;
}

function nodeXml(node: RdfNode, indent: string): string {
  const about = node['@id'] ? ` rdf:about="${xmlEscape(node['@id'])}"` : '';
  const lines = [`${indent}<${node['@type']}${about}>`];
  for (const [prop, raw] of Object.entries(node)) {
    if (prop.startsWith('@')) continue;
    for (const v of (Array.isArray(raw) ? raw : [raw]) as RdfValue[]) {
      if (isNode(v)) {
        lines.push(`${indent}  <${prop}>`, nodeXml(v, `${indent}    `), `${indent}  </${prop}>`);
      } else if ('@id' in v) {
        lines.push(`${indent}  <${prop} rdf:resource="${xmlEscape(v['@id'])}"/>`);
      } else {
        const lang = v['@language'] ? ` xml:lang="${v['@language']}"` : '';
        const type = v['@type'] ? ` rdf:datatype="${expand(v['@type'])}"` : '';
        lines.push(`${indent}  <${prop}${lang}${type}>${xmlEscape(v['@value'])}</${prop}>`);
      }
    }
  }
  lines.push(`${indent}</${node['@type']}>`);
  return lines.join('\n');
}

/** RDF/XML document of the graph. */
export function dcatRdfXml(graph: RdfNode): string {
  const ns = Object.entries(PREFIXES)
    .map(([p, uri]) => `\n    xmlns:${p}="${uri}"`)
    .join('');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<rdf:RDF${ns}>\n${nodeXml(graph, '  ')}\n</rdf:RDF>\n`;
}
