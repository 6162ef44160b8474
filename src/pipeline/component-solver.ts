import type { Highs, Model } from 'highs';
import { AUDIT_TOLERANCE } from './audit-tolerance.ts';
import type { ComponentLp } from './components.ts';
import { highsInstance } from './highs-instance.ts';

export interface LpOutcome {
  /** A solution checked against every row and bound of the LP, or null when none was found or it failed the check. */
  x: Float64Array | null;
  optimal: boolean;
}

/**
 * One persistent HiGHS model of an LP over a component (or part of it), re-solved with changed costs and bounds.
 * It is posed around the true values: x = truth + p − m with p, m ≥ 0, so the all-slack starting basis is already
 * feasible and primal simplex never needs a phase 1 (from x = 0 that phase dominated: tens of thousands of pivots).
 */
export class ComponentSolver {
  lps = 0;
  private highs!: Highs;
  private model: Model | undefined;
  private readonly lp: ComponentLp;

  constructor(lp: ComponentLp) {
    this.lp = lp;
  }

  /** Minimises cost·x within [lower, upper] (which must contain the true values) and the LP's rows. */
  async solve(cost: Float64Array, lower: Float64Array, upper: Float64Array): Promise<LpOutcome> {
    const { truth } = this.lp, n = truth.length;
    const c2 = new Float64Array(2 * n), hi2 = new Float64Array(2 * n);
    for (let v = 0; v < n; v++) {
      if (!(lower[v]! <= truth[v]! && truth[v]! <= upper[v]!)) throw new Error('LP bounds must contain the true values');
      c2[v] = cost[v]!, c2[n + v] = -cost[v]!;
      hi2[v] = upper[v]! - truth[v]!, hi2[n + v] = truth[v]! - lower[v]!;
    }
    for (let attempt = 0; attempt < 2; attempt++) {
      this.lps++;
      try {
        if (!this.model) await this.build(attempt > 0);
        const m = this.model!, all = { kind: 'range', from: 0, to: 2 * n - 1 } as const;
        m.changeColsCost(all, c2);
        m.changeColsBounds(all, new Float64Array(2 * n), hi2);
        m.run();
        const pm = m.getSolution().colValue;
        const x = Float64Array.from(truth, (t, v) => t + pm[v]! - pm[n + v]!);
        const optimal = m.getModelStatus() === this.highs.constants.modelStatus.optimal;
        if (optimal) return { x: this.feasible(x, lower, upper) ? x : null, optimal };
      } catch {
        // fall through: rebuild on a fresh wasm instance and try once more
      }
      this.dispose();
    }
    return { x: null, optimal: false };
  }

  dispose(): void {
    try {
      this.model?.dispose();
    } catch {
      // a broken instance may refuse even this; the next build replaces it
    }
    this.model = undefined;
  }

  private feasible(x: Float64Array, lower: Float64Array, upper: Float64Array): boolean {
    const { starts, vars, coefs, rowLower, rowUpper } = this.lp;
    const slack = (bound: number) => AUDIT_TOLERANCE * Math.max(1, Math.abs(bound));
    for (let v = 0; v < x.length; v++) if (x[v]! < lower[v]! - slack(lower[v]!) || x[v]! > upper[v]! + slack(upper[v]!)) return false;
    for (let r = 0; r + 1 < starts.length; r++) {
      let act = 0;
      for (let k = starts[r]!; k < starts[r + 1]!; k++) act += coefs[k]! * x[vars[k]!]!;
      if (act < rowLower[r]! - slack(rowLower[r]!) || act > rowUpper[r]! + slack(rowUpper[r]!)) return false;
    }
    return true;
  }

  private async build(fresh: boolean): Promise<void> {
    const { truth, starts, vars, coefs, rowLower, rowUpper } = this.lp;
    const n = truth.length, rows = rowLower.length;
    this.highs = await highsInstance(fresh);
    const s2 = new Int32Array(rows + 1), i2 = new Int32Array(2 * vars.length), v2 = new Float64Array(2 * vars.length);
    const lo2 = new Float64Array(rows), up2 = new Float64Array(rows);
    for (let r = 0; r < rows; r++) {
      let act = 0, at = 2 * starts[r]!;
      for (let k = starts[r]!; k < starts[r + 1]!; k++) {
        act += coefs[k]! * truth[vars[k]!]!;
        i2[at] = vars[k]!, v2[at++] = coefs[k]!;
        i2[at] = n + vars[k]!, v2[at++] = -coefs[k]!;
      }
      s2[r + 1] = at, lo2[r] = rowLower[r]! - act, up2[r] = rowUpper[r]! - act;
    }
    this.model = this.highs.createModel({
      numCols: 2 * n, numRows: rows, colCost: new Float64Array(2 * n), colLower: new Float64Array(2 * n),
      colUpper: new Float64Array(2 * n), rowLower: lo2, rowUpper: up2,
      matrix: { format: 'csr', numRows: rows, numCols: 2 * n, starts: s2, indices: i2, values: v2 },
    });
    // primal simplex without presolve keeps every iterate feasible and reuses the basis across re-solves;
    // a retry uses HiGHS defaults in case the warm path was what went wrong
    this.model.options.set(fresh ? { output_flag: false } : { output_flag: false, presolve: 'off', solver: 'simplex', simplex_strategy: 4 });
  }
}
