/**
 * Which published table can answer a chart of the explorer. No table holds every breakdown at once: services and ages
 * together, or services and outcome, exist only for pooled 3-year periods. So each
 * chart takes the first table holding its own dimension and every active filter (its own filter left out, as
 * cross-filtering does), or says why no table can.
 */
import { PERIODS } from '../codes.ts';
import type { ExplorerTable } from '../query/queries/explorer-counts.ts';
import { effectiveYears, type ExplorerState } from './state.ts';

export type ChartDim = 'service' | 'age' | 'unit' | 'year';
type Breakdown = 'service' | 'age' | 'outcome';

const TABLES: { table: ExplorerTable; time: 'year' | 'period'; has: Breakdown[] }[] = [
  { table: 'totals', time: 'year', has: ['outcome'] },
  { table: 'by_service', time: 'year', has: ['service'] },
  { table: 'by_age', time: 'year', has: ['age'] },
  { table: 'service_age', time: 'period', has: ['service', 'age'] },
  { table: 'service_outcome', time: 'period', has: ['service', 'outcome'] },
];

export type Source =
  | { table: ExplorerTable; time: 'year' | 'period'; periods: string[] }
  /**
   * combination: no table has these breakdowns together; period: only pooled periods have them and the years are not
   * whole periods; overlap: a chosen county and peer group share municipalities (areas.ts).
   */
  | { unavailable: 'combination' | 'period' | 'overlap' };

/** The pooled periods whose years are exactly the chosen years ([] for no year filter), or null when they do not add up to whole periods. */
export function periodsFor(years: readonly number[]): string[] | null {
  if (years.length === 0) return [];
  const chosen = PERIODS.filter((p) => p.years.some((y) => years.includes(y)));
  const covered = chosen.flatMap((p) => p.years as readonly number[]);
  return covered.length === years.length && covered.every((y) => years.includes(y)) ? chosen.map((p) => p.key) : null;
}

/** The table a chart by `dim` reads under the state, or why there is none; `overlap` from summedAreas. */
export function pickSource(dim: ChartDim, s: ExplorerState, overlap = false): Source {
  if (overlap && dim !== 'unit') return { unavailable: 'overlap' };
  const needed = new Set<Breakdown>();
  if (dim === 'service' || s.services.length) needed.add('service');
  if (dim === 'age' || s.ages.length) needed.add('age');
  if (s.outcome !== 'alle') needed.add('outcome');
  const fits = TABLES.filter((t) => [...needed].every((b) => t.has.includes(b)));
  if (fits.length === 0) return { unavailable: 'combination' };
  const years = dim === 'year' ? [] : effectiveYears(s);
  const periods = periodsFor(years);
  const usable = fits.find((t) => t.time === 'year' || (dim !== 'year' && periods !== null));
  if (!usable) return { unavailable: dim === 'year' ? 'combination' : 'period' };
  return { table: usable.table, time: usable.time, periods: usable.time === 'period' ? periods ?? [] : [] };
}
