/** From the state to each linked chart: what to query (its own filter left out) and the bars, table rows and CSV of the answer. */
import { toCsv } from '../csv.ts';
import type { ExplorerBar } from '../charts/explorer-bars.ts';
import type { ExplorerCountRow, ExplorerCut, ExplorerKey } from '../query/queries/explorer-counts.ts';
import type { ChartDim, Source } from './sources.ts';
import { effectiveYears, type ExplorerState, type ListKey } from './state.ts';
import { pivotWide, withColumns } from '../views/live/reshape.ts';

export const CHART_DIMS = ['service', 'age', 'unit', 'year'] as const satisfies readonly ChartDim[];
/** The state's list and the table column behind each chart. */
export const DIM_KEYS: Record<ChartDim, { list: ListKey; column: ExplorerKey }> = {
  service: { list: 'services', column: 'service_group' },
  age: { list: 'ages', column: 'age_group' },
  unit: { list: 'units', column: 'unit' },
  year: { list: 'years', column: 'year' },
};

/**
 * The query of one chart: every filter but its own. The area chart shows the counties and every chosen area, each as
 * its own bar; the others add up `summed` (the chosen areas less those inside another, areas.ts).
 */
export function chartCut(dim: ChartDim, s: ExplorerState, source: Extract<Source, { table: string }>, counties: readonly string[], summed: readonly string[] = s.units): ExplorerCut {
  return {
    table: source.table,
    by: DIM_KEYS[dim].column,
    units: dim === 'unit' ? [...new Set([...counties, ...s.units])] : [...summed],
    years: dim === 'year' || source.time === 'period' ? [] : effectiveYears(s),
    periods: source.periods,
    services: dim === 'service' ? [] : s.services,
    ages: dim === 'age' ? [] : s.ages,
    outcome: s.outcome,
  };
}

/** The values a chart's own filter has chosen: for the year chart, the chosen years or every year of the brushed range. */
export function chosenValues(dim: ChartDim, s: ExplorerState): string[] {
  return (dim === 'year' ? effectiveYears(s) : (s[DIM_KEYS[dim].list] as (string | number)[])).map(String);
}

/** The bars of a chart in the given order (the area chart: counties, then the chosen areas), chosen values marked. */
export function chartBars(dim: ChartDim, s: ExplorerState, rows: readonly ExplorerCountRow[], label: (key: string) => string, order?: readonly string[]): ExplorerBar[] {
  const chosen = new Set(chosenValues(dim, s));
  const keys = rows.map((r) => String(r.key));
  // One row per key: the pivot puts them in `order`, or the rows' own order, and leaves out keys without a row.
  const wide = pivotWide(rows.map((r) => ({ key: String(r.key), series: 'n', reports: r.reports })), 'key', 'series', ['reports'], order ? order.filter((k) => keys.includes(k)) : keys);
  return withColumns(wide, { label: (w) => label(String(w.key)), selected: (w) => chosen.has(String(w.key)) })
    .map((w) => ({ key: String(w.key), label: w.label, reports: (w.reports_n as number | null | undefined) ?? null, selected: w.selected }));
}

export interface CsvLabels { code: string; label: string; reports: string; status: string; selection: string; synthetic: string | null; yes: string }

/** The CSV of a chart's current table: hidden counts stay empty with their `:`, and every row says the selection and that the data are synthetic. */
export function chartCsv(bars: readonly ExplorerBar[], selection: string, l: CsvLabels): string {
  const header = { code: l.code, label: l.label, reports: l.reports, status: l.status, selection: l.selection, synthetic: l.synthetic ?? '' };
  const rows = withColumns(bars.map((b) => ({ code: b.key, label: b.label, reports: b.reports })), {
    status: (b) => (b.reports === null ? ':' : ''), selection: () => selection, synthetic: () => l.yes,
  });
  const cols = ['code', 'label', 'reports', 'status', 'selection', ...(l.synthetic ? ['synthetic' as const] : [])] as const;
  return toCsv(cols as unknown as (keyof (typeof rows)[number] & string)[], [header, ...rows] as (typeof rows)[number][]).split('\r\n').slice(1).join('\r\n');
}
