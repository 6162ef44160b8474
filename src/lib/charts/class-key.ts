import type * as Plot from '@observablehq/plot';

export interface ClassKeyItem { label: string; fill: string; stroke: string }
export interface ClassKeyOptions { heading: string; items: ClassKeyItem[]; r: number; x?: number; y?: number; maxChars?: number }

const SVG = 'http://www.w3.org/2000/svg';

/** Break text into lines of at most `max` characters at spaces (a longer word stays whole). */
export function wrapWords(text: string, max: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= max) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/**
 * A Plot render-function mark: a vertical key of dot swatches (one per colour class, plus any extra states such as
 * "hidden") under a wrapped heading, drawn in the frame's top-left corner. It works in projected plots, where
 * ordinary marks' x/y would be read as longitude/latitude.
 */
export function classKey(o: ClassKeyOptions): Plot.RenderFunction {
  return (_index, _scales, _values, _dimensions, context) => {
    const doc = context.document;
    const el = (name: string, attrs: Record<string, string | number>, text?: string) => {
      const e = doc.createElementNS(SVG, name);
      for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
      if (text !== undefined) e.textContent = text;
      return e;
    };
    const g = el('g', { class: 'class-key', transform: `translate(${o.x ?? 8},${o.y ?? 8})`, 'font-size': 12, fill: 'currentColor' });
    let y = 0;
    const max = o.maxChars ?? 24;
    for (const line of wrapWords(o.heading, max)) {
      g.append(el('text', { x: 0, y: (y += 15), 'font-weight': 'bold', 'text-anchor': 'start' }, line));
    }
    y += 6;
    for (const it of o.items) {
      y += 17;
      g.append(el('circle', { cx: o.r + 1, cy: y - 4, r: o.r + 1, fill: it.fill, stroke: it.stroke, 'stroke-width': it.fill === 'none' ? 1.2 : 0.5 }));
      wrapWords(it.label, max - 2).forEach((line, i) => {
        if (i > 0) y += 14;
        g.append(el('text', { x: 2 * o.r + 8, y, 'text-anchor': 'start' }, line));
      });
    }
    return g as unknown as SVGElement;
  };
}
