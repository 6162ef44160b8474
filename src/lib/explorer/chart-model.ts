/** From the state to each linked chart: what to query (its own filter left out) and the bars, table rows and CSV of the answer. */
import { toCsv } from '../csv.ts';
import type { ExplorerBar } from '../charts/explorer-bars.ts';
import type { ExplorerCountRow, ExplorerCut, ExplorerKey } from '../query/queries/explorer-counts.ts';
import type { ChartDim, Source } from './sources.ts';
import type { ExplorerState, ListKey } from './state.ts';

export const CHART_DIMS = ['service', 'age', 'unit', 'year'] as const satisfies readonly ChartDim[];
/** The state's list and the table column behind each chart. */
export const DIM_KEYS: Record<ChartDim, { list: ListKey; column: ExplorerKey }> = {
  service: { list: 'services', column: 'service_group' },
  age: { list: 'ages', column: 'age_group' },
  unit: { list: 'units', column: 'unit' },
  year: { list: 'years', column: 'year' },
};

/** The query of one chart: every filter but its own. The area chart shows the counties and every chosen area. */
export function chartCut(dim: ChartDim, s: ExplorerState, source: Extract<Source, { table: string }>, counties: readonly string[]): ExplorerCut {
  return {
    table: source.table,
    by: DIM_KEYS[dim].column,
    units: dim === 'unit' ? [...new Set([...counties, ...s.units])] : s.units,
    years: dim === 'year' || source.time === 'period' ? [] : s.years,
    periods: source.periods,
    services: dim === 'service' ? [] : s.services,
    ages: dim === 'age' ? [] : s.ages,
    outcome: s.outcome,
  };
}

/** The bars of a chart in the rows' order (the area chart: counties, then the chosen areas), chosen values marked. */
export function chartBars(dim: ChartDim, s: ExplorerState, rows: readonly ExplorerCountRow[], label: (key: string) => string, order?: readonly string[]): ExplorerBar[] {
  const chosen = (s[DIM_KEYS[dim].list] as (string | number)[]).map(String);
  const bars = rows.map((r) => ({ key: String(r.key), label: label(String(r.key)), reports: r.reports, selected: chosen.includes(String(r.key)) }));
  return order ? bars.sort((a, b) => order.indexOf(a.key) - order.indexOf(b.key)) : bars;
}

export interface CsvLabels { code: string; label: string; reports: string; status: string; selection: string; synthetic: string | null; yes: string }

/** The CSV of a chart's current table: hidden counts stay empty with their `:`, and every row says the selection and that the data are synthetic. */
export function chartCsv(bars: readonly ExplorerBar[], selection: string, l: CsvLabels): string {
  const header = { code: l.code, label: l.label, reports: l.reports, status: l.status, selection: l.selection, synthetic: l.synthetic ?? '' };
  const rows = bars.map((b) => ({ code: b.key, label: b.label, reports: b.reports, status: b.reports === null ? ':' : '', selection, synthetic: l.yes }));
  const cols = ['code', 'label', 'reports', 'status', 'selection', ...(l.synthetic ? ['synthetic' as const] : [])] as const;
  return toCsv(cols as unknown as (keyof (typeof rows)[number] & string)[], [header, ...rows] as (typeof rows)[number][]).split('\r\n').slice(1).join('\r\n');
}
