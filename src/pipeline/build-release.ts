import type { Level, ServiceGroup } from '../lib/codes.ts';
import { AGE_GROUPS, OUTCOMES, PERIODS, SERVICE_GROUP_KEYS, YEARS } from '../lib/codes.ts';
import type { Unit } from './build-units.ts';
import { countKey } from './municipal-counts.ts';
import type { CellAreas, Relation, ReleaseModel } from './release-model.ts';
import { COUNT_TABLES, dimCombos, timesOf, type CountTable } from './release-tables.ts';

export interface Cell { table: CountTable; level: Level; unit: string; time: string; dims: string[] }
export interface Release { cells: Cell[]; model: ReleaseModel }

const cellKey = (table: CountTable, unit: string, time: string, dims: string[]) => `${table}|${unit}|${time}|${dims.join(',')}`;

/**
 * The release set as cells with true values and every linear relation an outsider knows between them. Every level
 * gets every table; peer groups cut across counties, so a municipality's cell sits in two sums of municipalities.
 */
export function buildRelease(units: Unit[], counts: Map<string, number>): Release {
  const cells: Cell[] = [];
  const values: number[] = [];
  const index = new Map<string, number>();
  for (const spec of COUNT_TABLES)
    for (const u of units)
      for (const time of timesOf(spec))
        for (const dims of dimCombos(spec)) {
          index.set(cellKey(spec.name, u.unit, time, dims), cells.length);
          cells.push({ table: spec.name, level: u.level, unit: u.unit, time, dims });
          values.push(u.members.reduce((s, k) => s + (counts.get(countKey(spec.name, k, time, dims)) ?? 0), 0));
        }
  const id = (table: CountTable, unit: string, time: string | number, dims: string[]) => {
    const i = index.get(cellKey(table, unit, String(time), dims));
    if (i === undefined) throw new Error(`release set has no cell ${cellKey(table, unit, String(time), dims)}`);
    return i;
  };
  const relations: Relation[] = [];
  const rel = (plus: number[], minus: number[], op: Relation['op']) =>
    relations.push({ cells: [...plus, ...minus], coefs: [...plus.map(() => 1), ...minus.map(() => -1)], op });

  const fylker = units.filter((u) => u.level === 'fylke');
  for (const spec of COUNT_TABLES)
    for (const time of timesOf(spec))
      for (const dims of dimCombos(spec)) {
        for (const u of units.filter((x) => x.level === 'fylke' || x.level === 'gruppe'))
          rel([id(spec.name, u.unit, time, dims)], u.members.map((k) => id(spec.name, k, time, dims)), '=');
        const land = units.find((u) => u.level === 'land');
        if (land) rel([id(spec.name, land.unit, time, dims)], fylker.map((f) => id(spec.name, f.unit, time, dims)), '=');
      }

  for (const u of units) {
    const c = (table: CountTable, time: string | number, dims: string[]) => id(table, u.unit, time, dims);
    for (const y of YEARS) {
      const alle = c('totals', y, ['alle']);
      rel([alle], OUTCOMES.map((o) => c('totals', y, [o])), '=');
      rel(AGE_GROUPS.map((a) => c('by_age', y, [a])), [alle], '=');
      const services = SERVICE_GROUP_KEYS.map((g) => c('by_service', y, [g]));
      rel(services, [alle], '>=');
      for (const s of services) rel([alle], [s], '>=');
    }
    for (const p of PERIODS) {
      for (const g of SERVICE_GROUP_KEYS) {
        const years = p.years.map((y) => c('by_service', y, [g]));
        rel(AGE_GROUPS.map((a) => c('service_age', p.key, [g, a])), years, '=');
        rel(OUTCOMES.map((o) => c('service_outcome', p.key, [g, o])), years, '=');
      }
      for (const a of AGE_GROUPS) {
        const ages = p.years.map((y) => c('by_age', y, [a]));
        rel(SERVICE_GROUP_KEYS.map((g) => c('service_age', p.key, [g, a])), ages, '>=');
        for (const g of SERVICE_GROUP_KEYS) rel(ages, [c('service_age', p.key, [g, a])], '>=');
      }
      for (const o of OUTCOMES) {
        const tots = p.years.map((y) => c('totals', y, [o]));
        rel(SERVICE_GROUP_KEYS.map((g) => c('service_outcome', p.key, [g, o])), tots, '>=');
        for (const g of SERVICE_GROUP_KEYS) rel(tots, [c('service_outcome', p.key, [g, o])], '>=');
      }
    }
  }
  const labels = cells.map((x) => `${x.table} ${x.level} ${x.unit} ${x.time} ${x.dims.join(' × ')}`);
  return { cells, model: { values, relations, labels, areas: cellAreas(units, cells) } };
}

function cellAreas(units: Unit[], cells: Cell[]): CellAreas {
  const county = new Map<string, number>(), group = new Map<string, number>();
  units.filter((u) => u.level === 'fylke').forEach((u, i) => [u.unit, ...u.members].forEach((k) => county.set(k, i)));
  units.filter((u) => u.level === 'gruppe').forEach((u, i) => [u.unit, ...u.members].forEach((k) => group.set(k, i)));
  return {
    county: Int32Array.from(cells, (c) => (c.level === 'kommune' || c.level === 'fylke' ? county.get(c.unit) ?? -1 : -1)),
    group: Int32Array.from(cells, (c) => (c.level === 'kommune' || c.level === 'gruppe' ? group.get(c.unit) ?? -1 : -1)),
    slice: Int32Array.from(cells, (c) =>
      c.table === 'totals' || c.table === 'by_age' ? 1000 + Number(c.time) : SERVICE_GROUP_KEYS.indexOf(c.dims[0] as ServiceGroup)),
  };
}

/** Relations the true values break; an empty list means the model is consistent with its data. */
export function brokenRelations(model: ReleaseModel): number[] {
  const broken: number[] = [];
  model.relations.forEach((r, i) => {
    const s = r.cells.reduce((acc, c, j) => acc + (r.coefs[j] ?? 0) * (model.values[c] ?? 0), 0);
    if (r.op === '=' ? s !== 0 : s < 0) broken.push(i);
  });
  return broken;
}
