import { PUBLISHED, type ReleaseModel } from '../../src/pipeline/release-model.ts';

/**
 * Exact feasible range of every hidden cell by brute force: two LPs per cell on the whole system, written as CPLEX LP
 * text and solved from scratch with `highs.solve`. Independent of the audit's own LP code; for small models only.
 */
export async function bruteForceRanges(model: ReleaseModel, status: Uint8Array): Promise<Map<number, [number, number]>> {
  const highs = await (await import('highs')).default();
  const hidden = [...status.keys()].filter((c) => status[c] !== PUBLISHED);
  const rows: string[] = [];
  model.relations.forEach((rel, r) => {
    let rhs = 0;
    const terms: string[] = [];
    rel.cells.forEach((c, k) => {
      const a = rel.coefs[k]!;
      if (status[c] === PUBLISHED) rhs -= a * model.values[c]!;
      else terms.push(`${a >= 0 ? '+' : '-'} ${Math.abs(a)} x${c}`);
    });
    if (terms.length > 0) rows.push(` r${r}: ${terms.join(' ')} ${rel.op === '=' ? '=' : '>='} ${rhs}`);
  });
  const body = `Subject To\n${rows.join('\n')}\nBounds\n${hidden.map((c) => ` x${c} >= 0`).join('\n')}\nEnd`;
  const ranges = new Map<number, [number, number]>();
  for (const c of hidden) {
    const solve = (sense: string) => {
      const res = highs.solve(`${sense}\n obj: x${c}\n${body}`, { output_flag: false });
      if (res.Status === 'Unbounded') return sense === 'Maximize' ? Infinity : -Infinity;
      if (res.Status !== 'Optimal') throw new Error(`brute force LP for cell ${c}: ${res.Status}`);
      return res.ObjectiveValue;
    };
    ranges.set(c, [solve('Minimize'), solve('Maximize')]);
  }
  return ranges;
}
