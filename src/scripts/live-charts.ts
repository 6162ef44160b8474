/**
 * The charts by reporter and by age, redrawn in the browser from DuckDB queries once the engine is ready: the controls
 * of `form[data-live]` choose count or share, a year or pooled period, and what to compare with. Each change queries
 * the engine, builds every chart with the build's spec functions, and only when all are ready swaps them in with their
 * tables, summaries and CSV downloads; the live region then says what changed. Loaded only after the engine starts.
 */
import { chartCsv } from '../lib/charts/chart-csv.ts';
import { renderChart } from '../lib/charts/render.ts';
import { fill, type Lang } from '../lib/i18n/format.ts';
import type { Connector } from '../lib/query/connector.ts';
import { comparableUnits, type BreakdownKind, type BreakdownTime, type ComparableUnit } from '../lib/query/queries/unit-breakdown.ts';
import { runQuery, type Query } from '../lib/query/run-query.ts';
import { breakdownRows } from '../lib/views/live/breakdown-rows.ts';
import { breakdownChart, type BreakdownChoice, type BreakdownUnit } from '../lib/views/live/breakdown-chart.ts';
import { tableElement } from '../lib/views/live/table-element.ts';
import type { LiveConfig } from './live-config.ts';

/** Fired on `document` once every chart of a change is redrawn, with the time spent querying and drawing (read by the benchmark). */
export const CHARTS_UPDATED_EVENT = 'meldingsbildet:charts-updated';
const CHARTS: { kind: BreakdownKind; id: string }[] = [{ kind: 'service', id: 'andel-etter-melder' }, { kind: 'age', id: 'andel-etter-alder' }];
const WIDTH = 720; // as at build (unit-page.ts): the SVG scales to its box

type Messages = Record<string, string>;

/**
 * Rows by SQL text: the tables never change once loaded, so a query asked again (e.g. after a count/share toggle, which
 * draws the same rows differently) is answered from here. Small: a few hundred rows per entry at most.
 */
const rowCache = new Map<string, Promise<unknown[]>>();
function cachedQuery<T>(engine: Connector, q: Query<T>): Promise<T[]> {
  let rows = rowCache.get(q.sql) as Promise<T[]> | undefined;
  if (!rows) {
    if (rowCache.size >= 200) rowCache.delete(rowCache.keys().next().value!);
    rowCache.set(q.sql, (rows = runQuery(engine, q)));
    rows.catch(() => rowCache.delete(q.sql));
  }
  return rows;
}

function option(value: string, text: string): HTMLOptionElement {
  const o = document.createElement('option');
  o.value = value;
  o.textContent = text;
  return o;
}

function group(label: string, options: HTMLOptionElement[]): HTMLOptGroupElement {
  const g = document.createElement('optgroup');
  g.label = label;
  g.append(...options);
  return g;
}

/** The comparison list: as on the page (where it compares), none, each of the page's comparisons that has a breakdown, then counties and municipalities by name. */
function fillComparisons(select: HTMLSelectElement, cfg: LiveConfig, units: ComparableUnit[], m: Messages, lang: Lang): Map<string, string> {
  const has = new Set(units.filter((u) => u.has_breakdown).map((u) => u.unit));
  const names = new Map<string, string>(cfg.comparisons.map((c) => [c.code, c.name]));
  const own = cfg.comparisons.filter((c) => has.has(c.code));
  const byName = (level: string) => units.filter((u) => u.level === level && u.has_breakdown && u.unit !== cfg.focus.code)
    .sort((a, b) => a.name.localeCompare(b.name, lang === 'en' ? 'en' : 'nb'));
  for (const u of units) if (!names.has(u.unit)) names.set(u.unit, u.name);
  // The national page compares with nothing, so there "as on the page" would be the same as "none".
  if (own.length) select.append(option('default', fill(m['explore.compare.default']!, { names: own.map((c) => c.name).join(', ') })));
  select.append(option('none', m['explore.compare.none']!));
  if (own.length > 1) select.append(group(m['explore.compare.levels']!, own.map((c) => option(c.code, c.name))));
  select.append(group(m['explore.compare.counties']!, byName('fylke').map((u) => option(u.unit, u.name))));
  if (cfg.focus.level === 'kommune') select.append(group(m['explore.compare.municipalities']!, byName('kommune').map((u) => option(u.unit, u.name))));
  return names;
}

function parseTime(value: string): BreakdownTime {
  const [kind, v] = value.split(':') as [string, string];
  return kind === 'period' ? { period: v } : { year: Number(v) };
}

/** Put a redrawn chart into its figure: title, definition, SVG, summary, table and download; a fallback note no longer applies. */
function swapIn(figure: HTMLElement, r: ReturnType<typeof breakdownChart>, svg: string, cfg: LiveConfig, lang: Lang): void {
  const { view } = r;
  const heading = figure.querySelector('h2');
  if (heading?.firstChild?.nodeType === Node.TEXT_NODE) heading.firstChild.textContent = `${view.title} `;
  const definition = figure.querySelector('.definition');
  if (definition?.lastChild?.nodeType === Node.TEXT_NODE) definition.lastChild.textContent = ` ${view.definition}`;
  const note = figure.querySelector<HTMLElement>('.note');
  if (note) note.hidden = true;
  figure.querySelector('.plot')!.innerHTML = svg;
  figure.querySelector('.summary')!.textContent = view.summary;
  figure.querySelector('.table-wrap')?.replaceWith(tableElement(view.data, view.title, cfg.symbols, lang, document));
  const link = figure.querySelector<HTMLAnchorElement>('a[download]');
  if (link) {
    if (link.href.startsWith('blob:')) URL.revokeObjectURL(link.href);
    link.href = URL.createObjectURL(new Blob([chartCsv(view.data, cfg.synthetic)], { type: 'text/csv;charset=utf-8' }));
    link.download = `${view.data.id}.csv`;
  }
  figure.dataset.live = view.data.id;
}

/** Show the controls of the section's form and redraw the charts on every change. */
export async function startLiveCharts(form: HTMLFormElement, engine: Connector): Promise<void> {
  const cfg = JSON.parse(form.dataset.live ?? '{}') as LiveConfig;
  const m = JSON.parse(form.dataset.liveMessages ?? '{}') as Messages;
  const lang = (document.documentElement.lang || 'nb') as Lang;
  const status = form.querySelector<HTMLElement>('[data-live-status]')!;
  const time = form.querySelector<HTMLSelectElement>('select[name="time"]')!;
  const compare = form.querySelector<HTMLSelectElement>('select[name="compare"]')!;
  const units = await runQuery(engine, comparableUnits());
  const names = fillComparisons(compare, cfg, units, m, lang);
  form.addEventListener('submit', (e) => e.preventDefault());
  form.hidden = false;

  let latest = 0;
  const update = async () => {
    const run = ++latest;
    const measure = (form.querySelector<HTMLInputElement>('input[name="measure"]:checked')?.value ?? 'share') as BreakdownChoice['measure'];
    const chosen = compare.value === 'default' ? cfg.comparisons.map((c) => c.code) : compare.value === 'none' ? [] : [compare.value];
    const shown: BreakdownUnit[] = [cfg.focus, ...chosen.map((code) => ({ code, name: names.get(code) ?? code }))];
    try {
      const t0 = performance.now();
      const choices = CHARTS.map(({ kind }) => ({ kind, measure, time: parseTime(time.value) }) satisfies BreakdownChoice);
      const ask = <T>(q: Query<T>) => cachedQuery(engine, q);
      const rows = await Promise.all(choices.map((c) => breakdownRows(ask, c.kind, shown.map((u) => u.code), c.time)));
      const t1 = performance.now();
      const drawn = CHARTS.map(({ id }, i) => {
        const chart = breakdownChart(rows[i]!, shown, choices[i]!, cfg.texts, lang, WIDTH);
        return { id, chart, svg: renderChart(chart.spec, document) };
      });
      if (run !== latest) return; // a later change is on its way; its charts replace these
      const figures = drawn.map((d) => ({ ...d, figure: document.querySelector<HTMLElement>(`figure[data-chart="${d.id}"]`) })).filter((d) => d.figure);
      for (const d of figures) swapIn(d.figure!, d.chart, d.svg, cfg, lang);
      const compared = chosen.filter((c) => units.find((u) => u.unit === c)?.has_breakdown).map((c) => names.get(c) ?? c);
      status.textContent = fill(m[compared.length ? 'explore.updated' : 'explore.updatedAlone']!, {
        charts: figures.map((d) => `«${d.chart.view.title}»`).join(m['explore.and']!),
        measure: m[`explore.measure.${measure}`]!.toLowerCase(),
        time: time.selectedOptions[0]?.textContent ?? '',
        compare: compared.join(', '),
      });
      const t2 = performance.now();
      document.dispatchEvent(new CustomEvent(CHARTS_UPDATED_EVENT, { detail: { charts: figures.length, queryMs: t1 - t0, renderMs: t2 - t1 } }));
    } catch (e) {
      if (run === latest) status.textContent = fill(m['explore.failed']!, { message: e instanceof Error ? e.message : String(e) });
    }
  };
  form.addEventListener('change', () => void update());
}
