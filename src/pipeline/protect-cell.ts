import type { CellRelations } from './relations-of-cell.ts';
import { AUDIT_TOLERANCE } from './audit-tolerance.ts';
import { highsInstance } from './highs-instance.ts';
import { PUBLISHED, type ReleaseModel } from './release-model.ts';
import type { Witness } from './witness.ts';


/** Neighbourhood sizes (cells) tried in turn: most cells are protected close by, a few need all they reach. */
const REACH = [800, 3000, 12000, Infinity] as const;
/** Cost of moving a hidden cell by one: small, so witnesses stay sparse, but far below hiding anything. */
const HIDDEN_COST = 1e-3;

/** How much dearer hiding an aggregate is than a municipality's cell: the country is what every page compares with. */
const LEVEL_COST: Record<string, number> = { kommune: 1, gruppe: 6, fylke: 6, land: 30 };

/**
 * The cost of hiding a published cell, per unit it has to move: grows with its value (information lost), and is
 * higher for aggregates (county, country, peer group) and for the totals table, which the pages lean on most.
 */
export function hidingCosts(model: ReleaseModel): Float64Array {
  return Float64Array.from(model.values, (v, c) => {
    const [table, level] = (model.labels[c] ?? '').split(' ');
    return (1 + Math.log1p(v)) * (LEVEL_COST[level ?? ''] ?? 1) * (table === 'totals' ? 2 : 1);
  });
}

/**
 * The cheapest witness that moves `cell` by `width` (up, or down when up cannot be done), from an LP over the cells
 * near it (cells further out stay at their true values, so the point is feasible for the whole release). Hidden cells
 * move almost freely, published cells at `costs` per unit; each published cell the witness moves must then be hidden
 * for it to hold. Since hidden cells cost next to nothing, a cell that can be proven as things stand gets a witness
 * that moves no published cell. Null when no neighbourhood tried has one.
 */
export async function protectCell(
  model: ReleaseModel, status: Uint8Array, rels: CellRelations, cell: number, width: number, costs: Float64Array,
): Promise<Witness | null> {
  const tryIn = async (near: number[]) => {
    for (const move of [width, -width]) {
      if (move < 0 && model.values[cell]! < width) continue;
      const w = await solve(model, status, rels, near, cell, [move, move], 0, costs);
      if (w) return w;
    }
    return null;
  };
  for (const near of sliceNeighbourhoods(model, status, cell)) {
    const w = await tryIn(near);
    if (w) return w;
  }
  for (const reach of REACH) {
    const near = neighbourhood(model, status, rels, cell, reach, true);
    const w = await tryIn(near);
    if (w) return w;
    if (near.length < reach) break; // everything reachable was already in
  }
  return null;
}

/**
 * Neighbourhoods by geography within the cell's slice (the cells its equalities reach), smallest first; aggregates
 * outside them keep their true values, so a witness found there hides no county, peer-group or national cell:
 * a municipality's cell with the published cells of the municipalities sharing its county and peer group (the
 * smallest pattern that keeps both sums), then with every municipality's, then the whole slice. Hidden cells of the
 * slice are in each, as they move for free. None for a model without areas.
 */
function* sliceNeighbourhoods(model: ReleaseModel, status: Uint8Array, cell: number): Generator<number[]> {
  const areas = model.areas;
  if (!areas) return;
  const inSlice = slicesOf(model).get(areas.slice[cell]!) ?? [];
  const municipal = (c: number) => areas.county[c]! >= 0 && areas.group[c]! >= 0;
  const pick = (keep: (c: number) => boolean) => inSlice.filter((c) => c === cell || status[c] !== PUBLISHED || keep(c));
  if (municipal(cell)) {
    yield pick((c) => areas.county[c] === areas.county[cell] && areas.group[c] === areas.group[cell]);
    yield pick(municipal);
  }
  yield inSlice;
}

const sliceIndex = new WeakMap<ReleaseModel, Map<number, number[]>>();
function slicesOf(model: ReleaseModel): Map<number, number[]> {
  let slices = sliceIndex.get(model);
  if (!slices) {
    slices = new Map();
    model.areas?.slice.forEach((s, c) => (slices!.get(s) ?? slices!.set(s, []).get(s)!).push(c));
    sliceIndex.set(model, slices);
  }
  return slices;
}

/**
 * The exact audit of one cell as things stand: maximises and minimises it over the hidden cells connected to it
 * (published cells at their values), stopping once the two points found span `width`. Returns those points as
 * witnesses, or null when the cell's range is narrower than `width`.
 */
export async function proveCell(model: ReleaseModel, status: Uint8Array, rels: CellRelations, cell: number, width: number): Promise<Witness[] | null> {
  const near = neighbourhood(model, status, rels, cell, Infinity, false);
  const up = await solve(model, status, rels, near, cell, [0, width], -1, null);
  const gained = up ? up.d[up.cells.indexOf(cell)] ?? 0 : 0;
  if (gained >= width - AUDIT_TOLERANCE) return [up!];
  const down = await solve(model, status, rels, near, cell, [-(width - gained), 0], 1, null);
  const lost = down ? -(down.d[down.cells.indexOf(cell)] ?? 0) : 0;
  return gained + lost >= width - AUDIT_TOLERANCE ? [up, down].filter((w) => w !== null) : null;
}

/**
 * Cells reachable from `cell` through relations, nearest first, up to `reach`; through hidden cells only unless
 * `all`, and then together with the nearest `reach` hidden cells (they move for free, and a cell's proof often runs
 * through the hidden cells of its county and peer group, further away than the published cells worth hiding).
 */
function neighbourhood(model: ReleaseModel, status: Uint8Array, rels: CellRelations, cell: number, reach: number, all: boolean): number[] {
  const hidden = reachable(model, status, rels, cell, reach, false);
  if (!all) return hidden;
  const near = reachable(model, status, rels, cell, reach, true), inNear = new Set(near);
  return [...near, ...hidden.filter((c) => !inNear.has(c))];
}

function reachable(model: ReleaseModel, status: Uint8Array, rels: CellRelations, cell: number, reach: number, all: boolean): number[] {
  const seen = new Set([cell]), order = [cell], used = new Set<number>();
  for (let q = 0; q < order.length && order.length < reach; q++) {
    const c = order[q]!;
    for (let t = rels.starts[c]!; t < rels.starts[c + 1]! && order.length < reach; t++) {
      const r = rels.list[t]!;
      if (used.has(r)) continue;
      used.add(r);
      for (const x of model.relations[r]!.cells) {
        if (seen.has(x) || (!all && status[x] === PUBLISHED)) continue;
        seen.add(x), order.push(x);
        if (order.length >= reach) break;
      }
    }
  }
  return order;
}

/** An LP over `near`: `cell` moves within `move`, at `cellCost` per unit up; null unless optimal. */
async function solve(
  model: ReleaseModel, status: Uint8Array, rels: CellRelations, near: number[], cell: number, move: [number, number], cellCost: number,
  costs: Float64Array | null,
): Promise<Witness | null> {
  const pos = new Map<number, number>();
  near.forEach((c, k) => pos.set(c, k));
  const n = near.length, cost = new Float64Array(2 * n), upper = new Float64Array(2 * n), lower = new Float64Array(2 * n);
  near.forEach((c, k) => {
    const hidden = status[c] !== PUBLISHED;
    cost[2 * k] = cost[2 * k + 1] = hidden ? HIDDEN_COST : costs ? costs[c]! : 0;
    upper[2 * k] = hidden || costs ? Infinity : 0;
    upper[2 * k + 1] = hidden || costs ? model.values[c]! : 0;
  });
  // the cell's own move as one signed column: up column over [lo, hi], down column unused
  const k0 = pos.get(cell)!;
  lower[2 * k0] = Math.max(move[0], -model.values[cell]!), upper[2 * k0] = move[1], upper[2 * k0 + 1] = 0, cost[2 * k0] = cellCost, cost[2 * k0 + 1] = 0;
  // every relation touching the neighbourhood, over its cells inside (cells outside keep their true values)
  const rowSet = new Set<number>();
  for (const c of near) for (let t = rels.starts[c]!; t < rels.starts[c + 1]!; t++) rowSet.add(rels.list[t]!);
  const rows = [...rowSet].sort((a, b) => a - b), starts = [0], idx: number[] = [], val: number[] = [];
  const rowLower = new Float64Array(rows.length), rowUpper = new Float64Array(rows.length);
  rows.forEach((r, i) => {
    const rel = model.relations[r]!;
    let truth = 0;
    rel.cells.forEach((x, j) => {
      truth += rel.coefs[j]! * model.values[x]!;
      const k = pos.get(x);
      if (k !== undefined) idx.push(2 * k, 2 * k + 1), val.push(rel.coefs[j]!, -rel.coefs[j]!);
    });
    starts.push(idx.length);
    rowLower[i] = rel.op === '=' ? 0 : -truth;
    rowUpper[i] = rel.op === '=' ? 0 : Infinity;
  });
  const highs = await highsInstance();
  const m = highs.createModel();
  try {
    m.options.set({ output_flag: false });
    m.addCols({ cost, lower, upper, matrix: { format: 'csc', numRows: 0, numCols: 2 * n, starts: new Int32Array(2 * n + 1), indices: new Int32Array(0), values: new Float64Array(0) } });
    m.addRows({ lower: rowLower, upper: rowUpper,
      matrix: { format: 'csr', numRows: rows.length, numCols: 2 * n, starts: Int32Array.from(starts), indices: Int32Array.from(idx), values: Float64Array.from(val) } });
    m.run();
    if (m.getModelStatus() !== highs.constants.modelStatus.optimal) return null;
    const x = m.getSolution().colValue;
    const w: Witness = { cells: [], d: [] };
    near.forEach((c, k) => {
      const d = x[2 * k]! - x[2 * k + 1]!;
      if (Math.abs(d) > 1e-9) w.cells.push(c), w.d.push(d);
    });
    return w;
  } catch {
    await highsInstance(true);
    return null;
  } finally {
    try { m.dispose(); } catch { /* a broken instance may refuse even this */ }
  }
}
