/**
 * Peer groups: municipalities of similar size, by estimated children 0–17 in the latest year.
 * Size drives both the level of reporting that can be expected and how noisy it is, so it is the first thing to hold
 * equal when a municipality compares itself with others. Bounds are lower limits, inclusive.
 */
export const PEER_GROUPS = [
  { key: 'G1', min: 0 },
  { key: 'G2', min: 500 },
  { key: 'G3', min: 1_000 },
  { key: 'G4', min: 2_000 },
  { key: 'G5', min: 4_000 },
  { key: 'G6', min: 8_000 },
  { key: 'G7', min: 20_000 },
] as const;
export type PeerGroup = (typeof PEER_GROUPS)[number]['key'];

/** The peer group of a municipality with this many children 0–17. */
export function peerGroupOf(children: number): PeerGroup {
  let key: PeerGroup = PEER_GROUPS[0].key;
  for (const g of PEER_GROUPS) if (children >= g.min) key = g.key;
  return key;
}
