import type { TableRows } from '../query/queries/table-rows.ts';
import type { SiteData } from '../views/site-data.ts';
import type { ComparisonTarget } from './indicator.ts';

type UnitRow = TableRows['units'];

/** What a unit's indicators are judged against: a municipality against its county, peer group and the country; a county or peer group against the country. */
export function comparisonUnits(data: SiteData, focus: UnitRow): { target: ComparisonTarget; unit: UnitRow }[] {
  const country = data.unit('NO');
  const pick = (target: ComparisonTarget, code: string | null) => {
    const unit = code === null ? undefined : data.unit(code);
    return unit ? [{ target, unit }] : [];
  };
  if (focus.level === 'land' || !country) return [];
  if (focus.level !== 'kommune') return [{ target: 'land', unit: country }];
  return [...pick('fylke', focus.fylkesnummer), ...pick('gruppe', focus.peer_group), { target: 'land', unit: country }];
}
