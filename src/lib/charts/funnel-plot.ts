import * as Plot from '@observablehq/plot';
import { SERIES } from './palette.ts';
import { dodgeLabels, niceCeil, textWidth } from './chart-scale.ts';
import { roundPositions } from './round-positions.ts';
import { denseDots } from './dense-dots.ts';
import { layeredSpec, type ChartLayers } from './chart-layers.ts';

export interface FunnelPoint { unit: string; name: string; children: number; rate: number | null; focus: boolean }
export interface FunnelLimit { children: number; lo95: number; hi95: number; lo998: number; hi998: number }
export interface FunnelPlotOptions {
  width: number;
  height?: number;
  title: string;
  summary: string;
  xLabel: string;
  yLabel: string;
  /** The centre line's rate (e.g. the national rate), and its label. */
  centre: number;
  centreLabel: string;
  limit95Label: string;
  limit998Label: string;
  format: (n: number) => string;
  /** Formats children counts on the x axis; defaults to `format`. */
  formatCount?: (n: number) => string;
  /** Hover titles (name: rate) on every dot, for the browser's re-render; off at build, where all dots are drawn as one path (see dense-dots.ts). */
  titles?: boolean;
}

export const FUNNEL_DASH = { limit95: '6,4', limit998: '1.5,3' } as const;
const MARGIN = { top: 16, bottom: 40 };
/** Other municipalities: small hollow dots in the muted text colour (≥ 3:1 on both themes). */
const OTHERS = { r: 2.5, fill: 'none', stroke: 'var(--mb-muted, #50555f)', strokeWidth: 1 };

/**
 * Funnel plot: every municipality's rate against its number of children 0–17 (log scale), with the caller's control
 * limits (95 % dashed, 99.8 % dotted) around the centre line, each labelled at its right end. The focus municipality
 * is a large filled dot with a ring and its name, drawn over its small dot; hidden rates are left out (the caller's
 * summary says how many).
 */
export function funnelPlotSpec(points: FunnelPoint[], limits: FunnelLimit[], o: FunnelPlotOptions): Plot.PlotOptions {
  return layeredSpec(funnelPlotLayers(points, limits, o));
}

/**
 * The funnel plot in layers: everything but the focus municipality is the same on every page with the same points,
 * limits and texts (render-layers.ts draws it once for them all).
 */
export function funnelPlotLayers(points: FunnelPoint[], limits: FunnelLimit[], o: FunnelPlotOptions): ChartLayers {
  const height = o.height ?? 360;
  const shown = points.filter((p) => p.rate !== null && p.children > 0);
  const focus = shown.filter((p) => p.focus);
  const sorted = [...limits].sort((a, b) => a.children - b.children);
  const kids = [...shown.map((p) => p.children), ...sorted.map((l) => l.children)];
  const [xMin, xMax] = [Math.min(...kids) / 1.15, Math.max(...kids) * 1.15];
  const yMax = niceCeil(Math.max(o.centre * 2, ...shown.map((p) => p.rate!)) * 1.08);
  const lx = Math.log(xMin), lw = Math.log(xMax) - lx;
  const ticks = [1, 3].flatMap((m) => [10, 100, 1e3, 1e4, 1e5, 1e6].map((p) => m * p)).filter((t) => t >= xMin && t <= xMax).sort((a, b) => a - b);

  // Right-end labels for the upper limits and the centre, spread apart where the funnel has narrowed.
  const last = sorted.at(-1);
  const plotH = height - MARGIN.top - MARGIN.bottom;
  const px = (v: number) => MARGIN.top + (1 - Math.min(v, yMax) / yMax) * plotH;
  const ends = last ? [{ text: o.limit998Label, v: last.hi998 }, { text: o.limit95Label, v: last.hi95 }, { text: o.centreLabel, v: o.centre }] : [];
  const placed = dodgeLabels(ends.map((e) => px(e.v)), ends.map(() => 14), MARGIN.top - 8, height - MARGIN.bottom);
  const endLabels = ends.map((e, i) => ({ ...e, children: last!.children, y: yMax * (1 - (placed[i]! - MARGIN.top) / plotH) }));
  const marginRight = Math.min(o.width * 0.3, 18 + Math.max(30, ...ends.map((e) => textWidth(e.text, 11))));

  const title = (p: FunnelPoint) => `${p.name}: ${o.format(p.rate!)}`;
  // The focus name goes on whichever side of its dot has room.
  const onLeft = (p: FunnelPoint) => (Math.log(p.children) - lx) / lw > 0.6;
  const limitLine = (key: Exclude<keyof FunnelLimit, 'children'>, dash: string) =>
    Plot.lineY(clipAtTop(sorted, key, yMax), { x: 'children', y: 'y', stroke: 'currentColor', strokeWidth: 1.25, strokeDasharray: dash, render: roundPositions });
  const options: Plot.PlotOptions = {
    width: o.width,
    height,
    marginTop: MARGIN.top,
    marginBottom: MARGIN.bottom,
    marginLeft: 48,
    marginRight,
    ariaLabel: o.title,
    ariaDescription: o.summary,
    x: { type: 'log', domain: [xMin, xMax], ticks, tickFormat: (d: number) => (o.formatCount ?? o.format)(d), label: o.xLabel, labelAnchor: 'center', labelArrow: 'none' },
    y: { domain: [0, yMax], label: o.yLabel, grid: true, tickFormat: (d: number) => o.format(d) },
  };
  return {
    options,
    under: [
      limitLine('lo998', FUNNEL_DASH.limit998),
      limitLine('hi998', FUNNEL_DASH.limit998),
      limitLine('lo95', FUNNEL_DASH.limit95),
      limitLine('hi95', FUNNEL_DASH.limit95),
      Plot.ruleY([o.centre], { stroke: 'currentColor', strokeWidth: 1.5 }),
      Plot.ruleY([0]),
      Plot.text(endLabels, { x: 'children', y: 'y', text: 'text', dx: 10, textAnchor: 'start', fill: 'currentColor', fontSize: 11 }),
      // Every shown municipality, the focus too (its large dot covers it), so this layer is the same on every page;
      // with titles (one per municipality) the focus has its own dot's.
      o.titles
        ? Plot.dot(shown.filter((p) => !p.focus), { x: 'children', y: 'rate', ...OTHERS, title })
        : Plot.dot(shown, { x: 'children', y: 'rate', ...OTHERS, render: denseDots(OTHERS) }),
    ],
    own: [
      Plot.dot(focus, { x: 'children', y: 'rate', r: 6.5, fill: SERIES[0], stroke: 'currentColor', strokeWidth: 2, title }),
      ...[false, true].map((left) =>
        Plot.text(focus.filter((p) => onLeft(p) === left), {
          x: 'children', y: 'rate', text: 'name', dx: left ? -11 : 11, textAnchor: left ? 'end' : 'start', fontSize: 12, fontWeight: 'bold',
          fill: 'currentColor', stroke: 'var(--mb-bg, white)', strokeWidth: 3, paintOrder: 'stroke',
        }),
      ),
    ],
    over: [],
  };
}

/**
 * A limit line's points with the stretch above the frame cut off exactly where it leaves (interpolated in log x, as
 * drawn): Plot's `clip` would do it too, but numbers its clip-path ids per process, which would make SVGs unstable.
 */
export function clipAtTop(limits: FunnelLimit[], key: Exclude<keyof FunnelLimit, 'children'>, yMax: number): { children: number; y: number | null }[] {
  const out: { children: number; y: number | null }[] = [];
  limits.forEach((l, i) => {
    const prev = limits[i - 1];
    if (prev && (prev[key] > yMax) !== (l[key] > yMax)) {
      const t = (yMax - prev[key]) / (l[key] - prev[key]);
      out.push({ children: Math.exp(Math.log(prev.children) + t * (Math.log(l.children) - Math.log(prev.children))), y: yMax });
    }
    out.push({ children: l.children, y: l[key] > yMax ? null : l[key] });
  });
  return out;
}
