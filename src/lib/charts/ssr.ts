/**
 * Build-time rendering of a chart option to a static SVG (ECharts server-side rendering), so
 * charts are visible before any JavaScript runs. Used from .astro components only.
 */
import { echarts } from './echarts-setup.ts';
import type { ChartOption } from './builders.ts';

export const SSR_WIDTH = 640;

/** Render an option to an SVG document string of the given size. */
export function renderChartSvg(option: ChartOption, width: number = SSR_WIDTH, height = 320): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption({ ...option, animation: false, tooltip: undefined });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

/** The SVG as a data: URI for an <img> (no markup from data is inserted into the page). */
export function svgDataUri(svg: string): string {
  return `data:image/svg+xml;base64,${Buffer.from(svg, 'utf8').toString('base64')}`;
}
