/**
 * The finder island: search form (postcode/place combobox, "use my location", focus
 * filter), the nearest offers as an ordered list, and nationwide offers apart.
 * All computation runs in the browser on the lazily loaded gazetteer; the query is kept in
 * the URL (?q=…&focus=…), a location never is. Sets data-ready on its root once the state
 * from the URL has been rendered, and data-state to the current view.
 */
import { lazy, Suspense, useCallback, useEffect, useId, useMemo, useRef, useState, type ReactNode } from 'react';
import { parseGazetteer, searchPlaces, type Gazetteer } from '../../lib/geo/gazetteer.ts';
import type { FinderOffer, NationalOffer, UnplacedOffer } from '../../lib/finder/offers.ts';
import { DEFAULT_LIMIT, rankOffers, type RankedOffer } from '../../lib/finder/rank.ts';
import { resolveQuery, suggest, type FinderError, type SearchPoint, type Suggestion } from '../../lib/finder/resolve.ts';
import { finderSearch, isFocus, readFinderUrl } from '../../lib/finder/url.ts';
import { resultsToPoints } from '../../lib/finder/map.ts';
import { formatKm } from '../../lib/finder/format.ts';
import { withBase } from '../../lib/site/routes.ts';
import { finderMessages, type FinderMessages } from '../../lib/site/messages/finder.ts';
import type { Locale } from '../../lib/site/i18n.ts';
import type { Focus } from '../../lib/schemas/vocab.ts';
import PlaceCombobox from './PlaceCombobox.tsx';
import { OfferList, ResultList } from './ResultList.tsx';

// The site's one MapLibre island, loaded only once there are results to show.
const MapView = lazy(() => import('../islands/MapView.tsx'));

export interface FinderIslandProps {
  locale: Locale;
  regional: FinderOffer[];
  national: NationalOffer[];
  unplaced: UnplacedOffer[];
  foci: { id: Focus; label: string }[];
  /** URL of the gazetteer JSON (with base). */
  gazetteerUrl: string;
  /** URL of the finder page itself (with base): the form's action. */
  actionUrl: string;
  /** The site's base path (import.meta.env.BASE_URL), for links to detail pages. */
  baseUrl: string;
}

type View =
  | { kind: 'idle' }
  | { kind: 'busy'; text: string }
  | { kind: 'results'; point: SearchPoint }
  | { kind: 'choices'; query: string; choices: Suggestion[] }
  | { kind: 'error'; error: FinderError; choices: Suggestion[] };

/**
 * Render children only once the container comes near the viewport: the map (MapLibre,
 * WebGL) is the heaviest part of the page and on small screens sits below the list.
 */
function WhenVisible({ className, label, children }: { className: string; label: string; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const [visible, setVisible] = useState(false);
  useEffect(() => {
    const el = ref.current;
    if (!el || visible) return;
    if (typeof IntersectionObserver === 'undefined') {
      setVisible(true);
      return;
    }
    const io = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) setVisible(true);
    }, { rootMargin: '200px' });
    io.observe(el);
    return () => io.disconnect();
  }, [visible]);
  return (
    <div ref={ref} className={className} role="region" aria-label={label} data-map-mounted={visible ? '' : undefined}>
      {visible && children}
    </div>
  );
}

const NO_ITEMS: RankedOffer[] = [];

let gazetteerPromise: Promise<Gazetteer> | undefined;

/** Fetch and parse the gazetteer once per page; a failed load may be retried. */
function loadGazetteer(url: string): Promise<Gazetteer> {
  if (!gazetteerPromise) {
    gazetteerPromise = fetch(url)
      .then((r) => {
        if (!r.ok) throw new Error(`HTTP ${r.status}`);
        return r.json() as Promise<unknown>;
      })
      .then((json) => {
        const g = parseGazetteer(json);
        // The place-name index is built on the first name search (tens of ms); build it while
        // the browser is idle so that the first keystroke does not stall.
        if ('requestIdleCallback' in window) window.requestIdleCallback(() => searchPlaces(g, 'a', 1));
        return g;
      });
    gazetteerPromise.catch(() => {
      gazetteerPromise = undefined;
    });
  }
  return gazetteerPromise;
}

export function errorText(m: FinderMessages, e: FinderError): string {
  switch (e.code) {
    case 'empty':
      return m.errors.empty;
    case 'unknown-postcode':
      return m.errors.unknownPostcode(e.postcode);
    case 'letters-in-postcode':
      return m.errors.lettersInPostcode;
    case 'postcode-too-long':
      return m.errors.postcodeTooLong;
    case 'postcode-too-short':
      return m.errors.postcodeTooShort(e.prefix);
    case 'unknown-place':
      return m.errors.unknownPlace(e.query);
    case 'geo-denied':
      return m.errors.geoDenied;
    case 'geo-unavailable':
      return m.errors.geoUnavailable;
    case 'geo-timeout':
      return m.errors.geoTimeout;
    case 'geo-unsupported':
      return m.errors.geoUnsupported;
  }
}

const INPUT_ERRORS = new Set<FinderError['code']>([
  'empty',
  'unknown-postcode',
  'letters-in-postcode',
  'postcode-too-long',
  'postcode-too-short',
  'unknown-place',
]);

export default function FinderIsland(props: FinderIslandProps) {
  const { locale, regional, national, unplaced, foci, gazetteerUrl, actionUrl, baseUrl } = props;
  const m = finderMessages[locale];
  const uid = useId();
  const ids = {
    input: `${uid}-q`,
    hint: `${uid}-hint`,
    error: `${uid}-error`,
    focus: `${uid}-focus`,
    results: `${uid}-results`,
    national: `${uid}-national`,
    unplaced: `${uid}-unplaced`,
  };
  const inputRef = useRef<HTMLInputElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [ready, setReady] = useState(false);
  const [text, setText] = useState('');
  const [focus, setFocus] = useState<Focus | undefined>(undefined);
  const [limit, setLimit] = useState(DEFAULT_LIMIT);
  const [view, setView] = useState<View>({ kind: 'idle' });
  const [gazetteer, setGazetteer] = useState<Gazetteer | undefined>(undefined);
  const [loadFailed, setLoadFailed] = useState(false);
  const [selectedId, setSelectedId] = useState<string | undefined>(undefined);

  const ensureGazetteer = useCallback(async (): Promise<Gazetteer | undefined> => {
    try {
      const g = await loadGazetteer(gazetteerUrl);
      setGazetteer(g);
      setLoadFailed(false);
      return g;
    } catch {
      setLoadFailed(true);
      return undefined;
    }
  }, [gazetteerUrl]);

  const writeUrl = useCallback((q: string, f: Focus | undefined, mode: 'push' | 'replace') => {
    const next = `${window.location.pathname}${finderSearch({ q, focus: f })}`;
    if (next === `${window.location.pathname}${window.location.search}`) return;
    if (mode === 'push') window.history.pushState(null, '', next);
    else window.history.replaceState(null, '', next);
  }, []);

  /** Resolve a query and show the outcome. `push` records it in the history. */
  const search = useCallback(
    async (q: string, f: Focus | undefined, opts: { push: boolean; moveFocus?: boolean }) => {
      setLimit(DEFAULT_LIMIT);
      setSelectedId(undefined);
      setView({ kind: 'busy', text: m.loadingGazetteer });
      const g = await ensureGazetteer();
      if (!g) {
        setView({ kind: 'idle' });
        return;
      }
      const r = resolveQuery(g, q, locale);
      if (r.kind === 'point') {
        setView({ kind: 'results', point: r.point });
        if (r.point.query !== undefined) setText(r.point.query);
        writeUrl(r.point.query ?? q, f, opts.push ? 'push' : 'replace');
        if (opts.moveFocus) requestAnimationFrame(() => headingRef.current?.focus());
      } else if (r.kind === 'choices') {
        setView({ kind: 'choices', query: r.query, choices: r.choices });
      } else {
        setView({ kind: 'error', error: r.error, choices: r.choices });
        inputRef.current?.focus();
      }
    },
    [ensureGazetteer, locale, m, writeUrl],
  );

  // Initial state from the URL, and back/forward navigation.
  useEffect(() => {
    const fromUrl = async () => {
      const s = readFinderUrl(window.location.search);
      setText(s.q);
      setFocus(s.focus);
      if (s.q) await search(s.q, s.focus, { push: false });
      else setView({ kind: 'idle' });
    };
    void fromUrl().then(() => setReady(true));
    const onPop = () => void fromUrl();
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const suggestions = useMemo(() => (gazetteer ? suggest(gazetteer, text, locale, 8) : []), [gazetteer, text, locale]);

  const locateMe = () => {
    if (!('geolocation' in navigator)) {
      setView({ kind: 'error', error: { code: 'geo-unsupported' }, choices: [] });
      inputRef.current?.focus();
      return;
    }
    setView({ kind: 'busy', text: m.locating });
    navigator.geolocation.getCurrentPosition(
      (pos) => {
        setLimit(DEFAULT_LIMIT);
        setSelectedId(undefined);
        setText('');
        setView({
          kind: 'results',
          point: { lat: pos.coords.latitude, lon: pos.coords.longitude, label: m.yourLocation, source: 'location' },
        });
        // The location never goes into the URL: drop any previous query from it.
        writeUrl('', focus, 'push');
      },
      (err) => {
        const code = err.code === err.PERMISSION_DENIED ? 'geo-denied' : err.code === err.TIMEOUT ? 'geo-timeout' : 'geo-unavailable';
        setView({ kind: 'error', error: { code }, choices: [] });
        inputRef.current?.focus();
      },
      { enableHighAccuracy: false, timeout: 15_000, maximumAge: 600_000 },
    );
  };

  const ranking = useMemo(
    () => (view.kind === 'results' ? rankOffers(regional, view.point, { focus, limit }) : undefined),
    [view, regional, focus, limit],
  );
  const hrefOf = useCallback((path: string) => withBase(baseUrl, path), [baseUrl]);
  const points = useMemo(
    () =>
      resultsToPoints(ranking?.items ?? [], hrefOf, (r) => [
        r.offer.kindLabel,
        m.distanceKm(formatKm(r.km, locale)),
        ...(r.offer.address ? [r.offer.address] : []),
      ]),
    [ranking, hrefOf, m, locale],
  );
  const searchPoint = view.kind === 'results' ? view.point : undefined;
  const mapSearchPoint = useMemo(
    () => (searchPoint ? { lat: searchPoint.lat, lon: searchPoint.lon, label: searchPoint.label } : undefined),
    [searchPoint],
  );
  const toggleSelected = useCallback((id: string) => setSelectedId((cur) => (cur === id ? undefined : id)), []);
  const selectFromMap = useCallback((id: string | undefined) => {
    setSelectedId(id);
    if (id) document.querySelector(`ol[data-results] > li[data-id="${CSS.escape(id)}"]`)?.scrollIntoView({ block: 'nearest' });
  }, []);

  const pointState = view.kind === 'results' ? view.point.state : undefined;
  const unplacedShown = useMemo(() => {
    const list = focus ? unplaced.filter((o) => o.focus.includes(focus)) : unplaced;
    return pointState ? [...list.filter((o) => o.state === pointState), ...list.filter((o) => o.state !== pointState)] : list;
  }, [unplaced, focus, pointState]);

  // The page title names the current search, so history entries and tabs are told apart.
  const baseTitle = useRef<string | undefined>(undefined);
  useEffect(() => {
    baseTitle.current ??= document.title;
    document.title = view.kind === 'results' ? `${view.point.label} – ${baseTitle.current}` : baseTitle.current;
  }, [view]);

  const nationalShown = useMemo(() => (focus ? national.filter((o) => o.focus.includes(focus)) : national), [national, focus]);

  const inputError = view.kind === 'error' && INPUT_ERRORS.has(view.error.code);
  const summary =
    view.kind === 'busy'
      ? view.text
      : ranking && view.kind === 'results'
        ? ranking.items.length
          ? m.resultsFor(ranking.items.length, view.point.label)
          : focus && regional.length
            ? m.resultsNoneFocus
            : m.resultsNone(view.point.label)
        : view.kind === 'idle'
          ? m.resultsIdle
          : '';

  const chooseValue = (value: string, moveFocus: boolean) => {
    setText(value);
    void search(value, focus, { push: true, moveFocus });
  };

  const choicesList = (choices: Suggestion[], labelledBy?: string) => (
    <ul className="finder-choices" aria-labelledby={labelledBy}>
      {choices.map((c) => (
        <li key={`${c.kind}:${c.value}`}>
          <button type="button" className="kern-btn kern-btn--tertiary" data-value={c.value} onClick={() => chooseValue(c.value, true)}>
            <span className="kern-label">
              {c.label}, {c.detail}
            </span>
          </button>
        </li>
      ))}
    </ul>
  );

  return (
    <div className="finder" data-ready={ready ? '' : undefined} data-state={view.kind}>
      <form
        className="finder-form"
        role="search"
        aria-label={m.formLabel}
        action={actionUrl}
        method="get"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void search(text, focus, { push: true });
        }}
      >
        <div className={`kern-form-input${inputError ? ' kern-form-input--error' : ''}`}>
          <label className="kern-label" htmlFor={ids.input}>
            {m.inputLabel}
          </label>
          <div className="kern-hint" id={ids.hint}>
            {m.inputHint}
          </div>
          <div className="finder-form__row">
            <PlaceCombobox
              id={ids.input}
              name="q"
              value={text}
              suggestions={suggestions}
              listLabel={m.suggestionsLabel}
              describedBy={inputError ? `${ids.hint} ${ids.error}` : ids.hint}
              invalid={inputError}
              countText={m.suggestionsCount}
              noneText={m.noSuggestions}
              inputRef={inputRef}
              onFocus={() => void ensureGazetteer()}
              onChange={setText}
              onChoose={(s) => chooseValue(s.value, false)}
            />
            <button type="submit" className="kern-btn kern-btn--primary">
              <span className="kern-label">{m.submit}</span>
            </button>
          </div>
        </div>
        <div className="finder-form__row finder-form__row--secondary">
          <button type="button" className="kern-btn kern-btn--secondary" onClick={locateMe} data-use-location="">
            <span className="kern-label">{m.useLocation}</span>
          </button>
          <div className="kern-form-input finder-form__focus">
            <label className="kern-label" htmlFor={ids.focus}>
              {m.focusLabel}
            </label>
            <div className="kern-form-input__select-wrapper">
              <select
                id={ids.focus}
                name="focus"
                className="kern-form-input__select"
                value={focus ?? ''}
                onChange={(e) => {
                  const f = isFocus(e.target.value) ? e.target.value : undefined;
                  setFocus(f);
                  setLimit(DEFAULT_LIMIT);
                  const q = view.kind === 'results' ? (view.point.query ?? '') : readFinderUrl(window.location.search).q;
                  writeUrl(q, f, 'replace');
                }}
              >
                <option value="">{m.focusAll}</option>
                {foci.map((f) => (
                  <option key={f.id} value={f.id}>
                    {f.label}
                  </option>
                ))}
              </select>
            </div>
          </div>
        </div>
      </form>

      <div aria-live="assertive" aria-atomic="true">
        {view.kind === 'error' && (
          <div className="kern-alert kern-alert--danger finder-alert" id={ids.error}>
            <div className="kern-alert__header">
              <span className="kern-title">{m.errorTitle}</span>
            </div>
            <div className="kern-alert__body">
              <p className="kern-body" data-error={view.error.code}>
                {errorText(m, view.error)}
              </p>
            </div>
          </div>
        )}
        {loadFailed && view.kind !== 'busy' && (
          <div className="kern-alert kern-alert--danger finder-alert">
            <div className="kern-alert__body">
              <p className="kern-body" data-error="gazetteer">
                {m.gazetteerFailed}{' '}
                <button type="button" className="kern-btn kern-btn--tertiary" onClick={() => void search(text, focus, { push: false })}>
                  <span className="kern-label">{m.retry}</span>
                </button>
              </p>
            </div>
          </div>
        )}
      </div>
      {view.kind === 'error' && view.choices.length > 0 && choicesList(view.choices)}
      {view.kind === 'choices' && (
        <div className="finder-choices-box">
          <h2 className="kern-heading-small" id={`${uid}-choices`}>
            {m.choicesHeading(view.query)}
          </h2>
          {choicesList(view.choices, `${uid}-choices`)}
        </div>
      )}

      <section aria-labelledby={ids.results} className="finder-results">
        <h2 className="kern-heading-medium" id={ids.results} ref={headingRef} tabIndex={-1}>
          {m.resultsHeading}
        </h2>
        <p className="kern-body" role="status" data-summary="">
          {summary}
        </p>
        <div className="finder-results__body">
          <ResultList
            locale={locale}
            items={ranking?.items ?? NO_ITEMS}
            hrefOf={hrefOf}
            selectedId={selectedId}
            onSelect={toggleSelected}
          />
          {ranking && ranking.items.length > 0 && (
            <WhenVisible className="finder-map" label={m.mapLabel}>
              <Suspense fallback={null}>
                <MapView
                  points={points}
                  locale={locale}
                  cluster={false}
                  allowBasemap={false}
                  showDetails={false}
                  searchPoint={mapSearchPoint}
                  selectedId={selectedId}
                  onSelect={selectFromMap}
                  height="28rem"
                />
              </Suspense>
            </WhenVisible>
          )}
        </div>
        {ranking && ranking.total > ranking.items.length && (
          <button type="button" className="kern-btn kern-btn--secondary" onClick={() => setLimit((l) => l + DEFAULT_LIMIT)} data-more="">
            <span className="kern-label">{m.showMore}</span>
          </button>
        )}
      </section>

      <section aria-labelledby={ids.national} className="finder-national">
        <h2 className="kern-heading-medium" id={ids.national}>
          {m.nationalHeading}
        </h2>
        <p className="kern-body">{m.nationalIntro}</p>
        {nationalShown.length ? (
          <OfferList locale={locale} items={nationalShown} group="national" />
        ) : (
          <p className="kern-body">{focus ? m.nationalNoneFocus : m.nationalNone}</p>
        )}
      </section>

      {unplaced.length > 0 && (
        <section aria-labelledby={ids.unplaced} className="finder-unplaced">
          <h2 className="kern-heading-medium" id={ids.unplaced}>
            {m.unplacedHeading}
          </h2>
          <p className="kern-body">{m.unplacedIntro}</p>
          {unplacedShown.length ? (
            <OfferList locale={locale} items={unplacedShown} group="unplaced" />
          ) : (
            <p className="kern-body">{m.unplacedNoneFocus}</p>
          )}
        </section>
      )}
    </div>
  );
}
