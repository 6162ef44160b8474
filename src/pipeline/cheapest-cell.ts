import { PUBLISHED, type ReleaseModel } from './release-model.ts';

/**
 * The published cell among `candidates` that costs least to hide: non-zero before zero (a hidden zero widens little),
 * then the smallest value (least information lost, usually the lowest level), then the fewest relations
 * (less knock-on suppression), then the lowest index (determinism). −1 when none is published.
 */
export function cheapestCell(model: ReleaseModel, status: Uint8Array, degree: Int32Array, candidates: Iterable<number>): number {
  let best = -1;
  for (const c of candidates) {
    if (status[c] !== PUBLISHED || c === best) continue;
    if (best < 0) { best = c; continue; }
    const vc = model.values[c]!, vb = model.values[best]!;
    const zc = vc === 0 ? 1 : 0, zb = vb === 0 ? 1 : 0;
    if (zc !== zb ? zc < zb : vc !== vb ? vc < vb : degree[c] !== degree[best] ? degree[c]! < degree[best]! : c < best) best = c;
  }
  return best;
}
