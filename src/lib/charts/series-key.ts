import type * as Plot from '@observablehq/plot';
import { textWidth } from './chart-scale.ts';
import { wrapWords } from './class-key.ts';

/** How a series is drawn, so its key entry can repeat the same shape, dash and colour. */
export type KeyShape = 'bar' | 'tick' | 'line' | 'circle' | 'square' | 'diamond' | 'triangle' | 'hollow-circle' | 'dashed-box';
export interface KeyItem { label: string; shape: KeyShape; colour: string; dash?: string }

const SVG = 'http://www.w3.org/2000/svg';
const SYMBOL_PATHS: Partial<Record<KeyShape, string>> = {
  square: 'M-4.5,-4.5h9v9h-9Z',
  diamond: 'M0,-6L6,0L0,6L-6,0Z',
  triangle: 'M0,-5.5L5.5,4.5H-5.5Z',
  circle: 'M5,0A5,5 0 1,1 -5,0A5,5 0 1,1 5,0',
  'hollow-circle': 'M4,0A4,4 0 1,1 -4,0A4,4 0 1,1 4,0',
};
const SWATCH = 22;

/** The height in pixels the key needs at this width; the caller adds it to the chart's top margin. */
export function keyHeight(items: KeyItem[], width: number, left: number): number {
  return layout(items, width, left).height;
}

interface Placed { x: number; y: number; lines: string[] }

/** Items flow left to right and wrap to new rows; a label too long for a row wraps onto lines of its own. */
function layout(items: KeyItem[], width: number, left: number): { placed: Placed[]; height: number } {
  const room = Math.max(60, width - left - SWATCH - 14);
  let x = left, top = 3, rowH = 18;
  const placed = items.map((it) => {
    const lines = textWidth(it.label) > room ? wrapWords(it.label, Math.floor(room / textWidth('n'))) : [it.label];
    const w = SWATCH + 6 + Math.max(...lines.map((l) => textWidth(l))) + 16;
    if (x > left && x + w > width) (x = left), (top += rowH), (rowH = 18);
    rowH = Math.max(rowH, lines.length * 14 + 4);
    const at = { x, y: top + 9, lines };
    x += w;
    return at;
  });
  return { placed, height: items.length === 0 ? 0 : top + rowH };
}

/** A Plot render-function mark drawing a one-line (wrapping) key at the top of the chart, each entry with its series' own shape. */
export function seriesKey(items: KeyItem[], left: number): Plot.RenderFunction {
  return (_index, _scales, _values, dimensions, context) => {
    const doc = context.document;
    const el = (name: string, attrs: Record<string, string | number>) => {
      const e = doc.createElementNS(SVG, name);
      for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
      return e;
    };
    const g = el('g', { class: 'series-key', 'font-size': 12, 'text-anchor': 'start' });
    layout(items, dimensions.width, left).placed.forEach(({ x, y, lines }, i) => {
      const it = items[i]!;
      const item = el('g', { transform: `translate(${x},${y})` });
      const mid = SWATCH / 2;
      if (it.shape === 'bar') item.append(el('rect', { x: 2, y: -5, width: SWATCH - 4, height: 10, fill: it.colour }));
      else if (it.shape === 'dashed-box') item.append(el('rect', { x: 2, y: -5, width: SWATCH - 4, height: 10, fill: 'none', stroke: it.colour, 'stroke-dasharray': '3,2' }));
      else if (it.shape === 'tick') item.append(el('line', { x1: mid, x2: mid, y1: -7, y2: 7, stroke: it.colour, 'stroke-width': 3 }));
      else if (it.shape === 'line') item.append(el('line', { x1: 0, x2: SWATCH, y1: 0, y2: 0, stroke: it.colour, 'stroke-width': 2, ...(it.dash ? { 'stroke-dasharray': it.dash } : {}) }));
      const d = SYMBOL_PATHS[it.shape];
      if (d) {
        const hollow = it.shape === 'hollow-circle';
        item.append(el('path', { d, transform: `translate(${mid},0)`, fill: hollow ? 'none' : it.colour, stroke: hollow ? it.colour : 'var(--mb-bg, white)', 'stroke-width': hollow ? 1.2 : 1 }));
      }
      lines.forEach((line, k) => {
        const text = el('text', { x: SWATCH + 6, y: k * 14, dy: '0.32em', fill: 'currentColor' });
        text.textContent = line;
        item.append(text);
      });
      g.append(item);
    });
    return g as unknown as SVGElement;
  };
}
