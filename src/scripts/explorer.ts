/**
 * The explorer page: starts the browser engine on open, keeps the state in the URL (pushState; popstate restores it),
 * and redraws the four linked charts, their button lists, tables and CSV links from DuckDB queries on every change.
 * Every text is set with textContent; Plot escapes what it draws.
 */
import { BAR_CLASSES, explorerBarsSpec, type ExplorerBar } from '../lib/charts/explorer-bars.ts';
import { renderChart } from '../lib/charts/render.ts';
import { summedAreas, type AreaParents, type SummedAreas } from '../lib/explorer/areas.ts';
import { CHART_DIMS, chartBars, chartCsv, chartCut, DIM_KEYS } from '../lib/explorer/chart-model.ts';
import { explorerRowCache } from '../lib/explorer/row-cache.ts';
import { pickSource, type ChartDim, type Source } from '../lib/explorer/sources.ts';
import {
  chooseRange, effectiveYears, EMPTY_STATE, keepRangeConsistent, parseExplorerState, serialiseExplorerState, toggleValue, type ExplorerState, type ListKey,
} from '../lib/explorer/state.ts';
import { AGE_GROUPS, FIRST_YEAR, LAST_YEAR, PERIODS, SERVICE_GROUP_KEYS } from '../lib/codes.ts';
import { fill, formatNumber, type Lang } from '../lib/i18n/format.ts';
import { onEngineState, startEngine } from '../lib/query/browser-engine.ts';
import type { Connector } from '../lib/query/connector.ts';
import type { ExplorerCountRow, ExplorerCut } from '../lib/query/queries/explorer-counts.ts';
import { runQuery } from '../lib/query/run-query.ts';
import { showEngineState } from './explorer-engine.ts';

const root = document.querySelector<HTMLElement>('[data-explorer]')!;
const m = JSON.parse(root.dataset.messages ?? '{}') as Record<string, string>;
const synthetic = root.dataset.synthetic === 'true';
const lang = (document.documentElement.lang || 'nb') as Lang;
const $ = <T extends Element>(sel: string, from: ParentNode = root) => from.querySelector<T>(sel)!;
const form = $<HTMLFormElement>('[data-filters]');
const select = $<HTMLSelectElement>('#explorer-units');
const names = new Map([...select.options].map((o) => [o.value, o.text.replace(/ \(\w+\)$/, '')]));
const counties = [...select.options].map((o) => o.value).filter((v) => /^\d{2}$/.test(v));
const parents: AreaParents = new Map([...select.options].filter((o) => o.dataset.parents).map((o) => [o.value, o.dataset.parents!.split(' ')]));
const rangeBox = $<HTMLFieldSetElement>('[data-range]');
const [rangeFrom, rangeTo] = ['from', 'to'].map((n) => $<HTMLSelectElement>(`select[name="${n}"]`, rangeBox)) as [HTMLSelectElement, HTMLSelectElement];
/** Fired on `document` once every chart of a change is redrawn (read by the benchmark), as on the unit pages. */
const CHARTS_UPDATED_EVENT = 'meldingsbildet:charts-updated';
/** Fired on `document` with the engine once it is ready, as on the unit pages (explore-numbers.ts). */
const ENGINE_READY_EVENT = 'meldingsbildet:engine-ready';
const fmt = (n: number) => formatNumber(n, lang);

const DIM_FILTERS: { key: ListKey; dim: string; label: (v: string) => string }[] = [
  { key: 'units', dim: 'explorer.dim.unit', label: (v) => names.get(v) ?? v },
  { key: 'years', dim: 'explorer.dim.year', label: (v) => v },
  { key: 'services', dim: 'explorer.dim.service', label: (v) => m[`service.${v}`] ?? v },
  { key: 'ages', dim: 'explorer.dim.age', label: (v) => m[`age.${v}`] ?? v },
];
const labelOf: Record<ChartDim, (key: string) => string> = {
  service: (k) => m[`service.${k}`] ?? k, age: (k) => m[`age.${k}`] ?? k, unit: (k) => (k === 'NO' ? m['explorer.country']! : names.get(k) ?? k), year: (k) => k,
};

let engine: Connector | undefined;
let rejected: string[] = [];
let state: ExplorerState = readUrl();
let renderToken = 0;

/** Rows by cut, asked for together (one query for every chart not cached); see row-cache.ts. */
const counts = explorerRowCache((q) => runQuery(engine!, q));
/** Each chart's drawn bars by their SVG element, for the clicks on them. */
const drawnBars = new Map<ChartDim, Map<Element, ExplorerBar>>();
/** What each chart last drew (width, title, summary and bars): a chart whose drawing would not change is left as it is. */
const drawnAs = new Map<ChartDim, string>();

function readUrl(): ExplorerState {
  const parsed = parseExplorerState(location.search, new Set(names.keys()));
  rejected = parsed.rejected;
  return parsed.state;
}

/** The chips' texts, also the CSV's selection column and the live region's message. */
function chips(s: ExplorerState): { key: ListKey | 'outcome' | 'range'; value: string; text: string }[] {
  const out: ReturnType<typeof chips> = DIM_FILTERS.flatMap((f) => (s[f.key] as (string | number)[]).map((v) => ({ key: f.key, value: String(v), text: `${m[f.dim]}: ${f.label(String(v))}` })));
  if (s.range) out.push({ key: 'range', value: s.range.join('-'), text: `${m['explorer.dim.range']}: ${s.range[0]}–${s.range[1]}` });
  if (s.outcome !== 'alle') out.push({ key: 'outcome', value: s.outcome, text: `${m['explorer.dim.outcome']}: ${m[`explorer.outcome.${s.outcome}`]}` });
  return out;
}

/** URLs of committed states not yet in the history (see commit). */
let unpushed: string[] = [];

function commit(next: ExplorerState): void {
  if (serialiseExplorerState(next) === serialiseExplorerState(state)) return;
  state = next;
  rejected = [];
  unpushed.push(`${location.pathname}${serialiseExplorerState(next)}`);
  // The URL follows once the charts are drawn and shown: a pushState is a same-document navigation, which in Chromium
  // also fetches and decodes the page's icon again, and done first it held back every chart by about a third.
  // Each committed state still gets its own history entry, in order.
  void update().finally(() => requestAnimationFrame(() => setTimeout(pushUnpushed)));
}

function pushUnpushed(): void {
  for (const url of unpushed) history.pushState(null, '', url);
  unpushed = [];
}

function syncForm(): void {
  // Only what differs is set: each write to an option or box restyles the form.
  for (const o of select.options) if (o.selected !== state.units.includes(o.value)) o.selected = !o.selected;
  for (const input of form.querySelectorAll<HTMLInputElement>('input')) {
    const v = state[input.name as keyof ExplorerState];
    const checked = Array.isArray(v) ? (v as (string | number)[]).map(String).includes(input.value) : v === input.value;
    if (input.checked !== checked) input.checked = checked;
  }
  rangeFrom.value = String(state.range?.[0] ?? FIRST_YEAR);
  rangeTo.value = String(state.range?.[1] ?? LAST_YEAR);
}

function readForm(): ExplorerState {
  const data = new FormData(form);
  const search = new URLSearchParams([...data.entries()].map(([k, v]) => [k, String(v)]));
  // The form has no range: a brushed range stays unless a year chosen in the form lies outside it.
  return keepRangeConsistent({ ...parseExplorerState(`?${search.toString()}`, new Set(names.keys())).state, range: state.range });
}

function renderChips(): void {
  const list = $<HTMLUListElement>('[data-chips]');
  const items = chips(state);
  list.replaceChildren(...items.map((c) => {
    const li = document.createElement('li');
    const b = document.createElement('button');
    b.type = 'button';
    b.className = 'chip';
    b.textContent = `${c.text} ×`;
    b.setAttribute('aria-label', fill(m['explorer.remove']!, { filter: c.text }));
    b.addEventListener('click', () => {
      const next = c.key === 'outcome' ? { ...state, outcome: 'alle' as const } : c.key === 'range' ? { ...state, range: null }
        : toggleValue(state, c.key, c.key === 'years' ? Number(c.value) : c.value);
      const after = li.nextElementSibling ? items.indexOf(c) : items.indexOf(c) - 1;
      commit(next);
      // Focus stays in the list: on the chip that took this one's place, else the heading.
      const target = list.querySelectorAll('button')[after];
      (target ?? $<HTMLElement>('#active-h')).focus();
    });
    li.append(b);
    return li;
  }));
  $<HTMLElement>('[data-none]').hidden = items.length > 0;
  $<HTMLElement>('[data-clear]').hidden = items.length === 0;
}

function timeText(dim: ChartDim, source: ReturnType<typeof pickSource>): string {
  if (!('table' in source) || dim === 'year') return '';
  if (source.time === 'period') return fill(m['explorer.time.periods']!, { periods: (source.periods.length ? source.periods : PERIODS.map((p) => p.key)).join(', ') });
  const years = effectiveYears(state);
  return fill(m['explorer.time.years']!, { years: years.length ? years.join(', ') : `${FIRST_YEAR}–${LAST_YEAR}` });
}

/** A chart's table, changed in place when it has as many rows as before (the usual case: the same categories, new counts). */
function renderTable(box: HTMLElement, title: string, dim: ChartDim, bars: ExplorerBar[]): void {
  const cells = (b: ExplorerBar) => [b.label, b.reports === null ? ':' : fmt(b.reports), b.reports === null ? m['symbol.hidden']! : ''];
  const old = box.querySelector('table');
  const rows = old?.tBodies[0]?.rows;
  if (old?.caption && rows?.length === bars.length) {
    setText(old.caption, title);
    bars.forEach((b, i) => cells(b).forEach((text, j) => setText(rows[i]!.cells[j]!, text)));
    return;
  }
  const el = document.createElement('table');
  const cell = (tag: 'th' | 'td', text: string, scope?: string) => {
    const c = document.createElement(tag);
    c.textContent = text;
    if (scope) c.scope = scope;
    return c;
  };
  el.createCaption().textContent = title;
  el.createTHead().insertRow().append(cell('th', m[`explorer.dim.${dim}`]!, 'col'), cell('th', m['col.reports']!, 'col'), cell('th', m['col.status']!, 'col'));
  const body = el.createTBody();
  for (const b of bars) {
    const [label, n, note] = cells(b);
    body.insertRow().append(cell('th', label!, 'row'), cell('td', n!), cell('td', note!));
  }
  box.replaceChildren(el);
}

/**
 * A chart's button list (`aria-pressed`, one per bar), changed in place when the bars are the same ones, so focus stays on
 * its button; rebuilt otherwise, with focus put back on the button of the same value. Clicks are handled by the list.
 */
function renderButtons(box: HTMLElement, bars: ExplorerBar[]): void {
  const old = [...box.children] as HTMLElement[];
  if (old.length === bars.length && old.every((el, i) => el.dataset.key === bars[i]!.key)) {
    old.forEach((el, i) => {
      setText(el, bars[i]!.label);
      if (el.getAttribute('aria-pressed') !== String(bars[i]!.selected)) el.setAttribute('aria-pressed', String(bars[i]!.selected));
    });
    return;
  }
  const focused = box.contains(document.activeElement) ? (document.activeElement as HTMLElement).dataset.key : undefined;
  box.replaceChildren(...bars.map((b) => {
    const el = document.createElement('button');
    el.type = 'button';
    el.dataset.key = b.key;
    el.textContent = b.label;
    el.setAttribute('aria-pressed', String(b.selected));
    return el;
  }));
  if (focused) box.querySelector<HTMLElement>(`[data-key="${CSS.escape(focused)}"]`)?.focus();
}

/** Chooses or drops a value of a chart's own filter (a bar or its button pressed). */
function toggleBar(dim: ChartDim, key: string): void {
  commit(toggleValue(state, DIM_KEYS[dim].list, dim === 'year' ? Number(key) : key));
}

/** Sets an element's text only when it changes, so an unchanged text costs no DOM mutation (and no relayout). */
function setText(el: HTMLElement, text: string): void {
  if (el.textContent !== text) el.textContent = text;
}

interface ChartPlan { dim: ChartDim; section: HTMLElement; source: Source; cut?: ExplorerCut }

/** A chart's table and cut under the current state. */
function planChart(dim: ChartDim, areas: SummedAreas): ChartPlan {
  const source = pickSource(dim, state, areas.overlap);
  return { dim, section: $<HTMLElement>(`[data-chart="${dim}"]`), source, cut: 'table' in source ? chartCut(dim, state, source, counties, areas.units) : undefined };
}

/** Shows a chart's section with its time, and either its drawing's parts or the note saying why it has none. */
function showChart({ dim, section, source }: ChartPlan): void {
  const unavailable = $<HTMLElement>('[data-unavailable]', section);
  const parts = ['[data-svg]', '[data-summary]', '[data-buttons]', 'details', '[data-csv]', ...(dim === 'year' ? ['[data-range]'] : [])].map((s) => $<HTMLElement>(s, section));
  section.hidden = false;
  setText($<HTMLElement>('[data-time]', section), timeText(dim, source));
  unavailable.hidden = 'table' in source;
  if (!('table' in source)) setText(unavailable, m[`explorer.unavailable.${source.unavailable}`]!);
  for (const p of parts) (p.closest('p') ?? p).hidden = !('table' in source);
}

/** Draws one chart from its rows: SVG, summary, button list and table, unless they would come out as drawn; the CSV always (it names the selection). */
function drawChart({ dim, section, source }: ChartPlan, rows: readonly ExplorerCountRow[], width: number): void {
  const order = { unit: [...counties, ...state.units], service: SERVICE_GROUP_KEYS, age: AGE_GROUPS, year: undefined }[dim];
  const bars = chartBars(dim, state, rows, labelOf[dim], order);
  const title = `${m[`explorer.chart.${dim}`]}${timeText(dim, source) ? ` (${timeText(dim, source)})` : ''}`;
  const shown = bars.filter((b) => b.reports !== null);
  const top = shown.reduce<ExplorerBar | undefined>((a, b) => (a && (a.reports ?? 0) >= (b.reports ?? 0) ? a : b), undefined);
  const summary = top
    ? fill(m['explorer.summary']!, { count: bars.length, hidden: bars.length - shown.length, top: top.label, value: fmt(top.reports ?? 0) })
    : fill(m['explorer.summaryAllHidden']!, { count: bars.length });
  const csv = chartCsv(bars, chips(state).map((c) => c.text).join('; ') || m['explorer.none']!, {
    code: m['explorer.col.code']!, label: m[`explorer.dim.${dim}`]!, reports: m['col.reports']!, status: m['col.status']!,
    selection: m['explorer.col.selection']!, synthetic: synthetic ? m['site.synthetic']! : null, yes: lang === 'en' ? 'yes' : 'ja',
  });
  // A data: URL, not a blob: one, so the download is plainly part of the page and nothing is fetched.
  const href = `data:text/csv;charset=utf-8,${encodeURIComponent(`\uFEFF${csv}`)}`;
  const csvLink = $<HTMLAnchorElement>('[data-csv]', section);
  if (csvLink.getAttribute('href') !== href) csvLink.href = href;
  const drawing = JSON.stringify([width, title, summary, bars]);
  if (drawnAs.get(dim) === drawing) return;
  drawnAs.set(dim, drawing);

  const svg = $<HTMLElement>('[data-svg]', section);
  svg.innerHTML = renderChart(explorerBarsSpec(bars, {
    width, title, summary, xLabel: m['explorer.xLabel']!, hiddenLabel: m['explorer.hidden']!, selectedLabel: m['explorer.chosen']!, format: fmt,
  }), document);
  const drawn = new Map<Element, ExplorerBar>();
  const byClass = (cls: string, list: ExplorerBar[]) => svg.querySelectorAll(`g.${cls} rect`).forEach((r, i) => {
    const bar = list[i];
    if (!bar) return;
    drawn.set(r, bar);
  });
  byClass(BAR_CLASSES.shown, shown);
  byClass(BAR_CLASSES.hidden, bars.filter((b) => b.reports === null));
  drawnBars.set(dim, drawn);
  if (dim === 'year') brushYears(drawn);
  setText($<HTMLElement>('[data-summary]', section), summary);
  renderButtons($<HTMLElement>('[data-buttons]', section), bars);
  renderTable($<HTMLElement>('[data-table]', section), title, dim, bars);
}

/**
 * Dragging across the year chart's bars chooses the range from the bar pressed to the bar released (a press and release
 * on one bar toggles that year, as a click does elsewhere). The bars in the range are outlined while dragging. The
 * keyboard way to the same range is the from/to choice under the chart.
 */
function brushYears(drawn: Map<Element, ExplorerBar>): void {
  let start: ExplorerBar | undefined;
  let end: ExplorerBar | undefined;
  // elementFromPoint, not the event target: a touch keeps sending its events to the element it started on.
  const under = (e: PointerEvent) => { const el = document.elementFromPoint(e.clientX, e.clientY); return el ? drawn.get(el) : undefined; };
  const mark = () => {
    const [a, b] = [Number(start?.key), Number(end?.key)].sort((x, y) => x - y);
    for (const [r, bar] of drawn) r.classList.toggle('in-brush', start !== undefined && Number(bar.key) >= a! && Number(bar.key) <= b!);
  };
  const move = (e: PointerEvent) => { const bar = under(e); if (bar && bar !== end) { end = bar; mark(); } };
  const up = (e: PointerEvent) => {
    removeEventListener('pointermove', move);
    removeEventListener('pointerup', up);
    const [from, to] = [start, under(e) ?? end];
    start = end = undefined;
    mark();
    if (!from || !to) return;
    commit(from.key === to.key ? toggleValue(state, 'years', Number(from.key)) : chooseRange(state, Number(from.key), Number(to.key)));
  };
  for (const [r, bar] of drawn) r.addEventListener('pointerdown', (e) => {
    if ((e as PointerEvent).button !== 0) return;
    e.preventDefault();
    start = end = bar;
    mark();
    addEventListener('pointermove', move);
    addEventListener('pointerup', up);
  });
}

/** Each chart's last known width, kept by a ResizeObserver so drawing never has to ask the layout for it. */
const widths = new Map<Element, number>();
// A hidden chart (one that cannot be drawn for the filters) reports 0: its last width is kept for when it is shown again.
const sizes = new ResizeObserver((entries) => { for (const e of entries) if (e.contentRect.width > 0) widths.set(e.target, Math.round(e.contentRect.width)); });
for (const el of root.querySelectorAll('[data-chart] [data-svg]')) sizes.observe(el);
/** The width to draw a chart at; only a chart not yet laid out (just shown) is measured, which forces a layout once. */
function chartWidth(svg: HTMLElement): number {
  return Math.max(320, Math.min(720, widths.get(svg) || svg.clientWidth || 640));
}

/**
 * Redraws the page for the state. The queries go to the engine first, and the form, chips and (in `commit`) the URL are
 * brought up to date while its worker answers; a chart whose rows are cached is drawn without waiting for the others.
 */
async function update(): Promise<void> {
  const areas = summedAreas(state.units, parents);
  const token = ++renderToken;
  const t0 = performance.now();
  const plans = engine ? CHART_DIMS.map((d) => planChart(d, areas)) : [];
  const withCut = plans.filter((p) => p.cut);
  const rows = withCut.length ? counts(withCut.map((p) => p.cut!)) : [];
  syncForm();
  renderChips();
  const dedup = $<HTMLElement>('[data-dedup]');
  dedup.hidden = areas.dropped.length === 0;
  dedup.textContent = areas.dropped.length ? fill(m['explorer.dedup']!, { names: areas.dropped.map((u) => names.get(u) ?? u).join(', ') }) : '';
  if (!engine) return;
  await Promise.all(plans.map(async (p) => {
    const i = withCut.indexOf(p);
    const r = i < 0 ? undefined : await rows[i];
    if (token !== renderToken) return;
    showChart(p);
    if (r) drawChart(p, r, chartWidth($<HTMLElement>('[data-svg]', p.section)));
  }));
  if (token !== renderToken) return;
  const filters = chips(state).map((c) => c.text).join('; ') || m['explorer.none']!;
  const note = rejected.length ? ` ${fill(m['explorer.rejected']!, { params: rejected.join(', ') })}` : '';
  $<HTMLElement>('[data-announce]').textContent = `${fill(m['explorer.announce']!, { filters })}${note}${dedup.hidden ? '' : ` ${dedup.textContent}`}`;
  document.dispatchEvent(new CustomEvent(CHARTS_UPDATED_EVENT, { detail: { charts: CHART_DIMS.length, totalMs: performance.now() - t0 } }));
}

form.addEventListener('change', () => commit(readForm()));
for (const dim of CHART_DIMS) {
  const section = $<HTMLElement>(`[data-chart="${dim}"]`);
  $<HTMLElement>('[data-buttons]', section).addEventListener('click', (e) => {
    const key = (e.target as Element).closest<HTMLElement>('button[data-key]')?.dataset.key;
    if (key !== undefined) toggleBar(dim, key);
  });
  // The year chart's bars are pressed and dragged (brushYears); the others' are clicked.
  if (dim !== 'year') $<HTMLElement>('[data-svg]', section).addEventListener('click', (e) => {
    const bar = drawnBars.get(dim)?.get(e.target as Element);
    if (bar) toggleBar(dim, bar.key);
  });
}
form.addEventListener('submit', (e) => { e.preventDefault(); commit(readForm()); });
$<HTMLElement>('[data-range-apply]', rangeBox).addEventListener('click', () => commit(chooseRange(state, Number(rangeFrom.value), Number(rangeTo.value))));
$<HTMLElement>('[data-clear]').addEventListener('click', () => { commit({ ...EMPTY_STATE }); $<HTMLElement>('#active-h').focus(); });
// States committed but not yet pushed were never in the history the user is moving through: they are dropped.
addEventListener('popstate', () => { unpushed = []; state = readUrl(); void update(); });

$<HTMLElement>('[data-needs-js]').hidden = true;
$<HTMLElement>('[data-active]').hidden = false;
const start = () => startEngine().then((conn) => {
  engine = conn;
  root.dataset.ready = 'true';
  document.dispatchEvent(new CustomEvent(ENGINE_READY_EVENT, { detail: conn }));
  return update();
}, () => undefined);
showEngineState($<HTMLElement>('[data-engine]'), m, lang, onEngineState, start);
syncForm();
renderChips();
void start();
