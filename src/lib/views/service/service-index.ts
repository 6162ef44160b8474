import { LAST_YEAR, SERVICE_GROUP_KEYS, type ServiceGroup } from '../../codes.ts';
import { countCell, type DataCell } from '../../charts/chart-data.ts';
import type { Dictionary } from '../../i18n/nb.ts';
import type { SiteData } from '../site-data.ts';
import { share } from '../unit/share-views.ts';

export interface ServiceIndexRow { group: ServiceGroup; name: string; about: string; reports: DataCell; share: DataCell }

/** One row per service group for the index page: its reports in the whole country in the latest year and their share of all reports. */
export function serviceIndexRows(data: SiteData, t: Dictionary, year = LAST_YEAR): ServiceIndexRow[] {
  const all = data.totals('NO', year)?.reports;
  return SERVICE_GROUP_KEYS.map((group) => {
    const c = data.byService('NO', year, group);
    const s = share(c?.reports, all);
    return { group, name: t[`service.${group}`], about: t[`services.about.${group}`], reports: countCell(c?.reports ?? null, c?.status ?? ':'), share: s === null ? ':' : Math.round(s * 1000) / 10 };
  });
}
