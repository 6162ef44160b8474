/**
 * Wires each `section[data-explore]`: the button starts the browser engine (browser-engine.ts), the progress bar follows
 * the bytes and tables, and the live region says each step once (not each byte), then the outcome. A button that has
 * started stays focusable and only ignores presses (aria-disabled), so keyboard focus is never lost.
 */
import { fill, formatNumber, type Lang } from '../lib/i18n/format.ts';
import { onEngineState, startEngine } from '../lib/query/browser-engine.ts';
import type { EngineState } from '../lib/query/engine-state.ts';

type Messages = Record<'start' | 'retry' | 'loaded' | 'engine' | 'data' | 'ready' | 'error', string>;

/** Fired on `document` with the engine as `detail` once it is ready: the hand-over to code outside this bundle (the cross-engine test). */
export const ENGINE_READY_EVENT = 'meldingsbildet:engine-ready';

function setup(section: HTMLElement): void {
  const button = section.querySelector('button');
  const bar = section.querySelector('progress');
  const status = section.querySelector<HTMLElement>('[role="status"]');
  if (!button || !bar || !status) return;
  const m = JSON.parse(section.dataset.messages ?? '{}') as Messages;
  const lang = (document.documentElement.lang || 'nb') as Lang;
  section.hidden = false;

  const say = (text: string) => { if (status.textContent !== text) status.textContent = text; };
  const show = (s: EngineState) => {
    const busy = s.phase === 'engine' || s.phase === 'data';
    bar.hidden = !busy;
    button.setAttribute('aria-disabled', String(busy || s.phase === 'ready'));
    button.textContent = s.phase === 'error' ? m.retry : s.phase === 'ready' ? m.loaded : m.start;
    if (s.phase === 'engine') {
      // Before the size is known the bar is indeterminate; the wasm is most of the wait, so it fills the first 90 %.
      if (s.total > 0) bar.value = (0.9 * s.loaded) / s.total; else bar.removeAttribute('value');
      say(m.engine);
    } else if (s.phase === 'data') {
      bar.value = 0.9 + (0.1 * s.done) / s.total;
      say(fill(m.data, { done: s.done, total: s.total }));
    } else if (s.phase === 'ready') say(fill(m.ready, { tables: s.tables, rows: formatNumber(s.rows, lang) }));
    else if (s.phase === 'error') say(fill(m.error, { message: s.message }));
  };
  onEngineState(show);
  button.addEventListener('click', () => {
    if (button.getAttribute('aria-disabled') === 'true') return;
    startEngine().then(
      (engine) => {
        document.dispatchEvent(new CustomEvent(ENGINE_READY_EVENT, { detail: engine }));
        const form = section.querySelector<HTMLFormElement>('form[data-live]');
        // The chart code (Plot and the spec builders) is loaded only now, with the engine already running.
        if (form) void import('./live-charts.ts').then(({ startLiveCharts }) => startLiveCharts(form, engine)).catch((e: unknown) => say(fill(m.error, { message: e instanceof Error ? e.message : String(e) })));
      },
      () => undefined, // shown by the error state
    );
  });
}

for (const section of document.querySelectorAll<HTMLElement>('section[data-explore]')) setup(section);
