import * as Plot from '@observablehq/plot';
import type { FeatureCollection } from 'geojson';
import { HIDDEN_STROKE } from './palette.ts';
import { sequentialClasses } from './sequential-colour.ts';
import { classKey } from './class-key.ts';
import { fitDomain, replayRender } from './map-geometry.ts';
import { denseDots, type DenseDotStyle } from './dense-dots.ts';
import { layeredSpec, type ChartLayers } from './chart-layers.ts';

export interface MapDot { unit: string; name: string; lon: number; lat: number; rate: number | null; focus: boolean }
export interface RateMapOptions {
  width: number;
  title: string;
  summary: string;
  /** The key's heading, e.g. "Reports per 1,000 children". */
  legendLabel: string;
  hiddenLabel: string;
  format: (n: number) => string;
  /** Class breaks (ascending); defaults to the quintiles of the shown rates, rounded to two significant digits. */
  breaks?: number[];
  /**
   * Hover titles on every dot, for the browser's re-render. Off at build, where each class of dots is drawn as one path
   * (see dense-dots.ts: separate elements were most of a render's cost). The focus dot always has one.
   */
  titles?: boolean;
}

/** Transverse Mercator centred on 15° E, 65° N: Norway upright with little distortion from Lindesnes to Vardø. */
export const NORWAY_PROJECTION = { type: 'transverse-mercator', rotate: [-15, -65] } as const;

const round2 = (v: number) => (v === 0 ? 0 : Number(v.toPrecision(2)));

/** The rates' quintiles, rounded to two significant digits, distinct and ascending. */
export function quintileBreaks(rates: number[]): number[] {
  const s = [...rates].sort((a, b) => a - b);
  if (s.length < 2) return [];
  const q = [0.2, 0.4, 0.6, 0.8].map((p) => round2(s[Math.min(s.length - 1, Math.floor(p * s.length))]!));
  return [...new Set(q)].filter((b) => b > s[0]!);
}

/**
 * Municipality dots coloured by rate (classed sequential scale, key at the top left over the sea) on county outlines.
 * A hidden rate is a hollow grey dot (in the key too), never a colour; the focus municipality is ringed and named.
 * `counties` must have their rings wound for d3 (see data/reference/geo/SOURCE.md).
 */
export function rateMapSpec(dots: MapDot[], counties: FeatureCollection, o: RateMapOptions): Plot.PlotOptions {
  return layeredSpec(rateMapLayers(dots, counties, o));
}

/**
 * The map in layers: outlines, every municipality's dot and the key are the same on every page with the same dots and
 * texts (render-layers.ts draws them once for them all); the focus municipality's larger dot, ring and name are the page's.
 */
export function rateMapLayers(dots: MapDot[], counties: FeatureCollection, o: RateMapOptions): ChartLayers {
  const shown = dots.filter((d) => d.rate !== null);
  const breaks = o.breaks ?? quintileBreaks(shown.map((d) => d.rate!));
  const colours = sequentialClasses(breaks.length + 1);
  const classOf = (rate: number) => breaks.filter((b) => rate >= b).length;
  const focus = dots.filter((d) => d.focus);
  const focusTitle = (d: MapDot) => `${d.name}: ${d.rate === null ? `: ${o.hiddenLabel}` : o.format(d.rate)}`;
  const [lo, hi] = [Math.min(...shown.map((d) => d.rate!)), Math.max(...shown.map((d) => d.rate!))];
  const labels = breaks.length === 0 ? (shown.length === 0 ? [] : [lo === hi ? o.format(lo) : `${o.format(lo)}–${o.format(hi)}`]) : colours.map((_, i) =>
    i === 0 ? `< ${o.format(breaks[0]!)}` : i === breaks.length ? `≥ ${o.format(breaks[i - 1]!)}` : `${o.format(breaks[i - 1]!)}–${o.format(breaks[i]!)}`);
  const title = o.titles ? focusTitle : null;
  const r = Math.round(Math.max(2.5, Math.min(4, o.width / 130)) * 2) / 2;
  // With titles (one per municipality) the focus is left to its own dot; else every dot is drawn, the focus's under its
  // larger one, so the shared layer is the same on every page.
  const others = o.titles ? dots.filter((d) => !d.focus) : dots;
  return {
    options: {
      width: o.width,
      margin: 4,
      ariaLabel: o.title,
      ariaDescription: o.summary,
      projection: { ...NORWAY_PROJECTION, domain: fitDomain(counties), inset: 10 },
      color: { type: 'identity' },
    },
    under: [
      Plot.geo(counties, { fill: 'none', stroke: 'var(--mb-muted, #50555f)', strokeWidth: 0.75, strokeLinejoin: 'round', render: replayRender(counties) }),
      dotMark(others.filter((d) => d.rate === null), { r, fill: 'none', stroke: HIDDEN_STROKE, strokeWidth: 1.2 }, title),
      // One mark per class, so each fill is set once. Outlined in the page's text colour so light and dark fills stand out on both themes.
      ...colours.map((fill, c) => dotMark(others.filter((d) => d.rate !== null && classOf(d.rate) === c), { r, fill, stroke: 'currentColor', strokeWidth: 0.5 }, title)),
    ],
    own: [
      // A hidden focus is hollow: filled with the page's background, so its small dot beneath does not show.
      Plot.dot(focus, {
        x: 'lon', y: 'lat', r: r + 1, fill: (d: MapDot) => (d.rate === null ? 'var(--mb-bg, white)' : colours[classOf(d.rate)]),
        stroke: (d: MapDot) => (d.rate === null ? HIDDEN_STROKE : 'currentColor'), strokeWidth: 1, title: focusTitle,
      }),
      Plot.dot(focus, { x: 'lon', y: 'lat', r: r + 5, fill: 'none', stroke: 'currentColor', strokeWidth: 2 }),
      // Names east of 20° E (Troms and Finnmark) go to the left of the dot, where the map has room.
      ...[false, true].map((left) => Plot.text(focus.filter((d) => d.lon > 20 === left), {
        x: 'lon', y: 'lat', text: 'name', dx: left ? -(r + 8) : r + 8, textAnchor: left ? 'end' : 'start', fontSize: 13, fontWeight: 'bold',
        fill: 'currentColor', stroke: 'var(--mb-bg, white)', strokeWidth: 3.5, paintOrder: 'stroke',
      })),
    ],
    over: [
      classKey({
        heading: o.legendLabel,
        items: [
          ...labels.map((label, i) => ({ label, fill: colours[i]!, stroke: 'currentColor' })),
          ...(dots.some((d) => d.rate === null) ? [{ label: `: ${o.hiddenLabel}`, fill: 'none', stroke: HIDDEN_STROKE }] : []),
        ],
        r,
      }),
    ],
  };
}

/** Dots as separate titled circles (browser) or as one compact path (build). */
function dotMark(data: MapDot[], style: DenseDotStyle, title: ((d: MapDot) => string) | null): Plot.Markish {
  return Plot.dot(data, { x: 'lon', y: 'lat', ...style, ...(title ? { title } : { render: denseDots(style) }) });
}
