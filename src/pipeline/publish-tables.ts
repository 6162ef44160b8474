import type { ChildrenRow } from '../lib/schemas/source.ts';
import type { PublishedRow } from '../lib/schemas/published.ts';
import type { Release } from './build-release.ts';
import type { Unit } from './build-units.ts';
import { PUBLISHED } from './release-model.ts';
import { COUNT_TABLES } from './release-tables.ts';

export interface CountTables {
  totals: PublishedRow<'totals'>[];
  by_age: PublishedRow<'by_age'>[];
  by_service: PublishedRow<'by_service'>[];
  service_age: PublishedRow<'service_age'>[];
  service_outcome: PublishedRow<'service_outcome'>[];
  units: PublishedRow<'units'>[];
}

/** Children 0–17 per unit and year (sum over member municipalities) and whether any member's figure is an estimate. */
export function unitChildren(children: ChildrenRow[]) {
  const byKey = new Map(children.map((c) => [`${c.kommunenummer}|${c.year}`, c]));
  return (u: Unit, year: number) => {
    let n = 0, estimated = false;
    for (const k of u.members) {
      const c = byKey.get(`${k}|${year}`);
      if (!c) throw new Error(`no children figure for municipality ${k} in ${year}`);
      n += c.children;
      estimated ||= c.estimated;
    }
    return { children: n, estimated };
  };
}

/** Published rows of the count tables after suppression: hidden counts are null with status ':', and so is every rate made from them. */
export function publishTables(release: Release, status: Uint8Array, units: Unit[], children: ChildrenRow[], lastYear: number): CountTables {
  const kids = unitChildren(children);
  const unitByCode = new Map(units.map((u) => [u.unit, u]));
  const specByName = new Map(COUNT_TABLES.map((s) => [s.name, s]));
  const out: CountTables = { totals: [], by_age: [], by_service: [], service_age: [], service_outcome: [], units: [] };
  release.cells.forEach((cell, i) => {
    const shown = status[i] === PUBLISHED;
    const reports = shown ? (release.model.values[i] ?? 0) : null;
    const base = { level: cell.level, unit: cell.unit, reports, status: shown ? null : ':' };
    const spec = specByName.get(cell.table);
    const dims = Object.fromEntries((spec?.dims ?? []).map((d, j) => [d.name, cell.dims[j] ?? '']));
    const unit = unitByCode.get(cell.unit);
    if (!unit) throw new Error(`unknown unit ${cell.unit}`);
    switch (cell.table) {
      case 'totals': {
        const year = Number(cell.time);
        const c = kids(unit, year);
        const rate = reports === null ? null : Math.round((reports / c.children) * 10_000) / 10;
        out.totals.push({ level: base.level, unit: base.unit, year, outcome: dims.outcome ?? '', reports, status: base.status, children: c.children, children_estimated: c.estimated, rate_per_1000: rate });
        break;
      }
      case 'by_age': out.by_age.push({ level: base.level, unit: base.unit, year: Number(cell.time), age_group: dims.age_group ?? '', reports, status: base.status }); break;
      case 'by_service': out.by_service.push({ level: base.level, unit: base.unit, year: Number(cell.time), service_group: dims.service_group ?? '', reports, status: base.status }); break;
      case 'service_age': out.service_age.push({ level: base.level, unit: base.unit, period: cell.time, service_group: dims.service_group ?? '', age_group: dims.age_group ?? '', reports, status: base.status }); break;
      case 'service_outcome': out.service_outcome.push({ level: base.level, unit: base.unit, period: cell.time, service_group: dims.service_group ?? '', outcome: dims.outcome ?? '', reports, status: base.status }); break;
    }
  });
  for (const u of units) {
    const c = kids(u, lastYear);
    out.units.push({ level: u.level, unit: u.unit, name: u.name, name_official: u.name_official, old_codes: u.old_codes.length ? u.old_codes.join('|') : null, fylkesnummer: u.fylkesnummer, peer_group: u.peer_group, children: c.children, children_estimated: c.estimated, lon: u.lon, lat: u.lat });
  }
  return out;
}
