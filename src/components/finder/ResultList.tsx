/**
 * The finder's lists: the nearest regional offers as an ordered list with distances, and
 * nationwide offers without distance. Text only from the data; links only from the
 * schema-validated http(s) website field.
 */
import { memo } from 'react';
import type { NationalOffer, UnplacedOffer } from '../../lib/finder/offers.ts';
import type { RankedOffer } from '../../lib/finder/rank.ts';
import { formatKm, kmAttribute } from '../../lib/finder/format.ts';
import { finderMessages } from '../../lib/site/messages/finder.ts';
import type { Locale } from '../../lib/site/i18n.ts';

function OfferDetails({ offer, locale }: { offer: NationalOffer | UnplacedOffer; locale: Locale }) {
  const m = finderMessages[locale];
  return (
    <dl className="finder-offer__details">
      {'stateLabel' in offer && (
        <div>
          <dt>{m.state}</dt>
          <dd>{offer.stateLabel}</dd>
        </div>
      )}
      <div>
        <dt>{m.kind}</dt>
        <dd>{offer.kindLabel}</dd>
      </div>
      <div>
        <dt>{m.programme}</dt>
        <dd>{offer.programmeLabel}</dd>
      </div>
      {offer.address && (
        <div>
          <dt>{m.address}</dt>
          <dd>{offer.address}</dd>
        </div>
      )}
      {offer.website && (
        <div>
          <dt>{m.website}</dt>
          <dd>
            <a className="kern-link" href={offer.website} rel="noopener">
              {offer.website.replace(/^https?:\/\//, '').replace(/\/$/, '')}
            </a>
          </dd>
        </div>
      )}
    </dl>
  );
}

interface ResultListProps {
  items: RankedOffer[];
  locale: Locale;
  /** Site path → URL with base. */
  hrefOf: (path: string) => string;
  selectedId: string | undefined;
  onSelect: (id: string) => void;
}

function ResultListImpl({ items, locale, hrefOf, selectedId, onSelect }: ResultListProps) {
  const m = finderMessages[locale];
  return (
    <ol className="finder-list" data-results="">
      {items.map(({ offer, km }) => (
        <li
          key={offer.id}
          className={`finder-offer${offer.id === selectedId ? ' finder-offer--selected' : ''}`}
          data-id={offer.id}
          data-distance-km={kmAttribute(km)}
          data-selected={offer.id === selectedId ? '' : undefined}
        >
          <h3 className="kern-heading-small finder-offer__name">
            <a className="kern-link" href={hrefOf(offer.path)}>
              {offer.name}
            </a>
          </h3>
          <p className="finder-offer__distance">
            <strong>{m.distanceKm(formatKm(km, locale))}</strong>
            {offer.precision === 'postcode' || offer.precision === 'town' || offer.precision === 'municipality' ? (
              <span className="finder-offer__approx"> ({m.approximate})</span>
            ) : null}
          </p>
          <OfferDetails offer={offer} locale={locale} />
          <button
            type="button"
            className="kern-btn kern-btn--tertiary kern-btn--x-small finder-offer__show"
            aria-pressed={offer.id === selectedId}
            onClick={() => onSelect(offer.id)}
          >
            <span className="kern-label">{m.showOnMap}</span>
          </button>
        </li>
      ))}
    </ol>
  );
}

/** Offers listed apart from the ranking: nationwide ones, and regional ones without a position. */
function OfferListImpl({ items, locale, group }: { items: (NationalOffer | UnplacedOffer)[]; locale: Locale; group: 'national' | 'unplaced' }) {
  return (
    <ul className="finder-list finder-list--plain" data-national={group === 'national' ? '' : undefined} data-unplaced={group === 'unplaced' ? '' : undefined}>
      {items.map((offer) => (
        <li key={offer.id} className="finder-offer" data-id={offer.id}>
          <h3 className="kern-heading-small finder-offer__name">{offer.name}</h3>
          <OfferDetails offer={offer} locale={locale} />
        </li>
      ))}
    </ul>
  );
}

/** Memoised: the long lists apart from the ranking do not re-render on every search. */
export const ResultList = memo(ResultListImpl);
export const OfferList = memo(OfferListImpl);
