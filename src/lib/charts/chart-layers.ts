import type * as Plot from '@observablehq/plot';

/**
 * A chart whose marks split into layers: marks shared by every page that draws the chart with the same data (all
 * municipalities' dots, limits, outlines, the key) and the page's own marks (its municipality), drawn between them.
 * `options` must fix every scale (explicit domains, margins and size, or a projection domain), so that each layer
 * rendered on its own places its marks exactly as the whole chart would (see render-layers.ts).
 */
export interface ChartLayers {
  /** Plot options without marks; the title and summary (ariaLabel, ariaDescription) are the page's. */
  options: Plot.PlotOptions;
  /** Drawn first, after the axes. */
  under: Plot.Markish[];
  /** The page's own marks. */
  own: Plot.Markish[];
  /** Drawn last, over the page's own marks. */
  over: Plot.Markish[];
}

/** The layers as one chart: the marks in drawing order. */
export function layeredSpec(l: ChartLayers): Plot.PlotOptions {
  return { ...l.options, marks: [...l.under, ...l.own, ...l.over] };
}
