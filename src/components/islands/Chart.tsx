/**
 * Chart — the site's ONE ECharts island. Draws one option (from a `build<Name>Option` builder
 * in src/lib/charts) with the SVG renderer and owns the chart's whole lifecycle: init on mount,
 * debounced ResizeObserver, a new option replaces the old one (see draw()),
 * `dispose()` on unmount.
 *
 * Props (JSON-serialisable, so `<Chart client:visible option={result.option} … />` works in
 * .astro files; builders emit no formatter functions):
 * - `option`     the ECharts option (ChartOption).
 * - `height`     pixel height (builders return a suggested `height`), default 320.
 * - `label`      accessible name of the chart image (usually the chart title).
 * - `onRendered` optional callback with the root element after each draw (React parents only).
 *
 * Use it inside a <figure> that also holds the title, caption and the data table (see
 * src/components/dashboard/ChartFigure.astro). The root carries `data-ready="true"` after the
 * current option is drawn. When it is inside an element with `[data-chart-figure]`, that
 * element gets `data-live` so a server-rendered fallback image can be hidden by CSS.
 */
import { useEffect, useRef } from 'react';
import type { ChartOption } from '../../lib/charts/builders.ts';

export interface ChartProps {
  option: ChartOption;
  height?: number;
  label: string;
  onRendered?: (root: HTMLDivElement) => void;
}

type EChartsInstance = ReturnType<(typeof import('echarts/core'))['init']>;

export default function Chart({ option, height = 320, label, onRendered }: ChartProps) {
  const rootRef = useRef<HTMLDivElement>(null);
  const canvasRef = useRef<HTMLDivElement>(null);
  const chart = useRef<EChartsInstance | null>(null);
  const latest = useRef(option);
  latest.current = option;
  const latestHeight = useRef(height);
  latestHeight.current = height;
  const drawn = useRef(false);
  const rendered = useRef(onRendered);
  rendered.current = onRendered;

  const draw = () => {
    const c = chart.current;
    const root = rootRef.current;
    if (!c || !root) return;
    root.dataset.ready = 'false';
    // Later options of a chart have the same components, so they are merged with the series,
    // axes, legend and data replaced: `notMerge` would rebuild every component, and the
    // tooltip's constructor measures the page (a synchronous layout) on every filter change.
    if (drawn.current) c.setOption(latest.current, { replaceMerge: ['series', 'xAxis', 'yAxis', 'legend', 'dataset', 'title', 'visualMap'] });
    else c.setOption(latest.current, { notMerge: true });
    drawn.current = true;
    // The SVG renderer draws synchronously with animation off.
    root.dataset.ready = 'true';
    root.closest<HTMLElement>('[data-chart-figure]')?.setAttribute('data-live', '');
    rendered.current?.(root);
  };

  useEffect(() => {
    let disposed = false;
    let observer: ResizeObserver | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    (async () => {
      const { echarts } = await import('../../lib/charts/echarts-setup.ts');
      if (disposed || !canvasRef.current) return;
      canvasRef.current.style.height = `${latestHeight.current}px`;
      const c = echarts.init(canvasRef.current, null, { renderer: 'svg' });
      chart.current = c;
      draw();
      observer = new ResizeObserver(() => {
        clearTimeout(timer);
        timer = setTimeout(() => c.resize(), 120);
      });
      observer.observe(canvasRef.current);
    })();
    return () => {
      disposed = true;
      clearTimeout(timer);
      observer?.disconnect();
      chart.current?.dispose();
      chart.current = null;
      drawn.current = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const drawnHeight = useRef<number | undefined>(undefined);
  useEffect(() => {
    // Sizes are set through the CSSOM: the site's CSP forbids inline style attributes.
    // resize() reads the element's size (a synchronous layout of the whole page), so it runs
    // only when the height changed; width changes come through the ResizeObserver.
    if (chart.current && drawnHeight.current !== height) {
      if (canvasRef.current) canvasRef.current.style.height = `${height}px`;
      chart.current.resize();
    }
    drawnHeight.current = height;
    draw();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [option, height]);

  return (
    <div ref={rootRef} className="da-chart__live" data-ready="false">
      <div ref={canvasRef} className="da-chart__canvas" role="img" aria-label={label} />
    </div>
  );
}
