/**
 * Which chosen areas the explorer's charts add up. Adding a county and one of its own municipalities would count the
 * municipality's reports twice, so a municipality inside another chosen area (its county or its peer group) is left
 * out of the sum, and the page says so. A county and a peer group can share only some municipalities, which no
 * published table can take apart: the charts that add areas up then say so and draw nothing. The chart by area
 * shows every area as its own bar and adds nothing up.
 */

/** Each municipality's county and peer group, from the units table. */
export type AreaParents = ReadonlyMap<string, readonly string[]>;

export interface SummedAreas {
  /** The areas to add up: the chosen ones less any municipality inside another chosen area ([]: the country). */
  units: string[];
  /** The municipalities left out, each inside a chosen county or peer group. */
  dropped: string[];
  /** A chosen county and a chosen peer group share a municipality, so their sum would count it twice. */
  overlap: boolean;
}

export function summedAreas(units: readonly string[], parents: AreaParents): SummedAreas {
  const chosen = new Set(units);
  const dropped = units.filter((u) => (parents.get(u) ?? []).some((p) => chosen.has(p)));
  const counties = units.filter((u) => /^\d{2}$/.test(u));
  const groups = units.filter((u) => /^G\d$/.test(u));
  const overlap = counties.length > 0 && groups.length > 0
    && [...parents.values()].some((ps) => counties.some((c) => ps.includes(c)) && groups.some((g) => ps.includes(g)));
  return { units: units.filter((u) => !dropped.includes(u)), dropped, overlap };
}
