import { toCsv } from '../csv.ts';
import type { ChartData } from './chart-data.ts';

/** The CSV download of a chart: exactly its table's numbers with symbols kept, and a column saying whether the data are synthetic. */
export function chartCsv(data: ChartData, synthetic: { label: string; value: string } | null): string {
  const keys = data.columns.map((c) => c.key);
  const header = Object.fromEntries(data.columns.map((c) => [c.key, c.label]));
  const extra = synthetic ? ['__synthetic'] : [];
  const rows = [
    { ...header, ...(synthetic ? { __synthetic: synthetic.label } : {}) },
    ...data.rows.map((r) => ({ ...r, ...(synthetic ? { __synthetic: synthetic.value } : {}) })),
  ];
  // The header row is written as data so the columns carry the reader's labels, not internal keys.
  return toCsv([...keys, ...extra], rows as Record<string, string | number>[]).split('\r\n').slice(1).join('\r\n');
}
