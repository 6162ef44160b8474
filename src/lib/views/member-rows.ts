import { compareRate, type Judgement } from '../stats/compare-rate.ts';
import type { DataCell } from '../charts/chart-data.ts';
import { countCell } from '../charts/chart-data.ts';
import type { SiteData } from './site-data.ts';

export interface MemberRow { unit: string; name: string; level: string; children: number; reports: DataCell; rate: DataCell; judgement: Judgement }

/** Key figures for the units listed on a county or national page, each judged against the country. */
export function memberRows(data: SiteData, units: { unit: string; name: string; level: string }[], year: number): MemberRow[] {
  const country = data.totals('NO', year)?.rate_per_1000 ?? null;
  return units.map((u) => {
    const r = data.totals(u.unit, year);
    return {
      unit: u.unit, name: u.name, level: u.level, children: r?.children ?? 0,
      reports: countCell(r?.reports ?? null, r?.status ?? ':'),
      rate: r?.rate_per_1000 ?? countCell(null, r?.status ?? ':'),
      judgement: u.unit === 'NO' ? 'no-clear-difference' : compareRate(r?.reports ?? null, r?.children ?? 0, country),
    };
  });
}
