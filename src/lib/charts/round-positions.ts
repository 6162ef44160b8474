import type * as Plot from '@observablehq/plot';

/** Pixel coordinates to one decimal (a tenth of a pixel, invisibly): Plot writes full doubles, ~17 digits each. */
export const compactNumbers = (v: string) => v.replace(/(\d+\.\d)\d+/g, '$1');

/** A render transform that rounds the positions in a mark's elements (dots, symbols, line paths); halves the markup of dense charts. */
export const roundPositions: Plot.RenderFunction = function (index, scales, values, dimensions, context, next) {
  const node = next!(index, scales, values, dimensions, context);
  for (const c of (node as unknown as Element | null)?.children ?? [])
    for (const a of ['cx', 'cy', 'transform', 'd']) {
      const v = c.getAttribute(a);
      if (v !== null) c.setAttribute(a, compactNumbers(v));
    }
  return node;
};
