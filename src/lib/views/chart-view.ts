import type { ChartData } from '../charts/chart-data.ts';

/** One chart of a page before rendering: the spec's input rows, its table/CSV data, and every text shown around it. */
export interface ChartView<Rows> {
  data: ChartData;
  rows: Rows;
  title: string;
  definition: string;
  summary: string;
  /** Said above the chart when it falls back, e.g. to a pooled period because the year's detail is hidden. */
  note?: string;
}
