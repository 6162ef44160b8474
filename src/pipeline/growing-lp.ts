import type { Highs, Model } from 'highs';
import { AUDIT_TOLERANCE } from './audit-tolerance.ts';
import type { ComponentIndex } from './component-index.ts';
import { highsInstance } from './highs-instance.ts';

/** Row violations below this are taken as zero. */
const ZERO = 1e-9;

/**
 * An LP over a growing set of a component's variables; variables outside stay at their true values, so every solution
 * is a feasible point of the whole component. Posed as x = truth + p − m (columns 2k, 2k+1), so the all-slack basis
 * is feasible at the start; rows are in bounds on A·(x − truth), the same however many variables are inside, which
 * lets variables and rows be appended to the live HiGHS model while it keeps its basis. Inequalities with much slack
 * join only when a solution violates them.
 */
export class GrowingLp {
  readonly vars: number[] = [];
  lps = 0;
  private readonly ix: ComponentIndex;
  private readonly pos: Int32Array;
  private readonly rowPos: Int32Array;
  private readonly rows: number[] = [];
  private highs!: Highs;
  private model: Model | undefined;
  private lastCost: Map<number, number> | undefined;
  private lastClamp: Map<number, [number, number]> | undefined;

  constructor(ix: ComponentIndex) {
    this.ix = ix;
    this.pos = new Int32Array(ix.comp.cells.length).fill(-1);
    this.rowPos = new Int32Array(ix.comp.rowLower.length).fill(-1);
  }

  /** Brings variables (and the eager rows touching them) into the LP. */
  async add(ws: Iterable<number>): Promise<void> {
    const fresh = [...ws].filter((w) => this.pos[w]! < 0);
    const before = this.vars.length;
    for (const w of fresh) this.pos[w] = this.vars.push(w) - 1;
    const newRows: number[] = [];
    for (const w of fresh) this.forRows(w, (r) => this.ix.eager[r] === 1 && this.rowPos[r] === -1 && newRows.push(r) && (this.rowPos[r] = -2));
    newRows.forEach((r) => (this.rowPos[r] = -1));
    if (!this.model) return this.load(false).then(() => this.appendRows(newRows));
    this.appendCols(before);
    this.appendRows(newRows);
  }

  /** Minimises Σ cost·x with x also clamped to [lo, hi] where given; the solution (per `vars`) or null if none was proven. */
  async solve(cost: Map<number, number>, clamp: Map<number, [number, number]>): Promise<Float64Array | null> {
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        if (!this.model) await this.load(attempt > 0);
        const m = this.model!, { comp } = this.ix, k2 = 2 * this.vars.length;
        // columns appended since the last solve start with cost 0 and their own bounds, so the same objective and
        // clamps need not be set again (passing whole vectors to HiGHS costs as much as a small solve)
        if (cost !== this.lastCost || clamp !== this.lastClamp) {
          const c = new Float64Array(k2), up = new Float64Array(k2);
          this.vars.forEach((v, k) => {
            const [cl, ch] = clamp.get(v) ?? [-Infinity, Infinity];
            const lo = Math.max(comp.lower[v]!, cl), hi = Math.min(comp.upper[v]!, ch);
            c[2 * k] = cost.get(v) ?? 0, c[2 * k + 1] = -(cost.get(v) ?? 0);
            up[2 * k] = Math.max(0, hi - comp.truth[v]!), up[2 * k + 1] = Math.max(0, comp.truth[v]! - lo);
          });
          const all = { kind: 'range', from: 0, to: k2 - 1 } as const;
          m.changeColsCost(all, c);
          m.changeColsBounds(all, new Float64Array(k2), up);
          this.lastCost = cost, this.lastClamp = clamp;
        }
        for (;;) {
          this.lps++;
          m.run();
          if (m.getModelStatus() !== this.highs.constants.modelStatus.optimal) throw new Error('not optimal');
          const sol = m.getSolution();
          const d = this.vars.map((_, k) => sol.colValue[2 * k]! - sol.colValue[2 * k + 1]!);
          const violated = this.check(d);
          if (violated === null) throw new Error('solution breaks a row of its own LP');
          if (violated.length === 0) {
            return Float64Array.from(this.vars, (v, k) => comp.truth[v]! + d[k]!);
          }
          this.appendRows(violated);
        }
      } catch {
        this.dispose(); // rebuilt on a fresh wasm instance with HiGHS defaults, once
      }
    }
    return null;
  }

  dispose(): void {
    try {
      this.model?.dispose();
    } catch {
      // a broken instance may refuse even this; the next load replaces it
    }
    this.model = this.lastCost = this.lastClamp = undefined;
  }

  private forRows(v: number, f: (r: number, a: number) => unknown): void {
    for (let t = this.ix.rowStarts[v]!; t < this.ix.rowStarts[v + 1]!; t++) f(this.ix.rowList[t]!, this.ix.rowCoefs[t]!);
  }

  /**
   * Rows that d = x − truth violates; null if one of the LP's own rows is violated. Only rows touching a moved
   * variable can be: every other row sees the true values.
   */
  private check(d: number[]): number[] | null {
    const { comp, shiftedLower: lo, shiftedUpper: hi } = this.ix, seen = new Set<number>(), violated: number[] = [];
    for (let k = 0; k < d.length; k++) if (d[k] !== 0) this.forRows(this.vars[k]!, (r) => {
      if (seen.has(r)) return;
      seen.add(r);
      let act = 0;
      for (let t = comp.starts[r]!; t < comp.starts[r + 1]!; t++) {
        const k = this.pos[comp.vars[t]!]!;
        if (k >= 0) act += comp.coefs[t]! * d[k]!;
      }
      const slack = this.rowPos[r]! >= 0 ? AUDIT_TOLERANCE * Math.max(1, Math.abs(comp.rowLower[r]!)) : ZERO;
      if (act < lo[r]! - slack || act > hi[r]! + slack) violated.push(r);
    });
    return violated.some((r) => this.rowPos[r]! >= 0) ? null : violated;
  }

  private async load(fresh: boolean): Promise<void> {
    this.highs = await highsInstance(fresh);
    this.model = this.highs.createModel();
    // primal simplex without presolve keeps every iterate feasible and the basis across changes; the retry after an
    // error uses HiGHS defaults in case the warm path was what went wrong
    this.model.options.set(fresh ? { output_flag: false } : { output_flag: false, presolve: 'off', solver: 'simplex', simplex_strategy: 4 });
    const rows = this.rows.splice(0);
    rows.forEach((r) => (this.rowPos[r] = -1));
    this.appendCols(0);
    this.appendRows(rows);
  }

  private appendCols(from: number): void {
    const { comp } = this.ix, count = this.vars.length - from;
    if (count === 0) return;
    const starts = [0], idx: number[] = [], val: number[] = [], upper = new Float64Array(2 * count);
    for (let k = from; k < this.vars.length; k++) {
      const v = this.vars[k]!;
      for (const sign of [1, -1]) {
        this.forRows(v, (r, a) => this.rowPos[r]! >= 0 && idx.push(this.rowPos[r]!) && val.push(sign * a));
        starts.push(idx.length);
      }
      upper[2 * (k - from)] = comp.upper[v]! - comp.truth[v]!, upper[2 * (k - from) + 1] = comp.truth[v]! - comp.lower[v]!;
    }
    this.model!.addCols({ cost: new Float64Array(2 * count), lower: new Float64Array(2 * count), upper,
      matrix: { format: 'csc', numRows: this.rows.length, numCols: 2 * count, starts: Int32Array.from(starts), indices: Int32Array.from(idx), values: Float64Array.from(val) } });
  }

  private appendRows(rs: number[]): void {
    if (rs.length === 0 || !this.model) return;
    const { comp, shiftedLower, shiftedUpper } = this.ix, starts = [0], idx: number[] = [], val: number[] = [];
    for (const r of rs) {
      for (let t = comp.starts[r]!; t < comp.starts[r + 1]!; t++) {
        const k = this.pos[comp.vars[t]!]!;
        if (k >= 0) idx.push(2 * k, 2 * k + 1), val.push(comp.coefs[t]!, -comp.coefs[t]!);
      }
      starts.push(idx.length);
      this.rowPos[r] = this.rows.push(r) - 1;
    }
    this.model.addRows({ lower: Float64Array.from(rs, (r) => shiftedLower[r]!), upper: Float64Array.from(rs, (r) => shiftedUpper[r]!),
      matrix: { format: 'csr', numRows: rs.length, numCols: 2 * this.vars.length, starts: Int32Array.from(starts), indices: Int32Array.from(idx), values: Float64Array.from(val) } });
  }
}
