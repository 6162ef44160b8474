import type * as Plot from '@observablehq/plot';

export interface DenseDotStyle { r: number; fill: string; stroke: string; strokeWidth: number }

const n1 = (v: number) => Math.round(v * 10) / 10;

/**
 * A render transform for a dot mark with hundreds of dots (funnel, map): draws them all as one `<path>` of circles at
 * the mark's scaled (or projected) positions instead of one `<circle>` each. Under linkedom every element and attribute
 * is a node tracked in a WeakMap, and those nodes, mostly their garbage collection, were ~75 % of a map's build time.
 * Looks the same except that, within the one path, every outline is painted over every fill. Not for dots with titles.
 */
export function denseDots(style: DenseDotStyle): Plot.RenderFunction {
  return (index, _scales, values, _dimensions, context) => {
    const { r } = style;
    const xs = values.x as ArrayLike<number> | undefined, ys = values.y as ArrayLike<number> | undefined;
    let d = '';
    if (xs && ys)
      for (const i of index) {
        const x = xs[i]!, y = ys[i]!;
        if (Number.isFinite(x) && Number.isFinite(y)) d += `M${n1(x + r)},${n1(y)}a${r},${r} 0 1,1 ${-2 * r},0a${r},${r} 0 1,1 ${2 * r},0`;
      }
    if (d === '') return null;
    const path = context.document.createElementNS('http://www.w3.org/2000/svg', 'path');
    path.setAttribute('class', 'dots');
    path.setAttribute('d', d);
    path.setAttribute('fill', style.fill);
    path.setAttribute('stroke', style.stroke);
    path.setAttribute('stroke-width', String(style.strokeWidth));
    return path as unknown as SVGElement;
  };
}
