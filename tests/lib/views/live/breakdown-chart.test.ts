import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderChart } from '../../../../src/lib/charts/render.ts';
import { AGE_GROUPS, OUTCOMES, PERIODS, SERVICE_GROUP_KEYS, YEARS } from '../../../../src/lib/codes.ts';
import { nb } from '../../../../src/lib/i18n/nb.ts';
import { en } from '../../../../src/lib/i18n/en.ts';
import { buildDb } from '../../../../src/lib/query/build-db.ts';
import type { Connector } from '../../../../src/lib/query/connector.ts';
import { periodServiceFallback, unitBreakdown } from '../../../../src/lib/query/queries/unit-breakdown.ts';
import { runQuery } from '../../../../src/lib/query/run-query.ts';
import { breakdownChart, breakdownTexts } from '../../../../src/lib/views/live/breakdown-chart.ts';
import { breakdownRows, fillFromFallback, type RunQuery } from '../../../../src/lib/views/live/breakdown-rows.ts';
import { tableElement } from '../../../../src/lib/views/live/table-element.ts';
import { loadSiteData, type SiteData } from '../../../../src/lib/views/site-data.ts';
import { periodAge, periodService } from '../../../../src/lib/views/unit/period-counts.ts';
import { shareView } from '../../../../src/lib/views/unit/share-views.ts';
import { unitContext } from '../../../../src/lib/views/unit/unit-context.ts';

let db: Connector;
let data: SiteData;
beforeAll(async () => {
  db = await buildDb();
  data = await loadSiteData(db);
});

describe('unitBreakdown on the published release', () => {
  it('gives each year exactly the published counts and totals of every unit', async () => {
    const codes = data.units.map((u) => u.unit);
    for (const year of [YEARS[0]!, YEARS.at(-1)!]) {
      const [s, a] = [await runQuery(db, unitBreakdown('service', codes, { year })), await runQuery(db, unitBreakdown('age', codes, { year }))];
      expect(s.length).toBe(codes.length * SERVICE_GROUP_KEYS.length);
      expect(a.length).toBe(codes.length * AGE_GROUPS.length);
      for (const r of s) expect([r.reports, r.whole]).toEqual([data.byService(r.unit, year, r.category)!.reports, data.totals(r.unit, year)!.reports]);
      for (const r of a) expect(r.reports).toBe(data.byAge(r.unit, year, r.category)!.reports);
    }
  });

  it('pools a period by the same routes as the prerendered pages: the years, else the ages, else the outcomes', async () => {
    const codes = data.units.map((u) => u.unit);
    let fromFallback = 0;
    for (const { key, years } of PERIODS) {
      for (const r of await breakdownRows((q) => runQuery(db, q), 'service', codes, { period: key })) {
        expect(r.reports, `${r.unit} ${key} ${r.category}`).toBe(periodService(data, r.unit, key, r.category, AGE_GROUPS, OUTCOMES));
        if (r.reports !== null && years.some((y) => data.byService(r.unit, y, r.category)?.reports === null)) fromFallback++;
      }
      for (const r of await runQuery(db, unitBreakdown('age', codes, { period: key }))) expect(r.reports).toBe(periodAge(data, r.unit, key, r.category));
    }
    expect(fromFallback).toBeGreaterThan(0);
  });

  it('reads the period tables only for the units with a hidden year sum, and only for service groups', async () => {
    const asked: string[] = [];
    const run: RunQuery = (q) => { asked.push(q.name); return runQuery(db, q); };
    const full = data.units.find((u) => u.level === 'kommune' && PERIODS.every((p) => p.years.every((y) => SERVICE_GROUP_KEYS.every((g) => data.byService(u.unit, y, g)?.reports !== null))))!;
    await breakdownRows(run, 'service', [full.unit], { period: PERIODS[0]!.key });
    await breakdownRows(run, 'age', ['1151'], { period: PERIODS[0]!.key });
    await breakdownRows(run, 'service', ['1151'], { year: 2024 });
    expect(asked).toEqual(['unitBreakdown', 'unitBreakdown', 'unitBreakdown']);
    await breakdownRows(run, 'service', [full.unit, '1151'], { period: PERIODS[0]!.key });
    expect(asked.slice(3)).toEqual(['unitBreakdown', 'periodServiceFallback']);
    expect((await runQuery(db, periodServiceFallback(['1151'], PERIODS[0]!.key))).every((r) => r.unit === '1151')).toBe(true);
  });

  it('fills only hidden counts from the fallback, and keeps a count hidden where the fallback is hidden too', () => {
    const row = (category: string, reports: number | null) => ({ unit: '1151', category, reports, status: null, whole: 40 });
    expect(fillFromFallback([row('skole', 12), row('politi', null), row('helse', null)],
      [{ unit: '1151', category: 'skole', reports: 99 }, { unit: '1151', category: 'politi', reports: 7 }, { unit: '1151', category: 'helse', reports: null }]))
      .toEqual([row('skole', 12), row('politi', 7), row('helse', null)]);
  });

  it('breaks peer groups down like every other unit', async () => {
    const rows = await runQuery(db, unitBreakdown('service', ['G1', 'G7'], { year: 2024 }));
    expect(rows.map((r) => r.unit)).toEqual([...SERVICE_GROUP_KEYS.map(() => 'G1'), ...SERVICE_GROUP_KEYS.map(() => 'G7')].sort());
    for (const r of rows) expect(r.whole).toBe(data.totals(r.unit, 2024)!.reports);
  });
});

describe('breakdownChart', () => {
  const texts = breakdownTexts(nb);
  const chart = async (unit: string, kind: 'service' | 'age', measure: 'share' | 'count', time: { year: number } | { period: string }, texts_ = texts, lang: 'nb' | 'en' = 'nb') => {
    const ctx = unitContext(data, unit, nb, 'nb');
    const units = [ctx.focus, ...ctx.comparisons].map((u) => ({ code: u.unit, name: ctx.name(u) }));
    const rows = await breakdownRows((q) => runQuery(db, q), kind, units.map((u) => u.code), time);
    return { ctx, rows, ...breakdownChart(rows, units, { kind, measure, time }, texts_, lang, 720) };
  };

  it("gives every municipality's prerendered share table when asked for the same year or period", async () => {
    for (const u of data.units.filter((x) => x.level === 'kommune')) {
      for (const kind of ['service', 'age'] as const) {
        const pre = shareView(unitContext(data, u.unit, nb, 'nb'), kind);
        const time = pre.note ? { period: PERIODS.at(-1)!.key } : { year: YEARS.at(-1)! };
        const live = (await chart(u.unit, kind, 'share', time)).view;
        expect(live.data.rows, `${u.unit} ${kind}`).toEqual(pre.data.rows);
        expect(live.data.columns).toEqual(pre.data.columns);
        expect(live.title).toBe(pre.title);
      }
    }
  });

  it('shows counts as counts, a hidden count as `:` and never as zero, with the peer group among the comparisons', async () => {
    const small = data.units.find((u) => u.level === 'kommune' && SERVICE_GROUP_KEYS.some((g) => data.byService(u.unit, 2024, g)?.reports === null))!;
    const { view, rows, spec } = await chart(small.unit, 'service', 'count', { year: 2024 });
    expect(view.data.columns.map((c) => c.label)).toEqual(expect.arrayContaining([expect.stringMatching(/^Kommuner med .+ barn 0–17 år$/)]));
    expect(view.data.columns).toHaveLength(1 + 1 + 1 + 1 + 1); // category, the municipality, its county, its peer group, the country
    for (const [j, g] of SERVICE_GROUP_KEYS.entries()) {
      const published = rows.find((r) => r.unit === small.unit && r.category === g)!.reports;
      expect(view.data.rows[j]!.u0).toBe(published === null ? ':' : published);
    }
    expect(view.title).toBe('Hvem melder? Antall meldinger, 2024');
    const svg = renderChart(spec, parseHTML('<!doctype html><html><body></body></html>').document as unknown as Document);
    expect(svg).toContain('Antall meldinger');
    expect(svg).not.toMatch(/\d+,\d\s%/); // no shares on a count axis
  });

  it('writes its texts in the language asked for', async () => {
    const { view } = await chart('4601', 'age', 'share', { period: '2016-2018' }, breakdownTexts(en), 'en');
    expect(view.title).toBe('Age of the children, 2016-2018');
    expect(view.summary).toMatch(/^In Bergen, [\d.]+% of reports concerned children aged 13–17\. For comparison: Vestland: [\d.]+%; Kommuner med 20\s000\+ barn 0–17 år: [\d.]+%; Hele landet: [\d.]+%\.$/);
  });
});

describe('tableElement', () => {
  it('builds the same table as DataTable.astro, every cell as text and a symbol with its explanation', () => {
    const { document } = parseHTML('<!doctype html><html><body></body></html>');
    const el = tableElement({ id: 'x', columns: [{ key: 'c', label: 'Gruppe' }, { key: 'v', label: 'Antall', numeric: true }],
      rows: [{ c: '<b>skole</b>', v: 12345 }, { c: 'politi', v: ':' }] }, 'Tittel', { ':': 'skjult' }, 'nb', document as unknown as Document);
    expect(el.querySelector('caption')?.textContent).toBe('Tittel');
    expect([...el.querySelectorAll('th[scope="col"]')].map((t) => t.textContent)).toEqual(['Gruppe', 'Antall']);
    expect(el.querySelector('tbody th[scope="row"]')?.textContent).toBe('<b>skole</b>');
    expect(el.querySelector('b')).toBeNull();
    expect(el.querySelector('td.num')?.textContent).toBe('12\u00a0345');
    expect(el.querySelector('abbr.symbol')?.getAttribute('title')).toBe('skjult');
    expect(el.querySelector('.visually-hidden')?.textContent).toBe('skjult');
  });
});
