import type { ComponentLp } from './components.ts';

export interface AuditBlock {
  /** Variables the block's LPs move; all others stay at their true values. */
  vars: number[];
  /** Variables that get LPs of their own in this block, if still unsettled. */
  own: number[];
}

export interface AuditTier {
  /** Shared pushes per block before the own LPs. */
  pushes: number;
  /** The tier's one block is the whole component, so its own LPs give exact ranges. */
  whole: boolean;
  /** The tier's blocks, made lazily so that they can look at what is still open. */
  blocks(isOpen: (v: number) => boolean): Iterable<AuditBlock>;
}

/** Components up to this size, and any without areas, are audited whole. */
const WHOLE = 500;
/** At most this many cells left open, in a component at most this large, get exact LPs over the whole component. */
const LAST_FEW = 24, LAST_FEW_COMPONENT = 8000;
/** Times a peer-group or national cell gets own LPs in county blocks before it is given up as unproven. */
const AGGREGATE_TRIES = 3;

/**
 * The blocks a large component is audited in. A municipality's cell can only move if the move is undone within its
 * county (whose cell is published) and within its peer group: so first the municipalities sharing a county and a peer
 * group, where every cell also gets its own LPs. Cells still open then get shared pushes over each slice (one service
 * group's or one year's cells at every level and unit: other slices meet it only in inequalities, which mostly have
 * room), over rectangles of two counties × two peer groups (a move around one keeps all four sums), and over each
 * county with every hidden aggregate cell (hidden county, peer-group and national cells can take up a change), where
 * the aggregate cells get their own LPs. Measured on the bundled data, this order proves most for the time spent.
 * Last, a few cells still open in a component of moderate size get exact LPs over the whole component.
 */
export function auditBlocks(comp: ComponentLp, open: readonly number[]): AuditTier[] {
  const n = comp.cells.length;
  const all = [...Array(n).keys()];
  if (!comp.county || !comp.group || !comp.slice || n <= WHOLE) return [{ pushes: 3, whole: true, blocks: () => [{ vars: all, own: open.slice() }] }];
  const county = comp.county, group = comp.group, sliceOf = comp.slice;
  const slices = new Map<number, number[]>();
  for (const v of all) {
    let list = slices.get(sliceOf[v]!);
    if (!list) slices.set(sliceOf[v]!, (list = []));
    list.push(v);
  }
  const counties = new Map<number, Map<number, number[]>>();
  const aggregates: number[] = [];
  for (const v of all) {
    const c = county[v]!, g = group[v]!;
    if (c < 0 || g < 0) { aggregates.push(v); continue; }
    let byGroup = counties.get(c);
    if (!byGroup) counties.set(c, (byGroup = new Map()));
    let list = byGroup.get(g);
    if (!list) byGroup.set(g, (list = []));
    list.push(v);
  }
  const countyOrder = [...counties.keys()].sort((a, b) => a - b);
  const groupsOf = (c: number) => [...counties.get(c)!.keys()].sort((a, b) => a - b);
  return [
    {
      pushes: 3, whole: false,
      *blocks() {
        for (const c of countyOrder) for (const g of groupsOf(c)) {
          const vars = counties.get(c)!.get(g)!;
          yield { vars, own: vars };
        }
      },
    },
    {
      pushes: 6, whole: false,
      *blocks() {
        for (const key of [...slices.keys()].sort((a, b) => a - b)) {
          const vars = slices.get(key)!;
          yield { vars, own: [] };
        }
      },
    },
    {
      pushes: 2, whole: false,
      *blocks(isOpen) {
        for (const [i, c] of countyOrder.entries()) for (const g of groupsOf(c)) {
          const base = counties.get(c)!.get(g)!;
          for (const h of groupsOf(c)) {
            if (h === g || !base.some(isOpen)) continue;
            const d = [...countyOrder.slice(i + 1), ...countyOrder.slice(0, i)].find((x) => counties.get(x)!.has(g) && counties.get(x)!.has(h));
            if (d === undefined) continue;
            const vars = [...base, ...counties.get(c)!.get(h)!, ...counties.get(d)!.get(g)!, ...counties.get(d)!.get(h)!];
            yield { vars, own: [] };
          }
        }
      },
    },
    {
      pushes: 2, whole: false,
      *blocks() {
        const tries = new Map<number, number>();
        for (const c of countyOrder) {
          const munis = [...counties.get(c)!.values()].flat();
          // aggregate cells get their own LPs here (municipal cells had theirs in their first block)
          const own = aggregates.filter((v) => {
            if (county[v] === c) return true;
            if (county[v]! >= 0) return false;
            const t = tries.get(v) ?? 0;
            tries.set(v, t + 1);
            return t < AGGREGATE_TRIES;
          });
          yield { vars: [...munis, ...aggregates], own };
        }
      },
    },
    {
      // a few cells left in a component of moderate size get exact LPs over all of it
      pushes: 0, whole: true,
      *blocks(isOpen) {
        const left = all.filter(isOpen);
        if (left.length > 0 && left.length <= LAST_FEW && n <= LAST_FEW_COMPONENT) yield { vars: all, own: left };
      },
    },
  ];
}
