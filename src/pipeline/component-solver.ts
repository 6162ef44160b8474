import type { Highs, Model } from 'highs';
import type { ComponentLp } from './components.ts';
import { highsInstance } from './highs-instance.ts';

/**
 * One persistent HiGHS model of a component, re-solved with changed costs and bounds (warm-started from the last basis).
 * `solve` returns a primal solution, or null when HiGHS cannot prove optimality even from a fresh instance.
 */
export class ComponentSolver {
  lps = 0;
  private highs!: Highs;
  private model: Model | undefined;
  private readonly comp: ComponentLp;

  constructor(comp: ComponentLp) {
    this.comp = comp;
  }

  /** Minimises cost·x within [lower, upper] and the component's rows. */
  async solve(cost: Float64Array, lower: Float64Array, upper: Float64Array): Promise<Float64Array | null> {
    for (let attempt = 0; attempt < 2; attempt++) {
      this.lps++;
      try {
        if (!this.model) await this.build(attempt > 0);
        const m = this.model!;
        const all = { kind: 'range', from: 0, to: cost.length - 1 } as const;
        m.changeColsCost(all, cost);
        m.changeColsBounds(all, lower, upper);
        m.run();
        if (m.getModelStatus() === this.highs.constants.modelStatus.optimal) return m.getSolution().colValue;
      } catch {
        // fall through: rebuild on a fresh wasm instance and try once more
      }
      this.dispose();
    }
    return null;
  }

  dispose(): void {
    try {
      this.model?.dispose();
    } catch {
      // a broken instance may refuse even this; it is replaced on the next build
    }
    this.model = undefined;
  }

  private async build(fresh: boolean): Promise<void> {
    const c = this.comp;
    this.highs = await highsInstance(fresh);
    const n = c.cells.length, rows = c.rowLower.length;
    const model = this.highs.createModel({
      numCols: n, numRows: rows, colCost: new Float64Array(n), colLower: c.lower, colUpper: c.upper,
      rowLower: c.rowLower, rowUpper: c.rowUpper,
      matrix: { format: 'csr', numRows: rows, numCols: n, starts: c.starts, indices: c.vars, values: c.coefs },
    });
    // Primal simplex without presolve: after a cost change the old basis stays feasible, so re-solves are short.
    // A retry uses HiGHS defaults instead, in case the warm path was what went wrong.
    model.options.set(fresh ? { output_flag: false } : { output_flag: false, presolve: 'off', solver: 'simplex', simplex_strategy: 4 });
    this.model = model;
  }
}
