import * as Plot from '@observablehq/plot';

/** Render Plot options to an SVG element with the given document (linkedom at build, window.document in the browser). */
export function renderChartNode(options: Plot.PlotOptions, document: Document): Element {
  const node = Plot.plot({ ...options, document }) as unknown as Element;
  // Plot labels <g> elements without a role, which axe flags (aria-prohibited-attr); make them groups.
  for (const g of node.querySelectorAll('g[aria-label]:not([aria-hidden])')) g.setAttribute('role', 'group');
  if (node.tagName.toLowerCase() === 'svg') node.setAttribute('role', 'img');
  return node;
}

/** Render Plot options to SVG markup with the given document (linkedom at build, window.document in the browser). */
export function renderChart(options: Plot.PlotOptions, document: Document): string {
  return renderChartNode(options, document).outerHTML;
}
