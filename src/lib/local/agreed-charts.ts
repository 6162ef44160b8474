import type { PlotOptions } from '@observablehq/plot';
import { agreedLevelsSpec } from '../charts/agreed-levels.ts';
import { formatNumber, type Lang } from '../i18n/format.ts';
import type { AgreedRow } from './agreed-comparison.ts';
import { MEASURES } from './local-plan.ts';
import { agreedView, type Texts } from './local-tables.ts';

/** The actual-vs-agreed views of every measure that has levels, each with its Plot spec. */
export function agreedCharts(rows: AgreedRow[], t: Texts, lang: Lang, name: string, sourceOf: (r: AgreedRow) => 'file' | 'url', width = 720) {
  return MEASURES.filter((m) => rows.some((r) => r.measure === m)).map((measure) => {
    const view = agreedView(rows, measure, t, name, sourceOf);
    const spec: PlotOptions = agreedLevelsSpec(view.rows, {
      width, title: view.title, summary: view.summary, xLabel: t[`agreed.measure.${measure}`]!, hiddenLabel: t['symbol.hidden']!,
      actualLabel: t['agreed.chart.actual']!, agreedLabel: t['agreed.chart.agreed']!, format: (n) => formatNumber(n, lang, 1),
    });
    return { measure, view, spec };
  });
}
