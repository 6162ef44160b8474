import type { TableRows } from '../../src/lib/query/queries/table-rows.ts';
import type { Count, SiteData } from '../../src/lib/views/site-data.ts';

type Unit = TableRows['units'];
const unit = (level: Unit['level'], code: string, name: string, extra: Partial<Unit> = {}): Unit => ({
  level, unit: code, name, name_official: null, old_codes: null, fylkesnummer: null, peer_group: null, children: 1000, children_estimated: true, lon: 10, lat: 60, ...extra,
});

/** A tiny hand-made SiteData: one municipality (0301), its county (03), peer group (G7) and the country; counts given per key. */
export function fakeSiteData(counts: Record<string, number | null>, children: Record<string, number> = {}): SiteData {
  const units = [unit('land', 'NO', 'Norge'), unit('fylke', '03', 'Oslo', { fylkesnummer: '03' }), unit('gruppe', 'G7', 'G7', { peer_group: 'G7' }),
    unit('kommune', '0301', 'Oslo', { fylkesnummer: '03', peer_group: 'G7' })];
  const count = (key: string): Count | undefined => (key in counts ? { reports: counts[key]!, status: counts[key] === null ? ':' : null } : undefined);
  return {
    units,
    unit: (c) => units.find((u) => u.unit === c),
    totals: (u, y, o = 'alle') => {
      const c = count(`t|${u}|${y}|${o}`);
      if (!c) return undefined;
      const kids = children[u] ?? 1000;
      return { level: 'kommune', unit: u, year: y, outcome: o, ...c, children: kids, children_estimated: true, rate_per_1000: c.reports === null ? null : (c.reports / kids) * 1000 };
    },
    byService: (u, y, g) => count(`s|${u}|${y}|${g}`),
    byAge: (u, y, a) => count(`a|${u}|${y}|${a}`),
    serviceAge: (u, p, g, a) => count(`sa|${u}|${p}|${g}|${a}`),
    serviceOutcome: (u, p, g, o) => count(`so|${u}|${p}|${g}|${o}`),
  };
}
