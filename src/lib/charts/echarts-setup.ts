/**
 * The tree-shaken ECharts build used by the Chart island and by the build-time SVG renderer:
 * bar charts with grid, legend, tooltip and aria, drawn with the SVG renderer (same output on
 * the server and in the browser). Register more chart types here when a page needs them.
 */
import * as echarts from 'echarts/core';
import { BarChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([BarChart, GridComponent, LegendComponent, TooltipComponent, AriaComponent, SVGRenderer]);

export { echarts };
