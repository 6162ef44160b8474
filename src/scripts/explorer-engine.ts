import { fill, formatNumber, type Lang } from '../lib/i18n/format.ts';
import type { EngineListener } from '../lib/query/engine-state.ts';

/** Shows the engine's start in the explorer: a progress bar, each step said once in the status, and a retry button on error. */
export function showEngineState(box: HTMLElement, m: Record<string, string>, lang: Lang, follow: (l: EngineListener) => unknown, retry: () => unknown): void {
  const bar = box.querySelector('progress')!;
  const status = box.querySelector<HTMLElement>('[data-engine-status]')!;
  const button = box.querySelector<HTMLButtonElement>('[data-retry]')!;
  const say = (text: string) => { if (status.textContent !== text) status.textContent = text; };
  box.hidden = false;
  button.addEventListener('click', () => { button.hidden = true; retry(); });
  follow((s) => {
    bar.hidden = !(s.phase === 'engine' || s.phase === 'data');
    button.hidden = s.phase !== 'error';
    if (s.phase === 'engine') {
      // The wasm is most of the wait, so it fills the first 90 %; before its size is known the bar is indeterminate.
      if (s.total > 0) bar.value = (0.9 * s.loaded) / s.total; else bar.removeAttribute('value');
      say(m['explore.engine']!);
    } else if (s.phase === 'data') {
      bar.value = 0.9 + (0.1 * s.done) / s.total;
      say(fill(m['explore.data']!, { done: s.done, total: s.total }));
    } else if (s.phase === 'ready') say(fill(m['explore.ready']!, { tables: s.tables, rows: formatNumber(s.rows, lang) }));
    else if (s.phase === 'error') say(fill(m['explore.error']!, { message: s.message }));
  });
}
