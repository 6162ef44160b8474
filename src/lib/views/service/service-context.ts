import type { ServiceGroup } from '../../codes.ts';
import type { Dictionary } from '../../i18n/nb.ts';
import type { Lang } from '../../i18n/format.ts';
import type { SiteData } from '../site-data.ts';
import { unitContext, type UnitContext, type UnitRow } from '../unit/unit-context.ts';

/** What every chart of a service page needs: the national context (data, language, latest year and period) and the service group. */
export interface ServiceContext extends UnitContext {
  group: ServiceGroup;
  /** The group's readable name, e.g. "Skole og PPT". */
  service: string;
  counties: UnitRow[];
  /** The groups of similar municipalities (peer groups). */
  groups: UnitRow[];
  municipalities: UnitRow[];
}

/** The context of one service group's page; the country is its focus, counties and municipalities its breakdowns. */
export function serviceContext(data: SiteData, group: ServiceGroup, t: Dictionary, lang: Lang): ServiceContext {
  return {
    ...unitContext(data, 'NO', t, lang),
    group,
    service: t[`service.${group}`],
    counties: data.units.filter((u) => u.level === 'fylke'),
    groups: data.units.filter((u) => u.level === 'gruppe'),
    municipalities: data.units.filter((u) => u.level === 'kommune'),
  };
}
