import { LAST_YEAR, PERIODS } from '../../codes.ts';
import type { Dictionary } from '../../i18n/nb.ts';
import { fill, formatNumber, type Lang } from '../../i18n/format.ts';
import type { TableRows } from '../../query/queries/table-rows.ts';
import { PEER_GROUPS } from '../../peer-groups.ts';
import type { SiteData } from '../site-data.ts';

export type UnitRow = TableRows['units'];

/** What every chart of a unit page needs: the data, the focus unit, what it is compared with, and the language. */
export interface UnitContext {
  data: SiteData;
  focus: UnitRow;
  comparisons: UnitRow[];
  country: UnitRow;
  t: Dictionary;
  lang: Lang;
  year: number;
  period: string;
  name(u: UnitRow): string;
  pct(share: number): string;
  num(n: number, decimals?: number): string;
}

/** The peer group's readable name, from the group bounds. */
export function peerGroupName(key: string, t: Dictionary, lang: Lang): string {
  const i = PEER_GROUPS.findIndex((g) => g.key === key);
  const lo = PEER_GROUPS[i]?.min ?? 0, next = PEER_GROUPS[i + 1]?.min;
  const range = next === undefined ? `${formatNumber(lo, lang)}+` : `${formatNumber(lo, lang)}–${formatNumber(next - 1, lang)}`;
  return fill(t['unit.peerGroup'], { range });
}

/** The context for a unit page: a municipality is compared with its county, its peer group and the country; a county with the country. */
export function unitContext(data: SiteData, unit: string, t: Dictionary, lang: Lang): UnitContext {
  const focus = data.unit(unit);
  const country = data.unit('NO');
  if (!focus || !country) throw new Error(`no published unit ${unit}`);
  const comparisons = focus.level === 'kommune'
    ? [data.unit(focus.fylkesnummer ?? ''), data.unit(focus.peer_group ?? ''), country]
    : focus.level === 'land' ? [] : [country];
  return {
    data, focus, country, t, lang,
    comparisons: comparisons.filter((u): u is UnitRow => u !== undefined),
    year: LAST_YEAR,
    period: PERIODS.at(-1)!.key,
    name: (u) => (u.level === 'land' ? t['unit.land'] : u.level === 'gruppe' ? peerGroupName(u.unit, t, lang) : u.name),
    pct: (share) => `${formatNumber(share * 100, lang, 1)} %`.replace(' %', lang === 'en' ? '%' : '\u00a0%'),
    num: (n, decimals = 0) => formatNumber(n, lang, decimals),
  };
}
