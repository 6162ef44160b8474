import { LAST_YEAR } from '../codes.ts';
import { countCell, type ChartData } from '../charts/chart-data.ts';
import type { PerYearPoint } from '../charts/reports-per-year.ts';
import type { ServiceBar } from '../charts/reports-by-service.ts';
import type { Dictionary } from '../i18n/nb.ts';
import { fill, formatNumber, type Lang } from '../i18n/format.ts';
import type { Manifest } from '../schemas/published.ts';
import type { Connector } from '../query/connector.ts';
import { runQuery } from '../query/run-query.ts';
import { reportsPerYear } from '../query/queries/reports-per-year.ts';
import { reportsByService } from '../query/queries/reports-by-service.ts';
import { ssbNationalSeries } from '../query/queries/ssb-national-series.ts';

export interface OverviewCharts {
  perYear: { data: ChartData; points: PerYearPoint[]; summary: string };
  byService: { data: ChartData; bars: ServiceBar[]; summary: string; year: number };
}

/** The national overview's two charts: the synthetic total beside SSB's real series, and reports by service group. */
export async function overviewCharts(db: Connector, manifest: Manifest, t: Dictionary, lang: Lang): Promise<OverviewCharts> {
  const synthetic = await runQuery(db, reportsPerYear('land', 'NO'));
  const ssb = (await runQuery(db, ssbNationalSeries())).filter((r) => r.year >= synthetic[0]!.year);
  const projected = new Set(manifest.projected_years);
  const sLabel = manifest.synthetic ? t['chart.perYear.series.synthetic'] : t['col.reports'];
  const points: PerYearPoint[] = [
    ...synthetic.map((r) => ({ year: r.year, series: sLabel, reports: r.reports, projected: projected.has(r.year) })),
    ...ssb.map((r) => ({ year: r.year, series: t['chart.perYear.series.ssb'], reports: r.reports, projected: false })),
  ];
  const ssbByYear = new Map(ssb.map((r) => [r.year, r.reports]));
  const perYearData: ChartData = {
    id: 'meldinger-per-ar',
    columns: [
      { key: 'year', label: t['col.year'] },
      { key: 'synthetic', label: sLabel, numeric: true },
      { key: 'ssb', label: t['chart.perYear.series.ssb'], numeric: true },
    ],
    rows: synthetic.map((r) => ({ year: r.year, synthetic: countCell(r.reports, r.status), ssb: ssbByYear.get(r.year) ?? '..' })),
  };
  const lastReal = Math.max(...ssb.map((r) => r.year));
  const first = synthetic[0]!;
  const perYearSummary = fill(t['chart.perYear.summary'], {
    first: first.year, lastReal, firstValue: formatNumber(first.reports ?? 0, lang), lastRealValue: formatNumber(ssbByYear.get(lastReal) ?? 0, lang),
    projected: [...projected].join(', '),
  });

  const year = LAST_YEAR;
  const services = await runQuery(db, reportsByService('land', 'NO', year));
  const label = (g: string) => t[`service.${g}` as keyof Dictionary];
  const bars = services.map((s) => ({ label: label(s.service_group), reports: s.reports }));
  const ranked = [...services].filter((s) => s.reports !== null).sort((a, b) => (b.reports ?? 0) - (a.reports ?? 0));
  const top = ranked[0], bottom = ranked.at(-1);
  return {
    perYear: { data: perYearData, points, summary: perYearSummary },
    byService: {
      year,
      bars,
      data: {
        id: `meldinger-etter-melder-${year}`,
        columns: [{ key: 'service_group', label: t['col.serviceGroup'] }, { key: 'reports', label: t['col.reports'], numeric: true }],
        rows: services.map((s) => ({ service_group: label(s.service_group), reports: countCell(s.reports, s.status) })),
      },
      summary: top && bottom ? fill(t['chart.byService.summary'], {
        year, top: label(top.service_group), topValue: formatNumber(top.reports ?? 0, lang),
        bottom: label(bottom.service_group), bottomValue: formatNumber(bottom.reports ?? 0, lang),
      }) : '',
    },
  };
}
