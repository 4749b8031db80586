/**
 * The dashboard's filter controller (a small page script, no framework): reads the filter
 * state from the URL, keeps form, URL, result list, counts, chart tables and the shared store
 * in sync, and handles sorting, "show on map" and the downloads. The map and chart islands
 * subscribe to the same store (./store.ts).
 *
 * URL updates: pushState for discrete changes (checkboxes, reset, sorting, list pages) so
 * Back restores the previous view; replaceState while typing in the search field.
 *
 * The result list shows one page (LIST_PAGE_SIZE rows) of the sorted selection; its rows are
 * built with DOM methods from the payload (text only, never HTML from data).
 */
import type { PublishedRecord } from '../../lib/filters/download.ts';
import {
  LIST_FILTER_KEYS,
  defaultFilters,
  equalFilters,
  parseFilters,
  serialiseFilters,
  type FilterState,
} from '../../lib/filters/state.ts';
import {
  SORT_KEYS,
  groupRanks,
  listCollator,
  pageOf,
  parseListView,
  sortByRanks,
  withListView,
  type ListView,
  type SortKey,
} from '../../lib/filters/list.ts';
import type { DashboardPayloadRow } from '../../lib/views/dashboard.ts';
import { loadDashboard, type Dashboard } from './store.ts';

const SEARCH_DEBOUNCE_MS = 150;

function saveBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

function formatInt(n: number, locale: string): string {
  return new Intl.NumberFormat(locale === 'de' ? 'de-DE' : 'en-GB').format(n);
}

export function initDashboard(): void {
  const root = document.querySelector<HTMLElement>('[data-dashboard]');
  if (!root) return;
  const locale = root.dataset.locale ?? 'de';
  const programmeIds = (root.dataset.programmeIds ?? '').split(',');
  // The store (and its JSON payload) is loaded lazily: for the default view the server
  // already rendered everything, so nothing needs to run until the first interaction.
  let dashboard: Dashboard | undefined;
  // The chart builders load with the data: the default view needs neither.
  let charts: typeof import('./charts.ts') | undefined;
  let loading: Promise<Dashboard> | undefined;
  const get = (): Dashboard => dashboard!;
  const ensure = (): Promise<Dashboard> =>
    (loading ??= Promise.all([loadDashboard(), import('./charts.ts')]).then(([d, c]) => {
      if (!d) throw new Error('dashboard data missing');
      charts = c;
      dashboard = d;
      d.store.subscribe(markSelected);
      return d;
    }));
  const form = root.querySelector<HTMLFormElement>('form.da-filters')!;
  const q = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const tbody = root.querySelector<HTMLTableSectionElement>('table[data-results] tbody')!;
  const countEl = root.querySelector<HTMLElement>('[data-result-count]')!;
  const countLabel = root.querySelector<HTMLElement>('[data-count-label]')!;
  const noResults = root.querySelector<HTMLElement>('[data-no-results]')!;
  const figures = [...root.querySelectorAll<HTMLElement>('[data-chart-figure]')];
  const staticPoints = [...root.querySelectorAll<SVGCircleElement>('[data-static-map] circle[data-id]')];
  const staticSvg = root.querySelector<SVGSVGElement>('[data-static-map] svg');
  const staticFrame = root.querySelector<HTMLElement>('[data-static-map-frame]');
  const mapSlot = root.querySelector<HTMLElement>('[data-map-slot]');
  const pager = root.querySelector<HTMLElement>('[data-pager]')!;
  const pagerStatus = root.querySelector<HTMLElement>('[data-pager-status]')!;
  const stepButtons = [...pager.querySelectorAll<HTMLButtonElement>('button[data-page-step]')];
  const detailHref = root.dataset.detailHref ?? '{id}';
  const collator = listCollator(locale);

  const markSelected = (): void => {
    const id = dashboard?.store.get().selectedId;
    for (const tr of tbody.rows) tr.classList.toggle('da-row--selected', tr.dataset.id === id);
  };

  /** Replace the static overview by the interactive map (MapLibre is loaded only now). */
  let mapLoading: Promise<void> | undefined;
  const loadMap = (focus: boolean): Promise<void> =>
    (mapLoading ??= (async () => {
      if (!mapSlot) return;
      await ensure();
      const { mountMap } = await import('./map-mount.tsx');
      const host = document.createElement('div');
      mapSlot.append(host);
      mountMap(host, locale as 'de' | 'en');
      mapSlot.querySelector<HTMLElement>('[data-static-map]')?.setAttribute('hidden', '');
      if (focus) mapSlot.focus();
    })());
  const loadButton = root.querySelector<HTMLButtonElement>('[data-load-map]');
  if (loadButton) {
    loadButton.hidden = false;
    loadButton.addEventListener('click', () => void loadMap(true));
  }
  const initial = defaultFilters();

  const readForm = (): FilterState => {
    const params = new URLSearchParams();
    for (const key of LIST_FILTER_KEYS) {
      const values = [...form.querySelectorAll<HTMLInputElement>(`input[name="${key}"]:checked`)].map((i) => i.value);
      if (values.length > 0) params.set(key, values.join(','));
      else if (key === 'status') params.set('status', 'all');
    }
    params.set('q', q.value);
    return parseFilters(params, { programmeIds });
  };

  const writeForm = (f: FilterState): void => {
    for (const key of LIST_FILTER_KEYS) {
      const wanted = new Set<string>(f[key]);
      for (const input of form.querySelectorAll<HTMLInputElement>(`input[name="${key}"]`)) input.checked = wanted.has(input.value);
    }
    if (q.value.trim() !== f.q) q.value = f.q;
  };

  const renderCharts = (): void => {
    const d = get();
    const stale = !equalFilters(d.store.get().filters, initial);
    for (const fig of figures) {
      const name = fig.dataset.chart ?? '';
      if (!charts!.isChartName(name)) continue;
      const result = charts!.chartResultOf(d, name);
      fig.toggleAttribute('data-empty', !result.ok);
      fig.toggleAttribute('data-stale', stale);
      const empty = fig.querySelector<HTMLElement>('.da-chart__empty');
      if (empty) empty.textContent = result.ok ? '' : result.reason;
      const body = fig.querySelector<HTMLTableSectionElement>('[data-chart-body]');
      if (body) {
        const trs = result.table.rows.map((r) => {
          const tr = document.createElement('tr');
          r.forEach((cell, i) => {
            const c = document.createElement(i === 0 ? 'th' : 'td');
            if (i === 0) c.setAttribute('scope', 'row');
            else c.className = 'da-num';
            c.textContent = cell;
            tr.appendChild(c);
          });
          return tr;
        });
        body.replaceChildren(...trs);
      }
      const csv = fig.querySelector<HTMLAnchorElement>('[data-chart-csv]');
      if (csv) csv.href = `data:text/csv;charset=utf-8,${encodeURIComponent(charts!.tableToCsv(result.table))}`;
      fig.dataset.count = String(result.n);
    }
  };

  // --- The static overview map: points of the selection on a canvas over the SVG outline. ---
  // The server renders one SVG circle per point (the default view, also without JavaScript).
  // Changing thousands of circles on every filter change costs a style recalculation of each;
  // a canvas redraw costs a few milliseconds. Its size comes from a ResizeObserver, so drawing
  // never forces a layout.
  interface PointLayer {
    canvas: HTMLCanvasElement;
    ids: string[];
    x: Float64Array;
    y: Float64Array;
    byColour: Map<string, number[]>;
    viewWidth: number;
    size?: { width: number; height: number };
    visible: ReadonlySet<string>;
  }
  let pointLayer: PointLayer | undefined;
  const drawPoints = (layer: PointLayer): void => {
    if (!layer.size) return;
    const dpr = window.devicePixelRatio || 1;
    const w = Math.max(1, Math.round(layer.size.width * dpr));
    const h = Math.max(1, Math.round(layer.size.height * dpr));
    const { canvas } = layer;
    if (canvas.width !== w || canvas.height !== h) {
      canvas.width = w;
      canvas.height = h;
    }
    const ctx = canvas.getContext('2d');
    if (!ctx) return;
    ctx.clearRect(0, 0, w, h);
    const scale = w / layer.viewWidth;
    const r = 4 * scale;
    ctx.lineWidth = scale;
    ctx.strokeStyle = '#ffffff';
    // Points that fall on the same device pixel as an earlier point of the same colour look
    // identical; drawing them once keeps the path short when thousands of points overlap.
    const drawnAt = new Uint8Array(w * h);
    for (const [colour, members] of layer.byColour) {
      drawnAt.fill(0);
      ctx.beginPath();
      for (const i of members) {
        if (!layer.visible.has(layer.ids[i]!)) continue;
        const px = layer.x[i]! * scale;
        const py = layer.y[i]! * scale;
        const cell = Math.min(h - 1, Math.max(0, Math.round(py))) * w + Math.min(w - 1, Math.max(0, Math.round(px)));
        if (drawnAt[cell]) continue;
        drawnAt[cell] = 1;
        ctx.moveTo(px + r, py);
        ctx.arc(px, py, r, 0, 2 * Math.PI);
      }
      ctx.fillStyle = colour;
      ctx.fill();
      ctx.stroke();
    }
  };
  const showStaticPoints = (visible: ReadonlySet<string>): void => {
    if (!staticSvg || !staticFrame || staticPoints.length === 0) return;
    if (!pointLayer) {
      const canvas = document.createElement('canvas');
      canvas.className = 'da-static-map__points';
      canvas.setAttribute('aria-hidden', 'true');
      const byColour = new Map<string, number[]>();
      const n = staticPoints.length;
      const layer: PointLayer = {
        canvas,
        ids: new Array<string>(n),
        x: new Float64Array(n),
        y: new Float64Array(n),
        byColour,
        viewWidth: staticSvg.viewBox.baseVal.width || 1,
        visible,
      };
      staticPoints.forEach((c, i) => {
        layer.ids[i] = c.dataset.id ?? '';
        layer.x[i] = c.cx.baseVal.value;
        layer.y[i] = c.cy.baseVal.value;
        const colour = c.getAttribute('fill') ?? '#5f6368';
        const list = byColour.get(colour);
        if (list) list.push(i);
        else byColour.set(colour, [i]);
      });
      staticFrame.append(canvas);
      // The circles are not needed any more: removing them also keeps thousands of objects out
      // of every later layout of the page.
      staticSvg.querySelector('[data-static-points]')?.remove();
      new ResizeObserver((entries) => {
        const box = entries[0]?.contentRect;
        if (!box) return;
        layer.size = { width: box.width, height: box.height };
        drawPoints(layer);
      }).observe(canvas);
      pointLayer = layer;
    }
    pointLayer.visible = visible;
    // Which points the canvas shows, for tests: a count attribute and, computed only when
    // asked, the ids (building a string of every id on every change costs milliseconds).
    const layer = pointLayer;
    layer.canvas.dataset.pointCount = String(layer.ids.reduce((n, id) => (visible.has(id) ? n + 1 : n), 0));
    (layer.canvas as HTMLCanvasElement & { visiblePointIds?: () => string[] }).visiblePointIds = () => layer.ids.filter((id) => layer.visible.has(id));
    drawPoints(pointLayer);
  };

  // --- The result list: one page of the sorted selection. ---
  let listView: ListView = parseListView(window.location.search);
  let labels: { kind: Map<string, string>; state: Map<string, string>; programme: Map<string, string> } | undefined;
  let geolocatedIds: Set<string> | undefined;
  let rowIndex: Map<DashboardPayloadRow, number> | undefined;
  const ranks = new Map<SortKey, Int32Array>();
  const prepare = (d: Dashboard) => {
    if (labels) return;
    const name = (t: { label_de: string; label_en: string }) => (locale === 'de' ? t.label_de : t.label_en);
    const ctx = d.payload.chartContext;
    labels = {
      kind: new Map(ctx.vocabularies.kind.map((t) => [t.id, name(t)])),
      state: new Map(ctx.vocabularies.state.map((t) => [t.id, name(t)])),
      programme: new Map(ctx.programmes.map((p) => [p.id, locale === 'de' ? p.name_de : p.name_en])),
    };
    geolocatedIds = new Set(d.payload.points.features.map((f) => f.properties.id));
    rowIndex = new Map(d.payload.rows.map((r, i) => [r, i]));
  };
  const valueOf = (r: DashboardPayloadRow, key: SortKey): string => {
    switch (key) {
      case 'name':
        return r.n;
      case 'city':
        return r.c;
      case 'kind':
        return labels!.kind.get(r.kind) ?? r.kind;
      case 'state':
        return labels!.state.get(r.state) ?? r.state;
      case 'programme':
        return labels!.programme.get(r.programme) ?? r.programme;
    }
  };
  const rankOf = (key: SortKey): Int32Array => {
    let r = ranks.get(key);
    if (!r) {
      r = groupRanks(get().payload.rows.map((row) => valueOf(row, key)), collator.compare);
      ranks.set(key, r);
    }
    return r;
  };
  /** The selection in list order (payload rows are sorted by name already). */
  const sortedSelection = (): DashboardPayloadRow[] => {
    const { store, payload } = get();
    const selected = store.selectedRows();
    if (listView.sort === 'name' && listView.direction === 'ascending') return selected;
    const idx = selected.map((r) => rowIndex!.get(r)!);
    return sortByRanks(idx, rankOf(listView.sort), listView.direction).map((i) => payload.rows[i]!);
  };
  const cell = (tag: 'th' | 'td', col: string | undefined, text: string): HTMLTableCellElement => {
    const c = document.createElement(tag);
    if (col) c.dataset.col = col;
    c.textContent = text;
    return c;
  };
  const showLabel = tbody.dataset.showLabel ?? '';
  const noPosition = tbody.dataset.noPosition ?? '';
  const makeRow = (r: DashboardPayloadRow): HTMLTableRowElement => {
    const tr = document.createElement('tr');
    tr.dataset.id = r.id;
    const th = cell('th', 'name', '');
    th.scope = 'row';
    const a = document.createElement('a');
    a.href = detailHref.replace('{id}', encodeURIComponent(r.id));
    a.textContent = r.n;
    th.append(a);
    const last = document.createElement('td');
    if (geolocatedIds!.has(r.id)) {
      const b = document.createElement('button');
      b.type = 'button';
      b.className = 'da-link-button';
      b.dataset.showOnMap = r.id;
      b.setAttribute('aria-label', `${showLabel}: ${r.n}`);
      b.textContent = showLabel;
      last.append(b);
    } else {
      const span = document.createElement('span');
      span.className = 'da-muted';
      span.textContent = noPosition;
      last.append(span);
    }
    tr.append(th, cell('td', 'kind', valueOf(r, 'kind')), cell('td', 'programme', valueOf(r, 'programme')), cell('td', 'city', r.c), cell('td', 'state', valueOf(r, 'state')), last);
    return tr;
  };
  const renderList = (): void => {
    prepare(get());
    const sorted = sortedSelection();
    const slice = pageOf(sorted.length, listView.page);
    listView = { ...listView, page: slice.page };
    tbody.replaceChildren(...sorted.slice(slice.start, slice.end).map(makeRow));
    markSelected();
    for (const th of root.querySelectorAll<HTMLElement>('th[data-sort-key]')) {
      if (th.dataset.sortKey === listView.sort) th.setAttribute('aria-sort', listView.direction);
      else th.removeAttribute('aria-sort');
    }
    pagerStatus.textContent =
      slice.total === 0
        ? (pagerStatus.dataset.empty ?? '')
        : (pagerStatus.dataset.template ?? '')
            .replace('{from}', formatInt(slice.start + 1, locale))
            .replace('{to}', formatInt(slice.end, locale))
            .replace('{total}', formatInt(slice.total, locale))
            .replace('{page}', formatInt(slice.page, locale))
            .replace('{pages}', formatInt(slice.pages, locale));
    pager.hidden = slice.pages <= 1;
    stepButtons[0]?.setAttribute('aria-disabled', String(slice.page <= 1));
    stepButtons[1]?.setAttribute('aria-disabled', String(slice.page >= slice.pages));
  };

  const render = (): void => {
    const { store } = get();
    const snap = store.get();
    renderList();
    showStaticPoints(snap.idSet);
    const n = snap.ids.length;
    countEl.dataset.resultCount = String(n);
    countEl.textContent = formatInt(n, locale);
    countLabel.textContent = (n === 1 ? countLabel.dataset.one : countLabel.dataset.many) ?? '';
    noResults.hidden = n > 0;
    const perState = new Map<string, number>();
    for (const r of store.selectedRows()) perState.set(r.state, (perState.get(r.state) ?? 0) + 1);
    for (const tr of root.querySelectorAll<HTMLElement>('tr[data-state]')) {
      const cell = tr.querySelector<HTMLElement>('[data-state-selected]');
      if (cell) cell.textContent = formatInt(perState.get(tr.dataset.state ?? '') ?? 0, locale);
    }
    // Chart tables in a separate task, so no single long task blocks input.
    setTimeout(renderCharts, 0);
    root.dataset.filtered = serialiseFilters(snap.filters);
  };

  /**
   * Apply a view: filters (store, counts, map, chart tables) and the list's sort and page; then
   * the URL. Changes are applied in order. `list` undefined = keep the sort, go to page 1.
   */
  let queue: Promise<void> = Promise.resolve();
  const apply = (f: FilterState, history: 'push' | 'replace' | 'none', list?: ListView): Promise<void> =>
    (queue = queue.then(() => ensure()).then(() => applyNow(f, history, list)));
  const applyNow = (f: FilterState, history: 'push' | 'replace' | 'none', list?: ListView): void => {
    const { store } = get();
    const filtersChanged = !equalFilters(store.get().filters, f) || store.get().version === 0;
    listView = list ?? { ...listView, page: 1 };
    if (filtersChanged) store.setFilters(f);
    const url = `${window.location.pathname}${withListView(serialiseFilters(f), listView)}${window.location.hash}`;
    const current = `${window.location.pathname}${window.location.search}${window.location.hash}`;
    if (history !== 'none' && url !== current) {
      if (history === 'push') window.history.pushState(null, '', url);
      else window.history.replaceState(null, '', url);
    }
    if (filtersChanged) render();
    else renderList();
  };
  const currentFilters = (): FilterState => dashboard?.store.get().filters ?? parseFilters(window.location.search, { programmeIds });

  // Form events.
  form.addEventListener('change', (e) => {
    if ((e.target as HTMLElement).matches('input[type="checkbox"]')) void apply(readForm(), 'push');
  });
  let typing: ReturnType<typeof setTimeout> | undefined;
  q.addEventListener('input', () => {
    clearTimeout(typing);
    typing = setTimeout(() => void apply(readForm(), 'replace'), SEARCH_DEBOUNCE_MS);
  });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    clearTimeout(typing);
    void apply(readForm(), 'push');
  });
  root.querySelector('[data-reset]')?.addEventListener('click', () => {
    writeForm(initial);
    void apply(initial, 'push');
  });
  window.addEventListener('popstate', () => {
    const f = parseFilters(window.location.search, { programmeIds });
    writeForm(f);
    void apply(f, 'none', parseListView(window.location.search));
  });

  // Sorting of the result list (the whole selection, then back to its first page).
  for (const button of root.querySelectorAll<HTMLButtonElement>('button[data-sort]')) {
    button.addEventListener('click', () => {
      const key = button.dataset.sort as SortKey;
      if (!SORT_KEYS.includes(key)) return;
      const ascending = !(listView.sort === key && listView.direction === 'ascending');
      void apply(currentFilters(), 'push', { sort: key, direction: ascending ? 'ascending' : 'descending', page: 1 });
    });
  }

  // Pages of the result list. aria-disabled (not disabled) keeps the button focusable on the
  // first and last page, so keyboard focus is never lost; after a page change the button stays
  // in view (a shorter last page would otherwise leave the focused button off screen) and the
  // status line above the table announces the new range.
  for (const button of stepButtons) {
    button.addEventListener('click', () => {
      if (button.getAttribute('aria-disabled') === 'true') return;
      const step = Number(button.dataset.pageStep);
      void apply(currentFilters(), 'push', { ...listView, page: listView.page + step }).then(() => {
        // Instant: a smooth scroll would pass the lazily laid-out charts, which grow on the way.
        button.scrollIntoView({ block: 'nearest', behavior: 'instant' });
      });
    });
  }
  // The note for visitors without JavaScript (the list shows its first page only) is not needed.
  root.querySelector<HTMLElement>('[data-list-nojs]')?.setAttribute('hidden', '');
  pager.hidden = Number(root.dataset.pageSize) >= Number(root.querySelector<HTMLElement>('[data-result-count]')?.dataset.resultCount);

  // "Show on map" (one listener for every row, also rows built later) and the selection ring.
  const mapSection = document.getElementById('karte');
  for (const button of tbody.querySelectorAll<HTMLButtonElement>('button[data-show-on-map]')) button.hidden = false;
  tbody.addEventListener('click', (e) => {
    const button = (e.target as Element).closest<HTMLButtonElement>('button[data-show-on-map]');
    if (!button) return;
    void (async () => {
      mapSection?.scrollIntoView({ block: 'start' });
      await loadMap(false);
      (await ensure()).store.select(button.dataset.showOnMap);
    })();
  });

  // Downloads of the current selection (the published records, narrowed to the selection).
  const jsonUrl = root.dataset.jsonUrl!;
  let records: Promise<PublishedRecord[]> | undefined;
  for (const link of root.querySelectorAll<HTMLAnchorElement>('a[data-download]')) {
    link.addEventListener('click', async (e) => {
      e.preventDefault();
      records ??= fetch(jsonUrl).then((r) => r.json() as Promise<PublishedRecord[]>);
      const d = await ensure();
      const { selectRecords, selectionCsv, selectionJson } = await import('../../lib/filters/download.ts');
      const selected = selectRecords(await records, d.store.get().idSet);
      const kind = link.dataset.download;
      const name = link.getAttribute('download') ?? `digitalatlas.${kind}`;
      if (kind === 'json') saveBlob(new Blob([selectionJson(selected)], { type: 'application/json' }), name);
      else saveBlob(new Blob([selectionCsv(selected, d.payload.columns)], { type: 'text/csv;charset=utf-8' }), name);
    });
  }

  // PNG of a chart: the live SVG if drawn, else the server-rendered one, rasterised at 2x.
  for (const button of root.querySelectorAll<HTMLButtonElement>('button[data-chart-png]')) {
    button.hidden = false;
    button.addEventListener('click', async () => {
      const fig = button.closest<HTMLElement>('[data-chart-figure]')!;
      const liveSvg = fig.hasAttribute('data-live') ? fig.querySelector('.da-chart__canvas svg') : null;
      const staticImg = fig.querySelector<HTMLImageElement>('.da-chart__static');
      let src: string | undefined;
      if (liveSvg) src = URL.createObjectURL(new Blob([new XMLSerializer().serializeToString(liveSvg)], { type: 'image/svg+xml' }));
      else if (staticImg && !fig.hasAttribute('data-stale')) src = staticImg.src;
      if (!src) {
        fig.querySelector('.da-chart__frame')?.scrollIntoView({ block: 'center' });
        return;
      }
      const img = new Image();
      img.src = src;
      await img.decode();
      const w = img.naturalWidth || 640;
      const h = img.naturalHeight || 320;
      const canvas = document.createElement('canvas');
      canvas.width = w * 2;
      canvas.height = h * 2;
      const ctx = canvas.getContext('2d')!;
      ctx.fillStyle = '#ffffff';
      ctx.fillRect(0, 0, canvas.width, canvas.height);
      ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
      canvas.toBlob((blob) => blob && saveBlob(blob, button.dataset.chartPng ?? 'chart.png'), 'image/png');
    });
  }

  // Apply the URL's view; the server rendered the default view, so that needs no work.
  const fromUrl = parseFilters(window.location.search, { programmeIds });
  const listFromUrl = parseListView(window.location.search);
  if (!equalFilters(fromUrl, initial) || withListView('', listFromUrl) !== '') {
    writeForm(fromUrl);
    void apply(fromUrl, 'none', listFromUrl).then(() => {
      root.dataset.ready = 'true';
    });
  } else root.dataset.ready = 'true';
}
