/**
 * Agreed levels and events entered during a meeting: read from the query string (rejected parameters named), merged
 * with the data file's, judged with the build's own functions, and drawn into the prerendered sections. On the meeting
 * pack (`data-readonly`) it only applies the URL. Loaded by meeting-form.ts only when needed; Plot and the chart specs
 * are a further dynamic import, made only when a chart must be redrawn.
 */
import { agreedComparison } from '../lib/local/agreed-comparison.ts';
import { beforeAfter } from '../lib/local/before-after.ts';
import { mergePlans, type LocalPlan } from '../lib/local/local-plan.ts';
import { beforeAfterData } from '../lib/local/local-tables.ts';
import type { MeetingConfig } from '../lib/local/local-view.ts';
import { parseUrlPlan, serialiseUrlPlan, URL_PARAMS, type UrlPlan } from '../lib/local/url-state.ts';
import { fill, formatNumber } from '../lib/i18n/format.ts';
import { tableElement } from '../lib/views/live/table-element.ts';
import { chartCsv } from '../lib/charts/chart-csv.ts';

/** Wires the form (unless read-only) and applies the URL's levels and events to the page. */
export function startMeetingForm(holder: HTMLElement): void {
  const cfg = JSON.parse(holder.dataset.meeting!) as MeetingConfig;
  const t = cfg.texts;
  const symbols = { ':': t['symbol.hidden']!, '..': t['symbol.missing']!, '.': t['symbol.notApplicable']! };
  const status = holder.querySelector<HTMLElement>('[data-meeting-status]')!;
  const rejectedNote = holder.querySelector<HTMLElement>('[data-meeting-rejected]')!;
  const readonly = holder.hasAttribute('data-readonly');
  let plan: UrlPlan = { levels: [], events: [] };
  let drawn = false;

  const load = () => {
    const { plan: p, rejected } = parseUrlPlan(location.search);
    plan = p;
    rejectedNote.hidden = rejected.length === 0;
    rejectedNote.textContent = rejected.length ? fill(t['meeting.rejected']!, { params: rejected.join(', ') }) : '';
  };
  const save = () => {
    history.pushState(null, '', `${location.pathname}${serialiseUrlPlan(plan, location.search)}${location.hash}`);
  };
  const apply = async (announce: boolean) => {
    const empty = plan.levels.length === 0 && plan.events.length === 0;
    for (const a of document.querySelectorAll<HTMLAnchorElement>('[data-pack-link], [data-meeting-pack]')) a.href = `${cfg.packPath}${serialiseUrlPlan(plan)}`;
    for (const a of document.querySelectorAll<HTMLAnchorElement>('[data-page-link]')) a.href = `${cfg.pagePath}${serialiseUrlPlan(plan)}`;
    if (!readonly) listEntered();
    if (empty && !drawn) return; // the prerendered page already shows the file's plan
    drawn = true;
    const merged = mergePlans(cfg.file, plan);
    await Promise.all([drawAgreed(merged), drawEvents(merged)]);
    if (announce) status.textContent = fill(t['meeting.updated']!, { levels: merged.levels.length, events: merged.events.length });
  };

  async function drawAgreed(merged: LocalPlan) {
    const [{ agreedCharts }, { renderChart }] = await Promise.all([import('../lib/local/agreed-charts.ts'), import('../lib/charts/render.ts')]);
    const fromUrl = new Set(plan.levels.map((l) => l.group));
    const charts = agreedCharts(agreedComparison(cfg.series, merged.levels), t, cfg.lang, cfg.name, (r) => (fromUrl.has(r.group) ? 'url' : 'file'));
    document.querySelector<HTMLElement>('[data-agreed-none]')!.hidden = charts.length > 0;
    for (const tpl of document.querySelectorAll<HTMLTemplateElement>('template[data-agreed-template]')) {
      if (charts.some((c) => c.measure === tpl.dataset.agreedTemplate)) tpl.replaceWith(tpl.content.cloneNode(true));
    }
    for (const shell of document.querySelectorAll<HTMLElement>('[data-agreed-measure]')) {
      const c = charts.find((x) => x.measure === shell.dataset.agreedMeasure);
      shell.hidden = !c;
      if (!c) continue;
      const figure = shell.querySelector('figure')!;
      figure.querySelector('.plot')!.innerHTML = renderChart(c.spec, document);
      figure.querySelector('.summary')!.textContent = c.view.summary;
      figure.querySelector('.table-wrap')!.replaceWith(tableElement(c.view.data, c.view.title, symbols, cfg.lang, document));
      const link = figure.querySelector<HTMLAnchorElement>('a[download]')!;
      link.href = URL.createObjectURL(new Blob([chartCsv(c.view.data, cfg.synthetic)], { type: 'text/csv;charset=utf-8' }));
    }
  }

  async function drawEvents(merged: LocalPlan) {
    const out = document.querySelector<HTMLElement>('[data-events-output]')!;
    document.querySelector<HTMLElement>('[data-events-none]')!.hidden = merged.events.length > 0;
    out.replaceChildren(...merged.events.map((e, i) => {
      const d = beforeAfterData(beforeAfter(cfg.series, e), t, cfg.lang, i);
      const div = document.createElement('div');
      div.className = 'event-comparison';
      const h = div.appendChild(document.createElement('h3'));
      h.textContent = `${i + 1}. ${e.label} (${e.date ?? e.year}) · ${t[`events.kind.${e.kind}`]}`;
      div.appendChild(document.createElement('p')).textContent = d.window;
      div.appendChild(tableElement(d.data, d.caption, symbols, cfg.lang, document));
      return div;
    }));
    const [{ rateOverTimeSpec }, { renderChart }] = await Promise.all([import('../lib/charts/rate-over-time.ts'), import('../lib/charts/render.ts')]);
    const figure = document.querySelector<HTMLElement>('figure[data-chart="rate-per-ar"] .plot');
    if (figure) figure.innerHTML = renderChart(rateOverTimeSpec(cfg.rate.rows as never, {
      width: 720, title: cfg.rate.title, summary: cfg.rate.summary, yLabel: cfg.rate.yLabel, intervalLabel: cfg.rate.intervalLabel,
      hiddenLabel: t['symbol.hidden']!, format: (n) => formatNumber(n, cfg.lang, 1), events: merged.events,
    }), document);
  }

  function listEntered() {
    const list = holder.querySelector<HTMLElement>('[data-meeting-entered]')!;
    const item = (text: string, remove: () => void) => {
      const li = document.createElement('li');
      li.append(`${text} `);
      const b = li.appendChild(document.createElement('button'));
      b.type = 'button';
      b.className = 'ds-button';
      b.dataset.variant = 'tertiary';
      b.textContent = fill(t['meeting.remove']!, { what: text });
      b.addEventListener('click', () => { remove(); save(); void apply(true); holder.querySelector<HTMLElement>('[data-meeting-levels] select')?.focus(); });
      return li;
    };
    list.replaceChildren(
      ...plan.levels.map((l) => item(`${t[`service.${l.group}`]}: ${l.value} ${t[`agreed.measure.${l.measure}`]}`, () => { plan.levels = plan.levels.filter((x) => x !== l); })),
      ...plan.events.map((e) => item(`${e.date ?? e.year}: ${e.label}`, () => { plan.events = plan.events.filter((x) => x !== e); })),
    );
  }

  if (!readonly) wireForms();
  function wireForms() {
    const levels = holder.querySelector<HTMLFormElement>('[data-meeting-levels]')!;
    const events = holder.querySelector<HTMLFormElement>('[data-meeting-events]')!;
    levels.addEventListener('submit', (ev) => {
      ev.preventDefault();
      const f = new FormData(levels);
      const value = String(f.get('value') ?? '').trim().replace(',', '.');
      const measure = String(f.get('measure'));
      const candidate = `?${URL_PARAMS.levels}=${f.get('group')}_${measure}_${encodeURIComponent(value)}`;
      const { plan: p, rejected } = parseUrlPlan(candidate);
      const error = levels.querySelector<HTMLElement>('.field-error')!;
      if (rejected.length) {
        error.textContent = fill(t['meeting.invalid.value']!, { max: measure === 'rate' ? 1000 : 100 });
        levels.querySelector<HTMLInputElement>('input[name="value"]')!.setAttribute('aria-invalid', 'true');
        levels.querySelector<HTMLInputElement>('input[name="value"]')!.focus();
        return;
      }
      error.textContent = '';
      levels.querySelector('input[name="value"]')!.removeAttribute('aria-invalid');
      plan.levels = [...plan.levels.filter((l) => l.group !== p.levels[0]!.group), p.levels[0]!];
      save();
      void apply(true);
    });
    events.addEventListener('submit', (ev) => {
      ev.preventDefault();
      const f = new FormData(events);
      const when = String(f.get('when') ?? '').trim();
      const label = String(f.get('label') ?? '').trim();
      const { plan: p, rejected } = parseUrlPlan(`?${new URLSearchParams({ [URL_PARAMS.events]: `${when}_${f.get('kind')}_${label}` })}`);
      const error = events.querySelector<HTMLElement>('.field-error')!;
      if (rejected.length || plan.events.length >= 12) {
        const bad = /^\d{4}(-\d{2}-\d{2})?$/.test(when) ? 'label' : 'when';
        error.textContent = t[`meeting.invalid.${bad}`]!;
        const input = events.querySelector<HTMLInputElement>(`input[name="${bad}"]`)!;
        input.setAttribute('aria-invalid', 'true');
        input.focus();
        return;
      }
      error.textContent = '';
      for (const i of events.querySelectorAll('input')) i.removeAttribute('aria-invalid');
      plan.events = [...plan.events, p.events[0]!];
      events.reset();
      save();
      void apply(true);
    });
    holder.querySelector('[data-meeting-clear]')!.addEventListener('click', () => { plan = { levels: [], events: [] }; save(); void apply(true); });
    holder.querySelector('[data-meeting-copy]')!.addEventListener('click', () => {
      void navigator.clipboard?.writeText(location.href).then(() => { status.textContent = t['meeting.copied']!; }, () => {});
    });
    holder.hidden = false;
  }

  addEventListener('popstate', () => { load(); void apply(true); });
  load();
  void apply(false);
}
