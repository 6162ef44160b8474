/** A code change link: an old municipality code and a code that (partly) followed it. */
export interface CodeLink { from: string; to: string }

/**
 * Every earlier code that leads to each current municipality, following changes through the intermediate years
 * (e.g. 0101 Halden → 3001 in 2020 → 3101 in 2024). A split old code leads to every municipality it became part of.
 */
export function oldCodesOf(current: readonly string[], links: readonly CodeLink[]): Map<string, string[]> {
  const successors = new Map<string, Set<string>>();
  for (const l of links) if (l.from !== l.to) successors.set(l.from, (successors.get(l.from) ?? new Set()).add(l.to));
  const now = new Set(current);
  const resolve = (code: string, seen: Set<string>): string[] => {
    if (now.has(code) && !successors.has(code)) return [code];
    if (seen.has(code)) return [];
    seen.add(code);
    return [...(successors.get(code) ?? [])].flatMap((c) => resolve(c, seen));
  };
  const out = new Map<string, string[]>(current.map((c) => [c, []]));
  for (const old of [...successors.keys()].sort())
    for (const target of new Set(resolve(old, new Set()))) if (target !== old) out.get(target)?.push(old);
  return out;
}
