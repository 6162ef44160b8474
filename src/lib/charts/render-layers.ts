import type * as Plot from '@observablehq/plot';
import type { ChartLayers } from './chart-layers.ts';
import { renderChartNode } from './render.ts';

const shared = new Map<string, { under: string; over: string }>();

/** Plot's own axes and grid drawn only once, with the layer under the page's marks. */
const withoutAxes = (o: Plot.PlotOptions, marks: Plot.Markish[]): Plot.PlotOptions => ({
  ...o, marks, axis: null, grid: false,
  ...(o.x ? { x: { ...o.x, axis: null, grid: false } } : {}),
  ...(o.y ? { y: { ...o.y, axis: null, grid: false } } : {}),
});

/** An SVG's markup in three parts: its opening tag, Plot's <style> (always the first child), and the rest of its content. */
function parts(svg: Element): { open: string; style: string; body: string } {
  const html = svg.outerHTML, style = svg.firstElementChild!.outerHTML;
  const at = html.indexOf(style);
  return { open: html.slice(0, at), style, body: html.slice(at + style.length, html.length - '</svg>'.length) };
}

/**
 * Render layered chart markup equal to rendering `layeredSpec(layers)` in one go, but draw the shared layers only once
 * per `key`: the page's own marks are a small plot of their own, spliced between them. A municipality's funnel and map
 * differ from every other municipality's only in its own dot and name, and drawing the other 356 on every page (×3
 * languages) was a large part of the build, mostly garbage collection of linkedom nodes.
 * `key` must name everything the shared layers depend on (chart, language, year, width); equal keys reuse them.
 */
export function renderLayers(layers: ChartLayers, key: string, document: Document): string {
  let s = shared.get(key);
  if (!s) {
    const under = parts(renderChartNode({ ...layers.options, marks: layers.under }, document)).body;
    const over = layers.over.length ? parts(renderChartNode(withoutAxes(layers.options, layers.over), document)).body : '';
    shared.set(key, (s = { under, over }));
  }
  const own = parts(renderChartNode(withoutAxes(layers.options, layers.own), document));
  return `${own.open}${own.style}${s.under}${own.body}${s.over}</svg>`;
}
