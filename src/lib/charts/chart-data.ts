import type { SsbSymbol } from '../codes.ts';

/** A table cell: a number, text, or an SSB symbol standing in for a number that is hidden, missing or not applicable. */
export type DataCell = string | number | SsbSymbol;
export interface ChartColumn { key: string; label: string; numeric?: boolean; decimals?: number }

/** Exactly the numbers a chart shows: its table, its CSV download and its summary are all made from this. */
export interface ChartData {
  id: string;
  columns: ChartColumn[];
  rows: Record<string, DataCell>[];
}

/** A count as a table cell: the number when published, the `:` symbol when hidden. */
export const countCell = (reports: number | null, status: string | null): DataCell =>
  reports === null ? ((status === '..' || status === '.' ? status : ':') as SsbSymbol) : reports;
