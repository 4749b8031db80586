/**
 * DCAT-AP.de metadata: both serialisations are parsed by real RDF parsers
 * (jsonld-streaming-parser, rdfxml-streaming-parser) and must give the same graph with the
 * properties DCAT-AP.de requires of a dataset and its distributions.
 */
import { JsonLdParser } from 'jsonld-streaming-parser';
import { RdfXmlParser } from 'rdfxml-streaming-parser';
import { describe, expect, it } from 'vitest';
import { PREFIXES } from '../../../src/lib/opendata/dcat.ts';
import { newestVerification, openDataFiles } from '../../../src/lib/opendata/files.ts';
import { sha256Hex } from '../../../src/lib/opendata/load-node.ts';
import { fixtureDataset } from './helpers.ts';

interface Triple { s: string; p: string; o: string }
type Parser = JsonLdParser | RdfXmlParser;

function triples(parser: Parser, text: string): Promise<Triple[]> {
  return new Promise((ok, fail) => {
    const out: Triple[] = [];
    const term = (t: { termType: string; value: string; language?: string; datatype?: { value: string } }) =>
      t.termType === 'BlankNode' ? '_:b' : t.termType === 'Literal' ? `"${t.value}"@${t.language ?? ''}^^${t.language ? '' : t.datatype?.value ?? ''}` : t.value;
    parser.on('data', (q: { subject: never; predicate: never; object: never }) => out.push({ s: term(q.subject), p: term(q.predicate), o: term(q.object) }));
    parser.on('error', fail);
    parser.on('end', () => ok(out));
    parser.write(text);
    parser.end();
  });
}

const ds = fixtureDataset();
const files = openDataFiles(ds, { siteRoot: 'https://atlas.example.org/', dataPage: { de: '/daten/', en: '/en/data/' } }, sha256Hex);
const { dcat, dct, dcatde } = PREFIXES;
const RDF_TYPE = `${PREFIXES.rdf}type`;

describe('DCAT-AP.de metadata', async () => {
  const fromJsonLd = await triples(new JsonLdParser(), files.dcat);
  const fromXml = await triples(new RdfXmlParser(), files['dcat-rdf']);
  const key = (t: Triple) => `${t.s} ${t.p} ${t.o}`;

  it('JSON-LD and RDF/XML describe the same graph', () => {
    expect(fromJsonLd.length).toBeGreaterThan(50);
    expect(fromXml.map(key).sort()).toEqual(fromJsonLd.map(key).sort());
  });

  const of = (s: string, p: string) => fromJsonLd.filter((t) => t.s === s && t.p === p).map((t) => t.o);
  const dataset = fromJsonLd.find((t) => t.p === RDF_TYPE && t.o === `${dcat}Dataset`)!.s;

  it('the dataset has title, description, publisher, contact, themes, spatial coverage and licence-bearing distributions', () => {
    expect(dataset).toBe('https://atlas.example.org/daten/#dataset');
    expect(of(dataset, `${dct}title`)).toHaveLength(2);
    expect(of(dataset, `${dct}description`)).toHaveLength(2);
    expect(of(dataset, `${dct}publisher`)).toHaveLength(1);
    expect(of(dataset, `${dcat}contactPoint`)).toHaveLength(1);
    expect(of(dataset, `${dcat}theme`)).toContain('http://publications.europa.eu/resource/authority/data-theme/TECH');
    expect(of(dataset, `${dcatde}politicalGeocodingURI`).sort()).toEqual(
      ['05', '08', '14'].map((k) => `http://dcat-ap.de/def/politicalGeocoding/stateKey/${k}`),
    );
    expect(of(dataset, `${dct}modified`)).toEqual([`"${newestVerification(ds)}"@^^http://www.w3.org/2001/XMLSchema#date`]);
  });

  it('every distribution has an access URL under /daten/, a format, the DCAT-AP.de CC BY 4.0 licence and the attribution text', () => {
    const dists = of(dataset, `${dcat}distribution`);
    expect(dists.sort()).toEqual(
      ['datapackage.json', 'initiatives.csv', 'initiatives.geojson', 'initiatives.json', 'programmes.csv'].map((f) => `https://atlas.example.org/daten/${f}`),
    );
    for (const d of dists) {
      expect(of(d, `${dcat}accessURL`)).toEqual([d]);
      expect(of(d, `${dct}format`)).toHaveLength(1);
      expect(of(d, `${dct}license`)).toEqual(['http://dcat-ap.de/def/licenses/cc-by/4.0']);
      expect(of(d, `${dcatde}licenseAttributionByText`)[0]).toMatch(/GeoNames.*OpenStreetMap/);
    }
  });
});
