/** Result of iterative proportional fitting: the fitted matrix and how close its margins came. */
export interface IpfResult {
  matrix: Float64Array[];
  iterations: number;
  /** Largest absolute difference between a fitted margin and its target, relative to the grand total. */
  maxError: number;
}

/**
 * Iterative proportional fitting (raking): scales rows and columns of a non-negative seed until its row sums match
 * `rowTargets` and its column sums match `colTargets`. Zeros in the seed stay zero (structural zeros), and the seed's
 * interactions (odds ratios) are kept. Row and column targets must have the same total.
 */
export function ipf(
  seed: readonly ArrayLike<number>[],
  rowTargets: readonly number[],
  colTargets: readonly number[],
  opts: { tolerance?: number; maxIterations?: number } = {},
): IpfResult {
  const tolerance = opts.tolerance ?? 1e-10;
  const maxIterations = opts.maxIterations ?? 1000;
  const rows = seed.length;
  const cols = colTargets.length;
  if (rowTargets.length !== rows) throw new Error(`ipf: ${rows} seed rows but ${rowTargets.length} row targets`);
  const total = rowTargets.reduce((s, x) => s + x, 0);
  const colTotal = colTargets.reduce((s, x) => s + x, 0);
  if (Math.abs(total - colTotal) > 1e-9 * Math.max(1, total)) throw new Error(`ipf: row targets sum to ${total}, column targets to ${colTotal}`);
  const m = seed.map((r, i) => {
    if (r.length !== cols) throw new Error(`ipf: seed row ${i} has ${r.length} cells, expected ${cols}`);
    return Float64Array.from(r);
  });
  const colSums = new Float64Array(cols);
  let maxError = Infinity;
  let iterations = 0;
  while (iterations < maxIterations) {
    iterations++;
    for (let i = 0; i < rows; i++) {
      const row = m[i]!;
      let s = 0;
      for (let j = 0; j < cols; j++) s += row[j]!;
      if (s === 0) {
        if (rowTargets[i]! > 0) throw new Error(`ipf: row ${i} is all zero in the seed but its target is ${rowTargets[i]}`);
        continue;
      }
      const f = rowTargets[i]! / s;
      for (let j = 0; j < cols; j++) row[j]! *= f;
    }
    colSums.fill(0);
    for (const row of m) for (let j = 0; j < cols; j++) colSums[j]! += row[j]!;
    for (let j = 0; j < cols; j++) if (colSums[j] === 0 && colTargets[j]! > 0) throw new Error(`ipf: column ${j} is all zero in the seed but its target is ${colTargets[j]}`);
    const factors = colSums.map((s, j) => (s === 0 ? 0 : colTargets[j]! / s));
    for (const row of m) for (let j = 0; j < cols; j++) row[j]! *= factors[j]!;
    // After the column step columns are exact; the row error measures convergence.
    maxError = 0;
    for (let i = 0; i < rows; i++) {
      let s = 0;
      const row = m[i]!;
      for (let j = 0; j < cols; j++) s += row[j]!;
      maxError = Math.max(maxError, Math.abs(s - rowTargets[i]!) / (total || 1));
    }
    if (maxError <= tolerance) break;
  }
  return { matrix: m, iterations, maxError };
}
